// Writes a whole fictional content tree (laws, SOP, holidays copied from a real root; N
// synthetic entries; a chain of decrees each changing ~2% of the register) for the benchmark
// and for profiling. Node-only (writes files), kept apart from the pure generators.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryToMdx } from '#content/entry-file.ts';
import { freezeRegister } from '#domain/register.ts';
import type { DecreeCore, SnapshotEntry } from '#domain/schema/index.ts';
import { rng, syntheticEntries, syntheticPeriod } from './synthetic.ts';

/** A content tree with `n` entries and `decreeCount` versions, each changing about 2% of the register. */
export function writeSyntheticContent(dir: string, src: string, n: number, decreeCount: number): number {
  for (const f of ['body.json', 'laws', 'sop', 'holidays', 'units']) cpSync(join(src, f), join(dir, f), { recursive: true });
  const r = rng(n);
  let entries: SnapshotEntry[] = syntheticEntries(n, 42);
  let previousSha: string | null = null;
  let previousId: string | null = null;
  const body = JSON.parse(readFileSync(join(src, 'body.json'), 'utf8'));
  for (let k = 0; k < decreeCount; k++) {
    if (k > 0) {
      // Change, remove and add a few entries, as an annual update would.
      const changes = Math.max(1, Math.round(n * 0.02));
      for (let c = 0; c < changes; c++) {
        const i = Math.floor(r() * entries.length);
        const e = entries[i]!;
        const what = r();
        if (what < 0.5) entries[i] = { ...e, period: syntheticPeriod(r) };
        else if (what < 0.8) entries[i] = { ...e, consequence: { ...e.consequence, opened: `${e.consequence.opened} (diperbarui ${k})` } };
        else entries.splice(i, 1);
      }
      const added = syntheticEntries(Math.max(1, Math.round(changes / 4)), 1000 + k).map((e) => ({
        ...e,
        id: `entri-fiktif-baru-${k}-${e.id.slice(-5)}`,
        title: `${e.title} baru ${k}`,
      }));
      entries.push(...added);
      entries = entries.map((e, i) => ({ ...e, number: i + 1 }));
    }
    const id = `fiktif-${2016 + k}-01`;
    const core: DecreeCore = {
      kind: k === 0 ? 'penetapan' : 'pemutakhiran',
      number: `FIKTIF/${k + 1}/${2016 + k}`,
      title: `Daftar Informasi yang Dikecualikan (fiktif, versi ${k + 1})`,
      place: 'Kupang',
      date: `${2016 + k}-01-15`,
      effective: null,
      signatory: { name: 'Pejabat Fiktif', position: 'Kepala Dinas (fiktif)', rank: null, nip: null },
      initials: [],
      supersedes: previousId,
    };
    const frozen = freezeRegister({ decreeId: id, decree: core, body, entries, previousSha256: previousSha });
    mkdirSync(join(dir, 'decrees', id), { recursive: true });
    writeFileSync(join(dir, 'decrees', id, 'register.json'), frozen.json);
    writeFileSync(
      join(dir, 'decrees', id, 'decree.json'),
      JSON.stringify({ ...core, cycle: null, jdih: null, notes: [], register: { sha256: frozen.sha256 } }, null, 2),
    );
    previousSha = frozen.sha256;
    previousId = id;
  }
  // The working copy equals the last version, as after a decree.
  mkdirSync(join(dir, 'exemptions'), { recursive: true });
  for (const e of entries) {
    const data = {
      order: e.number,
      title: e.title,
      legalBasis: e.legalBasis,
      legalBasisText: e.legalBasisText,
      consequence: e.consequence,
      period: e.period,
      partial: e.partial,
    };
    writeFileSync(join(dir, 'exemptions', `${e.id}.mdx`), entryToMdx(data as never, e.narrative));
  }
  return entries.length;
}
