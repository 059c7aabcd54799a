// A catalogue over many bodies' registers (issue 16): the members a PPID Utama lists, what
// the harvest remembers of each (its checkpoint), whether a member's new history extends
// the remembered one, and how entries of different members are set side by side. Pure: the
// harvest (src/publish/harvest.ts) fetches, the content layer reads and writes katalog/.
import { z } from 'zod';
import { isoDate, sha256Hex, slug, text } from './schema/common.ts';

/** `katalog/katalog.json`: who runs the catalogue and for which region. */
export const catalogueConfigSchema = z.strictObject({
  name: text,
  description: text.optional(),
  region: z
    .strictObject({
      name: text,
      code: z
        .string()
        .regex(/^\d{2}(\.\d{2}){0,3}$/)
        .nullable(),
    })
    .optional(),
  /** Where "today" is counted (staleness, last seen), as for a body. */
  timeZone: z.enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']).default('Asia/Jakarta'),
});
export type CatalogueConfig = z.infer<typeof catalogueConfigSchema>;

/**
 * One member of `katalog/anggota.json`: a site address (https://…/, where its
 * /data/katalog.jsonld is) or a folder of a built site on this machine (relative to katalog/).
 */
export const memberSchema = z.strictObject({
  id: slug,
  source: z
    .string()
    .trim()
    .min(1)
    .refine((s) => !/^[a-z]+:/i.test(s) || /^https?:\/\//.test(s), { error: 'source' }),
});
export const membersSchema = z.array(memberSchema);
export type Member = z.infer<typeof memberSchema>;

export const isRemote = (source: string): boolean => /^https?:\/\//.test(source);

export const CHECKPOINT_FORMAT = 'ppid-dik/checkpoint/1';

/** One version as the harvest remembers it: enough to tell an extension from a rewrite. */
export const rememberedVersionSchema = z.strictObject({ id: slug, registerSha256: sha256Hex, manifestSha256: sha256Hex });
export type RememberedVersion = z.infer<typeof rememberedVersionSchema>;

export const HARVEST_STATES = ['ok', 'refused', 'unreachable', 'invalid'] as const;

/**
 * `katalog/anggota/<id>/checkpoint.json`, committed after each harvest: the last good chain
 * (whose files are kept beside it in salinan/), and how the last attempt went.
 */
export const checkpointSchema = z.strictObject({
  format: z.literal(CHECKPOINT_FORMAT),
  member: slug,
  /** The member's public address, from its own catalogue record; null before any good harvest. */
  site: z.url({ protocol: /^https?$/ }).nullable(),
  /** How the last harvest went: ok, refused (history rewritten or cut), unreachable, invalid. */
  state: z.enum(HARVEST_STATES),
  /** What went wrong in the last harvest, in plain Indonesian; null when it went well. */
  problem: text.nullable(),
  /** The last day the member answered with a good chain; null if never. */
  lastSeen: isoDate.nullable(),
  /** The day of the last harvest attempt. */
  lastChecked: isoDate,
  /** The body and region its own record names, and the versions it lists as withdrawn. */
  body: z.strictObject({ name: text, region: text.nullable() }).nullable(),
  withdrawn: z.array(slug).default([]),
  /** The remembered chain, oldest first: the versions of the last good copy. */
  versions: z.array(rememberedVersionSchema),
  /** What the member served when refused, for the catalogue's page: its chain then. */
  refusedChain: z.array(rememberedVersionSchema).nullable().default(null),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

export type ChainVerdict =
  | { kind: 'same' }
  | { kind: 'extends'; added: string[] }
  | { kind: 'cut'; missing: string[] }
  | { kind: 'rewritten'; at: string; was: string; now: string };

/**
 * Does the chain a member now publishes extend the one remembered? Every remembered version
 * must still be there, in the same place, with the same register and manifest hashes (each
 * manifest names the one before it, so equal manifests mean an equal history up to there).
 */
export function compareChains(remembered: readonly RememberedVersion[], now: readonly RememberedVersion[]): ChainVerdict {
  for (const [i, r] of remembered.entries()) {
    const n = now[i];
    if (!n) return { kind: 'cut', missing: remembered.slice(i).map((v) => v.id) };
    if (n.id !== r.id) return { kind: 'rewritten', at: r.id, was: r.id, now: n.id };
    if (n.manifestSha256 !== r.manifestSha256 || n.registerSha256 !== r.registerSha256)
      return { kind: 'rewritten', at: r.id, was: r.registerSha256, now: n.registerSha256 };
  }
  return now.length > remembered.length ? { kind: 'extends', added: now.slice(remembered.length).map((v) => v.id) } : { kind: 'same' };
}

// Words too common in register titles to say two titles are about the same thing.
const STOPWORDS = new Set(
  (
    'dan atau yang di ke dari untuk dengan tentang serta pada oleh dalam atas bagi terkait mengenai ' +
    'beserta sebagai the of lain lainnya tersebut setiap seluruh semua termasuk milik para'
  ).split(' '),
);

/** A title's distinct words, lower case, without punctuation and the commonest small words. */
export function titleWords(title: string): string[] {
  const words = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOPWORDS.has(w));
  return [...new Set(words)];
}

/** How alike two titles are: the Dice coefficient of their word sets, and the words they share. */
export function titleSimilarity(a: readonly string[], b: readonly string[] | ReadonlySet<string>): { score: number; shared: string[] } {
  const set = b instanceof Set ? b : new Set(b);
  if (!a.length || !set.size) return { score: 0, shared: [] };
  const shared = a.filter((w) => set.has(w));
  return { score: (2 * shared.length) / (a.length + set.size), shared };
}

/** Two titles at least this alike (Dice over words) are shown side by side as a possible match. */
export const MATCH_THRESHOLD = 0.5;
/**
 * Bounds that keep the comparison near-linear whatever a member publishes: a title's first
 * this many distinct words (a real title has a dozen), and this many earlier groups compared
 * with one entry (the ones sharing its rarer words come first).
 */
const TITLE_WORDS_MAX = 40;
const CANDIDATES_MAX = 400;

export interface ComparedEntry {
  member: string;
  id: string;
  title: string;
  letter: string;
}

export interface MatchGroup<E extends ComparedEntry> {
  letter: string;
  /** The first entry of the group; every other is matched against it. */
  lead: E;
  /** Every entry of the group (the lead first), with its likeness to the lead. */
  entries: { entry: E; score: number; shared: string[] }[];
  /** The members with at least one entry in the group, in catalogue order. */
  members: string[];
}

/**
 * Groups entries citing the same Pasal 17 letter whose titles are alike: each entry joins
 * the group whose lead title it is most like (at least MATCH_THRESHOLD), else leads a new
 * one. A match says only that the titles are alike; it is shown with its score and shared
 * words and never called the same information. Candidates come from an index of the leads'
 * words, skipping words so common they would compare every title with every other.
 */
export function matchGroups<E extends ComparedEntry>(entries: readonly E[], memberOrder: readonly string[]): MatchGroup<E>[] {
  const rank = new Map(memberOrder.map((m, i) => [m, i]));
  const byLetter = new Map<string, E[]>();
  for (const e of entries) {
    const list = byLetter.get(e.letter) ?? [];
    list.push(e);
    byLetter.set(e.letter, list);
  }
  const out: MatchGroup<E>[] = [];
  for (const [letter, list] of [...byLetter].sort(([a], [b]) => a.localeCompare(b))) {
    const groups: { group: MatchGroup<E>; set: Set<string> }[] = [];
    const postings = new Map<string, number[]>();
    const tooCommon = Math.max(200, Math.ceil(list.length / 5));
    for (const e of list) {
      const words = titleWords(e.title).slice(0, TITLE_WORDS_MAX);
      const seen = new Set<number>();
      let best: { g: number; score: number; shared: string[] } | null = null;
      const rarestFirst = words
        .map((w) => postings.get(w))
        .filter((p): p is number[] => !!p && p.length <= tooCommon)
        .sort((a, b) => a.length - b.length);
      compare: for (const p of rarestFirst)
        for (const g of p) {
          if (seen.has(g)) continue;
          if (seen.size >= CANDIDATES_MAX) break compare;
          seen.add(g);
          const s = titleSimilarity(words, groups[g]!.set);
          if (s.score >= MATCH_THRESHOLD && (!best || s.score > best.score)) best = { g, ...s };
        }
      if (best) {
        const g = groups[best.g]!.group;
        g.entries.push({ entry: e, score: best.score, shared: best.shared });
        if (!g.members.includes(e.member)) g.members.push(e.member);
        continue;
      }
      const index = groups.length;
      groups.push({
        group: { letter, lead: e, entries: [{ entry: e, score: 1, shared: words }], members: [e.member] },
        set: new Set(words),
      });
      for (const w of words) {
        const p = postings.get(w) ?? [];
        p.push(index);
        postings.set(w, p);
      }
    }
    for (const { group } of groups) {
      group.members.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
      out.push(group);
    }
  }
  return out;
}
