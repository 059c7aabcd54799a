import type { Sop } from '#domain/schema/index.ts';
import { UI } from '#domain/strings.ts';

/** Splits text into lines of at most `width` characters at spaces (SVG has no wrapping). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface FlowBox {
  number: number;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  days: string;
}

/**
 * Layout of the SOP as a vertical flow: one box per stage, top to bottom, so it stays
 * readable when scaled down to a phone's width. Units are SVG user units.
 */
export function sopFlow(sop: Sop, opts = { width: 560, lineHeight: 18, chars: 48 }) {
  const boxes: FlowBox[] = [];
  let y = 10;
  for (const s of sop.stages) {
    const lines = wrap(s.activity, opts.chars);
    const height = 34 + lines.length * opts.lineHeight;
    const d = s.reading.workingDays;
    boxes.push({
      number: s.number,
      x: 10,
      y,
      width: opts.width - 20,
      height,
      lines,
      days: d === null ? UI.sop.flowUnknown : UI.sop.flowDays(d, s.reading.basis === 'derived-from-total'),
    });
    y += height + 30;
  }
  return { width: opts.width, height: y - 20, boxes };
}
