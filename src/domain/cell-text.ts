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
 * Splits a cell into its printed items: HTML list items, bullets, semicolons, lines that
 * start an item, and a numbered list written on one line ("1. … 2. …", numbered from 1 in
 * order). The list markers are the list's, not the items' words, and are left out.
 */
export function cellItems(raw: string): string[] {
  const li = [...raw.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/gi)].map((m) => m[1]!);
  const parts = li.length
    ? li
    : unwrap(raw)
        .split(/\n|•|;|(?:^|\s)-\s(?=[A-Z])/)
        .flatMap(inlineNumbered);
  return parts.map((p) => cleanCell(cleanCell(p).replace(MARKER, ''))).filter(Boolean);
}

/**
 * A line break inside an item is where a narrow column wrapped it (text copied from a PDF, a
 * cell pasted from a printout: "UU No. 14 Tahun 2008\ntentang KIP"), not a new item. A line
 * starts an item when it starts with a list marker or a new law ("UU", "Pasal", "Peraturan"
 * …), or when the line before it ends an item (";", ".", ":").
 */
function unwrap(raw: string): string {
  const lines = raw.split(/\r?\n/);
  return lines.reduce((out, line, i) => {
    if (i === 0) return line;
    // A law named after "Perubahan atas", "tentang", "Nomor" … continues the line before.
    const continues = /\b(?:atas|tentang|dan|dengan|jo\.?|sebagaimana|diubah|terakhir|Nomor|No\.?|Tahun|Th\.?|pasal)\s*:?\s*$/i.test(
      lines[i - 1]!,
    );
    const starts =
      MARKER.test(line.trim()) ||
      (!continues &&
        /^\s*(?:•|UU\b|UUD\b|Undang|Pasal\b|Peraturan\b|Perpres\b|Perppu\b|Perme\w*|Perda\b|Perki\b|PP\b|Keputusan\b|KUH)/i.test(line)) ||
      (!continues && /[;.:]\s*$/.test(lines[i - 1]!));
    return `${out}${starts ? '\n' : ' '}${line}`;
  }, '');
}

/** "1. A 2. B 3. C" (or "a. A b. B") as ["1. A", "2. B", "3. C"]; any other text as it is. */
export function inlineNumbered(text: string): string[] {
  const t = text.trim();
  // "1. … 2. …", or lettered: "a. … b. …".
  const lettered = /^a[.)]\s/.test(t);
  if (!lettered && !/^1[.)]\s/.test(t)) return [text];
  const marker = (n: number) => (lettered ? String.fromCharCode(96 + n) : String(n));
  const out: string[] = [];
  let rest = t;
  for (let n = 2; n <= 26; n++) {
    const at = rest.search(new RegExp(`\\s${marker(n)}[.)]\\s`));
    if (at < 0) break;
    out.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  return [...out, rest];
}

/** Text to match literally inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
