// An entry's narrative (the MDX body under the frontmatter): read, never compiled.
//
// MDX is a programming language: `import`, `export` and `{…}` run JavaScript when a file is
// compiled, and a pull request is hostile input. So the narrative is only ever *parsed*
// (micromark with the MDX syntax, so that code is recognised for what it is), checked against
// a small safe subset, and rendered from the syntax tree by our own code: Markdown blocks and
// inline marks, GFM tables, links to web addresses, and one site component, <Pasal ref="…" />.
// Everything else is a problem with its line, and is shown as its literal text.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown, type MdxJsxFlowElement, type MdxJsxTextElement } from 'mdast-util-mdx';
import type { Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Citation } from '#domain/schema/index.ts';
import { CHECK } from '#domain/strings.ts';

/** The one component editors may use, and its one attribute. */
export const PASAL_COMPONENT = 'Pasal';

export interface NarrativeProblem {
  /** 1-based, within the narrative's own text. */
  line: number;
  column: number;
  /** code: would run JavaScript if compiled; markup: outside the safe subset. */
  kind: 'code' | 'markup';
  message: string;
  hint: string;
}

export interface Narrative {
  /** The tree with every refused node replaced by its literal text: safe to render. */
  tree: Root;
  problems: NarrativeProblem[];
  /** The provisions the narrative quotes with <Pasal>, in order of appearance. */
  pasal: PasalRef[];
}

export interface PasalRef {
  /** As written in the attribute, e.g. "uu-14-2008/17/h/2". */
  ref: string;
  citation: Citation;
  /** Line of the component within the narrative. */
  line: number;
}

/** Web addresses a narrative may link to; anything else (javascript:, data:, a path) is refused. */
const SAFE_URL = /^(https?:\/\/[^\s]+|mailto:[^\s]+|tel:\+?[0-9 ()-]+)$/i;

/**
 * "uu-14-2008/17/h/2": law id, article, then optionally "ayat-N", a letter, and an item number.
 * Returns null when the reference cannot be read.
 */
export function parsePasalRef(ref: string): Citation | null {
  const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/(\d+[A-Z]?)(?:\/ayat-(\d+[a-z]?))?(?:\/([a-z])(?:\/(\d+))?)?)?$/.exec(ref.trim());
  if (!m) return null;
  const [, law, article, paragraph, letter, item] = m;
  const c: Citation = { law: law! };
  if (article) c.article = article;
  if (paragraph) c.paragraph = paragraph;
  if (letter) c.letter = letter;
  if (item) c.items = [Number(item)];
  return c;
}

function literal(source: string, node: Nodes): string {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? '' : source.slice(s, e);
}

/**
 * Narratives already parsed, by their text. A narrative is frozen into every version that keeps
 * its entry, so a ten-version register asks for the same text up to ten times in one build (the
 * check, the pages, each archive); parsing it with the MDX syntax is the costly part. Bounded,
 * and emptied when full. What it holds is shared: callers read a Narrative, never change it.
 */
const parsed = new Map<string, Narrative>();
const PARSED_MAX = 20_000;

/**
 * Parses a narrative. Never throws: a syntax error gives one problem and a tree holding the
 * text as plain paragraphs, as the site showed narratives before MDX was rendered.
 */
export function parseNarrative(source: string): Narrative {
  const known = parsed.get(source);
  if (known) return known;
  const n = parseOnce(source);
  if (parsed.size >= PARSED_MAX) parsed.clear();
  parsed.set(source, n);
  return n;
}

