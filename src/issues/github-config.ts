/** Settings of the GitHub tracker, built by config.ts from action inputs or CLI flags. */
export interface GitHubTrackerConfig {
  owner: string;
  repo: string;
  token: string;
  apiUrl: string;
  /** faultline's own label: the index lists by it. */
  label: string;
  labels: string[];
  flakyLabel: string;
  ignoreLabel: string;
  assignees: string[];
  assignCodeowners: boolean;
  /** Close after this many consecutive green runs on the default branch; 0 never closes. */
  closeAfter: number;
  maxNewIssues: number;
  /** A recurrence after this many quiet days gets a comment. */
  quietDays: number;
  /** Wait before listing again to find racing duplicates (ms, jitter added). */
  convergeDelayMs: number;
  writeSpacingMs?: number;
  /** write: file and update issues; report: only read and say what would happen, and why. */
  mode: 'write' | 'report';
  reportReason?: string;
  defaultBranch?: string;
  /** Logins whose issues count as faultline's (lower case). */
  authors: string[];
}
