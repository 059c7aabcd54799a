// Writing entry files (content/exemptions/<id>.mdx) the way editors read them: YAML
// frontmatter with one citation per line in flow style, then the optional narrative.
import { Document, isPair, isSeq, visit } from 'yaml';
import type { ExemptionData } from '#domain/schema/index.ts';

/** A stable id from a title: the first words, lowercase, hyphenated, unique among `taken`. */
export function slugFor(title: string, taken: ReadonlySet<string>, maxWords = 6): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w && !['dan', 'yang', 'atau', 'di', 'ke', 'dari', 'untuk', 'pada', 'oleh'].includes(w));
  const base = words.slice(0, maxWords).join('-') || 'entri';
  // The next free number per base is remembered for each set of taken ids, so importing
  // 48,000 rows of one title does not probe -2, -3 … anew for every row.
  let next = nextSuffix.get(taken);
  if (!next) nextSuffix.set(taken, (next = new Map()));
  let i = next.get(base) ?? 2;
  let id = base;
  if (taken.has(id)) {
    while (taken.has((id = `${base}-${i}`))) i++;
    next.set(base, i + 1);
  }
  return id;
}

const nextSuffix = new WeakMap<ReadonlySet<string>, Map<string, number>>();

export function entryToMdx(data: ExemptionData, narrative = ''): string {
  const plain: Record<string, unknown> = {
    order: data.order,
    title: data.title,
    legalBasis: data.legalBasis,
    legalBasisText: data.legalBasisText,
    consequence: data.consequence,
    period: data.period,
    ...(data.unit ? { unit: data.unit } : {}),
    ...(data.partial ? { partial: true } : {}),
    ...(data.partialNote ? { partialNote: data.partialNote } : {}),
  };
  const doc = new Document(plain);
  // Citations and duration anchors read best on one line: { law: uu-14-2008, article: "17", letter: h }
  const keyOf = (n: unknown) => (isPair(n) ? (n.key as { value?: unknown } | null)?.value : undefined);
  visit(doc, {
    Map(_, node, path) {
      const parent = path.at(-1);
      // A citation: a map in the sequence under `legalBasis`; an anchor: the map under `from`.
      if ((isSeq(parent) && keyOf(path.at(-2)) === 'legalBasis') || keyOf(parent) === 'from') node.flow = true;
    },
  });
  const yaml = doc.toString({ lineWidth: 0 });
  return `---\n${yaml}---\n${narrative.trim() ? `\n${narrative.trim()}\n` : ''}`;
}
