import { REPORT, SEVERITY_LABELS } from '#domain/strings.ts';
import { RULES, type Problem, type RuleId } from '#domain/rules/registry.ts';
import type { CheckResult } from './check.ts';

export interface ReportOptions {
  color?: boolean;
}

/**
 * The validator's output for a person: grouped by severity, then by rule, with a count per
 * group; each problem on one line that stands on its own (file:line, field, rule id,
 * message, fix), so a line can be copied into a chat or an issue as it is.
 */
export function formatReport(result: CheckResult, opts: ReportOptions = {}): string {
  const c = colors(opts.color ?? false);
  const t = result.tree;
  const lines: string[] = [];
  lines.push(
    c.bold(
      REPORT.heading({
        exemptions: t.exemptions.length,
        decrees: t.decrees.length,
        laws: t.laws.length,
        units: t.units.length,
        sops: t.sops.length,
      }),
    ),
  );
  for (const severity of ['error', 'finding', 'note'] as const) {
    const ofSeverity = result.problems.filter((p) => p.severity === severity);
    if (!ofSeverity.length) continue;
    lines.push(
      '',
      (severity === 'error' ? c.red : severity === 'finding' ? c.yellow : c.dim)(
        c.bold(`${SEVERITY_LABELS[severity]}: ${ofSeverity.length}`),
      ),
    );
    const byRule = new Map<RuleId, Problem[]>();
    for (const p of ofSeverity) byRule.set(p.rule, [...(byRule.get(p.rule) ?? []), p]);
    for (const [rule, list] of byRule) {
      const info = RULES[rule];
      lines.push(
        `  ${c.bold(rule)} (${list.length}) ` +
          `${info.title}${'heuristic' in info && info.heuristic ? REPORT.heuristic : ''} · ${c.dim(info.source)}`,
      );
      for (const p of list) lines.push(`    ${formatProblemLine(p)}`);
    }
  }
  lines.push('');
  const { error, finding, note } = result.counts;
  const verdict =
    error > 0
      ? c.red(c.bold(REPORT.failed(error, finding, note)))
      : c.green(c.bold(REPORT.passed(finding, note))) + (finding || note ? REPORT.findingsDoNotFail : '');
  lines.push(verdict);
  return lines.join('\n');
}

/** `file:line · field · [rule] message → Perbaikan: hint` */
/**
 * Control characters a message quotes from content (an escape sequence, a bell, a line break
 * that would start a "::error" workflow command) shown as code points: a terminal or a CI log
 * must never act on text from a pull request. A problem is always one line.
 */
export function inert(s: string): string {
  return s.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

export function formatProblemLine(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const field = p.field ? ` · ${p.field}` : '';
  const hint = p.hint ? ` → ${REPORT.fix} ${p.hint}` : '';
  return inert(`${where}${field} · [${p.rule}] ${p.message}${hint}`);
}

export function reportJson(result: CheckResult): string {
  return JSON.stringify(
    {
      ok: result.counts.error === 0,
      today: result.today,
      counts: { ...result.counts, exemptions: result.tree.exemptions.length, decrees: result.tree.decrees.length },
      problems: result.problems.map((p) => ({ ...p, ruleTitle: RULES[p.rule].title, source: RULES[p.rule].source })),
    },
    null,
    2,
  );
}

function colors(on: boolean) {
  const wrap = (code: string) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
  return { bold: wrap('1'), dim: wrap('2'), red: wrap('31'), yellow: wrap('33'), green: wrap('32') };
}
