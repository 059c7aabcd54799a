// `npm run verify`: recomputes every frozen version and every published file from the
// content, and says exactly what does not match.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from '#domain/canonical.ts';
import { checkContent } from '#content/check.ts';
import { formatProblemLine } from '#content/report.ts';
import type { RuleId } from '#domain/rules/registry.ts';
import type { SignatureCheck, SnapshotEntry } from '#domain/schema/index.ts';
import { routes } from '#domain/routes.ts';
import { exemptionLetters } from '#domain/citation.ts';
import { decreeInForce } from '#domain/register.ts';
import type { ContentTree, DecreeFolder } from '#content/load.ts';
import { settings, today as todayIn } from '#content/settings.ts';
import { decreesFeed, openData, openDataCsv, openDataJson, publicationLogAtom, versionsJson } from './open-data.ts';
import { jdihnJson, legalVersions } from './legal-metadata.ts';
import { catalogueRecordJson } from './catalogue-record.ts';
import { publishVersions, type PublishedVersion } from './versions.ts';
import { gitTop, versionTagStatus } from '#content/tags.ts';
import { checkSiteSums } from './site-sums.ts';
import { checkPdfSignatures, TooManySignatures, trustRoots } from './pdf-signature.ts';
import { isDeepStrictEqual } from 'node:util';
import { VERIFY } from '#domain/strings.ts';

/** What the build used to write the open data: the public URL, the base path, and today. */
export interface PublishSettings {
  siteUrl: string;
  base: string;
  today: string;
}

export interface VerifyItem {
  ok: boolean;
  what: string;
  detail?: string;
  /** Worth saying, not a mismatch: a version without a tag, an unsigned tag. */
  note?: boolean;
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
export async function verify(root: string, siteDir: string | null, opts: Partial<PublishSettings> = {}): Promise<VerifyItem[]> {
  const items: VerifyItem[] = [];
  const result = checkContent(root);
  // As the build had them: the settings' public URL and base, and today in the body's zone.
  const site: PublishSettings = {
    siteUrl: new URL(opts.siteUrl ?? settings().site).href,
    base: opts.base ?? settings().base.replace(/\/$/, ''),
    // PPID_TODAY when set; else the day the site says it was built for; else today.
    today: opts.today ?? settings().today ?? (siteDir && builtFor(siteDir)) ?? todayIn(result.tree.body?.data.timeZone),
  };
  const broken = result.problems.filter((p) => INTEGRITY_RULES.includes(p.rule));
  for (const p of broken) items.push({ ok: false, what: VERIFY.content(p.rule), detail: formatProblemLine(p) });
  for (const d of result.tree.decrees) {
    if (d.register && d.decree && !broken.some((p) => p.subject?.id === d.id))
      items.push({ ok: true, what: VERIFY.register(d.id), detail: VERIFY.registerOk(d.register.sha256) });
  }
  if (!result.chain || broken.length) return items;
  items.push(...tagItems(root, result.chain));
  items.push(...(await signatureItems(result.tree, result.chain)));

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
  // The open data and the feed, recomputed from the content as the build writes them, and
  // compared byte for byte: an entry's text edited in dik.json or dik.csv is caught here.
  items.push(...publishedData(result.tree, result.chain, versions, siteDir, site));
  items.push(siteSumsItem(siteDir));
  return items;
}

interface VersionList {
  versions: { id: string; sha256: string; skSha256?: string; status?: string }[];
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
    // Published as in force, it was in force: it cannot be withdrawn after the fact.
    if (v.status === 'in-force' && now.status === 'withdrawn') return { ok: false, what, detail: VERIFY.live.withdrawnAfter };
    return { ok: true, what, detail: VERIFY.sha(v.sha256) };
  });
}

/** The day a built site was built for, from its /data/versi.json, or null. */
function builtFor(siteDir: string): string | null {
  try {
    const day = (JSON.parse(readFileSync(join(siteDir, routes.versionsJson()), 'utf8')) as { builtFor?: unknown }).builtFor;
    return typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
  } catch {
    return null;
  }
}

/**
 * Where two texts first differ, for a message a person can act on: the line, the column, and
 * both texts around that place (a CSV line is too long to show whole).
 */
