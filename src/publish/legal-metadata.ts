// A version as legal publishers describe one: schema.org `Legislation` for search engines
// and linked data, and a JDIHN-style record for Indonesia's legal documentation network.
// Both carry the status on the day of the build, which changes over time: they are made at
// each build and never frozen with the version.
import { DECREE_KIND_LABELS, LEGAL_METADATA as L } from '#domain/strings.ts';
import { absoluteId, identifiers } from '#domain/identifiers.ts';
import { assumedInForce, formatPartialDate } from '#domain/dates.ts';
import { inForceFrom, versionNeighbours, versionStatus, type VersionStatus } from '#domain/register.ts';
import { routes } from '#domain/routes.ts';
import type { Body, Decree } from '#domain/schema/index.ts';

export interface LegalVersion {
  id: string;
  data: Decree;
  status: VersionStatus;
  previousId: string | null;
  nextId: string | null;
  /** The version's published files (name and SHA-256), for the encodings. */
  files: readonly { name: string; sha256: string }[];
}

export interface LegalContext {
  siteUrl: string;
  base: string;
  body: Pick<Body, 'name' | 'parent' | 'website'>;
}

/**
 * The versions oldest first, each with its status on `today` and its neighbours: what both
 * the version pages and /data/jdihn.json describe.
 */
export function legalVersions(
  decrees: readonly { id: string; data: Decree }[],
  inForceId: string | null,
  today: string,
  filesOf: (id: string) => readonly { name: string; sha256: string }[],
): LegalVersion[] {
  const inForceIndex = decrees.findIndex((d) => d.id === inForceId);
  const neighbours = versionNeighbours(decrees.map((d) => ({ id: d.id, decree: d.data })));
  return decrees.map((d, i) => ({
    id: d.id,
    data: d.data,
    status: versionStatus(i, inForceIndex, d.data, today),
    ...neighbours[i]!,
    files: filesOf(d.id),
  }));
}

const SCHEMA = 'https://schema.org/';

const MEDIA_TYPES: [RegExp, string][] = [
  [/\.pdf$/, 'application/pdf'],
  [/\.csv$/, 'text/csv'],
  [/\.json$/, 'application/json'],
];

/** schema.org's legal force from the version's status: only the version in force is. */
function legalForce(status: VersionStatus): string {
  return `${SCHEMA}${status === 'in-force' ? 'InForce' : 'NotInForce'}`;
}

/**
 * schema.org `Legislation` for one version. The identifier is the version's address; the
 * decree number, where one is printed, is its `legislationIdentifier` (else the version id:
 * a number is never invented). `legislationChanges` points at the version it replaces.
 */
