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
import { VERIFY } from '#domain/strings.ts';

export interface VerifyItem {
  ok: boolean;
  what: string;
  detail?: string;
}

const INTEGRITY_RULES: RuleId[] = [
  'snapshot-missing',
  'snapshot-hash',
  'snapshot-noncanonical',
  'snapshot-decree-mismatch',
  'chain-broken',
  'sk-hash',
  'ref-decree',
];

/** Verifies the content (and, when `siteDir` is given, the built site) and lists every check. */
export async function verify(root: string, siteDir: string | null): Promise<VerifyItem[]> {
  const items: VerifyItem[] = [];
  const result = checkContent(root);
  const broken = result.problems.filter((p) => INTEGRITY_RULES.includes(p.rule));
  for (const p of broken) items.push({ ok: false, what: VERIFY.content(p.rule), detail: formatProblemLine(p) });
  for (const d of result.tree.decrees) {
    if (d.register && d.decree && !broken.some((p) => p.subject?.id === d.id))
      items.push({ ok: true, what: VERIFY.register(d.id), detail: VERIFY.registerOk(d.register.sha256) });
  }
  if (!result.chain || broken.length) return items;

  const versions = await publishVersions(result.tree, result.chain);
  if (!siteDir) return items;
  const ids = new Set(versions.map((v) => v.id));
  for (const v of versions) {
    for (const f of v.files) {
      const path = join(siteDir, routes.versionFile(v.id, f.name));
      const what = VERIFY.published(routes.versionFile(v.id, f.name));
      if (!existsSync(path)) {
        items.push({ ok: false, what, detail: VERIFY.missing });
        continue;
      }
      const actual = sha256Hex(readFileSync(path));
      items.push(
        actual === f.sha256
          ? { ok: true, what, detail: VERIFY.sha(actual) }
          : { ok: false, what, detail: VERIFY.differs(actual, f.sha256) },
      );
    }
  }
  // A version published on the site but gone from the content: a removed decree.
  const versiDir = join(siteDir, 'versi');
  if (existsSync(versiDir))
    for (const name of readdirSync(versiDir))
      if (existsSync(join(versiDir, name, 'manifest.json')) && !ids.has(name))
        items.push({ ok: false, what: VERIFY.published(`/versi/${name}/`), detail: VERIFY.extraVersion });
  // The open data of the register in force points at the version it came from.
  const dik = join(siteDir, 'data/dik.json');
  if (existsSync(dik)) {
    const data = JSON.parse(readFileSync(dik, 'utf8')) as { decree?: { id?: string }; registerSha256?: string };
    const v = versions.find((x) => x.id === data.decree?.id);
    const expected = v ? sha256Hex(readFileSync(join(result.tree.root, 'decrees', v.id, 'register.json'))) : null;
    items.push(
      expected && expected === data.registerSha256
        ? { ok: true, what: VERIFY.published('/data/dik.json'), detail: VERIFY.dataOk(v!.id, expected) }
        : {
            ok: false,
            what: VERIFY.published('/data/dik.json'),
            detail: VERIFY.dataDiffers(String(data.registerSha256), String(data.decree?.id)),
          },
    );
  }
  return items;
}

interface VersionList {
  versions: { id: string; sha256: string; skSha256?: string }[];
}

/**
 * Does the built site extend the history already live? Every version the live site lists
 * (its /data/versi.json, read before deploying) must be in the new build, in the same place,
 * with the same register hash: a deploy never drops or rewrites a published version, even one
 * whose every hash was recomputed consistently. New versions may follow.
 */
export function extendsLive(liveJson: string, builtJson: string): VerifyItem[] {
  const parse = (raw: string): VersionList | null => {
    try {
      const v = JSON.parse(raw) as VersionList;
      return Array.isArray(v.versions) ? v : null;
    } catch {
      return null;
    }
  };
  const live = parse(liveJson);
  const built = parse(builtJson);
  if (!live || !built) return [{ ok: false, what: VERIFY.live.what, detail: VERIFY.live.unreadable }];
  return live.versions.map((v, i) => {
    const now = built.versions[i];
    const what = VERIFY.live.version(v.id);
    if (!now || now.id !== v.id) {
      const moved = built.versions.find((b) => b.id === v.id);
      return { ok: false, what, detail: moved ? VERIFY.live.moved : VERIFY.live.gone };
    }
    if (now.sha256 !== v.sha256) return { ok: false, what, detail: VERIFY.differs(now.sha256, v.sha256) };
    // A signed scan, once published, stays the one published.
    if (v.skSha256 && now.skSha256 !== v.skSha256) return { ok: false, what, detail: VERIFY.live.skChanged };
    return { ok: true, what, detail: VERIFY.sha(v.sha256) };
  });
}
