#!/usr/bin/env node
// npm start (after the build) and npm run preview: serves the built site (dist/, or
// PPID_OUT_DIR) at http://127.0.0.1:4321 under the deployment base (PPID_BASE), as a static
// host would, including the published files without an extension (SHA256SUMS).
// `-- --port N` for another port (0: any free one); `--catalogue` serves the catalogue site
// (dist-katalog/, or PPID_CATALOGUE_OUT_DIR) instead. Stops with Ctrl+C.
import { existsSync } from 'node:fs';
import { serve } from '#build/tools/serve.ts';
import { CLI } from '#domain/strings.ts';
import { cliArgs, cliSettings, fail } from './lib/cli.ts';

const usage = CLI.preview.usage;
const v = cliArgs({ port: { type: 'string', default: '4321' }, catalogue: { type: 'boolean', default: false } }, usage);
const port = Number(v.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(CLI.preview.badPort(v.port), usage);
const settings = cliSettings();
const outDir = v.catalogue ? settings.catalogueOutDir : settings.outDir;
const { base } = settings;
if (!existsSync(outDir)) fail(CLI.preview.noSite(outDir), usage);
const site = await serve(outDir, { port, base });
console.log(CLI.preview.serving(`${site.origin}/`, outDir));