export function firstDifference(actual: string, expected: string): string {
  const a = actual.split('\n');
  const e = expected.split('\n');
  for (let i = 0; i < Math.max(a.length, e.length); i++) {
    if (a[i] === e[i]) continue;
    if (a[i] === undefined || e[i] === undefined) return VERIFY.lineDiffers(i + 1, 1, a[i] ?? VERIFY.noLine, e[i] ?? VERIFY.noLine);
    let k = 0;
    while (a[i]![k] === e[i]![k]) k++;
    const from = Math.max(0, k - 40);
    const around = (s: string) => `${from ? '…' : ''}${s.slice(from, from + 100)}${s.length > from + 100 ? '…' : ''}`;
    return VERIFY.lineDiffers(i + 1, k + 1, around(a[i]!), around(e[i]!));
  }
  return VERIFY.bytesDiffer;
}

/** A version's entries as the build reads them: register.json parsed as it is, keys in its order. */
function frozenEntries(d: DecreeFolder): SnapshotEntry[] {
  return (JSON.parse(d.register!.raw) as { entries: SnapshotEntry[] }).entries;
}

/** The open data, the feeds and the JDIHN records, each against its recomputation. */
function publishedData(
  tree: ContentTree,
  chain: readonly DecreeFolder[],
  versions: readonly PublishedVersion[],
  siteDir: string,
  s: PublishSettings,
): VerifyItem[] {
  const laws = new Map(tree.laws.map((l) => [l.id, l.data]));
  const decrees = chain.map((d) => ({ id: d.id, data: d.decree!.data }));
  const current = decreeInForce(
    chain.map((d) => ({ d, decree: d.decree!.data })),
    s.today,
  )?.d;
  const body = tree.body?.data;
  const data = openData(
    {
      body: { name: body?.name ?? '', parent: body?.parent, website: body?.website },
      decree: current ? { id: current.id, data: current.decree!.data, registerSha256: current.register!.sha256 } : null,
      entries: (current ? frozenEntries(current) : []).map((e) => ({ id: e.id, entry: e, letters: exemptionLetters(e.legalBasis, laws) })),
    },
    s.base,
  );
  const expected: [string, string][] = [
    [routes.dataJson(), openDataJson(data)],
    [routes.dataCsv(), data ? openDataCsv(data, s.siteUrl) : ''],
    [routes.versionsJson(), versionsJson({ decrees, inForceId: current?.id ?? null, today: s.today, base: s.base })],
    [routes.feed(), decreesFeed({ siteUrl: s.siteUrl, base: s.base, bodyName: body?.name ?? '', decrees })],
    [
      routes.catalogueRecord(),
      catalogueRecordJson({
        siteUrl: s.siteUrl,
        base: s.base,
        body: { name: body?.name ?? '', parent: body?.parent, website: body?.website, region: body?.region ?? null },
        inForce: current
          ? {
              id: current.id,
              decree: current.decree!.data,
              registerSha256: current.register!.sha256,
              manifestSha256: versions.find((v) => v.id === current.id)!.manifestSha256,
            }
          : null,
      }),
    ],
    [
      routes.publicationLog(),
      publicationLogAtom({ siteUrl: s.siteUrl, base: s.base, bodyName: body?.name ?? '', decrees, today: s.today }),
    ],
    [
      routes.jdihn(),
      jdihnJson(
        legalVersions(decrees, current?.id ?? null, s.today, (id) => versions.find((v) => v.id === id)?.files ?? []),
        { siteUrl: s.siteUrl, base: s.base, body: { name: body?.name ?? '', parent: body?.parent, website: body?.website } },
        s.today,
      ),
    ],
  ];
  return expected.map(([path, want]) => {
    const file = join(siteDir, path);
    const what = VERIFY.published(path);
    if (!existsSync(file)) return { ok: false, what, detail: VERIFY.missing };
    const got = readFileSync(file, 'utf8');
    if (got === want) return { ok: true, what, detail: VERIFY.sameContent(current?.id ?? null) };
    return { ok: false, what, detail: firstDifference(got, want) };
  });
}

/**
 * Each version's tag: present, on a commit holding the same frozen register, and signed by
 * a key the repository allows. A missing or unsigned tag is a note (a register made before
 * tags, an editor without signing set up); a tag on other content, or a bad signature, fails.
 */
