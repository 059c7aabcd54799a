// A member's site is hostile input: what it serves may be crafted to crash the harvest, fill
// its memory, leave a checkpoint the next run cannot read, or send the harvester elsewhere.
// Each case here starts from a real built site (the multi-version fixture) with one thing
// changed, and must end as a refusal for that member alone, with a message that is safe to
// print and to save.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { checkpointSchema } from '#domain/catalogue.ts';
import { harvestMember, MEMBER_BUDGET, memberSource, nextCheckpoint, type MemberSource } from '#publish/harvest.ts';

const json = (bytes: Buffer) => JSON.parse(bytes.toString('utf8'));
const bytesOf = (value: unknown) => Buffer.from(JSON.stringify(value));

/** The fixture site as a folder member, with one file rewritten by `edit`. */
function tampered(path: string, edit: (value: Record<string, unknown>) => unknown): MemberSource {
  const real = memberSource(inject('versionsSiteDir'), '/');
  return {
    site: null,
    async get(p, max) {
      const f = await real.get(p, max);
      return f.kind === 'ok' && p === path ? { kind: 'ok', bytes: bytesOf(edit(json(f.bytes))) } : f;
    },
  };
}

/** The refusal, and the checkpoint it leaves, which must load again. */
async function refusal(source: MemberSource) {
  const result = await harvestMember(source, null);
  expect(result.state).not.toBe('ok');
  const problem = (result as { problem: string }).problem;
  expect(problem).not.toMatch(/\p{Cc}/u);
  expect(() => checkpointSchema.parse(nextCheckpoint('anggota-uji', null, result, '2026-11-21'))).not.toThrow();
  return { state: result.state, problem };
}

const servers: Server[] = [];
async function server(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const s = createServer(handler);
  servers.push(s);
  await new Promise<void>((done) => s.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}/`;
}
afterAll(() => servers.forEach((s) => s.close()));

describe('harvest of a hostile member', () => {
  it('takes the untouched fixture site, so every refusal below is the change’s doing', async () => {
    expect((await harvestMember(memberSource(inject('versionsSiteDir'), '/'), null)).state).toBe('ok');
  });

  it('refuses a version listed twice', async () => {
    const r = await refusal(
      tampered('/data/versi.json', (list) => ({ ...list, versions: [...(list.versions as unknown[]), ...(list.versions as unknown[])] })),
    );
    expect(r).toMatchObject({ state: 'invalid', problem: expect.stringContaining('lebih dari sekali') });
  });

  it('refuses an over-long version id, quoting only the start of it', async () => {
    const long = `a${'-b'.repeat(3_000)}`;
    const r = await refusal(
      tampered('/data/versi.json', (list) => ({ ...list, versions: [{ id: long, sha256: '0'.repeat(64), status: 'in-force' }] })),
    );
    expect(r.state).toBe('invalid');
    expect(r.problem.length).toBeLessThan(300);
  });

  it('refuses a list of more versions than a member may have', async () => {
    const many = Array.from({ length: MEMBER_BUDGET.versions + 1 }, (_, i) => ({ id: `v-${i}`, sha256: '0'.repeat(64), status: 'x' }));
    const r = await refusal(tampered('/data/versi.json', (list) => ({ ...list, versions: many })));
    expect(r).toMatchObject({ state: 'invalid', problem: expect.stringContaining(`lebih dari ${MEMBER_BUDGET.versions}`) });
  });

  it('refuses a body name with control characters, which would reach a terminal and the checkpoint', async () => {
    const r = await refusal(
      tampered('/data/katalog.jsonld', (record) => ({ ...record, 'dct:publisher': { 'foaf:name': 'Dinas\u001b]0;pwned\u0007 X' } })),
    );
    expect(r.state).toBe('invalid');
  });

  it('refuses the withdrawal of a version it has already seen in force, and keeps that version', async () => {
    const first = await harvestMember(memberSource(inject('versionsSiteDir'), '/'), null);
    const remembered = nextCheckpoint('anggota-uji', null, first, '2026-11-21');
    const withdrawFirst = tampered('/data/versi.json', (list) => ({
      ...list,
      versions: (list.versions as { status: string }[]).map((v, i) => (i === 0 ? { ...v, status: 'withdrawn' } : v)),
    }));
    const r = await harvestMember(withdrawFirst, remembered);
    expect(r.state).toBe('refused');
    expect((r as { problem: string }).problem).toMatch(/^Versi dik-2025-03 kini ditandai ditarik, padahal sudah berlaku/);
    expect(nextCheckpoint('anggota-uji', remembered, r, '2026-11-22')).toMatchObject({ withdrawn: [], versions: remembered.versions });
  });

  it('a folder member cannot lead the harvest out of its folder through a link', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ppid-anggota-'));
    try {
      mkdirSync(join(dir, 'situs/data'), { recursive: true });
      writeFileSync(join(dir, 'rahasia.json'), '{}');
      symlinkSync(join(dir, 'rahasia.json'), join(dir, 'situs/data/katalog.jsonld'));
      const got = await memberSource(join(dir, 'situs'), '/').get('/data/katalog.jsonld', 1024);
      expect(got.kind).toBe('missing');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not follow a redirect to another host', async () => {
    let elsewhere = 0;
    const other = await server((_req, res) => {
      elsewhere++;
      res.end('{}');
    });
    const site = await server((_req, res) => {
      res.writeHead(302, { location: `${other}data/katalog.jsonld` });
      res.end();
    });
    const r = await refusal(memberSource(site, '/'));
    expect(r).toMatchObject({ state: 'unreachable', problem: expect.stringContaining('ke luar alamatnya') });
    expect(elsewhere).toBe(0);
  });

  it('a connection cut in the middle of a file leaves the member unreachable instead of stopping the harvest', async () => {
    const site = await server((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' });
      res.write('{"@type": "dcat:Catalog", ');
      setTimeout(() => res.socket?.destroy(), 50);
    });
    const r = await refusal(memberSource(site, '/'));
    expect(r.state).toBe('unreachable');
  });
});
