#!/usr/bin/env node
// npm run decree -- --id dik-2026-01 --date 2026-01-15 --kind pemutakhiran --title "…"
//   --signatory-name "…" --signatory-position "…" [--number …] [--place …] [--effective …]
//   [--signatory-rank …] [--signatory-nip …] [--like-previous] [--dry-run] [--content DIR]
// Freezes the working copy (content/exemptions) into content/decrees/<id>/. Missing fields are
// asked for when run in a terminal. Exit 0 written (or dry run), 1 refused, 2 bad usage.
import { createInterface } from 'node:readline/promises';
import { cliArgs, cliSettings } from './lib/cli.ts';
import { loadContent } from '#content/load.ts';
import { commitAndTag, likePrevious, planDecree, tagExisting, writeDecree, type DecreeRequest } from './lib/decree.ts';
import { CLI } from '#domain/strings.ts';

const t = CLI.decree;
const usage = t.usage;

const v = cliArgs(
  {
    id: { type: 'string' },
    date: { type: 'string' },
    kind: { type: 'string' },
    number: { type: 'string' },
    title: { type: 'string' },
    place: { type: 'string' },
    effective: { type: 'string' },
    'signatory-name': { type: 'string' },
    'signatory-position': { type: 'string' },
    'signatory-rank': { type: 'string' },
    'signatory-nip': { type: 'string' },
    note: { type: 'string', multiple: true },
    'like-previous': { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    'no-git': { type: 'boolean', default: false },
    tag: { type: 'string' },
    content: { type: 'string' },
  },
  usage,
);
const root = v.content ?? cliSettings().contentRoot;

// --tag <id>: the tag of a version made earlier (with --no-git, or where the commit failed).
if (v.tag) {
  const r = tagExisting(root, v.tag);
  if (!r.ok) {
    console.error(CLI.refusedProblem('--tag', r.message, r.hint));
    process.exit(1);
  }
  console.log(t.tagged(r.tag, r.commit, r.signed));
  process.exit(0);
}
let req: DecreeRequest = {
  id: v.id,
  kind: v.kind,
  number: v.number ?? null,
  title: v.title,
  place: v.place ?? null,
  date: v.date,
  effective: v.effective ?? null,
  signatory: {
    name: v['signatory-name'],
    position: v['signatory-position'],
    rank: v['signatory-rank'] ?? null,
    nip: v['signatory-nip'] ?? null,
  },
  notes: v.note ?? [],
};

if (v['like-previous']) req = likePrevious(req, loadContent(root));

// In a terminal, ask for what is missing; elsewhere (CI, scripts) refuse with the list.
if (process.stdin.isTTY && process.stdout.isTTY) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const ask = async (label: string, current: string | null | undefined) =>
    current ? current : (await rl.question(`${label}: `)).trim() || undefined;
  req.id = await ask(t.askId, req.id);
  req.kind = await ask(t.askKind, req.kind);
  req.date = await ask(t.askDate, req.date);
  req.number = (await ask(t.askNumber, req.number)) ?? null;
  req.title = await ask(t.askTitle, req.title);
  req.signatory = {
    ...req.signatory,
    name: await ask(t.askSignatoryName, req.signatory?.name),
    position: await ask(t.askSignatoryPosition, req.signatory?.position),
  };
  rl.close();
}

const plan = planDecree(root, req);
if (!plan.ok) {
  console.error(t.refused);
  for (const p of plan.problems) console.error(CLI.refusedProblem(p.field, p.message, p.hint));
  console.error(`\n${usage}`);
  process.exit(1);
}
if (!v['dry-run']) writeDecree(plan);
console.log(`${v['dry-run'] ? CLI.dryRun : ''}${t.created(plan.id, plan.entries, t.changes(plan.diff))}`);
console.log(t.sha256(plan.sha256));
console.log(t.previous(plan.previous));
if (plan.sameAsPrevious) console.log(t.same);
if (!v['dry-run']) {
  console.log(t.written(plan.dir));
  if (!v['no-git']) {
    // A commit of the new version alone, and its tag: who froze it, and when, in every clone.
    const r = commitAndTag(root, plan);
    if (r === null) console.log(t.noGit);
    else if (r.ok) console.log(t.tagged(r.tag, r.commit, r.signed));
    else {
      const said = t.gitFailed(r.step, plan.id, r.message);
      console.error(CLI.refusedProblem('git', said.message, said.hint));
      process.exit(1);
    }
  }
}
