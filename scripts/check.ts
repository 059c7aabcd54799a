#!/usr/bin/env node
// npm run check [-- --json] [--content DIR] [--today YYYY-MM-DD]
// Validates all content. Exit 0: no errors (findings allowed); 1: errors; 2: bad usage.
import { cliArgs, fail, cliSettings } from './lib/cli.ts';
import { existsSync } from 'node:fs';
import { checkContent } from '#content/check.ts';
import { formatReport, reportJson } from '#content/report.ts';
import { isoDate } from '#domain/schema/index.ts';
import { CLI } from '#domain/strings.ts';

const usage = CLI.check.usage;
const args = cliArgs({ json: { type: 'boolean', default: false }, content: { type: 'string' }, today: { type: 'string' } }, usage);
if (args.today && !isoDate.safeParse(args.today).success) fail(CLI.check.badToday(args.today), usage);
const root = args.content ?? cliSettings().contentRoot;
if (!existsSync(root)) fail(CLI.contentMissing(root), usage);
const result = checkContent(root, { today: args.today });
console.log(args.json ? reportJson(result) : formatReport(result, { color: process.stdout.isTTY }));
process.exit(result.counts.error > 0 ? 1 : 0);
