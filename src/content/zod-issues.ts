import { closest, distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { CHECK, fieldLabel, PERIOD_KIND_LABELS, SCHEMA_MESSAGES, TYPE_NAMES } from '#domain/strings.ts';
import { formatPath } from '#domain/rules/registry.ts';
import { readPeriodText } from '#domain/period.ts';

export interface IssueText {
  field: string;
  path: ReadonlyArray<string | number>;
  message: string;
  hint: string;
  /** For a misspelt field name: the path of the field it most likely means. */
  meant?: ReadonlyArray<string | number>;
}

/** What the period reader makes of the wording, as a hint for choosing `kind`. */
function periodHint(wording: string): string {
  const read = readPeriodText(wording);
  if (read.kind === 'unclear') return CHECK.schema.periodUnclear(wording);
  return CHECK.schema.periodReadAs(wording, read.kind, PERIOD_KIND_LABELS[read.kind] ?? read.kind);
}

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

const jsonSchemaCache = new WeakMap<z.ZodType, JsonSchema>();

/** Property names the schema allows at `path`, across union branches: for "did you mean". */
function knownKeysAt(schema: z.ZodType, path: ReadonlyArray<string | number>): string[] {
  let js = jsonSchemaCache.get(schema);
  if (!js) {
    js = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    jsonSchemaCache.set(schema, js);
  }
  let nodes: JsonSchema[] = [js];
  const expand = (n: JsonSchema): JsonSchema[] => [n, ...[...(n.anyOf ?? []), ...(n.oneOf ?? []), ...(n.allOf ?? [])].flatMap(expand)];
  for (const key of path) {
    nodes = nodes.flatMap(expand).flatMap((n) => {
      if (typeof key === 'number') return n.items ? [n.items] : [];
      const p = n.properties?.[key];
      return p ? [p] : [];
    });
  }
  return [...new Set(nodes.flatMap(expand).flatMap((n) => Object.keys(n.properties ?? {})))];
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function show(value: unknown): string {
  const s = JSON.stringify(value);
  return s && s.length > 60 ? `${s.slice(0, 57)}…` : String(s);
}

/**
 * Turns a zod issue into one plain-Indonesian sentence with a fix. zod's own messages are
 * English and name types, not what an editor should type.
 */
export function describeIssue(issue: z.core.$ZodIssue, schema: z.ZodType): IssueText {
  const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  const field = formatPath(path);
  const label = fieldLabel(field);
  const named = label ? `\`${field}\` (${label})` : `\`${field || CHECK.schema.root}\``;
  const S = CHECK.schema;
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      if (field === 'period' && typeof input === 'string') {
        return { field, path, ...S.periodAsText(named, show(input), periodHint(input), input) };
      }
      if (input === undefined) {
        return {
          field,
          path,
          message: S.required(named),
          hint: S.requiredHint(String(path.at(-1)), TYPE_NAMES[issue.expected] ?? issue.expected),
        };
      }
      return {
        field,
        path,
        message: S.wrongType(named, TYPE_NAMES[issue.expected] ?? issue.expected, TYPE_NAMES[typeOf(input)] ?? typeOf(input), show(input)),
        hint: issue.expected === 'number' ? S.numberHint : issue.expected === 'string' ? S.textHint : S.exampleHint,
      };
    }
    case 'invalid_union': {
      const discr = (issue as { discriminator?: string }).discriminator;
      const options = (issue as { options?: unknown[] }).options;
      if (discr && options) {
        // zod reports the whole object as input; the editor wrote only the discriminator.
        const given = input && typeof input === 'object' ? (input as Record<string, unknown>)[discr] : undefined;
        const isPeriod = path.includes('period');
        const list = options
          .map((o) => (isPeriod && PERIOD_KIND_LABELS[String(o)] ? `${String(o)} (${PERIOD_KIND_LABELS[String(o)]})` : String(o)))
          .join(', ');
        let hint = S.oneOf(list);
        const wording = input && typeof input === 'object' ? (input as Record<string, unknown>).text : undefined;
        if (isPeriod && typeof wording === 'string') hint += ` ${periodHint(wording)}`;
        return {
          field,
          path,
          message: given === undefined ? S.required(named) : S.unknownValue(named, show(given)),
          hint,
        };
      }
      return { field, path, ...S.noShape(named) };
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => show(v)).join(', ');
      return { field, path, message: S.unknownValue(named, show(input)), hint: S.oneOf(values) };
    }
    case 'too_small': {
      if (issue.origin === 'string') return { field, path, ...S.empty(named) };
      if (issue.origin === 'array') return { field, path, ...S.tooFewItems(named, String(issue.minimum)) };
      return { field, path, ...S.tooSmall(named, show(input), String(issue.minimum), Boolean(issue.inclusive)) };
    }
    case 'too_big':
      if (issue.origin === 'string')
        return { field, path, ...S.tooLong(named, String(issue.maximum), typeof input === 'string' ? input.length : 0) };
      return { field, path, ...S.tooBig(named, show(input), String(issue.maximum), Boolean(issue.inclusive)) };
    case 'unrecognized_keys': {
      const known = knownKeysAt(schema, path);
      const keys = issue.keys;
      const pairs = keys.flatMap((k) => {
        const c = known.length ? closest(k, known) : undefined;
        return c && distance(k, c) <= Math.max(2, Math.floor(k.length / 3)) ? [[k, c] as const] : [];
      });
      return {
        meant: pairs[0] ? [...path, pairs[0][1]] : undefined,
        field: formatPath([...path, keys[0] ?? '']),
        path: [...path, keys[0] ?? ''],
        message: S.unknownFields(keys, field),
        hint: pairs.length ? S.typo(pairs) : S.knownFields(known),
      };
    }
    default: {
      const known = SCHEMA_MESSAGES[issue.message];
      if (known) return { field, path, message: S.keyed(named, input !== undefined ? show(input) : null, known.message), hint: known.hint };
      return { field, path, ...S.invalid(named) };
    }
  }
}
