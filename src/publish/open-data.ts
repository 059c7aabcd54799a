import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import {
  DECREE_KIND_LABELS,
  decreeNumberLabel,
  decreePlaceDate,
  decreeTitleNumber,
  FEED,
  OPEN_DATA,
  PERIOD_KIND_LABELS,
  PUBLICATION_LOG,
  YES_NO,
} from '#domain/strings.ts';
import { inForceFrom, versionStatus } from '#domain/register.ts';
import { assumedInForce, formatPartialDate } from '#domain/dates.ts';
import { absoluteId, identifiers } from '#domain/identifiers.ts';
import { publicationLog } from '#domain/publication-log.ts';
import { routes } from '#domain/routes.ts';
import {
  decreeCoreSchema,
  sha256Hex,
  slug,
  snapshotEntrySchema,
  text,
  type Body,
  type Decree,
  type SnapshotEntry,
} from '#domain/schema/index.ts';

export const OPEN_DATA_FORMAT = 'ppid-dik/open-data/1';

/** The published register in force (`/data/dik.json`); its JSON Schema is generated from this. */
export const openDataSchema = z
  .strictObject({
    format: z.literal(OPEN_DATA_FORMAT),
    body: z.strictObject({ name: text, parent: text.nullable(), website: z.url().nullable() }),
    decree: decreeCoreSchema.extend({ id: slug, inForceFrom: z.iso.date() }),
    /** SHA-256 of the frozen register.json this data is drawn from. */
    registerSha256: sha256Hex,
    entries: z.array(
      snapshotEntrySchema.extend({
        /** Pasal 17 letters cited, derived from legalBasis. */
        letters: z.array(z.string()),
        /** Site-relative permalink of the entry. */
        url: z.string(),
      }),
    ),
  })
  .meta({
    title: OPEN_DATA.schemaTitle,
    description: OPEN_DATA.schemaDescription,
  });

export type OpenData = z.infer<typeof openDataSchema>;

/**
 * What open data is made from: the register in force and its decree. The site model has this
 * shape, and so can anything else that knows the register in force; open data asks no more.
 */
export interface OpenDataInput {
  body: Pick<Body, 'name' | 'parent' | 'website'>;
  decree: { id: string; data: Decree; registerSha256: string } | null;
  entries: readonly { id: string; entry: SnapshotEntry; letters: string[] }[];
}

export function openData(m: OpenDataInput, base = ''): OpenData | null {
  if (!m.decree) return null;
  const { kind, number, title, place, date, effective, signatory, initials, supersedes } = m.decree.data;
  return {
    format: OPEN_DATA_FORMAT,
    body: { name: m.body.name, parent: m.body.parent ?? null, website: m.body.website ?? null },
    decree: {
      id: m.decree.id,
      kind,
      number,
      title,
      place,
      date,
      effective,
      signatory,
      initials,
      supersedes,
      inForceFrom: inForceFrom(m.decree.data),
    },
    registerSha256: m.decree.registerSha256,
    entries: m.entries.map((e) => ({ ...e.entry, letters: e.letters, url: `${base}${routes.entry(e.id)}` })),
  };
}

export function openDataJsonSchema(siteUrl: string): object {
  return {
    $id: new URL(routes.dataSchema(), siteUrl).href,
    ...z.toJSONSchema(openDataSchema, { target: 'draft-2020-12', io: 'output' }),
  };
}

export const CSV_COLUMNS = OPEN_DATA.csvColumns;

/**
 * CSV for spreadsheets: RFC 4180 (comma, CRLF, quotes where needed), UTF-8 with a byte-order
 * mark so Excel reads Indonesian text correctly. Cells that would run as formulas are made
 * inert. Every CSV the project publishes (the register's, the catalogue's) is written here.
 */
export function spreadsheetCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return '\uFEFF' + stringify([[...header], ...rows.map((r) => r.map(inert))], { record_delimiter: '\r\n' });
}

/**
 * The register as CSV (spreadsheetCsv); lists inside a cell are joined with "; ". `link`
 * makes each entry's address: absolute for the published download, site-relative in
 * archives so their bytes do not depend on where the site is deployed.
 */
