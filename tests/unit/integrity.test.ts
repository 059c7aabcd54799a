// The hash chain across decrees, and the rules that protect frozen versions and the shape of
// the content tree. A second, fictional decree is frozen from an edited working copy of a
// copy of the shipped content.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '#domain/canonical.ts';
import { checkContent } from '#content/check.ts';
import { loadContent } from '#content/load.ts';
import { decreeCore, freezeRegister, toRegisterEntries } from '#domain/register.ts';
import type { Decree } from '#domain/schema/index.ts';
import { registerInForce } from '#domain/register.ts';
import { contentCopy } from '../helpers/content.ts';

let copy: ReturnType<typeof contentCopy> | null = null;
afterEach(() => {
  copy?.cleanup();
  copy = null;
});

/** Freezes the copy's working copy as a fictional second decree superseding dik-2025-03. */
function withSecondDecree() {
  copy = contentCopy();
  copy.write(
    'exemptions/dokumen-karya-intelektual.mdx',
    copy
      .read('exemptions/dokumen-karya-intelektual.mdx')
      .replace(
        'kind: indefinite\n  text: Tidak terbatas',
        'kind: duration\n  text: 5 tahun sejak ditetapkan\n  years: 5\n  from: { kind: decree }',
      ),
  );
  const tree = loadContent(copy.root);
  const first = tree.decrees[0]!;
  const decree: Decree = {
    ...first.decree!.data,
    kind: 'pemutakhiran',
    number: 'FIKTIF/1/2026',
    title: 'Pemutakhiran fiktif untuk pengujian',
    date: '2026-01-15',
    effective: '2026-02-01',
    supersedes: first.id,
    notes: [],
    register: { sha256: '0'.repeat(64) },
  };
  const frozen = freezeRegister({
    decreeId: 'fiktif-2026-01',
    decree: decreeCore(decree),
    body: tree.body!.data,
    entries: toRegisterEntries(tree.exemptions),
    previousSha256: first.register!.sha256,
  });
  copy.write('decrees/fiktif-2026-01/register.json', frozen.json);
  copy.write('decrees/fiktif-2026-01/decree.json', JSON.stringify({ ...decree, register: { sha256: frozen.sha256 } }, null, 2));
  return copy;
}

const errorRules = (root: string) =>
  checkContent(root, { today: '2026-11-21' })
    .problems.filter((p) => p.severity === 'error')
    .map((p) => p.rule)
    .sort();

describe('hash chain', () => {
  it('a second decree made from an edited working copy chains to the first', () => {
    const c = withSecondDecree();
    const r = checkContent(c.root, { today: '2026-11-21' });
    expect(r.counts.error).toBe(0);
    expect(r.chain!.map((d) => d.id)).toEqual(['dik-2025-03', 'fiktif-2026-01']);
    // The change removed one pasal20-permanent finding (entry 6 now has 5 years).
    expect(r.problems.filter((p) => p.rule === 'pasal20-permanent')).toHaveLength(5);
  });

  it('the register in force follows effective dates', () => {
    const c = withSecondDecree();
    const t = loadContent(c.root);
    const decrees = t.decrees.map((d) => ({ id: d.id, data: d.decree!.data }));
    const registers = t.decrees.map((d) => ({ id: d.id, data: d.register!.data! }));
    expect(registerInForce(decrees, registers, '2026-01-31')!.decreeId).toBe('dik-2025-03');
    expect(registerInForce(decrees, registers, '2026-02-01')!.decreeId).toBe('fiktif-2026-01');
    expect(registerInForce(decrees, registers, '2025-03-30')).toBeNull();
  });

  it('tampering with the first snapshot breaks its hash and the chain', () => {
    const c = withSecondDecree();
    const rel = 'decrees/dik-2025-03/register.json';
    c.write(rel, c.read(rel).replace('Tidak terbatas', 'Tidak  terbatas'));
    expect(errorRules(c.root)).toEqual(['chain-broken', 'snapshot-hash']);
  });

  it('tampering with the snapshot and its recorded hash together is still caught by the chain', () => {
    const c = withSecondDecree();
    const rel = 'decrees/dik-2025-03/register.json';
    const tampered = c.read(rel).replace('Melindungi data pribadi', 'Melindungi data pegawai');
    c.write(rel, tampered);
    const drel = 'decrees/dik-2025-03/decree.json';
    const d = JSON.parse(c.read(drel));
    d.register.sha256 = sha256Hex(tampered);
    c.write(drel, JSON.stringify(d, null, 2));
    expect(errorRules(c.root)).toEqual(['chain-broken']);
  });

  it('a removed decree is detected', () => {
    const c = withSecondDecree();
    rmSync(join(c.root, 'decrees/dik-2025-03'), { recursive: true });
    expect(errorRules(c.root)).toEqual(['chain-broken', 'ref-decree']);
  });

  it('two decrees superseding the same one (a fork) are refused', () => {
    const c = withSecondDecree();
    mkdirSync(join(c.root, 'decrees/fiktif-2026-02'));
    for (const f of ['decree.json', 'register.json'])
      writeFileSync(join(c.root, 'decrees/fiktif-2026-02', f), c.read(`decrees/fiktif-2026-01/${f}`));
    // Same snapshot under another folder: its decreeId no longer matches either.
    expect(errorRules(c.root)).toEqual(['chain-broken', 'snapshot-decree-mismatch']);
  });
});

