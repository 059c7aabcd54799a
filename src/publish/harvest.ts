// The catalogue's harvest of one member (issue 16): read its catalogue record, its version
// list, every version's manifest and frozen register, from its site or a folder of its built
// site; check that the chain holds together; and check that it extends the chain remembered
// from the last harvest. A member's files are hostile input: sizes are capped, every JSON is
// parsed against a schema, every hash is recomputed, nothing in them is ever run.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { z } from 'zod';
import { sha256Hex } from '#domain/canonical.ts';
import {
  CHECKPOINT_FORMAT,
  compareChains,
  isRemote,
  type ChainVerdict,
  type Checkpoint,
  type RememberedVersion,
} from '#domain/catalogue.ts';
import { routes } from '#domain/routes.ts';
import { inForceBy } from '#domain/register.ts';
import { registerSnapshotSchema, type RegisterSnapshot } from '#domain/schema/index.ts';
import { slug, text } from '#domain/schema/common.ts';
import { HARVEST } from '#domain/strings.ts';
import { MANIFEST_FORMAT } from './versions.ts';
import { VERSIONS_FORMAT } from './open-data.ts';

/** A file of a member's site: its bytes, absent (404), or the site could not be reached. */
export type Fetched = { kind: 'ok'; bytes: Buffer } | { kind: 'missing' } | { kind: 'unreachable'; reason: string };

/** Where a member's published files are read from: its site, or a folder of its built site. */
export interface MemberSource {
  /** The site's address as listed (a remote member), or null (a folder: its record says it). */
  site: string | null;
  /** `path` is a site path ("/data/versi.json"). */
  get(path: string, maxBytes: number): Promise<Fetched>;
}

/** Caps: a register of 10,000 entries is about 10 MB; nothing else a site publishes comes near 1 MB. */
export const MAX_BYTES = { register: 64 * 1024 * 1024, small: 4 * 1024 * 1024 } as const;
const TIMEOUT_MS = 30_000;
/**
 * What one member gets in all, whatever each file's cap: the bytes held (a ten-version register
 * of 10,000 entries is about 100 MB), the versions listed, and the time. Past them the member is
 * left as it was; without them one site could exhaust the harvest for every member.
 */
export const MEMBER_BUDGET = { bytes: 512 * 1024 * 1024, versions: 500, minutes: 10 } as const;
/** A version id as a site may publish it: an address segment, and not an endless one. */
const versionId = slug.max(100);
const REDIRECTS_MAX = 5;

/**
 * A member's own words inside a message: without control characters (they would reach the
 * operator's terminal, and the checkpoint refuses them) and short.
 */
