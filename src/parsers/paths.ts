// Paths inside reports are absolute on the machine that ran the tests. Users read them
// relative to their repository, and fingerprints must not change with the checkout path.

export function toPosix(path: string): string {
  return path.replace(/\\/g, '/');
}

export function relativeToWorkspace(path: string, workspace: string): string {
  let result = toPosix(path.replace(/^file:\/\//, ''));
  const root = toPosix(workspace).replace(/\/+$/, '');
  if (root && result.startsWith(`${root}/`)) result = result.slice(root.length + 1);
  return result;
}