function parseOnce(source: string): Narrative {
  const problems: NarrativeProblem[] = [];
  const pasal: PasalRef[] = [];
  let tree: Root;
  try {
    tree = fromMarkdown(source, {
      extensions: [mdxjs(), gfm()],
      mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
    });
  } catch (err) {
    const e = err as { line?: number; column?: number; place?: { line?: number; column?: number }; reason?: string; message?: string };
    const line = e.line ?? e.place?.line ?? 1;
    const column = e.column ?? e.place?.column ?? 1;
    problems.push({ line, column, kind: 'markup', ...CHECK.narrative.syntax(e.reason ?? e.message ?? '') });
    return { tree: plainTree(source), problems, pasal };
  }

  const at = (node: Nodes) => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
  const refuse = (node: Nodes, kind: NarrativeProblem['kind'], words: { message: string; hint: string }) =>
    problems.push({ ...at(node), kind, ...words });

  const visit = (parent: Parents): void => {
    const out: RootContent[] = [];
    for (const node of parent.children as RootContent[]) {
      const replaced = check(node);
      if (replaced === node && 'children' in node) visit(node as Parents);
      out.push(...(Array.isArray(replaced) ? replaced : [replaced]));
    }
    (parent as { children: RootContent[] }).children = out;
  };

  // Returns the node itself when it is allowed, or what stands in for it when it is not.
  const check = (node: RootContent): RootContent | RootContent[] => {
    const flow = (text: string): RootContent => ({ type: 'paragraph', children: [{ type: 'text', value: text }] });
    const inline = (text: string): PhrasingContent => ({ type: 'text', value: text });
    const asText = (n: RootContent): RootContent => {
      const text = literal(source, n);
      return n.type === 'mdxjsEsm' || n.type === 'mdxFlowExpression' || n.type === 'mdxJsxFlowElement' || n.type === 'footnoteDefinition'
        ? flow(text)
        : inline(text);
    };
    switch (node.type) {
      case 'mdxjsEsm':
        refuse(node, 'code', CHECK.narrative.esm(node.value.trim().split(/\s/)[0] ?? ''));
        return asText(node);
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        refuse(node, 'code', CHECK.narrative.expression);
        return asText(node);
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return checkComponent(node) ? node : asText(node);
      // (Raw HTML never reaches here: under the MDX syntax a tag is a component, checked above.)
      case 'image':
      case 'imageReference':
      case 'footnoteDefinition':
      case 'footnoteReference':
        refuse(node, 'markup', node.type.startsWith('image') ? CHECK.narrative.image : CHECK.narrative.footnote);
        return asText(node);
      case 'definition':
        // A link reference definition prints nothing, but its address is refused here like a link's.
        if (!SAFE_URL.test(node.url)) {
          refuse(node, 'markup', CHECK.narrative.url(node.url));
          return flow(literal(source, node));
        }
        return node;
      case 'link':
        if (!SAFE_URL.test(node.url)) {
          refuse(node, 'markup', CHECK.narrative.url(node.url));
          // Its words stay, checked like any others (an image or code inside a link is too).
          const holder = { type: 'paragraph', children: node.children } as Parents;
          visit(holder);
          return holder.children as RootContent[];
        }
        return node;
      default:
        return node;
    }
  };

  const checkComponent = (node: MdxJsxFlowElement | MdxJsxTextElement): boolean => {
    if (node.name !== PASAL_COMPONENT) {
      refuse(node, 'markup', CHECK.narrative.component(node.name ?? ''));
      return false;
    }
    let ref: string | null = null;
    const seen = new Set<string>();
    for (const a of node.attributes) {
      if (a.type === 'mdxJsxExpressionAttribute' || (a.value !== null && typeof a.value === 'object')) {
        refuse(node, 'code', CHECK.narrative.expression);
        return false;
      }
      if (a.name !== 'ref') {
        refuse(node, 'markup', CHECK.narrative.attribute(a.name));
        return false;
      }
      // Written twice, the check and the page could each read another one.
      if (seen.has(a.name)) {
        refuse(node, 'markup', CHECK.narrative.attributeTwice(a.name));
        return false;
      }
      seen.add(a.name);
      ref = typeof a.value === 'string' ? a.value : null;
    }
    if (node.children.length > 0) {
      refuse(node, 'markup', CHECK.narrative.pasalChildren);
      return false;
    }
    const citation = ref === null ? null : parsePasalRef(ref);
    if (ref === null || !citation) {
      refuse(node, 'markup', CHECK.narrative.pasalRef(ref ?? ''));
      return false;
    }
    pasal.push({ ref, citation, line: at(node).line });
    return true;
  };

  visit(tree);
  return { tree, problems, pasal };
}

/** The text as paragraphs split at blank lines: the fallback when it is not valid MDX. */
function plainTree(source: string): Root {
  return {
    type: 'root',
    children: source
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => ({ type: 'paragraph', children: [{ type: 'text', value: p }] })),
  };
}

