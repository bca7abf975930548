// What a person needs to read when GitHub says no: which permission is missing and the exact
// `permissions:` block to add. The messages name no token and no URL with credentials.

interface RequestErrorLike {
  status?: number;
  message?: string;
  request?: { method?: string; url?: string };
  response?: { headers?: Record<string, string | undefined> };
}

export function isPermissionError(error: unknown): boolean {
  const { status, message } = (error ?? {}) as RequestErrorLike;
  return status === 403 && !/rate limit/i.test(message ?? '') && !/locked/i.test(message ?? '');
}

export function describeGitHubError(error: unknown): string {
  const failure = (error ?? {}) as RequestErrorLike;
  const what = failure.request
    ? `${failure.request.method} ${new URL(failure.request.url ?? '/', 'https://api.github.com').pathname}`
    : 'a request';
  const said = (failure.message ?? String(error)).split('\n')[0]?.slice(0, 300);
  if (isPermissionError(error)) {
    const accepted = failure.response?.headers?.['x-accepted-github-permissions'];
    return [
      `GitHub refused ${what} (403: ${said}). The token needs issues: write${accepted ? ` (GitHub accepts: ${accepted})` : ''}.`,
      'Add this to the job, or to the workflow:',
      '  permissions:',
      '    contents: read',
      '    issues: write',
      'On pull requests from forks the token is read-only whatever you ask: use the workflow_run setup in the README.',
      'faultline carried on without writing issues.',
    ].join('\n');
  }
  if (failure.status === 403 || failure.status === 429)
    return `GitHub rate-limited ${what} (${failure.status}: ${said}); faultline stopped writing issues for this run.`;
  return `GitHub issue sync stopped at ${what}: ${failure.status ? `${failure.status} ` : ''}${said}`;
}