describe('content tree rules', () => {
  it('sk-hash: a scanned decree replaced after its hash was recorded', () => {
    copy = contentCopy();
    copy.write('decrees/dik-2025-03/sk.pdf', '%PDF-1.4 fiktif\n');
    expect(errorRules(copy.root)).toEqual(['sk-hash']);
    const drel = 'decrees/dik-2025-03/decree.json';
    const d = JSON.parse(copy.read(drel));
    d.sk = { file: 'sk.pdf', sha256: createHash('sha256').update('%PDF-1.4 fiktif\n').digest('hex') };
    copy.write(drel, JSON.stringify(d, null, 2));
    expect(errorRules(copy.root)).toEqual([]);
    copy.write('decrees/dik-2025-03/sk.pdf', '%PDF-1.4 disimpan ulang\n');
    expect(errorRules(copy.root)).toEqual(['sk-hash']);
  });

  it('file-unexpected and id-invalid', () => {
    copy = contentCopy();
    copy.write('exemptions/catatan.docx', 'x');
    renameSync(join(copy.root, 'exemptions/kode-akses-aplikasi.mdx'), join(copy.root, 'exemptions/Kode Akses.mdx'));
    const r = checkContent(copy.root, { today: '2026-11-21' });
    const errs = r.problems.filter((p) => p.severity === 'error');
    expect(errs.map((p) => p.rule).sort()).toEqual(['file-unexpected', 'id-invalid']);
    expect(errs.find((p) => p.rule === 'id-invalid')!.hint).toContain('"kode-akses.mdx"');
  });

  it('body-missing', () => {
    copy = contentCopy();
    rmSync(join(copy.root, 'body.json'));
    expect(errorRules(copy.root)).toEqual(['body-missing']);
  });

  it('ref-unit passes for a known unit and fails for an unknown one', () => {
    copy = contentCopy();
    copy.write('units/bidang-fiktif.json', JSON.stringify({ name: 'Bidang Fiktif' }));
    const rel = 'exemptions/berkas-kepegawaian.mdx';
    copy.write(rel, copy.read(rel).replace('order: 1\n', 'order: 1\nunit: bidang-fiktif\n'));
    expect(errorRules(copy.root)).toEqual([]);
    copy.write(rel, copy.read(rel).replace('unit: bidang-fiktif', 'unit: bidang-lain'));
    expect(errorRules(copy.root)).toEqual(['ref-unit']);
  });

  it('holidays-year', () => {
    copy = contentCopy();
    const list = {
      year: 2025,
      sources: [{ title: 'Daftar fiktif' }],
      days: [{ date: '2025-12-25', name: 'Natal', kind: 'libur-nasional' }],
    };
    copy.write('holidays/2025.json', JSON.stringify(list));
    expect(errorRules(copy.root)).toEqual([]);
    copy.write('holidays/2025.json', JSON.stringify({ ...list, days: [{ ...list.days[0], date: '2026-01-01' }] }));
    expect(errorRules(copy.root)).toEqual(['holidays-year']);
  });
});
