import type { FingerprintRow, OccurrenceRow } from './queries.js';

// The read-only pages. Every value shown came from a webhook body, so it is attacker-controlled:
// each one goes through escapeHtml, links must be http(s), and the pages are served with a
// Content-Security-Policy that allows no script at all.

export const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
} as const;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** Only http(s) links: a javascript: or data: URL from a body must never become clickable. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function link(url: string | undefined, label: string): string {
  const href = safeHref(url);
  return href
    ? `<a href="${escapeHtml(href)}" rel="noreferrer noopener">${escapeHtml(label)}</a>`
    : escapeHtml(label);
}

function issueLink(row: FingerprintRow): string {
  if (row.issueNumber === undefined) return '';
  return link(row.issueUrl, `#${row.issueNumber}`);
}

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#1b1f24}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}code{font-size:12px}.status{font-weight:600}.new,.regressed{color:#b3261e}.recovered{color:#1a7f37}
.empty{color:#57606a}`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>${body}</body></html>
`;
}

function status(value: string): string {
  return `<span class="status ${/^[a-z]+$/.test(value) ? value : ''}">${escapeHtml(value)}</span>`;
}

export function renderIndex(rows: readonly FingerprintRow[], totals: { events: number }): string {
  const body = rows
    .map(
      (row) => `<tr data-fingerprint="${escapeHtml(row.fingerprint)}">
<td><a href="/fingerprints/${encodeURIComponent(row.fingerprint)}"><code>${escapeHtml(row.fingerprint)}</code></a></td>
<td>${escapeHtml(row.title)}</td><td>${status(row.lastStatus)}</td><td class="count">${row.occurrences}</td>
<td>${escapeHtml(row.firstSeen)}</td><td>${escapeHtml(row.lastSeen)}</td>
<td>${row.branches.map(escapeHtml).join(', ')}</td><td>${issueLink(row)}</td></tr>`,
    )
    .join('\n');
  const table =
    rows.length === 0
      ? '<p class="empty">No failures received yet.</p>'
      : `<table id="fingerprints"><thead><tr><th>fingerprint</th><th>title</th><th>status</th><th>count</th>
<th>first seen</th><th>last seen</th><th>branches</th><th>issue</th></tr></thead><tbody>
${body}
</tbody></table>`;
  return layout(
    'faultline: fingerprints',
    `<h1>faultline</h1><p>${rows.length} fingerprints from ${totals.events} events.</p>${table}`,
  );
}

export function renderDetail(row: FingerprintRow, occurrences: readonly OccurrenceRow[]): string {
  const events = occurrences
    .map(
      (
        event,
      ) => `<tr><td>${escapeHtml(event.receivedAt)}</td><td><code>${escapeHtml(event.webhookId)}</code></td>
<td>${status(event.status)}</td><td>${escapeHtml(event.repository ?? '')}</td><td>${escapeHtml(event.branch ?? '')}</td>
<td>${event.runUrl ? link(event.runUrl, 'run') : ''}</td>
<td>${escapeHtml(event.errorType ? `${event.errorType}: ` : '')}${escapeHtml(event.message ?? '')}</td>
<td>${event.tests.map(escapeHtml).join('<br>')}</td></tr>`,
    )
    .join('\n');
  return layout(
    `faultline: ${row.title}`,
    `<p><a href="/">all fingerprints</a></p><h1>${escapeHtml(row.title)}</h1>
<dl><dt>fingerprint</dt><dd><code>${escapeHtml(row.fingerprint)}</code></dd>
<dt>status</dt><dd>${status(row.lastStatus)}</dd><dt>count</dt><dd>${row.occurrences}</dd>
<dt>first seen</dt><dd>${escapeHtml(row.firstSeen)}</dd><dt>last seen</dt><dd>${escapeHtml(row.lastSeen)}</dd>
<dt>branches</dt><dd>${row.branches.map(escapeHtml).join(', ')}</dd><dt>issue</dt><dd>${issueLink(row)}</dd></dl>
<h2>Latest events</h2><table id="events"><thead><tr><th>received</th><th>webhook-id</th><th>status</th>
<th>repository</th><th>branch</th><th>run</th><th>error</th><th>tests</th></tr></thead><tbody>
${events}
</tbody></table>`,
  );
}

export function renderNotFound(): string {
  return layout('faultline: not found', '<h1>Not found</h1><p><a href="/">all fingerprints</a></p>');
}
