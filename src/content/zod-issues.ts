import { closest, distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { fieldLabel, PERIOD_KIND_LABELS, SCHEMA_MESSAGES, TYPE_NAMES } from '#domain/strings.ts';
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
  if (read.kind === 'unclear') return `Teks "${wording}" tidak terbaca sebagai jenis mana pun; bila memang begitu bunyi keputusannya, pakai kind: unclear (akan menjadi temuan period-vague).`;
  return `Teks "${wording}" terbaca sebagai kind: ${read.kind} (${PERIOD_KIND_LABELS[read.kind]}).`;
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
  const named = label ? `\`${field}\` (${label})` : `\`${field || '(akar berkas)'}\``;
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      if (field === 'period' && typeof input === 'string') {
        return {
          field,
          path,
          message: `Field ${named} ditulis sebagai teks saja (${show(input)}); jangka waktu harus menyebut jenisnya (kind) dan teksnya (text).`,
          hint: `${periodHint(input)} Tulis di bawah \`period:\` dua baris berindentasi: \`kind: …\` dan \`text: ${input}\`.`,
        };
      }
      if (input === undefined) {
        return { field, path, message: `Field ${named} wajib diisi.`, hint: `Tambahkan baris \`${String(path.at(-1))}: …\` dengan isi ${TYPE_NAMES[issue.expected] ?? issue.expected}.` };
      }
      return {
        field,
        path,
        message: `Field ${named} harus berupa ${TYPE_NAMES[issue.expected] ?? issue.expected}, bukan ${TYPE_NAMES[typeOf(input)] ?? typeOf(input)} (${show(input)}).`,
        hint: issue.expected === 'number' ? 'Tulis angka tanpa tanda kutip, misalnya 3.' : issue.expected === 'string' ? 'Tulis teks; beri tanda kutip bila teks berisi titik dua.' : 'Lihat contoh pada entri lain.',
      };
    }
    case 'invalid_union': {
      const discr = (issue as { discriminator?: string }).discriminator;
      const options = (issue as { options?: unknown[] }).options;
      if (discr && options) {
        // zod reports the whole object as input; the editor wrote only the discriminator.
        const given = input && typeof input === 'object' ? (input as Record<string, unknown>)[discr] : undefined;
        const isPeriod = path.includes('period');
        const list = options.map((o) => (isPeriod && PERIOD_KIND_LABELS[String(o)] ? `${String(o)} (${PERIOD_KIND_LABELS[String(o)]})` : String(o))).join(', ');
        let hint = `Gunakan salah satu: ${list}.`;
        const wording = input && typeof input === 'object' ? (input as Record<string, unknown>).text : undefined;
        if (isPeriod && typeof wording === 'string') hint += ` ${periodHint(wording)}`;
        return {
          field,
          path,
          message: given === undefined ? `Field ${named} wajib diisi.` : `Nilai ${named} ${show(given)} tidak dikenal.`,
          hint,
        };
      }
      return { field, path, message: `Isi ${named} tidak cocok dengan bentuk mana pun yang dikenal.`, hint: 'Bandingkan dengan contoh di CONTRIBUTING.md.' };
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => show(v)).join(', ');
      return { field, path, message: `Nilai ${named} ${show(input)} tidak dikenal.`, hint: `Gunakan salah satu: ${values}.` };
    }
    case 'too_small': {
      if (issue.origin === 'string') return { field, path, message: `Field ${named} tidak boleh kosong.`, hint: 'Isi dengan teks sebagaimana tercantum dalam keputusan.' };
      if (issue.origin === 'array') return { field, path, message: `Field ${named} harus berisi paling sedikit ${String(issue.minimum)} butir.`, hint: 'Tambahkan butir yang kurang.' };
      const bound = issue.inclusive ? `paling kecil ${String(issue.minimum)}` : `harus lebih besar dari ${String(issue.minimum)}`;
      return { field, path, message: `Nilai ${named} ${show(input)} terlalu kecil (${bound}).`, hint: 'Periksa angkanya.' };
    }
    case 'too_big':
      const bound = issue.inclusive ? `paling besar ${String(issue.maximum)}` : `harus lebih kecil dari ${String(issue.maximum)}`;
      return { field, path, message: `Nilai ${named} ${show(input)} terlalu besar (${bound}).`, hint: 'Periksa angkanya.' };
    case 'unrecognized_keys': {
      const known = knownKeysAt(schema, path);
      const keys = issue.keys;
      const pairs = keys.flatMap((k) => {
        const c = known.length ? closest(k, known) : undefined;
        return c && distance(k, c) <= Math.max(2, Math.floor(k.length / 3)) ? [[k, c] as const] : [];
      });
      const suggestions = pairs.map(([k, c]) => `\`${k}\` → \`${c}\``);
      return {
        meant: pairs[0] ? [...path, pairs[0][1]] : undefined,
        field: formatPath([...path, keys[0] ?? '']),
        path: [...path, keys[0] ?? ''],
        message: `Field tidak dikenal: ${keys.map((k) => `\`${k}\``).join(', ')}${field ? ` di dalam \`${field}\`` : ''}.`,
        hint: suggestions.length ? `Mungkin salah ketik: ${suggestions.join(', ')}.` : `Field yang dikenal di sini: ${known.join(', ')}.`,
      };
    }
    default: {
      const known = SCHEMA_MESSAGES[issue.message];
      if (known) return { field, path, message: `Field ${named}${input !== undefined ? ` ${show(input)}` : ''}: ${known.message}.`, hint: known.hint };
      return { field, path, message: `Field ${named}: isian tidak sah.`, hint: 'Bandingkan dengan contoh di CONTRIBUTING.md.' };
    }
  }
}
