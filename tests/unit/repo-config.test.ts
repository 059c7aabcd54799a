// The editors' tooling around the content: workflows valid against GitHub's schema, the PR
// template carrying the SOP's stages, issue forms and the CMS form mirroring the entry
// schema, and the comment that updates in place.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadContent } from '#content/load.ts';
import { exemptionSchema, PERIOD_KINDS } from '#domain/schema/index.ts';
import { SUMMARY_MARKER } from '#content/summary.ts';
import { REPO, SHIPPED } from '../helpers/content.ts';

const read = (p: string) => readFileSync(join(REPO, p), 'utf8');

/**
 * The validator's bundled schema (action-validator 0.6.0, the latest) predates the
 * `attestations` permission, which GitHub documents for artifact attestations: it is taken
 * out before validating, and where it may appear is checked on its own below.
 */
function withoutNewerPermissions(yaml: string): string {
  return yaml.replace(/^ +attestations: write\n/gm, '');
}
const tree = loadContent(SHIPPED);

describe('GitHub workflows', () => {
  const files = readdirSync(join(REPO, '.github/workflows'));
  it('there is a pull-request workflow, a deploy workflow and the catalogue harvest', () => {
    expect(files.sort()).toEqual(['deploy.yml', 'katalog.yml', 'pull-request.yml']);
  });
  for (const f of files) {
    it(`${f} is valid against the GitHub workflow schema`, () => {
      const state = validateWorkflow(withoutNewerPermissions(read(`.github/workflows/${f}`)));
      expect(state.errors).toEqual([]);
    });
  }

  it('only the attestation job may write attestations or mint an OIDC token besides the publishing job', () => {
    const wf = parse(read('.github/workflows/deploy.yml')) as {
      jobs: Record<string, { permissions?: Record<string, string>; needs?: string[] }>;
    };
    const holders = (p: string) => Object.keys(wf.jobs).filter((j) => wf.jobs[j]!.permissions?.[p] === 'write');
    expect(holders('attestations')).toEqual(['attestasi']);
    expect(holders('id-token')).toEqual(['attestasi', 'terbitkan']);
    expect(wf.jobs.bangun!.permissions).toEqual({ contents: 'read' });
    // Nothing is deployed that was not attested.
    expect(wf.jobs.terbitkan!.needs).toEqual(['bangun', 'attestasi']);
  });
  it('the validator does reject a broken workflow', () => {
    expect(validateWorkflow('name: x\non: push\njobs:\n  a:\n    steps: 3\n').errors.length).toBeGreaterThan(0);
  });
  it('the pull-request workflow checks, summarises with the marker script, tests and builds', () => {
    const wf = parse(read('.github/workflows/pull-request.yml'));
    const runs = wf.jobs.periksa.steps.map((s: { run?: string; with?: { script?: string } }) => s.run ?? s.with?.script ?? '').join('\n');
    for (const cmd of ['npm run check', 'npm run --silent summary', 'upsertSummaryComment', 'npm test', 'npm run build'])
      expect(runs).toContain(cmd);
    expect(wf.jobs.periksa.permissions['pull-requests']).toBe('write');
  });
  it('every workflow grants nothing by default, pins actions to commits, and bounds every job in time', () => {
    for (const f of files) {
      const wf = parse(read(`.github/workflows/${f}`));
      expect(wf.permissions, f).toEqual({});
      for (const [name, job] of Object.entries(wf.jobs) as [string, { 'timeout-minutes'?: number; steps: { uses?: string }[] }][]) {
        expect(job['timeout-minutes'], `${f} ${name}`).toBeGreaterThan(0);
        for (const s of job.steps) if (s.uses) expect(s.uses, `${f} ${name}`).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      }
    }
    // Only the publishing job may deploy or mint a token.
    const deploy = parse(read('.github/workflows/deploy.yml'));
    expect(deploy.jobs.bangun.permissions).toEqual({ contents: 'read' });
    expect(deploy.jobs.terbitkan.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });
  it('the catalogue harvests daily with a read-only token, commits checkpoints without npm, and deploys', () => {
    const wf = parse(read('.github/workflows/katalog.yml'));
    expect(wf.on.schedule).toHaveLength(1);
    expect(wf.jobs.panen.if).toBe("vars.PPID_MODE == 'katalog'");
    expect(parse(read('.github/workflows/deploy.yml')).jobs.bangun.if).toBe("vars.PPID_MODE != 'katalog'");
    expect(wf.jobs.panen.permissions).toEqual({ contents: 'read' });
    const runs = (job: string) => wf.jobs[job].steps.map((s: { run?: string }) => s.run ?? '').join('\n');
    expect(runs('panen')).toContain('npm run catalogue');
    expect(runs('panen')).toContain('npm run catalogue:build');
    expect(wf.jobs.simpan.permissions).toEqual({ contents: 'write' });
    expect(runs('simpan')).toContain('git push');
    expect(runs('simpan')).not.toContain('npm');
    expect(wf.jobs.terbitkan.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });
  it('the pull-request workflow fails when the summary finds history cut or rewritten, after posting it', () => {
    type Step = { id?: string; name?: string; if?: string; run?: string; env?: Record<string, string>; 'continue-on-error'?: boolean };
    const steps = parse(read('.github/workflows/pull-request.yml')).jobs.periksa.steps as Step[];
    const at = steps.findIndex((s) => s.run?.includes('npm run --silent summary'));
    const summary = steps[at]!;
    expect(summary['continue-on-error']).toBe(true);
    // The base branch's name reaches the shell through env, not pasted into the script.
    expect(summary.run).not.toContain('${{');
    expect(summary.env?.BASE_REF).toBe('${{ github.base_ref }}');
    const fails = steps.findIndex((s) => s.if === `steps.${summary.id}.outcome == 'failure'` && /exit 1/.test(s.run ?? ''));
    expect(fails).toBeGreaterThan(steps.findIndex((s) => (s as { uses?: string }).uses?.startsWith('actions/github-script@')));
  });
  it('the deploy workflow builds for GitHub Pages, verifies, and deploys on main', () => {
    const wf = parse(read('.github/workflows/deploy.yml'));
    expect(wf.on.push.branches).toEqual(['main']);
    const steps = JSON.stringify(wf.jobs);
    for (const s of [
      'actions/configure-pages',
      'npm run verify',
      '--live terbit.json',
      'actions/upload-pages-artifact',
      'actions/deploy-pages',
      'PPID_BASE',
    ])
      expect(steps).toContain(s);
  });
});

describe('pull-request comment', () => {
  const { upsertSummaryComment, MARKER } = createRequire(import.meta.url)('../../scripts/pr-comment.cjs');
  const fakeGithub = (comments: { id: number; body: string; user?: { login: string } }[]) => {
    const calls: string[] = [];
    return {
      calls,
      client: {
        paginate: async (_fn: unknown, _args: unknown) => comments,
        rest: {
          issues: {
            listComments: () => undefined,
            createComment: async ({ body }: { body: string }) => {
              calls.push(`create:${body.length}`);
              comments.push({ id: 99, body, user: { login: 'github-actions[bot]' } });
            },
            updateComment: async ({ comment_id }: { comment_id: number }) => void calls.push(`update:${comment_id}`),
          },
        },
      },
    };
  };
  const context = { repo: { owner: 'o', repo: 'r' }, issue: { number: 7 } };
  it('uses the same marker as the summary', () => expect(MARKER).toBe(SUMMARY_MARKER));
  it('creates the comment once, then updates it in place', async () => {
    const comments = [{ id: 1, body: 'komentar lain' }];
    const gh = fakeGithub(comments);
    const body = `${SUMMARY_MARKER}\nringkasan`;
    expect(await upsertSummaryComment({ github: gh.client, context, body })).toBe('created');
    expect(await upsertSummaryComment({ github: gh.client, context, body })).toBe('updated');
    expect(gh.calls).toEqual([`create:${body.length}`, 'update:99']);
  });
  it('never updates a comment someone else wrote with the marker in it', async () => {
    const comments = [{ id: 5, body: `${SUMMARY_MARKER}\npalsu`, user: { login: 'penyusup' } }];
    const gh = fakeGithub(comments);
    expect(await upsertSummaryComment({ github: gh.client, context, body: `${SUMMARY_MARKER}\nringkasan` })).toBe('created');
    expect(gh.calls).toEqual([`create:${SUMMARY_MARKER.length + 10}`]);
  });
});

describe('pull request template and code owners', () => {
  it('lists the SOP stages as a checklist, in order', () => {
    const t = read('.github/pull_request_template.md');
    const stages = tree.sops[0]!.data.stages;
    const boxes = [...t.matchAll(/^- \[ \] (\d)\. (.+?) —/gm)].map((m) => [Number(m[1]), m[2]]);
    expect(boxes).toEqual(stages.map((s) => [s.number, s.activity]));
  });
  it('asks for review of content by the PPID', () => {
    expect(read('.github/CODEOWNERS')).toMatch(/^\/content\/\s+@\S+/m);
  });
  it('asks for review of the code that decides what is accepted, and says its owner is a placeholder', () => {
    const owners = read('.github/CODEOWNERS');
    for (const path of ['/src/', '/scripts/', '/package.json', '/astro.config.mjs', '/.github/'])
      expect(owners).toMatch(new RegExp(`^${path.replace(/[./]/g, '\\$&')}\\s+@\\S+`, 'm'));
    expect(owners).toMatch(/GANTI/);
  });
});

/** Field names of a zod object schema, one level, from its JSON Schema. */
function props(schema: z.ZodType, path: string[] = []): string[] {
  let js = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, unknown>;
    anyOf?: unknown[];
    oneOf?: unknown[];
  };
  for (const p of path) js = (js.properties?.[p] ?? {}) as typeof js;
  const branches = [js, ...((js.anyOf ?? js.oneOf ?? []) as (typeof js)[])];
  return [...new Set(branches.flatMap((b) => Object.keys(b.properties ?? {})))].sort();
}

describe('issue forms mirror the entry schema', () => {
  const form = parse(read('.github/ISSUE_TEMPLATE/usulan-entri-baru.yml'));
  const ids = form.body.filter((b: { id?: string }) => b.id).map((b: { id: string }) => b.id);
  it('asks for every field an entry needs', () => {
    for (const field of ['title', 'legalBasis', 'opened', 'closed', 'period', 'partial', 'unit', 'narrative']) expect(ids).toContain(field);
    // Every top-level field of the schema is asked for, directly or through its parts.
    const covered = new Set([...ids, 'consequence', 'order', 'legalBasisText', 'partialNote']);
    for (const k of props(exemptionSchema)) expect(covered.has(k), k).toBe(true);
  });
});

describe('the CMS form (.pages.yml) does not drift from the schema', () => {
  const cms = parse(read('.pages.yml'));
  const coll = cms.content.find((c: { name: string }) => c.name === 'exemptions');
  type F = { name: string; type: string; required?: boolean; fields?: F[]; options?: { values: string[] } };
  const field = (fields: F[], name: string) => fields.find((f) => f.name === name)!;
  it('points at the working copy as MDX with YAML frontmatter', () => {
    expect(coll.path).toBe('content/exemptions');
    expect(coll.format).toBe('yaml-frontmatter');
    expect(coll.filename).toMatch(/\.mdx$/);
  });
  it("has exactly the schema's fields (plus the body)", () => {
    expect(
      coll.fields
        .map((f: F) => f.name)
        .filter((n: string) => n !== 'body')
        .sort(),
    ).toEqual(props(exemptionSchema));
    expect(
      field(coll.fields, 'consequence')
        .fields!.map((f) => f.name)
        .sort(),
    ).toEqual(props(exemptionSchema, ['consequence']));
    expect(
      field(coll.fields, 'period')
        .fields!.map((f) => f.name)
        .sort(),
    ).toEqual(props(exemptionSchema, ['period']));
    const citation = (
      z.toJSONSchema(exemptionSchema, { io: 'input' }) as unknown as { properties: { legalBasis: { items: { properties: object } } } }
    ).properties.legalBasis.items.properties;
    expect(
      field(coll.fields, 'legalBasis')
        .fields!.map((f) => f.name)
        .sort(),
    ).toEqual(Object.keys(citation).sort());
  });
  it('offers exactly the period kinds and the Pasal 17 letters the content knows', () => {
    expect(field(field(coll.fields, 'period').fields!, 'kind').options!.values).toEqual([...PERIOD_KINDS]);
    const letters = tree.laws
      .find((l) => l.data.exemptionArticle)!
      .data.articles.find((a) => a.number === '17')!
      .letters.map((l) => l.letter);
    expect(field(field(coll.fields, 'legalBasis').fields!, 'letter').options!.values).toEqual(letters);
  });
  it('requires what the schema requires', () => {
    const required = (z.toJSONSchema(exemptionSchema, { io: 'input' }) as unknown as { required: string[] }).required.sort();
    expect(
      coll.fields
        .filter((f: F) => f.required)
        .map((f: F) => f.name)
        .sort(),
    ).toEqual(required);
  });
});
