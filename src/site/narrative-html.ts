// An entry's narrative as HTML, from the checked syntax tree (src/domain/narrative.ts).
//
// The tree holds only what the safe subset allows (refused nodes are already literal text),
// and the HTML is serialised by hast-util-to-html, which escapes every text and attribute:
// no raw HTML from the source ever reaches the page.
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Heading } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { toHast, type State } from 'mdast-util-to-hast';
import { formatCitation, provisionTexts, quotedProvision, resolveCitation } from '#domain/citation.ts';
import { parseNarrative, parsePasalRef } from '#domain/narrative.ts';
import { routes } from '#domain/routes.ts';
import type { Law } from '#domain/schema/index.ts';
import { UI } from '#domain/strings.ts';
import { url } from './url.ts';

const h = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const t = (value: string): ElementContent => ({ type: 'text', value });

/**
 * Renders a narrative. `headingLevel` is the level its top headings take ("#" and "##"
 * become that level, "###" the next), so that they sit under the page's own headings.
 */
export function narrativeHtml(source: string, laws: ReadonlyMap<string, Law>, headingLevel = 4): string {
  if (!source.trim()) return '';
  const { tree } = parseNarrative(source);

  const pasal = (_state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element | undefined => {
    const ref = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'ref')?.value;
    const c = typeof ref === 'string' ? parsePasalRef(ref) : null;
    if (!c) return undefined;
    const r = resolveCitation(c, laws);
    const label = formatCitation(c, r.ok ? r.value.law : undefined);
    const link = r.ok ? h('a', { href: url(routes.provision(c)) }, [t(label)]) : t(label);
    const texts = r.ok ? provisionTexts(c, laws) : [];
    const wording = (p: (typeof texts)[number]) =>
      (p.text ?? (p.summary ? `${UI.entry.summary} ${p.summary}` : UI.entry.noText)) + (p.verified ? '' : ` ${UI.entry.unverified}`);
    if (node.type === 'mdxJsxTextElement') {
      const quoted = r.ok ? quotedProvision(c, laws) : undefined;
      return h('span', { className: ['pasal'] }, quoted ? [link, t(': '), h('q', {}, [t(wording(quoted))])] : [link]);
    }
    const quoted = texts.map((p, i) => h('p', {}, [...(i ? [h('strong', {}, [t(`${p.label}:`)]), t(' ')] : []), t(wording(p))]));
    return h('figure', { className: ['pasal'] }, [...(quoted.length ? [h('blockquote', {}, quoted)] : []), h('figcaption', {}, [link])]);
  };

  const hast = toHast(tree, {
    allowDangerousHtml: false,
    handlers: {
      // Editors write "##" for a section as often as "#": both take the top level.
      heading: (state: State, node: Heading) =>
        h(`h${Math.min(6, headingLevel + Math.max(0, node.depth - 2))}`, {}, state.all(node) as ElementContent[]),
      mdxJsxFlowElement: pasal,
      mdxJsxTextElement: pasal,
      // A table wider than a phone scrolls within its own box, not the page.
      table: (state: State, node) => {
        const rows = state.all(node) as ElementContent[];
        const [head, ...body] = rows;
        return h('section', { className: ['table-wrap'], tabIndex: 0, ariaLabel: UI.entry.narrativeTable }, [
          h('table', { className: ['plain-table'] }, [
            ...(head ? [h('thead', {}, [head])] : []),
            ...(body.length ? [h('tbody', {}, body)] : []),
          ]),
        ]);
      },
    },
  });
  return toHtml(hast);
}
