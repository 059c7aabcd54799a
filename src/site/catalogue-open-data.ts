// The catalogue's open data: the whole catalogue as JSON (members, harvest state, findings,
// entries in force) and its entries as CSV, one row per entry.
import { RULES } from '#domain/rules/registry.ts';
import { CATALOGUE_CSV } from '#domain/strings.ts';
import { spreadsheetCsv } from '#publish/open-data.ts';
import type { CatalogueModel } from './catalogue-model.ts';

export const CATALOGUE_DATA_FORMAT = 'ppid-dik/catalogue/1';

export function catalogueJson(m: CatalogueModel): string {
  return (
    JSON.stringify(
      {
        format: CATALOGUE_DATA_FORMAT,
        name: m.name,
        builtFor: m.today,
        members: m.members.map((x) => ({
          id: x.id,
          name: x.name,
          region: x.region,
          site: x.site,
          harvest: { state: x.state, problem: x.problem, lastSeen: x.lastSeen, lastChecked: x.lastChecked },
          inForce: x.inForce ? { id: x.inForce.id, decreeDate: x.inForce.date, from: x.inForce.from } : null,
          lastDecreeDate: x.lastDecree?.date ?? null,
          stale: x.stale,
          entries: x.entries.length,
          findings: x.findings.map((f) => ({
            rule: f.rule,
            title: RULES[f.rule].title,
            entry: f.subject?.kind === 'exemption' ? f.subject.id : null,
            message: f.message,
          })),
          versions: x.versions.map((v) => ({ id: v.id, registerSha256: v.registerSha256, manifestSha256: v.manifestSha256 })),
        })),
        entries: m.entries.map((e) => ({
          member: e.member,
          number: e.number,
          id: e.id,
          title: e.title,
          letters: e.letters,
          periodKind: e.periodKind,
          period: e.period,
          reason: e.reason,
          url: e.url,
        })),
      },
      null,
      2,
    ) + '\n'
  );
}

export function catalogueCsv(m: CatalogueModel): string {
  const members = new Map(m.members.map((x) => [x.id, x]));
  const rows = m.entries.map((e) => {
    const x = members.get(e.member)!;
    return [x.name, x.id, x.inForce?.id ?? '', e.number, e.id, e.title, e.letters.join('; '), e.periodKind, e.period, e.url ?? ''];
  });
  // A member's text is hostile: spreadsheetCsv makes a cell that would run as a formula inert.
  return spreadsheetCsv(CATALOGUE_CSV, rows);
}
