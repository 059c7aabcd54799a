// The text of a table cell as a reader sees it, and the items of a list written in one cell:
// what the citation reader, the period reader and the importer all start from.

/** Text as a reader sees it: markup removed, spaces folded, no space inside brackets. */
export function cleanCell(s: string): string {
  return (
    s
      // A tag starts with a name ("<li", "</p", "<br/") and holds no "<": "nilai < 5 juta dan
      // > 1 juta" is text, and the scan stays linear on long cells.
      .replace(/<\/?[a-z!][^<>]*>/gi, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      .replace(/\(\s+/g, '(')
      .replace(/\s+\)/g, ')')
      .trim()
  );
}

/** A list marker at the start of an item: a bullet, "1." or "1)", "a." or "a)". */
export const MARKER = /^(?:[•\-–*]|\d{1,2}[.)]|[a-z][.)])\s+/i;

/**
 * Splits a cell into its printed items: HTML list items, bullets, lines, semicolons, and a
 * numbered list written on one line ("1. … 2. …", numbered from 1 in order). The list
 * markers are the list's, not the items' words, and are left out.
 */
export function cellItems(raw: string): string[] {
  const li = [...raw.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/gi)].map((m) => m[1]!);
  const parts = li.length ? li : raw.split(/\r?\n|•|;|(?:^|\s)-\s(?=[A-Z])/).flatMap(inlineNumbered);
  return parts.map((p) => cleanCell(cleanCell(p).replace(MARKER, ''))).filter(Boolean);
}

/** "1. A 2. B 3. C" as ["1. A", "2. B", "3. C"]; any other text as it is. */
export function inlineNumbered(text: string): string[] {
  const t = text.trim();
  if (!/^1[.)]\s/.test(t)) return [text];
  const out: string[] = [];
  let rest = t;
  for (let n = 2; ; n++) {
    const at = rest.search(new RegExp(`\\s${n}[.)]\\s`));
    if (at < 0) break;
    out.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  return [...out, rest];
}
