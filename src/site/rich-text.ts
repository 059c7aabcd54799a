// Sentences in the strings module keep their inline markup as plain text, so wording lives in
// one place while the page supplies the addresses: `code` for a command or a field name, and
// [words](n) for a link to the page's n-th address. Nothing else is markup: the text is
// never read as HTML.

export type RichPart = { kind: 'text'; text: string } | { kind: 'code'; text: string } | { kind: 'link'; text: string; href: string };

const TOKEN = /`([^`]+)`|\[([^\]]+)\]\((\d+)\)/g;

/** The parts of `text`; a link to an address the page did not give is a programming error. */
export function richParts(text: string, links: readonly string[] = []): RichPart[] {
  const out: RichPart[] = [];
  let at = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > at) out.push({ kind: 'text', text: text.slice(at, m.index) });
    if (m[1] !== undefined) out.push({ kind: 'code', text: m[1] });
    else {
      const href = links[Number(m[3])];
      if (href === undefined) throw new Error(`no address ${m[3]} for the link "${m[2]}" in: ${text}`);
      out.push({ kind: 'link', text: m[2]!, href });
    }
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at) });
  return out;
}
