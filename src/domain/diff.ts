// Differences between two versions of the register, entry by entry (matched by their
// stable ids) and field by field, with word-level changes. Pure and browser-safe: the
// compare page runs this same code on the published JSON.
import { diffWordsWithSpace } from 'diff';
import { describePeriod } from './period.ts';
import type { Citation, Period, SnapshotEntry } from '#domain/schema/index.ts';
// Straight from labels.ts, not the strings barrel: the compare page's script bundles this module.
import { DIFF_FIELD_LABELS, YES_NO } from '#domain/strings/labels.ts';

export interface WordPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * Word-level changes. Alternating removed and added words separated only by spaces are
 * joined into one removed run and one added run ("~~tanpa batas waktu~~ **selama 5 tahun**"),
 * which reads far better than word-by-word alternation.
 */
export function wordDiff(before: string, after: string): WordPart[] {
  const raw: WordPart[] = diffWordsWithSpace(before, after).map((c) => ({
    kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value,
  }));
  const out: WordPart[] = [];
  let removed = '';
  let added = '';
  let pendingSpace = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    if (pendingSpace) out.push({ kind: 'same', text: pendingSpace });
    removed = added = pendingSpace = '';
  };
  for (const p of raw) {
    if (p.kind === 'same' && /\S/.test(p.text)) {
      flush();
      out.push(p);
    } else if (p.kind === 'same') {
      // Whitespace between changes belongs to both runs; at the end of a run it is kept as is.
      if (removed || added) pendingSpace += p.text;
      else out.push(p);
    } else {
      if (pendingSpace) {
        if (removed) removed += pendingSpace;
        if (added) added += pendingSpace;
        pendingSpace = '';
      }
      if (p.kind === 'removed') removed += p.text;
      else added += p.text;
    }
  }
  flush();
  return out;
}

/** The fields an auditor compares, in the order of the register's columns. */
export const DIFF_FIELDS = (
  ['title', 'legalBasisText', 'legalBasis', 'opened', 'closed', 'periodText', 'periodReading', 'unit', 'partial', 'narrative'] as const
).map((key) => ({ key, label: DIFF_FIELD_LABELS[key] }));

export type DiffFieldKey = (typeof DIFF_FIELDS)[number]['key'];

