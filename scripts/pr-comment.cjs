// Posts the register summary on a pull request, or updates the comment it posted before:
// the one that carries the hidden marker. Called from the workflow through
// actions/github-script (CommonJS there), and tested with a stand-in client.
'use strict';

const MARKER = '<!-- ppid-dik:ringkasan-register -->';
/** The account GITHUB_TOKEN acts as in a workflow. */
const WORKFLOW_ACCOUNT = 'github-actions[bot]';

/**
 * @param {{ github: any, context: { repo: { owner: string, repo: string }, issue: { number: number } }, body: string }} args
 * @returns {Promise<'created' | 'updated'>}
 */
async function upsertSummaryComment({ github, context, body }) {
  if (!body.includes(MARKER)) throw new Error('Ringkasan tidak memuat penanda; komentar lama tidak akan dapat ditemukan.');
  const { owner, repo } = context.repo;
  const issue_number = context.issue.number;
  const comments = await github.paginate(github.rest.issues.listComments, { owner, repo, issue_number, per_page: 100 });
  // Only a comment the workflow's own account wrote is ours to update: anyone can paste the
  // marker into a comment of their own.
  const previous = comments.find((c) => c.user?.login === WORKFLOW_ACCOUNT && typeof c.body === 'string' && c.body.includes(MARKER));
  if (previous) {
    await github.rest.issues.updateComment({ owner, repo, comment_id: previous.id, body });
    return 'updated';
  }
  await github.rest.issues.createComment({ owner, repo, issue_number, body });
  return 'created';
}

module.exports = { upsertSummaryComment, MARKER };
