#!/usr/bin/env node
// npm run check [-- --json] [--content DIR] [--today YYYY-MM-DD]
// Validates all content. Exit 0: no errors (findings allowed); 1: errors; 2: bad usage.
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { checkContent } from '../src/lib/check/validate.ts';
import { formatReport, reportJson } from '../src/lib/check/report.ts';
import { contentRoot } from '../src/lib/config.ts';

const usage = 'Pemakaian: npm run check -- [--json] [--content <folder>] [--today TTTT-BB-HH]';
let args;
try {
  args = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      content: { type: 'string' },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
} catch (e) {
  console.error(`${(e as Error).message}\n${usage}`);
  process.exit(2);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}
if (args.today && !/^\d{4}-\d{2}-\d{2}$/.test(args.today)) {
  console.error(`--today "${args.today}" bukan tanggal TTTT-BB-HH.\n${usage}`);
  process.exit(2);
}
const root = args.content ?? contentRoot();
if (!existsSync(root)) {
  console.error(`Folder konten "${root}" tidak ada.\n${usage}`);
  process.exit(2);
}
const result = checkContent(root, { today: args.today });
console.log(args.json ? reportJson(result) : formatReport(result, { color: process.stdout.isTTY }));
process.exit(result.counts.error > 0 ? 1 : 0);
