// `npm run verify`: recomputes every frozen version and every published file from the
// content, and says exactly what does not match.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from '#domain/canonical.ts';
import { checkContent } from '#content/check.ts';
import { formatProblemLine } from '#content/report.ts';
import type { RuleId } from '#domain/rules/registry.ts';
import { routes } from '#domain/routes.ts';
import { publishVersions } from './versions.ts';

export interface VerifyItem {
  ok: boolean;
  what: string;
  detail?: string;
}

const INTEGRITY_RULES: RuleId[] = ['snapshot-missing', 'snapshot-hash', 'snapshot-noncanonical', 'snapshot-decree-mismatch', 'chain-broken', 'sk-hash', 'ref-decree'];

/** Verifies the content (and, when `siteDir` is given, the built site) and lists every check. */
export async function verify(root: string, siteDir: string | null): Promise<VerifyItem[]> {
  const items: VerifyItem[] = [];
  const result = checkContent(root);
  const broken = result.problems.filter((p) => INTEGRITY_RULES.includes(p.rule));
  for (const p of broken) items.push({ ok: false, what: `konten: ${p.rule}`, detail: formatProblemLine(p) });
  for (const d of result.tree.decrees) {
    if (d.register && d.decree && !broken.some((p) => p.subject?.id === d.id))
      items.push({ ok: true, what: `versi ${d.id}: register.json`, detail: `SHA-256 ${d.register.sha256} sama dengan decree.json dan rantai` });
  }
  if (!result.chain || broken.length) return items;

  const versions = await publishVersions(result.tree, result.chain);
  if (!siteDir) return items;
  const ids = new Set(versions.map((v) => v.id));
  for (const v of versions) {
    for (const f of v.files) {
      const path = join(siteDir, routes.versionFile(v.id, f.name));
      const what = `diterbitkan: ${routes.versionFile(v.id, f.name)}`;
      if (!existsSync(path)) {
        items.push({ ok: false, what, detail: 'berkas tidak ada di situs yang dibangun' });
        continue;
      }
      const actual = sha256Hex(readFileSync(path));
      items.push(actual === f.sha256 ? { ok: true, what, detail: `SHA-256 ${actual}` } : { ok: false, what, detail: `SHA-256 ${actual}, seharusnya ${f.sha256} (berkas berbeda dari yang dihitung ulang dari konten)` });
    }
  }
  // A version published on the site but gone from the content: a removed decree.
  const versiDir = join(siteDir, 'versi');
  if (existsSync(versiDir))
    for (const name of readdirSync(versiDir))
      if (existsSync(join(versiDir, name, 'manifest.json')) && !ids.has(name))
        items.push({ ok: false, what: `diterbitkan: /versi/${name}/`, detail: 'versi ini ada di situs tetapi tidak ada di content/decrees (keputusan dihapus?)' });
  // The open data of the register in force points at the version it came from.
  const dik = join(siteDir, 'data/dik.json');
  if (existsSync(dik)) {
    const data = JSON.parse(readFileSync(dik, 'utf8')) as { decree?: { id?: string }; registerSha256?: string };
    const v = versions.find((x) => x.id === data.decree?.id);
    const expected = v ? sha256Hex(readFileSync(join(result.tree.root, 'decrees', v.id, 'register.json'))) : null;
    items.push(
      expected && expected === data.registerSha256
        ? { ok: true, what: 'diterbitkan: /data/dik.json', detail: `versi ${v!.id}, SHA-256 ${expected}` }
        : { ok: false, what: 'diterbitkan: /data/dik.json', detail: `registerSha256 ${String(data.registerSha256)} tidak cocok dengan versi ${String(data.decree?.id)}` },
    );
  }
  return items;
}
