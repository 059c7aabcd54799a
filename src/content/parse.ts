import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { DataPath } from '#domain/rules/registry.ts';
import { CHECK } from '#domain/strings.ts';

export type { DataPath };

export interface ParsedSource {
  data: unknown;
  /** The 1-based line in the file where the value at `path` (or its nearest parent) stands. */
  lineOf: (path: DataPath) => number | undefined;
}

export interface SyntaxProblem {
  line?: number;
  message: string;
  hint: string;
}

export type ParseResult = { ok: true; value: ParsedSource } | { ok: false; problem: SyntaxProblem };

/**
 * Parses YAML (or JSON, which YAML 1.2 reads as well) keeping node positions, so a problem
 * found later by a schema can be reported at its line. `lineOffset` is the number of lines
 * before the parsed text in the file (the opening `---` of a frontmatter block).
 */
function parseWithPositions(source: string, lineOffset: number, kind: 'YAML' | 'JSON'): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const err = doc.errors[0];
  if (err) {
    const line = err.linePos?.[0]?.line;
    return {
      ok: false,
      problem: {
        line: line === undefined ? undefined : line + lineOffset,
        message: CHECK.syntax.unreadable(kind, describeYamlError(err.code, err.message)),
        hint: kind === 'YAML' ? CHECK.syntax.yamlHint : CHECK.syntax.jsonHint,
      },
    };
  }
  let data: unknown;
  try {
    // Aliases that expand a few lines into millions of nodes (an "alias bomb") are refused
    // by the YAML library here: a syntax problem of this file, like any other.
    data = doc.toJS();
  } catch {
    return {
      ok: false,
      problem: {
        line: 1 + lineOffset,
        message: CHECK.syntax.unreadable(kind, CHECK.syntax.tooManyAliases),
        hint: kind === 'YAML' ? CHECK.syntax.yamlHint : CHECK.syntax.jsonHint,
      },
    };
  }
  return {
    ok: true,
    value: {
      data,
      lineOf: (path) => lineOfPath(doc, lineCounter, path, lineOffset),
    },
  };
}

function describeYamlError(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return CHECK.syntax.duplicateKey;
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return CHECK.syntax.badLayout(code);
    case 'TAB_AS_INDENT':
      return CHECK.syntax.tabIndent;
    default:
      return `${code}: ${message.split('\n')[0]}`;
  }
}

function lineOfPath(doc: Document, counter: LineCounter, path: DataPath, offset: number): number | undefined {
  let node: unknown = doc.contents;
  let found = node;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown })?.value === key);
      if (!pair) break;
      // Prefer the key's position: it is where the editor wrote the field name.
      found = pair.key ?? pair.value;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      if (!node) break;
      found = node;
    } else break;
  }
  const range = (found as { range?: [number, number, number] } | null)?.range;
  if (!range) return undefined;
  return counter.linePos(range[0]).line + offset;
}

/**
 * `lazyPositions` is for large machine-written files (a frozen register.json of thousands of
 * entries): the data comes from JSON.parse alone and positions are worked out only when a
 * problem needs a line. Duplicate keys then go unnoticed here; in a frozen register the
 * canonical-form check catches them, since re-serialising drops the duplicate.
 */
export function parseJsonSource(raw: string, options: { lazyPositions?: boolean } = {}): ParseResult {
  // JSON.parse is the authority on validity (YAML accepts things JSON does not, such as
  // comments); YAML parsing is used only for positions.
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    const message = (e as Error).message;
    const lineMatch = /line (\d+)/.exec(message);
    return {
      ok: false,
      problem: {
        line: lineMatch ? Number(lineMatch[1]) : undefined,
        ...CHECK.syntax.jsonUnreadable(message.replace(/^.*?:\s*/, '')),
      },
    };
  }
  if (options.lazyPositions) {
    let positions: { doc: Document; counter: LineCounter } | null = null;
    return {
      ok: true,
      value: {
        data,
        lineOf: (path) => {
          if (!positions) {
            const counter = new LineCounter();
            positions = { doc: parseDocument(raw, { lineCounter: counter }), counter };
          }
          return lineOfPath(positions.doc, positions.counter, path, 0);
        },
      },
    };
  }
  return parseWithPositions(raw, 0, 'JSON');
}

// The closing fence is a line of its own: "title: a---" does not end the frontmatter.
const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

export interface FrontmatterParse {
  result: ParseResult;
  body: string;
}

/** Splits an MDX file into its YAML frontmatter and its body. */
export function parseFrontmatter(raw: string): FrontmatterParse {
  const m = FRONTMATTER.exec(raw);
  if (!m) {
    return {
      body: raw,
      result: {
        ok: false,
        problem: { line: 1, ...CHECK.syntax.noFrontmatter },
      },
    };
  }
  const body = raw.slice(m[0].length);
  return { body, result: parseWithPositions(m[1] ?? '', 1, 'YAML') };
}