export function legislationJsonLd(v: LegalVersion, c: LegalContext): Record<string, unknown> {
  const abs = (p: string) => absoluteId(c.siteUrl, c.base, p);
  const d = v.data;
  const id = abs(identifiers.version(v.id));
  const body: Record<string, unknown> = {
    '@type': 'GovernmentOrganization',
    name: c.body.name,
    ...(c.body.website ? { url: c.body.website } : {}),
    ...(c.body.parent ? { parentOrganization: { '@type': 'GovernmentOrganization', name: c.body.parent } } : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': id,
    url: id,
    name: d.title,
    legislationIdentifier: d.number ?? v.id,
    legislationType: d.kind ? `${L.decree} (${DECREE_KIND_LABELS[d.kind] ?? d.kind})` : L.decree,
    legislationDate: d.date,
    ...(d.effective ? { legislationDateOfApplicability: d.effective } : {}),
    legislationLegalForce: legalForce(v.status),
    legislationPassedBy: {
      '@type': 'Person',
      name: d.signatory.name,
      jobTitle: d.signatory.position,
    },
    legislationResponsible: body,
    // Where it was signed ("Kupang, Maret 2025"), not what it covers.
    ...(d.place ? { locationCreated: { '@type': 'Place', name: d.place } } : {}),
    ...(d.jdih?.url ? { sameAs: d.jdih.url } : {}),
    ...(v.previousId ? { legislationChanges: { '@id': abs(identifiers.version(v.previousId)) } } : {}),
    exampleOfWork: { '@id': abs(identifiers.register()) },
    inLanguage: 'id',
    // The files that hold the register itself; the manifest and checksums only describe them.
    encoding: v.files
      .filter((f) => MEDIA_TYPES.some(([r]) => r.test(f.name)) && !/^manifest\.json$|^SHA256SUMS$/.test(f.name))
      .map((f) => ({
        '@type': 'LegislationObject',
        contentUrl: abs(routes.versionFile(v.id, f.name)),
        encodingFormat: MEDIA_TYPES.find(([r]) => r.test(f.name))![1],
        sha256: f.sha256,
        // The signed decree as the body published it is official; the files this site makes
        // from it (archive, data) are renderings with no standing of their own.
        legislationLegalValue: `${SCHEMA}${f.name === 'sk.pdf' ? 'OfficialLegalValue' : 'UnofficialLegalValue'}`,
      })),
  };
}

/**
 * One version as a JDIHN record, with the keys JDIH sites send to jdihn.go.id (the JDIHN
 * integration template: idData, judul, jenis, noPeraturan, tempatTerbit, status, bahasa,
 * teuBadan, urlDownload, urlDetailPeraturan, …). What the decree does not say is null, never
 * guessed: the seed has no number and only a month. "-" is JDIHN's own mark for a field that
 * applies to books only. Keys the template lacks but the record needs (tanggal_penetapan as
 * printed, pemrakarsa, penandatangan, the identifier) are added.
 */
export function jdihnRecord(v: LegalVersion, c: LegalContext, today: string): Record<string, string | null> {
  const abs = (p: string) => absoluteId(c.siteUrl, c.base, p);
  const d = v.data;
  // The document itself is the signed decree; the archive is this site's rendering of its register.
  const file = v.files.find((f) => f.name === 'sk.pdf');
  const archive = v.files.find((f) => f.name.endsWith('.pdf') && f.name !== 'sk.pdf');
  const detail =
    v.status === 'in-force'
      ? L.statusDetail['in-force'](formatPartialDate(inForceFrom(d)), assumedInForce(d))
      : v.status === 'future'
        ? L.statusDetail.future(formatPartialDate(inForceFrom(d)))
        : v.status === 'withdrawn'
          ? L.statusDetail.withdrawn(formatPartialDate(d.withdrawn!.date))
          : L.statusDetail.superseded(v.nextId);
  return {
    idData: v.id,
    // A Keputusan is established (ditetapkan), not promulgated (diundangkan): the year is that of
    // establishment, as JDIH sites fill it for decrees; no promulgation date exists.
    tahun_pengundangan: d.date.slice(0, 4),
    tanggal_pengundangan: null,
    tanggal_penetapan: d.date,
    jenis: d.jdih?.documentType ?? null,
    noPeraturan: d.number,
    judul: d.title,
    noPanggil: '-',
    singkatanJenis: null,
    tempatTerbit: d.place,
    penerbit: '-',
    deskripsiFisik: '-',
    sumber: '-',
    subjek: d.jdih?.subject ?? L.subject,
    isbn: '-',
    status: L.status[v.status],
    keteranganStatus: detail,
    bahasa: L.language,
    bidangHukum: null,
    teuBadan: c.body.name,
    pemrakarsa: c.body.name,
    penandatangan: [d.signatory.name, d.signatory.position].join(', '),
    nomorIndukBuku: '-',
    fileDownload: file?.name ?? null,
    urlDownload: file ? abs(routes.versionFile(v.id, file.name)) : null,
    urlDetailPeraturan: abs(routes.version(v.id)),
    urlArsip: archive ? abs(routes.versionFile(v.id, archive.name)) : null,
    pengenal: abs(identifiers.version(v.id)),
    statusPada: today,
    // The integration template marks these two required and fixes their values; it does not
    // say what they mean.
    operasi: '4',
    display: '1',
  };
}

/** `/data/jdihn.json`: every version as a JDIHN record, oldest first, as JDIH sites serve them. */
export function jdihnJson(versions: readonly LegalVersion[], c: LegalContext, today: string): string {
  return (
    JSON.stringify(
      versions.map((v) => jdihnRecord(v, c, today)),
      null,
      2,
    ) + '\n'
  );
}

/** JSON-LD as the text of a <script> element: `<` escaped, so no text can close the element. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