export function registerCsv(entries: readonly (SnapshotEntry & { letters: string[] })[], link: (id: string) => string): string {
  const rows = entries.map((e) => [
    e.number,
    e.id,
    e.title,
    e.legalBasisText.join('; '),
    e.letters.join('; '),
    e.legalBasis
      .filter((c) => !c.letter)
      .map((c) => c.law)
      .join('; '),
    e.consequence.opened,
    e.consequence.closed,
    e.period.text,
    PERIOD_KIND_LABELS[e.period.kind] ?? e.period.kind,
    e.unit ?? '',
    e.partial ? YES_NO.yes : YES_NO.no,
    link(e.id),
  ]);
  return spreadsheetCsv(CSV_COLUMNS, rows);
}

/**
 * A cell a spreadsheet would run as a formula ("=HYPERLINK(…)", "+62…", "-", "@…") gets an
 * apostrophe in front, as OWASP advises: Excel and LibreOffice then show it as text. Content
 * comes from pull requests and from imported tables, so no cell is trusted.
 */
function inert(cell: string | number): string | number {
  return typeof cell === 'string' && /^\s*[=+\-@]|^[\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function openDataCsv(d: OpenData, siteUrl: string): string {
  const byId = new Map(d.entries.map((e) => [e.id, e.url]));
  return registerCsv(d.entries, (id) => new URL(byId.get(id)!, siteUrl).href);
}

/** Text as XML 1.0 allows it: characters XML cannot hold at all are left out, the rest escaped. */
function xml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * Atom feed of decrees, newest first. Atom needs full timestamps; a decree's <updated> is the
 * day it is in force (for a month-only date, the month's last day, as on the site). No
 * <published> is written, since the day of signature is often unknown.
 */
export function decreesAtom(args: {
  siteUrl: string;
  bodyName: string;
  decrees: { id: string; data: z.infer<typeof decreeCoreSchema>; link: string }[];
}): string {
  const abs = (p: string) => new URL(p, args.siteUrl).href;
  const stamp = (d: string) => `${d}T00:00:00Z`;
  const list = [...args.decrees].reverse();
  const updated = list.length ? stamp(inForceFrom(list[0]!.data)) : '1970-01-01T00:00:00Z';
  const entries = list.map((d) => {
    const label = d.data.kind ? DECREE_KIND_LABELS[d.data.kind] : FEED.decree;
    const number = decreeNumberLabel(d.data.number);
    const summary = FEED.summary(
      label ?? FEED.decree,
      number,
      [d.data.place, d.data.date].filter(Boolean).join(', '),
      d.data.signatory.name,
    );
    return `  <entry>
    <title>${xml(decreeTitleNumber(d.data))}</title>
    <id>${xml(abs(`/keputusan/${d.id}`))}</id>
    <link rel="alternate" href="${xml(abs(d.link))}"/>
    <updated>${stamp(inForceFrom(d.data))}</updated>
    <summary>${xml(summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">
  <title>${xml(FEED.title(args.bodyName))}</title>
  <id>${xml(abs('/'))}</id>
  <link rel="self" href="${xml(abs(routes.feed()))}"/>
  <link rel="alternate" href="${xml(abs('/'))}"/>
  <updated>${updated}</updated>
  <author><name>${xml(args.bodyName)}</name></author>
${entries.join('\n')}
</feed>
`;
}

/** `/data/dik.json` as published: the open data, or null where no register is in force. */
export function openDataJson(d: OpenData | null): string {
  return JSON.stringify(d, null, 2) + '\n';
}

/** The format of `/data/versi.json`, which catalogues harvest (src/publish/harvest.ts). */
export const VERSIONS_FORMAT = 'ppid-dik/versions/1';

/**
 * `/data/versi.json`: every version, oldest first, with its status on `today` and where its
 * frozen register is. The compare page loads it; the deploy compares the live one with it.
 */
export function versionsJson(args: {
  decrees: readonly { id: string; data: Decree }[];
  inForceId: string | null;
  today: string;
  base: string;
}): string {
  const inForceIndex = args.decrees.findIndex((d) => d.id === args.inForceId);
  const list = args.decrees.map((d, i) => ({
    id: d.id,
    label: versionLabel(d.data),
    status: versionStatus(i, inForceIndex, d.data, args.today),
    sha256: d.data.register.sha256,
    // The signed scan's hash, once there is one: the deploy refuses to change it (verify --live).
    ...(d.data.sk ? { skSha256: d.data.sk.sha256 } : {}),
    register: `${args.base}${routes.versionFile(d.id, 'register.json')}`,
    page: `${args.base}${routes.version(d.id)}`,
  }));
  // builtFor: the day the build counted as today (it decides which version is in force), so
  // that npm run verify can recompute the open data for that same day later.
  return JSON.stringify({ format: VERSIONS_FORMAT, builtFor: args.today, versions: list }, null, 2) + '\n';
}

/** A version in words for the data files: "Kupang, Maret 2025 (tanpa nomor)". */
function versionLabel(d: Decree): string {
  return `${decreePlaceDate(d)} (${decreeNumberLabel(d.number)})`;
}

/**
 * `/versi/log.xml`: the publication log as Atom, newest first, one entry per event. Each
 * entry's id is the version's identifier with the event as its fragment, so it never changes
 * and is never reused; its date is the event's day.
 */
export function publicationLogAtom(args: {
  siteUrl: string;
  base: string;
  bodyName: string;
  decrees: readonly { id: string; data: Decree }[];
  today: string;
}): string {
  const abs = (p: string) => absoluteId(args.siteUrl, args.base, p);
  const stamp = (d: string) => `${d}T00:00:00Z`;
  const byId = new Map(args.decrees.map((d) => [d.id, d.data]));
  const events = publicationLog(
    args.decrees.map((d) => ({ id: d.id, decree: d.data })),
    args.today,
  ).reverse();
  const L = PUBLICATION_LOG;
  const entries = events.map((e) => {
    const d = byId.get(e.versionId)!;
    const day = formatPartialDate(e.date);
    const summary =
      e.kind === 'established'
        ? L.summary.established(decreePlaceDate(d), d.signatory.name)
        : e.kind === 'in-force'
          ? L.summary['in-force'](day, assumedInForce(d))
          : e.kind === 'superseded'
            ? L.summary.superseded(day, `${e.byId} (${versionLabel(byId.get(e.byId!)!)})`)
            : e.kind === 'corrected'
              ? L.summary.corrected(day, e.note!)
              : L.summary.withdrawn(day, e.note!);
    const fragment = e.kind === 'corrected' ? `${e.kind}-${e.index! + 1}` : e.kind;
    return `  <entry>
    <title>${xml(L.event[e.kind](`${e.versionId}, ${versionLabel(d)}`))}</title>
    <id>${xml(`${abs(identifiers.version(e.versionId))}#${fragment}`)}</id>
    <link rel="alternate" href="${xml(abs(routes.version(e.versionId)))}"/>
    <updated>${stamp(e.day)}</updated>
    <category term="${e.kind}"/>
    <summary>${xml(summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">
  <title>${xml(L.title(args.bodyName))}</title>
  <id>${xml(abs(routes.publicationLog()))}</id>
  <link rel="self" href="${xml(abs(routes.publicationLog()))}"/>
  <link rel="alternate" href="${xml(abs(routes.versions()))}"/>
  <updated>${events.length ? stamp(events[0]!.day) : '1970-01-01T00:00:00Z'}</updated>
  <author><name>${xml(args.bodyName)}</name></author>
${entries.join('\n')}
</feed>
`;
}

/** `/feed.xml`: the decrees feed as published, each decree linking to the register. */
export function decreesFeed(args: {
  siteUrl: string;
  base: string;
  bodyName: string;
  decrees: readonly { id: string; data: Decree }[];
}): string {
  return decreesAtom({
    siteUrl: args.siteUrl,
    bodyName: args.bodyName,
    decrees: args.decrees.map((d) => ({ id: d.id, data: d.data, link: `${args.base}${routes.register()}` })),
  });
}
