import { FAIL_ON } from '../config.js';
import { destinationTypes } from '../destinations/registry.js';
import { trackerNames } from '../issues/registry.js';
import { runtimeNames } from '../logs/registry.js';
import { formatNames } from '../parsers/registry.js';

export function helpText(): string {
  return `faultline: triage CI failures from test reports and raw logs.

Usage:
  faultline report [paths, folders or globs...] [options]
      Parse, fingerprint, plan issues, send webhooks; write results to --out.
      With no paths, looks for common report locations.
  faultline parse <paths, folders or globs...> [--json] [--format NAME]
      Parse and fingerprint only. --json prints one faultline.report/v1 document.
  faultline explain <paths, folders or globs...> [--test NAME] [--json]
      Print each failure's fingerprint and the normalized parts it was made from.
  faultline run [report paths...] [options] -- <command> [args...]
      Run the command, passing its output through. If it fails, triage its output (and the
      reports) as "report" does, on stderr. Exits with the command's own exit code.
  faultline serve [--port 8080] [--host 127.0.0.1] [--data ./faultline-data] [--secret whsec_...]
                  [--forward faultline.yml] [--tolerance 300] [--max-body 1048576] [--ndjson FILE]
      Receive faultline's signed generic webhooks (POST /webhook), store them in SQLite, group
      them by fingerprint (GET /), forward new and regressed ones. --secret may repeat;
      FAULTLINE_SERVE_SECRET may hold several. See docs/serve.md.

Logs: every command also scans raw logs for runtime errors (${runtimeNames().join(', ') || 'no runtimes'}):
  -l, --logs PATH       a log file, folder or glob; repeatable
      --stdin           read a log from standard input: some-command 2>&1 | faultline report --stdin

Options:
  -f, --format NAME     auto (default), ${formatNames().join(', ')}
      --json            print the report as JSON on stdout
  -c, --config FILE     faultline.yml: webhooks, fingerprints (custom rules), group-by, in-app
      --webhook T=URL   add an endpoint (types: ${destinationTypes().join(', ')}); repeatable
      --webhook-budget S  seconds all webhook deliveries may take together (default 60)
  -o, --out DIR         output folder (default .faultline)
      --group-by WHAT   error (default: one fingerprint per bug) or test (one per failing test)
      --test NAME       explain: only failures whose test name contains NAME
      --tracker NAME    issue tracker: ${trackerNames().join(', ')} (default local)
      --repo OWNER/NAME with --tracker github; the token comes from GITHUB_TOKEN
      --close-after N   with --tracker github: close after N green runs on the default branch
      --fail-on LIST    exit 1 on: ${FAIL_ON.join(', ')} (default: never)
  -v, --verbose         more logging on stderr
  -h, --help            this text
      --version         print the version

Exit codes: 0 done; 1 a --fail-on condition held; 2 bad usage, bad config or an internal error;
3 some source was skipped (its error is printed and in the report).
`;
}
