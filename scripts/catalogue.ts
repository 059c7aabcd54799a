#!/usr/bin/env node
// npm run catalogue [-- --catalogue DIR] [--member ID]
// Harvests every member of the catalogue (katalog/anggota.json) and records each one's
// checkpoint and last good copy in katalog/anggota/<id>/. A member that rewrote or cut its
// history is refused and keeps its last good copy; one that cannot be reached keeps it too.
// Exit 0 when the harvest ran (a refused or unreachable member is news for the catalogue's
// pages, not a failure of the harvest), 1 when the catalogue's own files are wrong, 2 usage.
import { cliArgs, cliSettings, fail } from './lib/cli.ts';
import { CatalogueError, keptFile, loadCatalogue, saveHarvest } from '#content/catalogue.ts';
import { today as todayIn } from '#content/settings.ts';
import { harvestMember, memberSource, nextCheckpoint, shown, type HarvestResult } from '#publish/harvest.ts';
import { CATALOGUE_CLI as T, HARVEST } from '#domain/strings.ts';
import type { Checkpoint } from '#domain/catalogue.ts';

const v = cliArgs({ catalogue: { type: 'string' }, member: { type: 'string' } }, T.usage);
const root = v.catalogue ?? cliSettings().catalogueRoot;
let tree;
try {
  tree = loadCatalogue(root);
} catch (e) {
  if (!(e instanceof CatalogueError)) throw e;
  console.error(e.message);
  process.exit(1);
}
const members = v.member ? tree.members.filter((m) => m.id === v.member) : tree.members;
if (v.member && !members.length) fail(T.unknownMember(v.member), T.usage);
const today = todayIn(tree.config.timeZone);
const started = performance.now();
const counts: Record<string, number> = {};

// A few members at once: each waits mostly on the network; folders are read as fast.
const queue = [...members];
await Promise.all(
  Array.from({ length: Math.min(6, queue.length) }, async () => {
    for (let m = queue.shift(); m; m = queue.shift()) {
      const before = tree.checkpoints.get(m.id) ?? null;
      let result: HarvestResult;
      let after: Checkpoint;
      // Whatever goes wrong with one member stays with that member: the others are still
      // harvested and saved, and this one keeps its last good copy.
      try {
        result = await harvestMember(memberSource(m.source, root), before, keptFile(root, m.id));
        after = nextCheckpoint(m.id, before, result, today);
        saveHarvest(root, after, result.state === 'ok' ? result.copy.files : null);
      } catch (e) {
        result = { state: 'invalid', problem: HARVEST.unexpected(shown(String((e as Error).message ?? e), 300)) };
        after = nextCheckpoint(m.id, before, result, today);
        saveHarvest(root, after, null);
      }
      counts[result.state] = (counts[result.state] ?? 0) + 1;
      const detail =
        result.state === 'ok'
          ? result.verdict.kind === 'extends'
            ? T.added(result.verdict.added)
            : T.unchanged(result.copy.chain.length)
          : `${result.problem} ${T.kept(after.lastSeen)}`;
      const mark = result.state === 'ok' && result.verdict.kind !== 'extends' ? T.line.same : T.line[result.state];
      console.log(`${mark}  ${m.id}  ${detail}`);
    }
  }),
);
console.log(T.summary(counts, performance.now() - started));
