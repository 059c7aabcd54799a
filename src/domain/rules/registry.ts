import { RULE_TEXTS } from '#domain/strings.ts';

/** Where a field is in a content file: keys and array indexes, outermost first. */
export type DataPath = ReadonlyArray<string | number>;

/**
 * error: stops the build of a change (never of a register in force: see the check);
 * finding: a cited rule is clearly broken, shown publicly as an automatic check;
 * note: a review note (heuristics, catalogue gaps) for editors, shown publicly only folded away.
 */
export type Severity = 'error' | 'finding' | 'note';

export interface RuleInfo {
  severity: Severity;
  /** What the rule checks, in Indonesian. */
  title: string;
  /** The provision or design decision the rule rests on. */
  source: string;
  /** Heuristic rules say so wherever they are shown. */
  heuristic?: boolean;
  /** For the public compliance page: what the rule means, in plain Indonesian. */
  explain?: string;
  /** The provision the rule rests on, where it is in content/laws, for links. */
  provision?: { law: string; article?: string; paragraph?: string; letter?: string };
}

/**
 * Every problem the validator reports carries one of these stable rule ids, so that
 * messages can change without breaking the pull-request summary, the compliance page or an
 * editor's search for "what does basis-unknown mean". Here: what each rule is; its words
 * (title, source, explanation) are RULE_TEXTS in the strings module.
 */
const RULE_META = {
  syntax: { severity: 'error' },
  schema: { severity: 'error' },
  'file-unexpected': { severity: 'error' },
  'body-missing': { severity: 'error' },
  'id-invalid': { severity: 'error' },
  'id-duplicate': { severity: 'error' },
  'id-reused': { severity: 'error' },
  'order-duplicate': { severity: 'error' },
  'ref-unit': { severity: 'error' },
  'ref-decree': { severity: 'error' },
  'holidays-year': { severity: 'error' },
  'snapshot-missing': { severity: 'error' },
  'snapshot-hash': { severity: 'error' },
  'snapshot-noncanonical': { severity: 'error' },
  'snapshot-decree-mismatch': { severity: 'error' },
  'chain-broken': { severity: 'error' },
  'date-impossible': { severity: 'error' },
  'withdrawn-in-force': { severity: 'error' },
  'sk-hash': { severity: 'error' },
  'trust-source': { severity: 'error' },
  'basis-missing': { severity: 'error', provision: { law: 'uu-14-2008', article: '17' } },
  'basis-unknown': { severity: 'error' },
  'law-uncatalogued': { severity: 'note' },
  'citation-impossible': { severity: 'finding' },
  'citation-title-doubt': { severity: 'note', heuristic: true },
  'period-by-rule': { severity: 'note' },
  'period-unread': { severity: 'note' },
  'text-invisible': { severity: 'note' },
  'narrative-code': { severity: 'error' },
  'narrative-markup': { severity: 'error' },
  'register-stale': { severity: 'finding' },
  'decree-elements': { severity: 'finding', provision: { law: 'pp-61-2010' } },
  'must-be-public': { severity: 'note', heuristic: true, provision: { law: 'uu-14-2008' } },
  'consequence-same': { severity: 'note', heuristic: true, provision: { law: 'uu-14-2008', article: '19' } },
  'consent-other-party': { severity: 'note', heuristic: true, provision: { law: 'uu-14-2008', article: '18', paragraph: '2' } },
  'consequence-missing': { severity: 'error', provision: { law: 'uu-14-2008', article: '19' } },
  'pasal20-permanent': { severity: 'finding', provision: { law: 'uu-14-2008', article: '20', paragraph: '1' } },
  'period-over-30y': { severity: 'finding', provision: { law: 'pp-61-2010' } },
  'period-vague': { severity: 'finding' },
  'huruf-j-no-law': { severity: 'finding', provision: { law: 'uu-14-2008', article: '17', letter: 'j' } },
  'letter-mismatch': { severity: 'note', heuristic: true, provision: { law: 'uu-14-2008', article: '17' } },
  expiring: { severity: 'finding', provision: { law: 'pp-61-2010' } },
  expired: { severity: 'finding', provision: { law: 'pp-61-2010' } },
} as const satisfies Record<keyof typeof RULE_TEXTS, Pick<RuleInfo, 'severity' | 'heuristic' | 'provision'>>;

function withTexts<M extends Record<keyof typeof RULE_TEXTS, object>>(
  meta: M,
): { [K in keyof M]: M[K] & (typeof RULE_TEXTS)[K & keyof typeof RULE_TEXTS] } {
  return Object.fromEntries(Object.entries(meta).map(([id, m]) => [id, { ...m, ...RULE_TEXTS[id as keyof typeof RULE_TEXTS] }])) as never;
}

export const RULES = withTexts(RULE_META) satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

export interface Problem {
  /** Path of the file, relative to the working directory, with forward slashes. */
  file: string;
  line?: number;
  /** Dotted path of the field, e.g. `period.kind` or `legalBasis[0].letter`. */
  field?: string;
  rule: RuleId;
  severity: Severity;
  message: string;
  hint?: string;
  /** The entry or decree the problem concerns, for grouping on pages. */
  subject?: { kind: 'exemption' | 'decree' | 'law' | 'unit' | 'sop' | 'holidays' | 'body'; id: string };
}

export function problem(rule: RuleId, p: Omit<Problem, 'rule' | 'severity'>): Problem {
  return { rule, severity: RULES[rule].severity, ...p };
}

export function formatPath(path: ReadonlyArray<string | number | symbol>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
