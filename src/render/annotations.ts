import { isAbsolute, join, normalize, relative } from 'node:path';
import type { Failure, IssuePlanEntry } from '../model.js';
import { toPosix } from '../parsers/paths.js';
import { groupFailures } from './summary-groups.js';
import { errorLine, failureLabel } from './title.js';

// GitHub shows at most 10 error annotations per step, so they go to what matters first: one per
// fingerprint, regressions and new bugs before known ones, flaky tests last. The count of those
// left out goes to the summary; totals are never affected.
export const MAX_ERROR_ANNOTATIONS = 10;

export interface Annotation {
  title: string;
  message: string;
  /** Workspace-relative, so GitHub can place it on the diff. */
  file?: string;
  line?: number;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  omitted: number;
}

/** Tells whether a workspace-relative path exists; injected so this stays pure in tests. */
export type FileExists = (workspaceRelative: string) => boolean;

/**
 * Reports name files relative to where the tool ran (a package in a monorepo, a
 * working-directory), not to the repository root. Try the path as given, then below each
 * folder that holds the report, nearest first.
 */
export function workspacePath(
  file: string,
  reportPath: string,
  workspace: string,
  exists: FileExists,
): string | undefined {
  const posix = toPosix(file);
  if (isAbsolute(posix)) {
    const inside = toPosix(relative(workspace, posix));
    return inside.startsWith('..') || isAbsolute(inside) ? undefined : inside;
  }
  const candidates = [posix];
  let folder = toPosix(normalize(join(reportPath, '..')));
  while (folder !== '.' && folder !== '' && !folder.startsWith('..') && !isAbsolute(folder)) {
    candidates.push(toPosix(join(folder, posix)));
    const parent = toPosix(normalize(join(folder, '..')));
    if (parent === folder) break;
    folder = parent;
  }
  return candidates.find(exists) ?? posix;
}

function location(failure: Failure): { file?: string; line?: number } {
  const frame = failure.error.frames.find((candidate) => candidate.inApp && candidate.file);
  if (frame?.file) return { file: frame.file, ...(frame.line ? { line: frame.line } : {}) };
  if (failure.test?.file)
    return { file: failure.test.file, ...(failure.test.line ? { line: failure.test.line } : {}) };
  return {};
}

export function planAnnotations(
  failures: readonly Failure[],
  issues: readonly IssuePlanEntry[],
  workspace: string,
  exists: FileExists,
  limit = MAX_ERROR_ANNOTATIONS,
): AnnotationPlan {
  const groups = groupFailures(failures, issues);
  const annotations = groups.slice(0, limit).flatMap((group) => {
    const first = group.failures[0];
    if (!first) return [];
    const at = location(first);
    const file = at.file ? workspacePath(at.file, first.source.path, workspace, exists) : undefined;
    const annotation: Annotation = {
      title: `${group.status === 'flaky' ? 'Flaky: ' : ''}${failureLabel(first)}`.slice(0, 200),
      message:
        `${errorLine(first.error)}\n${group.fingerprint}${group.failures.length > 1 ? ` (${group.failures.length} failures)` : ''}`.slice(
          0,
          4000,
        ),
    };
    if (file) annotation.file = file;
    if (file && at.line) annotation.line = at.line;
    return [annotation];
  });
  return { annotations, omitted: Math.max(0, groups.length - annotations.length) };
}
