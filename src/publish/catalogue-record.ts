// The site describing itself, as a data portal does (DCAT-AP 3.0, JSON-LD): who publishes,
// for which region, the register as a dataset with its downloads, and the checkpoint a
// harvester remembers: the version in force, its frozen register's and manifest's SHA-256.
// A catalogue of many bodies harvests this record first (issue 16).
import { CATALOGUE_RECORD as C } from '#domain/strings.ts';
import { absoluteId, identifiers } from '#domain/identifiers.ts';
import { inForceFrom } from '#domain/register.ts';
import { routes } from '#domain/routes.ts';
import type { Body, Decree } from '#domain/schema/index.ts';

export interface CatalogueInput {
  siteUrl: string;
  base: string;
  body: Pick<Body, 'name' | 'parent' | 'website' | 'region'>;
  /** The version in force, with its frozen register's and manifest's SHA-256; null before any. */
  inForce: { id: string; decree: Decree; registerSha256: string; manifestSha256: string } | null;
}

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  locn: 'http://www.w3.org/ns/locn#',
  spdx: 'http://spdx.org/rdf/terms#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};
const IANA = 'https://www.iana.org/assignments/media-types/';
const INDONESIAN = { '@id': 'http://publications.europa.eu/resource/authority/language/IND' };
const SHA256 = { '@id': 'http://spdx.org/rdf/terms#checksumAlgorithm_sha256' };

const id = (s: string) => ({ '@id': s });
const text = (s: string) => ({ '@language': 'id', '@value': s });
/** A date as precise as it is known: "2025-03" is a year and month, not the 1st. */
const date = (s: string) => ({ '@value': s, '@type': /^\d{4}-\d{2}$/.test(s) ? 'xsd:gYearMonth' : 'xsd:date' });
const checksum = (hex: string) => ({ '@type': 'spdx:Checksum', 'spdx:algorithm': SHA256, 'spdx:checksumValue': hex });

/** The record as a JSON-LD object (DCAT-AP 3.0 classes and properties). */
export function catalogueRecord(input: CatalogueInput): Record<string, unknown> {
  const abs = (p: string) => absoluteId(input.siteUrl, input.base, p);
  const b = input.body;
  const publisher = {
    '@id': `${abs(routes.home())}#badan-publik`,
    '@type': 'foaf:Agent',
    'foaf:name': b.name,
    ...(b.website ? { 'foaf:homepage': id(b.website) } : {}),
  };
  const spatial = b.region
    ? {
        'dct:spatial': {
          '@type': 'dct:Location',
          'locn:geographicName': text(b.region.name),
          // The Kemendagri region code, where recorded (never guessed from the name).
          ...(b.region.code ? { 'dct:identifier': b.region.code } : {}),
        },
      }
    : {};
  const distribution = (path: string, media: string, title: string, extra: Record<string, unknown> = {}) => ({
    '@id': abs(path),
    '@type': 'dcat:Distribution',
    'dct:title': text(title),
    'dcat:accessURL': id(abs(path)),
    'dcat:downloadURL': id(abs(path)),
    'dcat:mediaType': id(`${IANA}${media}`),
    ...extra,
  });
  const v = input.inForce;
  const current = v
    ? {
        'dcat:hasCurrentVersion': {
          '@id': abs(identifiers.version(v.id)),
          '@type': 'dcat:Dataset',
          'dct:title': text(v.decree.title),
          'dct:description': text(C.versionDescription(v.id)),
          'dcat:version': v.id,
          'dct:issued': date(v.decree.date),
          'dct:temporal': { '@type': 'dct:PeriodOfTime', 'dcat:startDate': date(inForceFrom(v.decree)) },
          'spdx:checksum': checksum(v.registerSha256),
          'dcat:distribution': [
            distribution(routes.versionFile(v.id, 'register.json'), 'application/json', C.frozenRegister, {
              'spdx:checksum': checksum(v.registerSha256),
            }),
            distribution(routes.versionFile(v.id, 'manifest.json'), 'application/json', C.manifest, {
              'spdx:checksum': checksum(v.manifestSha256),
            }),
          ],
        },
      }
    : {};
  return {
    '@context': CONTEXT,
    '@id': abs(routes.catalogueRecord()),
    '@type': 'dcat:Catalog',
    'dct:title': text(C.title(b.name)),
    'dct:description': text(C.description(b.name)),
    'dct:publisher': publisher,
    'dct:language': INDONESIAN,
    'foaf:homepage': id(abs(routes.home())),
    ...spatial,
    'dcat:dataset': [
      {
        '@id': abs(identifiers.register()),
        '@type': 'dcat:Dataset',
        'dct:identifier': abs(identifiers.register()),
        'dct:title': text(C.datasetTitle(b.name)),
        'dct:description': text(C.datasetDescription),
        'dct:publisher': id(publisher['@id']),
        'dct:language': INDONESIAN,
        'dcat:keyword': C.keywords.map(text),
        'dcat:landingPage': id(abs(routes.register())),
        ...spatial,
        'dcat:distribution': v
          ? [
              distribution(routes.dataJson(), 'application/json', C.json, { 'dct:conformsTo': id(abs(routes.dataSchema())) }),
              distribution(routes.dataCsv(), 'text/csv', C.csv),
              distribution(routes.dataSchema(), 'application/schema+json', C.schema),
              distribution(routes.versionsJson(), 'application/json', C.versions),
            ]
          : [distribution(routes.versionsJson(), 'application/json', C.versions)],
        ...current,
      },
    ],
  };
}

/** `/data/katalog.jsonld` as published. */
export function catalogueRecordJson(input: CatalogueInput): string {
  return JSON.stringify(catalogueRecord(input), null, 2) + '\n';
}
