// A validator of JSON-LD against the schema.org vocabulary itself (release 29.4, vendored in
// tests/fixtures/schemaorg): every type exists, every property belongs to the node's type
// or a supertype (domainIncludes), every value is of a type the property allows
// (rangeIncludes), with enumeration members and data types checked by their form.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { REPO } from './content.ts';

type Ref = { '@id': string };
interface VocabNode {
  '@id': string;
  '@type': string | string[];
  'rdfs:subClassOf'?: Ref | Ref[];
  'schema:domainIncludes'?: Ref | Ref[];
  'schema:rangeIncludes'?: Ref | Ref[];
}

const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const short = (iri: string) => iri.replace(/^schema:/, '').replace(/^https?:\/\/schema\.org\//, '');

const graph = (
  JSON.parse(gunzipSync(readFileSync(`${REPO}/tests/fixtures/schemaorg/schemaorg-current-https-29.4.jsonld.gz`)).toString('utf8')) as {
    '@graph': VocabNode[];
  }
)['@graph'];

const parents = new Map<string, string[]>();
const properties = new Map<string, { domain: string[]; range: string[] }>();
/** Enumeration members ("InForce") and the enumeration they belong to ("LegalForceStatus"). */
const members = new Map<string, string[]>();
for (const n of graph) {
  const id = short(n['@id']);
  const types = list(n['@type']);
  if (types.includes('rdfs:Class'))
    parents.set(
      id,
      list(n['rdfs:subClassOf']).map((r) => short(r['@id'])),
    );
  else if (types.includes('rdf:Property'))
    properties.set(id, {
      domain: list(n['schema:domainIncludes']).map((r) => short(r['@id'])),
      range: list(n['schema:rangeIncludes']).map((r) => short(r['@id'])),
    });
  else members.set(id, types.map(short));
}

/** The type and all its supertypes. */
function ancestry(type: string): Set<string> {
  const out = new Set<string>();
  const walk = (t: string) => {
    if (out.has(t)) return;
    out.add(t);
    for (const p of parents.get(t) ?? []) walk(p);
  };
  walk(type);
  return out;
}

const isType = (type: string, anyOf: readonly string[]) => [...ancestry(type)].some((t) => anyOf.includes(t));

const DATA_FORMS: Record<string, (s: string) => boolean> = {
  Text: () => true,
  URL: (s) => URL.canParse(s),
  // ISO 8601 to the precision known: "2025", "2025-03", "2025-03-31".
  Date: (s) => /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(s),
  DateTime: (s) => !Number.isNaN(Date.parse(s)),
};

export const vocabulary = { has: (type: string) => parents.has(type), property: (p: string) => properties.get(p) };

/** Every way `node` breaks the vocabulary, as "path: what". An empty list: it conforms. */
export function schemaOrgProblems(node: unknown, path = '$'): string[] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [`${path}: not a node`];
  const n = node as Record<string, unknown>;
  const type = n['@type'];
  if (typeof type !== 'string') return [`${path}: no @type`];
  if (!parents.has(type)) return [`${path}: unknown type ${type}`];
  const out: string[] = [];
  for (const [key, raw] of Object.entries(n)) {
    if (key.startsWith('@')) continue;
    const prop = properties.get(key);
    if (!prop) {
      out.push(`${path}.${key}: not a schema.org property`);
      continue;
    }
    if (!isType(type, prop.domain)) out.push(`${path}.${key}: not a property of ${type} (only of ${prop.domain.join(', ')})`);
    list(raw as unknown).forEach((value, i) => {
      const at = Array.isArray(raw) ? `${path}.${key}[${i}]` : `${path}.${key}`;
      out.push(...valueProblems(value, prop.range, at));
    });
  }
  return out;
}

function valueProblems(value: unknown, range: string[], at: string): string[] {
  if (typeof value === 'string') {
    // An enumeration member written as its IRI.
    const member = /^https:\/\/schema\.org\/(\w+)$/.exec(value)?.[1];
    if (member && members.has(member))
      return members.get(member)!.some((t) => isType(t, range)) ? [] : [`${at}: ${member} is not a ${range.join(' or ')}`];
    const forms = range.flatMap((r) => Object.entries(DATA_FORMS).filter(([t]) => isType(t, [r]) || t === r));
    if (!forms.length) return [`${at}: a text where ${range.join(' or ')} is expected`];
    return forms.some(([, ok]) => ok(value)) ? [] : [`${at}: "${value}" is not a ${forms.map(([t]) => t).join(' or ')}`];
  }
  if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    // A reference to a node described elsewhere: allowed where the range is a class.
    if (Object.keys(o).length === 1 && typeof o['@id'] === 'string')
      return URL.canParse(o['@id']) && range.some((r) => !(r in DATA_FORMS))
        ? []
        : [`${at}: a reference where ${range.join(' or ')} is expected`];
    const type = o['@type'];
    if (typeof type === 'string' && !isType(type, range)) return [`${at}: a ${type} where ${range.join(' or ')} is expected`];
    return schemaOrgProblems(o, at);
  }
  return [`${at}: ${typeof value} where ${range.join(' or ')} is expected`];
}