export function shown(s: string, max = 80): string {
  const t = s.replace(/\p{Cc}/gu, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

export function memberSource(source: string, catalogueRoot: string): MemberSource {
  return isRemote(source) ? httpSource(source) : folderSource(resolve(catalogueRoot, source));
}

function httpSource(site: string): MemberSource {
  const base = site.endsWith('/') ? site : `${site}/`;
  return {
    site: base,
    async get(path, maxBytes) {
      const url = new URL(path.replace(/^\//, ''), base);
      // One deadline for the request and its body: a site that sends slowly is as unreachable as
      // one that does not answer, and a cut connection mid-body is the same.
      const signal = AbortSignal.timeout(TIMEOUT_MS);
      try {
        let target = url;
        let res = await fetch(target, { signal, redirect: 'manual' });
        // Redirects are followed only within the member's own address: it cannot send the
        // harvester to another host, an internal one included.
        for (let hop = 0; res.status >= 300 && res.status < 400 && res.headers.has('location'); hop++) {
          const next = new URL(res.headers.get('location')!, target);
          if (!next.href.startsWith(base) || hop >= REDIRECTS_MAX)
            return { kind: 'unreachable', reason: HARVEST.redirected(url.href, shown(next.href, 200)) };
          target = next;
          res = await fetch(target, { signal, redirect: 'manual' });
        }
        if (res.status === 404 || res.status === 410) return { kind: 'missing' };
        if (!res.ok) return { kind: 'unreachable', reason: HARVEST.status(url.href, res.status) };
        const bytes = await readCapped(res, maxBytes);
        return bytes ? { kind: 'ok', bytes } : { kind: 'unreachable', reason: HARVEST.tooLarge(url.href, maxBytes) };
      } catch (e) {
        return { kind: 'unreachable', reason: HARVEST.network(url.href, shown(String((e as Error).cause ?? (e as Error).message), 200)) };
      }
    },
  };
}

/** The body, or null past `max` bytes: a hostile site cannot fill the harvester's memory. */
async function readCapped(res: Response, max: number): Promise<Buffer | null> {
  if (!res.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > max) return null;
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

function folderSource(dir: string): MemberSource {
  const root = resolve(dir) + sep;
  return {
    site: null,
    async get(path, maxBytes) {
      const file = resolve(root, `.${path}`);
      if (!file.startsWith(root)) return { kind: 'missing' };
      if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) return { kind: 'unreachable', reason: HARVEST.noFolder(dir) };
      const st = statSync(file, { throwIfNoEntry: false });
      if (!st?.isFile()) return { kind: 'missing' };
      // A link inside the folder must not lead out of it.
      if (!realpathSync(file).startsWith(realpathSync(root))) return { kind: 'missing' };
      if (st.size > maxBytes) return { kind: 'unreachable', reason: HARVEST.tooLarge(path, maxBytes) };
      return { kind: 'ok', bytes: readFileSync(file) };
    },
  };
}

// What the harvest reads of a member's catalogue record (src/publish/catalogue-record.ts):
// its address, its body and region, and the version it says is in force.
const checksum = z.looseObject({ 'spdx:checksumValue': z.string().regex(/^[0-9a-f]{64}$/) });
const langText = z.looseObject({ '@value': text });
const recordSchema = z.looseObject({
  '@type': z.literal('dcat:Catalog'),
  'foaf:homepage': z.looseObject({ '@id': z.url({ protocol: /^https?$/ }) }),
  'dct:publisher': z.looseObject({ 'foaf:name': text }),
  'dct:spatial': z.looseObject({ 'locn:geographicName': langText, 'dct:identifier': z.string().max(20).optional() }).optional(),
  'dcat:dataset': z
    .array(
      z.looseObject({
        'dcat:hasCurrentVersion': z
          .looseObject({
            'dcat:version': z.string(),
            'spdx:checksum': checksum,
            'dcat:distribution': z.array(z.looseObject({ '@id': z.string(), 'spdx:checksum': checksum.optional() })),
          })
          .optional(),
      }),
    )
    .min(1),
});

const versionListSchema = z.looseObject({
  format: z.literal(VERSIONS_FORMAT),
  builtFor: z.string(),
  versions: z.array(z.looseObject({ id: z.string(), sha256: z.string(), status: z.string() })),
});

const manifestSchema = z.looseObject({
  format: z.literal(MANIFEST_FORMAT),
  version: z.string(),
  registerSha256: z.string(),
  previousManifestSha256: z.string().nullable(),
  files: z.array(z.looseObject({ name: z.string(), sha256: z.string() })),
});

/** What the member's own record says of it. */
export interface MemberRecord {
  site: string;
  bodyName: string;
  region: string | null;
  regionCode: string | null;
  /** The version its record says is in force, or null. */
  inForce: string | null;
}

export interface HarvestedCopy {
  record: MemberRecord;
  /** Every file kept as the member's copy, by site path, byte for byte. */
  files: Map<string, Buffer>;
  chain: RememberedVersion[];
  /** The versions its list marks as withdrawn before they came into force. */
  withdrawn: string[];
}

export type HarvestResult =
  | { state: 'ok'; copy: HarvestedCopy; verdict: ChainVerdict }
  | { state: 'refused'; problem: string; chain: RememberedVersion[]; verdict: ChainVerdict }
  | { state: 'unreachable'; problem: string }
  | { state: 'invalid'; problem: string };

class Refusal extends Error {
  readonly state: 'unreachable' | 'invalid';
  constructor(state: 'unreachable' | 'invalid', message: string) {
    super(message);
    this.state = state;
  }
}

/**
 * Harvests one member. `remembered` is its last checkpoint (or null the first time);
 * `kept` reads a file of its last good copy, so a frozen register whose manifest is
 * unchanged is not fetched again.
 */
export async function harvestMember(
  source: MemberSource,
  remembered: Pick<Checkpoint, 'versions' | 'withdrawn' | 'lastSeen'> | null,
  kept: (path: string) => Buffer | null = () => null,
): Promise<HarvestResult> {
  try {
    const files = new Map<string, Buffer>();
    const deadline = Date.now() + MEMBER_BUDGET.minutes * 60_000;
    let held = 0;
    const keep = (path: string, bytes: Buffer) => {
      held += bytes.length;
      if (held > MEMBER_BUDGET.bytes) throw new Refusal('invalid', HARVEST.memberTooLarge(MEMBER_BUDGET.bytes));
      files.set(path, bytes);
    };
    const get = async (path: string, max: number = MAX_BYTES.small): Promise<Buffer> => {
      if (Date.now() > deadline) throw new Refusal('unreachable', HARVEST.tooSlow(MEMBER_BUDGET.minutes));
      const f = await source.get(path, max);
      if (f.kind === 'unreachable') throw new Refusal('unreachable', f.reason);
      if (f.kind === 'missing') throw new Refusal('invalid', HARVEST.missing(path));
      keep(path, f.bytes);
      return f.bytes;
    };
    const recordRaw = await get(routes.catalogueRecord());
    const record = parsed(recordSchema, recordRaw, routes.catalogueRecord());
    const list = parsed(versionListSchema, await get(routes.versionsJson()), routes.versionsJson());

    if (list.versions.length > MEMBER_BUDGET.versions)
      throw new Refusal('invalid', HARVEST.tooManyVersions(list.versions.length, MEMBER_BUDGET.versions));
    const chain: RememberedVersion[] = [];
    const decrees = new Map<string, RegisterSnapshot['decree']>();
    const ids = new Set<string>();
    let previousManifest: string | null = null;
    let previousRegister: string | null = null;
    for (const [i, v] of list.versions.entries()) {
      if (!versionId.safeParse(v.id).success) throw new Refusal('invalid', HARVEST.badVersionId(shown(v.id)));
      if (ids.has(v.id)) throw new Refusal('invalid', HARVEST.duplicateVersion(v.id));
      ids.add(v.id);
      const manifestPath = routes.versionFile(v.id, 'manifest.json');
      const manifestBytes = await get(manifestPath);
      const manifestSha256 = sha256Hex(manifestBytes);
      const manifest = parsed(manifestSchema, manifestBytes, manifestPath);
      if (manifest.version !== v.id) throw new Refusal('invalid', HARVEST.manifestOther(manifestPath, shown(manifest.version)));
      if (manifest.previousManifestSha256 !== previousManifest) throw new Refusal('invalid', HARVEST.manifestLink(manifestPath));
      if (manifest.registerSha256 !== v.sha256) throw new Refusal('invalid', HARVEST.listHash(v.id));
      const listed = manifest.files.find((f) => f.name === 'register.json');
      if (listed?.sha256 !== manifest.registerSha256) throw new Refusal('invalid', HARVEST.manifestRegister(manifestPath));
      const registerPath = routes.versionFile(v.id, 'register.json');
      // Unchanged manifest, unchanged register: the kept copy is the same bytes, checked again.
      const known = remembered?.versions[i];
      const reuse = known && known.id === v.id && known.manifestSha256 === manifestSha256 ? kept(registerPath) : null;
      const registerBytes = reuse && sha256Hex(reuse) === manifest.registerSha256 ? reuse : await get(registerPath, MAX_BYTES.register);
      if (registerBytes === reuse) keep(registerPath, registerBytes);
      const registerSha256 = sha256Hex(registerBytes);
      if (registerSha256 !== manifest.registerSha256) throw new Refusal('invalid', HARVEST.registerHash(registerPath));
      const snapshot = parsed(registerSnapshotSchema, registerBytes, registerPath);
      if (snapshot.decreeId !== v.id) throw new Refusal('invalid', HARVEST.manifestOther(registerPath, shown(snapshot.decreeId)));
      if (snapshot.previousSha256 !== previousRegister) throw new Refusal('invalid', HARVEST.registerLink(registerPath));
      chain.push({ id: v.id, registerSha256, manifestSha256 });
      decrees.set(v.id, snapshot.decree);
      previousManifest = manifestSha256;
      previousRegister = registerSha256;
    }

    // The record's version in force must be one of the chain, with the same hashes.
    const current = record['dcat:dataset'][0]!['dcat:hasCurrentVersion'];
    const inForce = current ? current['dcat:version'] : null;
    if (current) {
      const link = chain.find((c) => c.id === current['dcat:version']);
      const manifestSum = current['dcat:distribution'].find((d) => d['@id'].endsWith('/manifest.json'))?.['spdx:checksum']?.[
        'spdx:checksumValue'
      ];
      if (!link || link.registerSha256 !== current['spdx:checksum']['spdx:checksumValue'] || link.manifestSha256 !== manifestSum)
        throw new Refusal('invalid', HARVEST.recordCurrent(shown(current['dcat:version'])));
    }
    const verdict = compareChains(remembered?.versions ?? [], chain);
    if (verdict.kind === 'cut' || verdict.kind === 'rewritten')
      return { state: 'refused', problem: HARVEST.refused(verdict), chain, verdict };
    // A withdrawal is not in any hash: the list says it. A version may be withdrawn before it
    // comes into force; one the catalogue has already seen in force cannot be, or the body's
    // entries would vanish from the catalogue as if that version had never held.
    const withdrawn = list.versions.filter((v) => v.status === 'withdrawn').map((v) => v.id);
    const before = new Set(remembered?.withdrawn ?? []);
    const lastSeen = remembered?.lastSeen;
    const taken = new Set(remembered?.versions.map((v) => v.id) ?? []);
    const late = withdrawn.find((id) => taken.has(id) && !before.has(id) && lastSeen && inForceBy(decrees.get(id)!, lastSeen));
    if (late) return { state: 'refused', problem: HARVEST.withdrawnLate(late, lastSeen!), chain, verdict };
    const spatial = record['dct:spatial'];
    return {
      state: 'ok',
      verdict,
      copy: {
        record: {
          // A listed address is where the catalogue found the member; the record's own
          // homepage may be a misconfigured one (a site built without PPID_SITE says 127.0.0.1).
          site: source.site ?? record['foaf:homepage']['@id'],
          bodyName: record['dct:publisher']['foaf:name'],
          region: spatial?.['locn:geographicName']['@value'] ?? null,
          regionCode: spatial?.['dct:identifier'] ?? null,
          inForce,
        },
        files,
        chain,
        withdrawn,
      },
    };
  } catch (e) {
    if (e instanceof Refusal) return { state: e.state, problem: e.message };
    throw e;
  }
}

function parsed<S extends z.ZodType>(schema: S, bytes: Buffer, path: string): z.infer<S> {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new Refusal('invalid', HARVEST.notJson(path));
  }
  const r = schema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new Refusal('invalid', HARVEST.schema(path, shown(issue.path.join('.')) || '(akar)', shown(issue.message, 200)));
  }
  return r.data;
}

/**
 * The checkpoint after a harvest. A good harvest replaces what is remembered; any other keeps
 * the last good chain, copy, address and last-seen day, and says what went wrong.
 */
export function nextCheckpoint(member: string, before: Checkpoint | null, result: HarvestResult, today: string): Checkpoint {
  if (result.state === 'ok') {
    const c = result.copy;
    return {
      format: CHECKPOINT_FORMAT,
      member,
      site: c.record.site,
      state: 'ok',
      problem: null,
      lastSeen: today,
      lastChecked: today,
      body: { name: c.record.bodyName, region: c.record.region },
      withdrawn: c.withdrawn,
      versions: c.chain,
      refusedChain: null,
    };
  }
  return {
    format: CHECKPOINT_FORMAT,
    member,
    site: before?.site ?? null,
    state: result.state,
    problem: shown(result.problem, 2_000),
    lastSeen: before?.lastSeen ?? null,
    lastChecked: today,
    body: before?.body ?? null,
    withdrawn: before?.withdrawn ?? [],
    versions: before?.versions ?? [],
    refusedChain: result.state === 'refused' ? result.chain : null,
  };
}