function citationText(c: Citation): string {
  return [
    c.law,
    c.article && `Pasal ${c.article}`,
    c.paragraph && `ayat (${c.paragraph})`,
    c.letter && `huruf ${c.letter}`,
    c.items?.length && `angka ${c.items.join(', ')}`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** The structured reading of a period in plain words, so a change of kind or length reads as such. */
function periodReading(p: Period): string {
  return describePeriod(p);
}

/** Each compared field of an entry as text, so every field diffs the same way. */
export function fieldTexts(e: SnapshotEntry): Record<DiffFieldKey, string> {
  return {
    title: e.title,
    legalBasisText: e.legalBasisText.join('\n'),
    legalBasis: e.legalBasis.map(citationText).join('\n'),
    opened: e.consequence.opened,
    closed: e.consequence.closed,
    periodText: e.period.text,
    periodReading: periodReading(e.period),
    unit: e.unit ?? '',
    partial: e.partial ? `${YES_NO.yes}${e.partialNote ? `: ${e.partialNote}` : ''}` : YES_NO.no,
    narrative: e.narrative,
  };
}

export interface FieldChange {
  key: DiffFieldKey;
  label: string;
  before: string;
  after: string;
  words: WordPart[];
}

export interface EntryChange {
  id: string;
  before: SnapshotEntry;
  after: SnapshotEntry;
  /** Position in the register changed (reordering, or entries added/removed before it). */
  moved: boolean;
  fields: FieldChange[];
}

export interface RegisterDiff {
  added: SnapshotEntry[];
  removed: SnapshotEntry[];
  changed: EntryChange[];
  /** Entries whose number alone changed. */
  renumbered: EntryChange[];
  unchanged: number;
}

export function diffEntries(before: SnapshotEntry, after: SnapshotEntry): FieldChange[] {
  const a = fieldTexts(before);
  const b = fieldTexts(after);
  return DIFF_FIELDS.filter((f) => a[f.key] !== b[f.key]).map((f) => ({
    key: f.key,
    label: f.label,
    before: a[f.key],
    after: b[f.key],
    words: wordDiff(a[f.key], b[f.key]),
  }));
}

export function diffRegisters(before: readonly SnapshotEntry[], after: readonly SnapshotEntry[]): RegisterDiff {
  const old = new Map(before.map((e) => [e.id, e]));
  const now = new Map(after.map((e) => [e.id, e]));
  const out: RegisterDiff = { added: [], removed: [], changed: [], renumbered: [], unchanged: 0 };
  for (const e of after) if (!old.has(e.id)) out.added.push(e);
  for (const e of before) if (!now.has(e.id)) out.removed.push(e);
  for (const e of after) {
    const prev = old.get(e.id);
    if (!prev) continue;
    const fields = diffEntries(prev, e);
    const moved = prev.number !== e.number;
    if (fields.length) out.changed.push({ id: e.id, before: prev, after: e, moved, fields });
    else if (moved) out.renumbered.push({ id: e.id, before: prev, after: e, moved, fields });
    else out.unchanged++;
  }
  return out;
}

/** One line of a diff as shown: an entry added, removed or changed, or a run of renumbered ones. */
export type DiffItem =
  | { kind: 'added'; entry: SnapshotEntry }
  | { kind: 'removed'; entry: SnapshotEntry }
  | { kind: 'changed'; change: EntryChange }
  | { kind: 'renumbered'; run: EntryChange[] };

/**
 * A diff as the list the change pages show, in order: added, removed, changed, renumbered.
 * Renumbered entries come in runs: removing entry 5 of 10,000 shifts every later number by
 * one, and that is one line ("nomor 6–10.000 menjadi 5–9.999"), not 9,995.
 */
export function diffItems(d: RegisterDiff): DiffItem[] {
  const runs: EntryChange[][] = [];
  for (const c of [...d.renumbered].sort((a, b) => a.after.number - b.after.number)) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (
      run &&
      last &&
      c.after.number === last.after.number + 1 &&
      c.before.number - c.after.number === last.before.number - last.after.number
    )
      run.push(c);
    else runs.push([c]);
  }
  return [
    ...d.added.map((entry) => ({ kind: 'added' as const, entry })),
    ...d.removed.map((entry) => ({ kind: 'removed' as const, entry })),
    ...d.changed.map((change) => ({ kind: 'changed' as const, change })),
    ...runs.map((run) => ({ kind: 'renumbered' as const, run })),
  ];
}

export function isEmptyDiff(d: RegisterDiff): boolean {
  return !d.added.length && !d.removed.length && !d.changed.length && !d.renumbered.length;
}

export interface VersionRef {
  id: string;
  entries: readonly SnapshotEntry[];
  /** The entries by id, where the caller has them: a history per entry is then not a scan. */
  byId?: ReadonlyMap<string, SnapshotEntry>;
}

export type HistoryEvent =
  | { kind: 'entered'; version: string; entry: SnapshotEntry }
  | { kind: 'changed'; version: string; entry: SnapshotEntry; fields: FieldChange[]; moved: boolean }
  | { kind: 'renumbered'; version: string; entry: SnapshotEntry; from: number }
  | { kind: 'left'; version: string; last: SnapshotEntry };

/** The life of one entry across versions (oldest first): when it entered, changed, left. */
export function entryHistory(versions: readonly VersionRef[], id: string): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  let prev: SnapshotEntry | undefined;
  for (const v of versions) {
    const cur = v.byId ? v.byId.get(id) : v.entries.find((e) => e.id === id);
    if (cur && !prev) events.push({ kind: 'entered', version: v.id, entry: cur });
    else if (!cur && prev) events.push({ kind: 'left', version: v.id, last: prev });
    else if (cur && prev) {
      const fields = diffEntries(prev, cur);
      if (fields.length) events.push({ kind: 'changed', version: v.id, entry: cur, fields, moved: prev.number !== cur.number });
      else if (prev.number !== cur.number) events.push({ kind: 'renumbered', version: v.id, entry: cur, from: prev.number });
    }
    prev = cur;
  }
  return events;
}
