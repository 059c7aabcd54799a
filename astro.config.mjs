// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentRoot } from './src/lib/config.ts';
import { checkContent } from './src/lib/check/validate.ts';
import { formatReport } from './src/lib/check/report.ts';

/**
 * Runs the same validation as `npm run check` before Astro loads the collections, so a
 * broken content file stops the build with the validator's message (file, field, rule, fix)
 * instead of a schema stack trace. Findings never stop a build: a register in force must
 * always publish.
 * @returns {import('astro').AstroIntegration}
 */
function contentCheck() {
  return {
    name: 'ppid-dik:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const result = checkContent(contentRoot());
        if (result.counts.error > 0) {
          console.error('\n' + formatReport(result, { color: process.stderr.isTTY }) + '\n');
          if (command === 'build') {
            logger.error(`Build dihentikan: ${result.counts.error} galat pada konten (${contentRoot()}).`);
            process.exit(1);
          }
        } else {
          logger.info(`Konten valid: ${result.tree.exemptions.length} entri, ${result.counts.finding} temuan.`);
        }
      },
    },
  };
}

export default defineConfig({
  // The public address is the deployer's to set (e.g. the GitHub Pages URL); none is invented.
  site: process.env.PPID_SITE,
  outDir: process.env.PPID_OUT_DIR ?? './dist',
  // Tests and benchmarks build other content trees; their own cache keeps the default one clean.
  cacheDir: process.env.PPID_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx()],
  vite: {
    build: {
      rolldownOptions: {
        // @astrojs/mdx emits one harmless MODULE_LEVEL_DIRECTIVE warning per MDX file; with a
        // register of hundreds of entries they would bury every real warning.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