export function tagItems(root: string, chain: readonly DecreeFolder[]): VerifyItem[] {
  const T = VERIFY.tags;
  if (!gitTop(root)) return [{ ok: true, note: true, what: T.noGitWhat, detail: T.noGit }];
  return chain.map((d) => {
    const s = versionTagStatus(root, d.id);
    const what = T.what(s.tag);
    if (!s.exists) return { ok: true, note: true, what, detail: T.missing(d.id) };
    if (!s.snapshotMatches) return { ok: false, what, detail: s.snapshotMatches === false && s.commit ? T.moved(s.commit) : T.noSnapshot };
    if (!s.annotated) return { ok: true, note: true, what, detail: T.lightweight };
    const commit = s.commit!;
    switch (s.signature) {
      case 'valid':
        return { ok: true, what, detail: T.signed(commit, s.signatureDetail ?? '') };
      case 'none':
        return { ok: true, note: true, what, detail: T.unsigned(commit) };
      case 'not-checked':
        return { ok: true, note: true, what, detail: T.notChecked(commit, s.signatureFormat ?? '') };
      case 'not-allowed':
        return { ok: false, what, detail: T.notAllowed(s.signatureDetail ?? '') };
      default:
        return { ok: false, what, detail: T.invalid(s.signatureDetail ?? '') };
    }
  });
}

/**
 * Every file of the built site against the SHA-256 list the build wrote (the one the deploy
 * attests): the pages themselves, which nothing else here recomputes, are covered too.
 */
function siteSumsItem(siteDir: string): VerifyItem {
  const what = VERIFY.published(routes.siteSums());
  const c = checkSiteSums(siteDir);
  if (!c.present) return { ok: false, what, detail: VERIFY.missing };
  const bad = c.changed.length + c.missing.length + c.unlisted.length;
  return bad ? { ok: false, what, detail: VERIFY.siteSums.differ(c) } : { ok: true, what, detail: VERIFY.siteSums.same(c.listed) };
}

/**
 * Each signed decree's electronic signatures, checked again against content/trust and
 * compared with the result frozen in decree.json: the same file and the same roots give the
 * same result on any day, since everything is judged at the signing time.
 */
async function signatureItems(tree: ContentTree, chain: readonly DecreeFolder[]): Promise<VerifyItem[]> {
  const items: VerifyItem[] = [];
  for (const d of chain) {
    const sk = d.decree?.data.sk;
    if (!sk || !d.sk) continue;
    const what = VERIFY.signatures.what(d.id);
    if (sk.signatures === null) {
      items.push({ ok: true, note: true, what, detail: VERIFY.signatures.unchecked(d.id) });
      continue;
    }
    // Against the very roots the result was frozen with: adding a root later changes nothing
    // here (npm run sk --recheck records it); a root since removed cannot be checked against.
    if (!sk.trust) {
      items.push({ ok: true, note: true, what, detail: VERIFY.signatures.rootsUnrecorded(d.id) });
      continue;
    }
    const roots = trustRoots(
      tree.trust,
      sk.trust.map((r) => r.sha256),
    );
    // A root the result was frozen with, gone: the result can no longer be re-checked, and a
    // hand-edited one could hide behind it. That fails until the editor records anew.
    const gone = sk.trust.filter((r) => !roots.some((x) => x.sha256 === r.sha256)).map((r) => r.name);
    if (gone.length) {
      items.push({ ok: false, what, detail: VERIFY.signatures.rootsGone(gone, d.id) });
      continue;
    }
    let now: SignatureCheck[];
    try {
      now = await checkPdfSignatures(new Uint8Array(readFileSync(join(d.dir, 'sk.pdf'))), roots);
    } catch (e) {
      if (!(e instanceof TooManySignatures)) throw e;
      items.push({ ok: false, what, detail: VERIFY.signatures.tooMany });
      continue;
    }
    items.push(
      isDeepStrictEqual(now, sk.signatures)
        ? { ok: true, what, detail: VERIFY.signatures.same(now.map((x) => x.verdict)) }
        : {
            ok: false,
            what,
            detail: VERIFY.signatures.differs(
              sk.signatures.map((x) => x.verdict),
              now.map((x) => x.verdict),
            ),
          },
    );
  }
  return items;
}
