// The catalogue's folder (PPID_CATALOGUE, default katalog/), read and written here only:
//   katalog.json                      who runs the catalogue (name, region, time zone)
//   anggota.json                      the members: [{ "id", "source" }], a site address or a folder
//   anggota/<id>/checkpoint.json      what the last harvest remembered and how it went
//   anggota/<id>/salinan/...          the last good copy of the member's files, byte for byte
// The workflow commits the folder after each harvest, so every checkpoint is in git history.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { z } from 'zod';
import {
  catalogueConfigSchema,
  checkpointSchema,
  membersSchema,
  type CatalogueConfig,
  type Checkpoint,
  type Member,
} from '#domain/catalogue.ts';
import { sha256Hex as sha256 } from '#domain/canonical.ts';
import { routes } from '#domain/routes.ts';
import { registerSnapshotSchema, type RegisterSnapshot } from '#domain/schema/index.ts';
import { CATALOGUE_CONTENT } from '#domain/strings.ts';
import { parseJsonSource } from './parse.ts';
import { describeIssue } from './zod-issues.ts';

/** A mistake in the catalogue's own files: the file, the field, what is wrong, how to fix it. */
export class CatalogueError extends Error {}

export interface CatalogueTree {
  root: string;
  config: CatalogueConfig;
  members: Member[];
  checkpoints: Map<string, Checkpoint | null>;
}

const CONFIG = 'katalog.json';
const MEMBERS = 'anggota.json';

export function loadCatalogue(root: string): CatalogueTree {
  if (!existsSync(join(root, CONFIG))) throw new CatalogueError(CATALOGUE_CONTENT.missing(join(root, CONFIG)));
  const config = readJson(root, CONFIG, catalogueConfigSchema);
  const members = existsSync(join(root, MEMBERS)) ? readJson(root, MEMBERS, membersSchema) : [];
  const seen = new Set<string>();
  for (const [i, m] of members.entries()) {
    if (seen.has(m.id)) throw new CatalogueError(CATALOGUE_CONTENT.duplicate(join(root, MEMBERS), i, m.id));
    seen.add(m.id);
  }
  const checkpoints = new Map<string, Checkpoint | null>();
  for (const m of members) {
    const rel = join('anggota', m.id, 'checkpoint.json');
    checkpoints.set(m.id, existsSync(join(root, rel)) ? readJson(root, rel, checkpointSchema) : null);
  }
  return { root, config, members, checkpoints };
}

function readJson<S extends z.ZodType>(root: string, rel: string, schema: S): z.infer<S> {
  const file = join(root, rel);
  const parsed = parseJsonSource(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new CatalogueError(CATALOGUE_CONTENT.syntax(file, parsed.problem.line, parsed.problem.message));
  const r = schema.safeParse(parsed.value.data);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const text = describeIssue(issue, schema);
  throw new CatalogueError(
    CATALOGUE_CONTENT.schema(file, parsed.value.lineOf(issue.path as (string | number)[]), text.field, text.message, text.hint),
  );
}

const memberDir = (root: string, id: string) => join(root, 'anggota', id);
const copyDir = (root: string, id: string) => join(memberDir(root, id), 'salinan');

/** A file of a member's last good copy (a site path), or null. */
export function keptFile(root: string, id: string): (path: string) => Buffer | null {
  return (path) => {
    const file = join(copyDir(root, id), `.${path}`);
    return existsSync(file) ? readFileSync(file) : null;
  };
}

/**
 * Records one member's harvest: its checkpoint, and, when the harvest was good, its new copy.
 * The copy is written beside the old one and swapped in, so a harvest that fails half-way
 * (a full disk, a killed job) leaves the last good copy whole.
 */
export function saveHarvest(root: string, checkpoint: Checkpoint, files: ReadonlyMap<string, Uint8Array> | null): void {
  // Nothing is written that the next load would refuse: one bad checkpoint would stop the
  // whole catalogue, not only its member.
  checkpointSchema.parse(checkpoint);
  const dir = memberDir(root, checkpoint.member);
  mkdirSync(dir, { recursive: true });
  if (files) {
    const fresh = join(dir, 'salinan.baru');
    const old = join(dir, 'salinan.lama');
    rmSync(fresh, { recursive: true, force: true });
    for (const [path, bytes] of files) {
      const file = join(fresh, `.${path}`);
      if (relative(fresh, file).startsWith('..')) throw new Error(CATALOGUE_CONTENT.badPath(path));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, bytes);
    }
    rmSync(old, { recursive: true, force: true });
    if (existsSync(copyDir(root, checkpoint.member))) renameSync(copyDir(root, checkpoint.member), old);
    renameSync(fresh, copyDir(root, checkpoint.member));
    rmSync(old, { recursive: true, force: true });
  }
  const tmp = join(dir, 'checkpoint.json.baru');
  writeFileSync(tmp, JSON.stringify(checkpoint, null, 2) + '\n');
  renameSync(tmp, join(dir, 'checkpoint.json'));
}

/**
 * The frozen registers of a member's last good copy, oldest first, as its checkpoint lists
 * them; each is checked against the hash the checkpoint remembers, so a hand-edited copy is
 * refused rather than shown.
 */
export function keptRegisters(root: string, checkpoint: Checkpoint): { id: string; snapshot: RegisterSnapshot }[] {
  const read = keptFile(root, checkpoint.member);
  return checkpoint.versions.map((v) => {
    const path = routes.versionFile(v.id, 'register.json');
    const bytes = read(path);
    const file = join(copyDir(root, checkpoint.member), `.${path}`);
    if (!bytes) throw new CatalogueError(CATALOGUE_CONTENT.copyMissing(file));
    if (sha256(bytes) !== v.registerSha256) throw new CatalogueError(CATALOGUE_CONTENT.copyChanged(file, v.registerSha256));
    // Checked at harvest; it fails here only if this project's schema has since grown stricter.
    const r = registerSnapshotSchema.safeParse(JSON.parse(bytes.toString('utf8')));
    if (!r.success)
      throw new CatalogueError(CATALOGUE_CONTENT.copyOutdated(file, r.error.issues[0]!.path.join('.'), r.error.issues[0]!.message));
    return { id: v.id, snapshot: r.data };
  });
}
