// A git tag per version (`versi/<id>`): made by `npm run decree`, checked by `npm run verify`.
// The hash chain proves the versions agree with each other; a tag, signed by the editor who
// made the decree and kept in every clone, proves who froze a version and when, in a record
// the site's publisher cannot quietly rewrite.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const TAG_PREFIX = 'versi/';
export const tagName = (versionId: string) => `${TAG_PREFIX}${versionId}`;

/** The allowed-signers file (git's own format) for verifying tag signatures, in content/trust/. */
export const ALLOWED_SIGNERS = join('trust', 'allowed_signers');

function git(cwd: string, args: string[], input?: string): { ok: boolean; out: string; err: string; bytes: Buffer } {
  const r = spawnSync('git', ['-C', cwd, ...args], { input, maxBuffer: 1 << 30 });
  return {
    ok: r.status === 0,
    out: (r.stdout?.toString('utf8') ?? '').trim(),
    err: (r.stderr?.toString('utf8') ?? '').trim(),
    bytes: r.stdout ?? Buffer.alloc(0),
  };
}

/** The top of the git work tree holding `root`, or null outside one. */
export function gitTop(root: string): string | null {
  const r = git(root, ['rev-parse', '--show-toplevel']);
  return r.ok && r.out ? r.out : null;
}

export type TagSignature = 'none' | 'valid' | 'invalid' | 'not-allowed' | 'not-checked';

export interface TagStatus {
  versionId: string;
  tag: string;
  exists: boolean;
  annotated: boolean;
  commit: string | null;
  /** The version's register.json in the tagged commit is byte for byte the one in the content. */
  snapshotMatches: boolean | null;
  signature: TagSignature;
  /** What git said about the signature: the principal for a good one, the reason otherwise. */
  signatureDetail: string | null;
  /** ssh or gpg, from the signature block. */
  signatureFormat: 'ssh' | 'gpg' | null;
}

/**
 * The tag of one version: does it exist, does its commit hold the same frozen snapshot, and
 * does its signature verify against the allowed signers kept in the repository. An SSH
 * signature is checked against content/trust/allowed_signers; a GPG one cannot be, since
 * that file lists SSH keys, and is reported as not checked.
 */
export function versionTagStatus(root: string, versionId: string): TagStatus {
  const tag = tagName(versionId);
  const status: TagStatus = {
    versionId,
    tag,
    exists: false,
    annotated: false,
    commit: null,
    snapshotMatches: null,
    signature: 'none',
    signatureDetail: null,
    signatureFormat: null,
  };
  const top = gitTop(root);
  if (!top) return status;
  const ref = git(top, ['rev-parse', '-q', '--verify', `refs/tags/${tag}`]);
  if (!ref.ok) return status;
  status.exists = true;
  status.annotated = git(top, ['cat-file', '-t', ref.out]).out === 'tag';
  const commit = git(top, ['rev-parse', '-q', '--verify', `refs/tags/${tag}^{commit}`]);
  status.commit = commit.ok ? commit.out : null;
  if (status.commit) status.snapshotMatches = holdsSnapshot(root, versionId, status.commit);
  if (!status.annotated) return status;
  const body = git(top, ['cat-file', 'tag', ref.out]).out;
  status.signatureFormat = body.includes('-----BEGIN SSH SIGNATURE-----')
    ? 'ssh'
    : body.includes('-----BEGIN PGP SIGNATURE-----')
      ? 'gpg'
      : null;
  if (!status.signatureFormat) return status;
  const signers = join(root, ALLOWED_SIGNERS);
  if (status.signatureFormat === 'gpg' || !existsSync(signers)) {
    status.signature = 'not-checked';
    return status;
  }
  const v = git(top, ['-c', `gpg.ssh.allowedSignersFile=${signers}`, 'verify-tag', `refs/tags/${tag}`]);
  const said = `${v.err}\n${v.out}`;
  const good = /Good "git" signature for (.+?) with/.exec(said);
  if (v.ok && good) {
    status.signature = 'valid';
    status.signatureDetail = good[1]!;
  } else {
    // A good signature by a key nobody allowed, a signature that does not verify at all, or
    // no way to check here (no ssh-keygen, a git without SSH signing): the last is no finding.
    status.signature = /ssh-keygen.*(not found|No such file)|unsupported value for gpg\.format|cannot run ssh-keygen/i.test(said)
      ? 'not-checked'
      : /No principal matched|not in allowed signers|principal/i.test(said)
        ? 'not-allowed'
        : 'invalid';
    const lines = said.split('\n').filter((l) => l.trim());
    status.signatureDetail = lines.find((l) => /principal|bad|error/i.test(l)) ?? lines[0] ?? null;
  }
  return status;
}

/**
 * Whether `commit` holds the version's register.json byte for byte as the content has it;
 * null where the content has none.
 */
export function holdsSnapshot(root: string, versionId: string, commit: string): boolean | null {
  const top = gitTop(root);
  const file = join(root, 'decrees', versionId, 'register.json');
  if (!top || !existsSync(file)) return null;
  const rel = relative(top, file).split('\\').join('/');
  const blob = git(top, ['cat-file', 'blob', `${commit}:${rel}`]);
  return blob.ok && Buffer.compare(blob.bytes, readFileSync(file)) === 0;
}

/** Whether the editor's git is set up to sign tags (tag.gpgSign, or a signing key). */
export function signingConfigured(root: string): boolean {
  const get = (key: string) => git(root, ['config', '--get', key]);
  return get('tag.gpgSign').out === 'true' || !!get('user.signingkey').out;
}

export type TagResult = { ok: true; tag: string; commit: string; signed: boolean } | { ok: false; step: 'commit' | 'tag'; message: string };

/**
 * Commits a new version's folder (and the removal of the finished cycle file) and tags the
 * commit, signed where the editor's git can sign. Only these paths are committed, whatever
 * else is staged. Nothing is undone on failure: the version's files stay written.
 */
export function commitAndTagVersion(root: string, versionId: string, message: string, paths: string[]): TagResult {
  const top = gitTop(root)!;
  // A path git never knew (a cycle file never committed, now removed) is no part of the commit.
  const rel = paths
    .map((p) => relative(top, p))
    .filter((p) => existsSync(join(top, p)) || git(top, ['ls-files', '--error-unmatch', '--', p]).ok);
  const add = git(top, ['add', '-A', '--', ...rel]);
  if (!add.ok) return { ok: false, step: 'commit', message: add.err };
  const commit = git(top, ['commit', '-q', '-m', message, '--', ...rel]);
  if (!commit.ok) return { ok: false, step: 'commit', message: commit.err || commit.out };
  return tagVersion(root, versionId, message, 'HEAD');
}

/** An annotated tag on `commit` for the version, signed where git is set up to sign. */
export function tagVersion(root: string, versionId: string, message: string, commit: string): TagResult {
  const top = gitTop(root)!;
  const signed = signingConfigured(root);
  const r = git(top, ['tag', signed ? '-s' : '-a', '-m', message, tagName(versionId), commit]);
  if (!r.ok) return { ok: false, step: 'tag', message: r.err || r.out };
  const at = execFileSync('git', ['-C', top, 'rev-parse', `${commit}^{commit}`], { encoding: 'utf8' }).trim();
  return { ok: true, tag: tagName(versionId), commit: at, signed };
}