export type InlineStyle = { bold?: boolean; italic?: boolean };
export interface Run extends InlineStyle {
  text: string;
}
/** A narrative as a flat list of blocks of styled text, for typesetting (the archive PDF). */
export interface TextBlock {
  kind: 'heading' | 'paragraph' | 'item' | 'quote' | 'row';
  /** Nesting of lists (0 outside a list). */
  depth: number;
  /** "•" or "1." for list items. */
  marker?: string;
  runs: Run[];
}

/**
 * Flattens a (checked) narrative for plain typesetting: headings, paragraphs, list items with
 * their markers, table rows as cells joined by " | ", and <Pasal> as the provision's label
 * and text given by `pasal` (the caller resolves it against the law catalogue).
 */
export function narrativeBlocks(n: Narrative, pasal: (c: Citation, ref: string) => { label: string; text: string | null }): TextBlock[] {
  const out: TextBlock[] = [];
  // Reference-style links ([words][r] with "[r]: https://…") print their address too.
  const definitions = new Map<string, string>();
  const collect = (nodes: readonly Nodes[]): void => {
    for (const node of nodes) {
      if (node.type === 'definition') definitions.set(node.identifier, node.url);
      if ('children' in node) collect(node.children as Nodes[]);
    }
  };
  collect(n.tree.children);
  const withAddress = (words: Run[], url: string | undefined, style: InlineStyle): Run[] => {
    const said = words.map((r) => r.text).join('');
    return !url || said.trim() === url ? words : [...words, { text: ` (${url})`, ...style }];
  };
  const runs = (nodes: readonly Nodes[], style: InlineStyle = {}): Run[] =>
    nodes.flatMap((node): Run[] => {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          return [{ text: node.value.replace(/\s+/g, ' '), ...style }];
        case 'break':
          return [{ text: ' ', ...style }];
        case 'emphasis':
          return runs(node.children, { ...style, italic: true });
        case 'strong':
          return runs(node.children, { ...style, bold: true });
        // On paper a link is its words and, where they differ, its address.
        case 'link':
          return withAddress(runs(node.children, style), node.url, style);
        case 'linkReference':
          return withAddress(runs(node.children, style), definitions.get(node.identifier), style);
        case 'delete':
          return runs(node.children, style);
        case 'mdxJsxTextElement':
          return [{ text: pasalLine(node), ...style }];
        default:
          return 'children' in node ? runs(node.children as Nodes[], style) : [];
      }
    });
  const pasalLine = (node: MdxJsxFlowElement | MdxJsxTextElement): string => {
    const ref = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'ref')?.value;
    const c = typeof ref === 'string' ? parsePasalRef(ref) : null;
    if (!c || typeof ref !== 'string') return '';
    const p = pasal(c, ref);
    return p.text ? `${p.label}: “${p.text}”` : p.label;
  };
  const blocks = (nodes: readonly Nodes[], depth: number): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          out.push({ kind: 'heading', depth, runs: runs(node.children, { bold: true }) });
          break;
        case 'paragraph':
          out.push({ kind: 'paragraph', depth, runs: runs(node.children) });
          break;
        case 'blockquote':
          for (const b of node.children) out.push({ kind: 'quote', depth, runs: runs([b], { italic: true }) });
          break;
        case 'list':
          node.children.forEach((item, i) => {
            const [first, ...rest] = item.children;
            const marker = node.ordered ? `${(node.start ?? 1) + i}.` : '•';
            out.push({ kind: 'item', depth: depth + 1, marker, runs: first ? runs([first]) : [] });
            blocks(rest, depth + 1);
          });
          break;
        case 'table':
          for (const row of node.children)
            out.push({
              kind: 'row',
              depth,
              runs: row.children.flatMap((cell, i) => [
                ...(i ? [{ text: ' | ' }] : []),
                ...runs(cell.children, row === node.children[0] ? { bold: true } : {}),
              ]),
            });
          break;
        case 'code':
          out.push({ kind: 'paragraph', depth, runs: [{ text: node.value }] });
          break;
        case 'mdxJsxFlowElement':
          out.push({ kind: 'quote', depth, runs: [{ text: pasalLine(node) }] });
          break;
        case 'thematicBreak':
          break;
        default:
          if ('children' in node) blocks(node.children as Nodes[], depth);
      }
    }
  };
  blocks(n.tree.children, 0);
  return out.filter((b) => b.runs.some((r) => r.text.trim()));
}
