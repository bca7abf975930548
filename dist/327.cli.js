export const id = 327;
export const ids = [327];
export const modules = {

/***/ 6327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  serveUntilSignal: () => (/* binding */ serveUntilSignal)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/serve/migrations.ts

const MIGRATIONS = [
    {
        version: 1,
        name: 'events, fingerprints and their occurrences',
        sql: `
      CREATE TABLE events (
        seq INTEGER PRIMARY KEY,
        webhook_id TEXT NOT NULL UNIQUE,
        body_sha256 TEXT NOT NULL,
        received_at TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        repository TEXT,
        branch TEXT,
        run_url TEXT,
        body TEXT NOT NULL
      );
      CREATE TABLE fingerprints (
        fingerprint TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        last_status TEXT NOT NULL,
        occurrences INTEGER NOT NULL,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        branches TEXT NOT NULL DEFAULT '[]',
        issue_number INTEGER,
        issue_url TEXT,
        repository TEXT
      );
      CREATE INDEX fingerprints_last_seen ON fingerprints (last_seen DESC);
      CREATE TABLE occurrences (
        fingerprint TEXT NOT NULL,
        event_seq INTEGER NOT NULL REFERENCES events (seq),
        status TEXT NOT NULL,
        title TEXT NOT NULL,
        error_type TEXT,
        message TEXT,
        tests TEXT NOT NULL,
        PRIMARY KEY (fingerprint, event_seq)
      );`,
    },
    {
        version: 2,
        name: 'the forwarding outbox and destination state',
        sql: `
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        event_seq INTEGER NOT NULL REFERENCES events (seq),
        endpoint TEXT NOT NULL,
        alert TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_ms INTEGER NOT NULL,
        last_error TEXT,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX outbox_due ON outbox (state, next_attempt_ms);
      CREATE TABLE destination_state (name TEXT PRIMARY KEY, value TEXT NOT NULL);`,
    },
];
class MigrationError extends errors/* FaultlineError */.RO {
    name = 'MigrationError';
}
function schemaVersion(db) {
    const row = db.get('PRAGMA user_version');
    return Number(row?.user_version ?? 0);
}
/** Brings the schema up to `target` (the latest by default); refuses a database from a newer faultline. */
function migrate(db, target = MIGRATIONS.length) {
    const current = schemaVersion(db);
    if (current > MIGRATIONS.length)
        throw new MigrationError(`the database is at schema version ${current}, newer than this faultline knows (${MIGRATIONS.length}): upgrade faultline`);
    for (const migration of MIGRATIONS) {
        if (migration.version <= current || migration.version > target)
            continue;
        db.exec('BEGIN IMMEDIATE');
        try {
            db.exec(migration.sql);
            // user_version takes no bound parameter; the version is our own integer.
            db.exec(`PRAGMA user_version = ${migration.version}`);
            db.exec('COMMIT');
        }
        catch (error) {
            db.exec('ROLLBACK');
            throw new MigrationError(`migration ${migration.version} (${migration.name}) failed`, { cause: error });
        }
    }
    return schemaVersion(db);
}

;// CONCATENATED MODULE: ./src/serve/database.ts




// node-sqlite3-wasm (SQLite compiled to WebAssembly, with a VFS on node:fs) installs from npm
// with no native build, so one bundle runs on Node 20 and Node 24 alike. Its VFS syncs with
// fsync, and locks by creating a "<db>.lock" folder, which a killed process leaves behind:
// a pid file says whether its owner still lives, and only a dead owner's lock is cleared.
const DATABASE_FILE = 'faultline.db';
const PID_FILE = 'serve.pid';
// Loaded on first use: the module compiles its WebAssembly as it loads, which every other
// command would otherwise pay for at start-up. It is CommonJS: its exports are the default.
async function loadSqlite() {
    return (await __webpack_require__.e(/* import() */ 183).then(__webpack_require__.t.bind(__webpack_require__, 1183, 23))).default;
}
class DataDirInUse extends errors/* FaultlineError */.RO {
    name = 'DataDirInUse';
}
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
function claim(dir) {
    const path = (0,external_node_path_.join)(dir, PID_FILE);
    for (let attempt = 0; attempt < 2; attempt += 1) {
        try {
            const fd = (0,external_node_fs_.openSync)(path, 'wx');
            (0,external_node_fs_.writeSync)(fd, `${process.pid}\n`);
            (0,external_node_fs_.closeSync)(fd);
            return path;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
        const owner = Number.parseInt((0,external_node_fs_.readFileSync)(path, 'utf8'), 10);
        if (Number.isSafeInteger(owner) && owner > 0 && alive(owner))
            throw new DataDirInUse(`${dir} is in use by another faultline serve (pid ${owner})`);
        (0,external_node_fs_.unlinkSync)(path);
    }
    throw new DataDirInUse(`${dir}: cannot claim ${PID_FILE}`);
}
function removeStaleLock(file) {
    try {
        (0,external_node_fs_.rmdirSync)(`${file}.lock`);
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
    }
}
function pragma(db, statement) {
    const row = db.get(`PRAGMA ${statement}`);
    return row ? Object.values(row)[0] : undefined;
}
/**
 * Opens (creating and migrating) the database in `dir` for this process alone. WAL with
 * synchronous=FULL fsyncs the log at every commit, so a committed event survives a kill -9 and
 * a power cut; exclusive locking keeps WAL's index in memory, since this VFS has no shared memory.
 */
async function openDatabase(dir) {
    const { Database: SqliteDatabase } = await loadSqlite();
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const pidFile = claim(dir);
    const file = (0,external_node_path_.join)(dir, DATABASE_FILE);
    let db;
    try {
        removeStaleLock(file);
        db = new SqliteDatabase(file);
        pragma(db, 'locking_mode = EXCLUSIVE');
        const mode = pragma(db, 'journal_mode = WAL');
        if (mode !== 'wal')
            throw new errors/* FaultlineError */.RO(`SQLite refused WAL mode (got ${String(mode)})`);
        pragma(db, 'synchronous = FULL');
        pragma(db, 'foreign_keys = ON');
        migrate(db);
    }
    catch (error) {
        if (db?.isOpen)
            db.close();
        (0,external_node_fs_.unlinkSync)(pidFile);
        throw new errors/* FaultlineError */.RO(`cannot open ${file}: ${(0,errors/* errorMessage */.gJ)(error)}`, { cause: error });
    }
    const opened = db;
    return {
        db: opened,
        close() {
            if (opened.isOpen)
                opened.close();
            try {
                (0,external_node_fs_.unlinkSync)(pidFile);
            }
            catch {
                // Already gone: nothing to release.
            }
        },
    };
}

// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(5625);
;// CONCATENATED MODULE: ./src/serve/ingest.ts

class StoreUnavailable extends errors/* FaultlineError */.RO {
    name = 'StoreUnavailable';
}
const MAX_BRANCHES = 20;
class Ingestor {
    db;
    plan;
    onCommit;
    afterCommit;
    queue = [];
    scheduled = false;
    statements;
    constructor(db, plan, onCommit = () => { }, 
    /** Runs after the commit and before any acknowledgement, with the events newly stored. */
    afterCommit = () => { }) {
        this.db = db;
        this.plan = plan;
        this.onCommit = onCommit;
        this.afterCommit = afterCommit;
        const sql = {
            existing: 'SELECT body_sha256, received_at FROM events WHERE webhook_id = ?',
            event: `INSERT INTO events (webhook_id, body_sha256, received_at, sent_at, repository, branch, run_url, body)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
            occurrence: `INSERT OR IGNORE INTO occurrences (fingerprint, event_seq, status, title, error_type, message, tests)
                   VALUES (?, ?, ?, ?, ?, ?, ?)`,
            fingerprint: `INSERT INTO fingerprints (fingerprint, title, last_status, occurrences, first_seen, last_seen,
                      branches, issue_number, issue_url, repository)
                    VALUES (?, ?, ?, 1, ?, ?, '[]', ?, ?, ?)
                    ON CONFLICT (fingerprint) DO UPDATE SET title = excluded.title,
                      last_status = excluded.last_status, occurrences = occurrences + 1,
                      last_seen = excluded.last_seen,
                      issue_number = coalesce(excluded.issue_number, issue_number),
                      issue_url = coalesce(excluded.issue_url, issue_url),
                      repository = coalesce(excluded.repository, repository)`,
            recovered: `UPDATE fingerprints SET last_status = 'recovered' WHERE fingerprint = ?`,
            branches: 'SELECT branches FROM fingerprints WHERE fingerprint = ?',
            setBranches: 'UPDATE fingerprints SET branches = ? WHERE fingerprint = ?',
            outbox: `INSERT INTO outbox (event_seq, endpoint, alert, next_attempt_ms, updated_at) VALUES (?, ?, ?, ?, ?)`,
        };
        this.statements = Object.fromEntries(Object.entries(sql).map(([name, text]) => [name, db.prepare(text)]));
    }
    /** Resolves once the event is committed (or known), rejects with StoreUnavailable when it could not be. */
    ingest(event) {
        return new Promise((resolve, reject) => {
            this.queue.push({ event, resolve, reject });
            if (!this.scheduled) {
                this.scheduled = true;
                setImmediate(() => this.flush());
            }
        });
    }
    close() {
        for (const statement of Object.values(this.statements))
            if (!statement.isFinalized)
                statement.finalize();
    }
    statement(name) {
        const statement = this.statements[name];
        if (!statement)
            throw new Error(`no statement ${name}`);
        return statement;
    }
    flush() {
        this.scheduled = false;
        const batch = this.queue;
        this.queue = [];
        if (batch.length === 0)
            return;
        const results = [];
        try {
            this.db.exec('BEGIN IMMEDIATE');
            for (const { event } of batch)
                results.push(this.write(event));
            this.db.exec('COMMIT');
        }
        catch (error) {
            if (this.db.inTransaction)
                this.db.exec('ROLLBACK');
            for (const pending of batch)
                pending.reject(new StoreUnavailable('the event could not be stored', { cause: error }));
            return;
        }
        const stored = batch
            .filter((_, index) => results[index]?.kind === 'stored')
            .map((pending) => pending.event);
        if (stored.length > 0)
            this.afterCommit(stored);
        for (const [index, pending] of batch.entries())
            pending.resolve(results[index] ?? { kind: 'conflict' });
        if (stored.length > 0)
            this.onCommit(stored.length);
    }
    write(event) {
        const seen = this.statement('existing').get([event.webhookId]);
        if (seen)
            return seen.body_sha256 === event.bodySha256
                ? { kind: 'duplicate', receivedAt: String(seen.received_at) }
                : { kind: 'conflict' };
        // A duplicate that is still queued in this same batch is caught here too.
        const { alert } = event;
        const at = event.receivedAt.toISOString();
        const { lastInsertRowid } = this.statement('event').run([
            event.webhookId,
            event.bodySha256,
            at,
            alert.timestamp,
            alert.run.repository ?? null,
            alert.run.branch ?? null,
            alert.runUrl ?? null,
            event.body,
        ]);
        const seq = Number(lastInsertRowid);
        for (const item of alert.items) {
            const failure = item.failure;
            const added = this.statement('occurrence').run([
                item.fingerprint,
                seq,
                item.status,
                item.title,
                failure?.error.type ?? null,
                failure?.error.message ?? null,
                JSON.stringify(item.tests),
            ]);
            if (added.changes === 0)
                continue;
            if (item.status === 'recovered') {
                this.statement('recovered').run([item.fingerprint]);
                continue;
            }
            this.statement('fingerprint').run([
                item.fingerprint,
                item.title,
                item.status,
                at,
                at,
                item.issue?.number ?? null,
                item.issue?.url ?? null,
                alert.run.repository ?? null,
            ]);
            if (alert.run.branch)
                this.addBranch(item.fingerprint, alert.run.branch);
        }
        for (const entry of this.plan(alert))
            this.statement('outbox').run([seq, entry.endpoint, entry.alert, event.receivedAt.getTime(), at]);
        return { kind: 'stored', seq };
    }
    addBranch(fingerprint, branch) {
        const row = this.statement('branches').get([fingerprint]);
        const branches = JSON.parse(String(row?.branches ?? '[]'));
        if (branches.includes(branch) || branches.length >= MAX_BRANCHES)
            return;
        this.statement('setBranches').run([JSON.stringify([...branches, branch]), fingerprint]);
    }
}

;// CONCATENATED MODULE: ./src/serve/metrics.ts
// Prometheus text exposition format 0.0.4: counters kept in memory since start, gauges read
// from the database at scrape time, so a restart resets counters but never the stored totals.
const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';
function labelText(labels) {
    const entries = Object.entries(labels);
    if (entries.length === 0)
        return '';
    // Label values escape backslash, quote and newline (exposition format, "Text format details").
    const escapeValue = (value) => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
    return `{${entries.map(([key, value]) => `${key}="${escapeValue(value)}"`).join(',')}}`;
}
class Metrics {
    startedAt;
    counters = new Map();
    constructor(startedAt) {
        this.startedAt = startedAt;
        this.define('faultline_serve_http_requests_total', 'HTTP requests answered, by route and status.');
        this.define('faultline_serve_webhooks_total', 'Webhook deliveries, by outcome.');
        this.define('faultline_serve_forwards_total', 'Forwarding attempts, by result.');
    }
    define(name, help) {
        this.counters.set(name, { help, values: new Map() });
    }
    inc(name, labels = {}, by = 1) {
        const family = this.counters.get(name);
        if (!family)
            throw new Error(`unknown metric ${name}`);
        const key = labelText(labels);
        family.values.set(key, (family.values.get(key) ?? 0) + by);
    }
    render(counts, nowMs) {
        const lines = [];
        for (const [name, family] of this.counters) {
            lines.push(`# HELP ${name} ${family.help}`, `# TYPE ${name} counter`);
            for (const [labels, value] of family.values)
                lines.push(`${name}${labels} ${value}`);
        }
        const gauges = [
            ['faultline_serve_events_stored', 'Events in the database.', counts.events],
            ['faultline_serve_fingerprints', 'Distinct fingerprints in the database.', counts.fingerprints],
            ['faultline_serve_outbox_pending', 'Forwards waiting to be sent.', counts.outboxPending],
            ['faultline_serve_outbox_failed', 'Forwards given up after their last attempt.', counts.outboxFailed],
            [
                'faultline_serve_uptime_seconds',
                'Seconds since the server started.',
                (nowMs - this.startedAt) / 1000,
            ],
        ];
        for (const [name, help, value] of gauges)
            lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, `${name} ${value}`);
        return `${lines.join('\n')}\n`;
    }
}

;// CONCATENATED MODULE: ./src/serve/ndjson.ts

// For those who want plain files beside the database: every stored event, one JSON line each,
// appended and fsynced with the batch that stored it, before any of the batch is acknowledged.
// The database stays the source of truth: a line that cannot be written is logged, not fatal.
class NdjsonLog {
    fd;
    constructor(path) {
        this.fd = (0,external_node_fs_.openSync)(path, 'a', 0o600);
    }
    append(events) {
        if (events.length === 0)
            return;
        const lines = events.map((event) => `${JSON.stringify({ webhookId: event.webhookId, receivedAt: event.receivedAt.toISOString(), event: event.alert })}\n`);
        (0,external_node_fs_.writeSync)(this.fd, lines.join(''));
        (0,external_node_fs_.fsyncSync)(this.fd);
    }
    close() {
        (0,external_node_fs_.closeSync)(this.fd);
    }
}

// EXTERNAL MODULE: ./src/destinations/http.ts
var http = __webpack_require__(6513);
// EXTERNAL MODULE: ./src/destinations/registry.ts + 13 modules
var registry = __webpack_require__(1479);
// EXTERNAL MODULE: ./src/destinations/select.ts
var destinations_select = __webpack_require__(5289);
;// CONCATENATED MODULE: ./src/serve/outbox.ts




const DEFAULT_OUTBOX_POLICY = {
    maxAttempts: 10,
    baseDelayMs: 30_000,
    maxDelayMs: 3_600_000,
    budgetMs: 60_000,
};
const FORWARDED = new Set(['new', 'regressed']);
/** Which endpoints get which items of an alert: its new and regressed ones, through each endpoint's filters. */
function planForwards(endpoints) {
    const names = new Set();
    for (const endpoint of endpoints) {
        if (names.has(endpoint.name))
            throw new errors/* ConfigError */.xL('--forward', `two endpoints are named "${endpoint.name}": names must be unique`);
        names.add(endpoint.name);
    }
    return (alert) => {
        const items = alert.items.filter((item) => FORWARDED.has(item.status));
        if (items.length === 0)
            return [];
        return endpoints.flatMap((endpoint) => {
            const selection = (0,destinations_select/* selectFor */.G)(endpoint, items, alert.run);
            if ('skip' in selection)
                return [];
            const { id, timestamp, summary, run, runUrl } = alert;
            const event = { id, timestamp, summary, run, ...(runUrl ? { runUrl } : {}), items: selection.items };
            return [{ endpoint: endpoint.name, alert: JSON.stringify(event) }];
        });
    };
}
function stateStore(db) {
    return {
        async read(name) {
            const row = db.get('SELECT value FROM destination_state WHERE name = ?', [name]);
            return row ? JSON.parse(String(row.value)) : undefined;
        },
        async write(name, value) {
            db.run('INSERT INTO destination_state (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value', [name, JSON.stringify(value)]);
        },
    };
}
function revive(text) {
    const parsed = JSON.parse(text);
    const timestamp = new Date(parsed.timestamp);
    return { ...parsed, timestamp: Number.isNaN(timestamp.getTime()) ? new Date(0) : timestamp };
}
class Forwarder {
    db;
    deps;
    policy;
    onResult;
    running = false;
    loop = Promise.resolve();
    wakeUp;
    byName;
    constructor(db, endpoints, deps, policy = DEFAULT_OUTBOX_POLICY, onResult = () => { }) {
        this.db = db;
        this.deps = deps;
        this.policy = policy;
        this.onResult = onResult;
        this.byName = new Map(endpoints.map((endpoint) => [endpoint.name, endpoint]));
    }
    start() {
        if (this.running || this.byName.size === 0)
            return;
        this.running = true;
        this.loop = this.work();
    }
    /** New rows were committed: look now rather than at the next timer. */
    wake() {
        this.wakeUp?.();
    }
    async stop() {
        this.running = false;
        this.wake();
        // A delivery in flight is not awaited past a moment: its row stays pending and goes next start.
        await Promise.race([this.loop, new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
    }
    async work() {
        while (this.running) {
            const now = this.deps.clock.now().getTime();
            const row = this.db.get(`SELECT id, endpoint, alert, attempts FROM outbox WHERE state = 'pending' AND next_attempt_ms <= ?
          ORDER BY next_attempt_ms, id LIMIT 1`, [now]);
            if (!row) {
                const next = this.db.get(`SELECT min(next_attempt_ms) AS at FROM outbox WHERE state = 'pending'`);
                const at = next?.at === null || next?.at === undefined ? now + 60_000 : Number(next.at);
                await this.idle(Math.min(Math.max(at - now, 10), 60_000));
                continue;
            }
            try {
                await this.forward(Number(row.id), String(row.endpoint), String(row.alert), Number(row.attempts));
            }
            catch (error) {
                // The database closed under a stopping forwarder: the row stays pending for the next start.
                if (this.running)
                    this.deps.log.error(`forwarding failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        }
    }
    idle(ms) {
        return new Promise((resolve) => {
            const timer = setTimeout(done, ms);
            function done() {
                clearTimeout(timer);
                resolve();
            }
            this.wakeUp = done;
        });
    }
    async forward(id, name, alert, attempts) {
        const endpoint = this.byName.get(name);
        const destination = endpoint && (0,registry/* destinationByType */.w)(endpoint.type);
        const result = endpoint && destination
            ? await this.send(endpoint, revive(alert))
            : { ok: false, detail: `endpoint ${name} is no longer configured`, final: true };
        const now = this.deps.clock.now();
        const tried = attempts + 1;
        const detail = this.deps.redact ? this.deps.redact(result.detail ?? '') : (result.detail ?? '');
        if (result.ok) {
            this.db.run(`UPDATE outbox SET state = 'sent', attempts = ?, last_error = NULL, updated_at = ? WHERE id = ?`, [tried, now.toISOString(), id]);
            this.onResult('sent');
            this.deps.log.info(`forwarded to ${name}`);
            return;
        }
        const giveUp = ('final' in result && result.final) || tried >= this.policy.maxAttempts;
        const delay = Math.min(this.policy.baseDelayMs * 2 ** (tried - 1), this.policy.maxDelayMs);
        this.db.run('UPDATE outbox SET state = ?, attempts = ?, next_attempt_ms = ?, last_error = ?, updated_at = ? WHERE id = ?', [giveUp ? 'failed' : 'pending', tried, now.getTime() + delay, detail, now.toISOString(), id]);
        this.onResult(giveUp ? 'given-up' : 'retry');
        this.deps.log.warn(`forwarding to ${name} failed (attempt ${tried}): ${detail}${giveUp ? '; given up' : `; next try in ${Math.round(delay / 1000)} s`}`);
    }
    async send(endpoint, event) {
        const destination = (0,registry/* destinationByType */.w)(endpoint.type);
        if (!destination)
            return { ok: false, detail: 'unknown type' };
        const deadline = this.deps.clock.now().getTime() + this.policy.budgetMs;
        const post = (request) => (0,http/* postWithRetry */.xX)(request, this.deps, this.deps.httpPolicy ?? http/* DEFAULT_HTTP_POLICY */.oY, deadline);
        let results;
        if (destination.send)
            ({ results } = await destination.send(event, endpoint, { post, state: stateStore(this.db) }));
        else {
            results = [];
            for (const request of destination.render(event, endpoint))
                results.push(await post(request));
        }
        const failed = results.filter((result) => !result.ok);
        if (failed.length === 0)
            return { ok: true };
        return { ok: false, detail: failed.map((result) => result.detail ?? 'failed').join('; ') };
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./src/serve/page.ts
// The read-only pages. Every value shown came from a webhook body, so it is attacker-controlled:
// each one goes through escapeHtml, links must be http(s), and the pages are served with a
// Content-Security-Policy that allows no script at all.
const PAGE_HEADERS = {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
};
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
function escapeHtml(value) {
    return value.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}
/** Only http(s) links: a javascript: or data: URL from a body must never become clickable. */
function safeHref(url) {
    if (!url)
        return undefined;
    try {
        const parsed = new URL(url);
        return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
    }
    catch {
        return undefined;
    }
}
function page_link(url, label) {
    const href = safeHref(url);
    return href
        ? `<a href="${escapeHtml(href)}" rel="noreferrer noopener">${escapeHtml(label)}</a>`
        : escapeHtml(label);
}
function issueLink(row) {
    if (row.issueNumber === undefined)
        return '';
    return page_link(row.issueUrl, `#${row.issueNumber}`);
}
const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#1b1f24}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}code{font-size:12px}.status{font-weight:600}.new,.regressed{color:#b3261e}.recovered{color:#1a7f37}
.empty{color:#57606a}`;
function layout(title, body) {
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>${body}</body></html>
`;
}
function page_status(value) {
    return `<span class="status ${/^[a-z]+$/.test(value) ? value : ''}">${escapeHtml(value)}</span>`;
}
function renderIndex(rows, totals) {
    const body = rows
        .map((row) => `<tr data-fingerprint="${escapeHtml(row.fingerprint)}">
<td><a href="/fingerprints/${encodeURIComponent(row.fingerprint)}"><code>${escapeHtml(row.fingerprint)}</code></a></td>
<td>${escapeHtml(row.title)}</td><td>${page_status(row.lastStatus)}</td><td class="count">${row.occurrences}</td>
<td>${escapeHtml(row.firstSeen)}</td><td>${escapeHtml(row.lastSeen)}</td>
<td>${row.branches.map(escapeHtml).join(', ')}</td><td>${issueLink(row)}</td></tr>`)
        .join('\n');
    const table = rows.length === 0
        ? '<p class="empty">No failures received yet.</p>'
        : `<table id="fingerprints"><thead><tr><th>fingerprint</th><th>title</th><th>status</th><th>count</th>
<th>first seen</th><th>last seen</th><th>branches</th><th>issue</th></tr></thead><tbody>
${body}
</tbody></table>`;
    return layout('faultline: fingerprints', `<h1>faultline</h1><p>${rows.length} fingerprints from ${totals.events} events.</p>${table}`);
}
function renderDetail(row, occurrences) {
    const events = occurrences
        .map((event) => `<tr><td>${escapeHtml(event.receivedAt)}</td><td><code>${escapeHtml(event.webhookId)}</code></td>
<td>${page_status(event.status)}</td><td>${escapeHtml(event.repository ?? '')}</td><td>${escapeHtml(event.branch ?? '')}</td>
<td>${event.runUrl ? page_link(event.runUrl, 'run') : ''}</td>
<td>${escapeHtml(event.errorType ? `${event.errorType}: ` : '')}${escapeHtml(event.message ?? '')}</td>
<td>${event.tests.map(escapeHtml).join('<br>')}</td></tr>`)
        .join('\n');
    return layout(`faultline: ${row.title}`, `<p><a href="/">all fingerprints</a></p><h1>${escapeHtml(row.title)}</h1>
<dl><dt>fingerprint</dt><dd><code>${escapeHtml(row.fingerprint)}</code></dd>
<dt>status</dt><dd>${page_status(row.lastStatus)}</dd><dt>count</dt><dd>${row.occurrences}</dd>
<dt>first seen</dt><dd>${escapeHtml(row.firstSeen)}</dd><dt>last seen</dt><dd>${escapeHtml(row.lastSeen)}</dd>
<dt>branches</dt><dd>${row.branches.map(escapeHtml).join(', ')}</dd><dt>issue</dt><dd>${issueLink(row)}</dd></dl>
<h2>Latest events</h2><table id="events"><thead><tr><th>received</th><th>webhook-id</th><th>status</th>
<th>repository</th><th>branch</th><th>run</th><th>error</th><th>tests</th></tr></thead><tbody>
${events}
</tbody></table>`);
}
function renderNotFound() {
    return layout('faultline: not found', '<h1>Not found</h1><p><a href="/">all fingerprints</a></p>');
}

;// CONCATENATED MODULE: ./src/serve/queries.ts
function optional(value, cast) {
    return value === null || value === undefined ? undefined : cast(value);
}
function stringList(value) {
    try {
        const parsed = JSON.parse(String(value));
        return Array.isArray(parsed) ? parsed.map(String) : [];
    }
    catch {
        return [];
    }
}
function fingerprintRow(row) {
    const result = {
        fingerprint: String(row.fingerprint),
        title: String(row.title),
        lastStatus: String(row.last_status),
        occurrences: Number(row.occurrences),
        firstSeen: String(row.first_seen),
        lastSeen: String(row.last_seen),
        branches: stringList(row.branches),
    };
    const repository = optional(row.repository, String);
    if (repository !== undefined)
        result.repository = repository;
    const issueNumber = optional(row.issue_number, Number);
    if (issueNumber !== undefined)
        result.issueNumber = issueNumber;
    const issueUrl = optional(row.issue_url, String);
    if (issueUrl !== undefined)
        result.issueUrl = issueUrl;
    return result;
}
function listFingerprints(db, limit = 500) {
    return db
        .all('SELECT * FROM fingerprints ORDER BY last_seen DESC, fingerprint LIMIT ?', [limit])
        .map((row) => fingerprintRow(row));
}
function findFingerprint(db, fingerprint) {
    const row = db.get('SELECT * FROM fingerprints WHERE fingerprint = ?', [fingerprint]);
    return row ? fingerprintRow(row) : undefined;
}
function latestOccurrences(db, fingerprint, limit = 20) {
    const rows = db.all(`SELECT e.webhook_id, e.received_at, e.sent_at, e.repository, e.branch, e.run_url,
            o.status, o.title, o.error_type, o.message, o.tests
       FROM occurrences o JOIN events e ON e.seq = o.event_seq
      WHERE o.fingerprint = ? ORDER BY o.event_seq DESC LIMIT ?`, [fingerprint, limit]);
    return rows.map((row) => {
        const result = {
            webhookId: String(row.webhook_id),
            receivedAt: String(row.received_at),
            sentAt: String(row.sent_at),
            status: String(row.status),
            title: String(row.title),
            tests: stringList(row.tests),
        };
        for (const [key, column] of [
            ['errorType', 'error_type'],
            ['message', 'message'],
            ['repository', 'repository'],
            ['branch', 'branch'],
            ['runUrl', 'run_url'],
        ]) {
            const value = optional(row[column], String);
            if (value !== undefined)
                result[key] = value;
        }
        return result;
    });
}
function storeCounts(db) {
    const row = db.get(`SELECT (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM fingerprints) AS fingerprints,
            (SELECT count(*) FROM outbox WHERE state = 'pending') AS pending,
            (SELECT count(*) FROM outbox WHERE state = 'failed') AS failed`);
    return {
        events: Number(row.events),
        fingerprints: Number(row.fingerprints),
        outboxPending: Number(row.pending),
        outboxFailed: Number(row.failed),
    };
}
function storedWebhookIds(db) {
    return db.all('SELECT webhook_id FROM events ORDER BY seq').map((row) => String(row.webhook_id));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/serve/body.ts
/**
 * Reads a request body, counting bytes as they stream in: a declared Content-Length over the
 * limit is refused before a byte is read, and a chunked body stops at the first chunk past it,
 * so an oversized body never sits in memory.
 */
function readLimitedBody(request, limit) {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit)
        return Promise.resolve({ ok: false, reason: 'too-large' });
    return new Promise((resolve) => {
        const chunks = [];
        let size = 0;
        let settled = false;
        const settle = (result) => {
            if (settled)
                return;
            settled = true;
            request.off('data', onData);
            resolve(result);
        };
        const onData = (chunk) => {
            size += chunk.length;
            if (size > limit) {
                // Stop buffering; the caller answers 413 and closes the connection.
                request.pause();
                settle({ ok: false, reason: 'too-large' });
            }
            else
                chunks.push(chunk);
        };
        request.on('data', onData);
        request.once('end', () => settle({ ok: true, body: Buffer.concat(chunks, size) }));
        request.once('error', () => settle({ ok: false, reason: 'aborted' }));
        request.once('close', () => {
            if (!request.complete)
                settle({ ok: false, reason: 'aborted' });
        });
    });
}

// EXTERNAL MODULE: ./src/destinations/generic.ts
var generic = __webpack_require__(6996);
;// CONCATENATED MODULE: ./src/serve/incoming.ts

const STATUSES = ['new', 'regressed', 'recurring', 'recovered'];
const FINGERPRINT = /^v[0-9]+:[0-9a-f]{16,64}$/;
const RUN_KEYS = [
    'repository',
    'serverUrl',
    'runId',
    'runAttempt',
    'workflow',
    'job',
    'sha',
    'ref',
    'branch',
];
const SUMMARY_KEYS = ['tests', 'passed', 'failed', 'skipped', 'flaky', 'durationMs'];
class Invalid extends Error {
}
function record(value, field) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new Invalid(`${field} must be an object`);
    return value;
}
function incoming_text(value, field) {
    if (typeof value !== 'string')
        throw new Invalid(`${field} must be a string`);
    return value;
}
function optionalText(value, field) {
    return value === undefined ? undefined : incoming_text(value, field);
}
function count(value, field) {
    if (!Number.isSafeInteger(value) || value < 0)
        throw new Invalid(`${field} must be a whole number`);
    return value;
}
function incoming_frames(value, field) {
    if (!Array.isArray(value))
        throw new Invalid(`${field} must be an array`);
    return value.map((raw, index) => {
        const entry = record(raw, `${field}[${index}]`);
        const frame = { inApp: entry.inApp === true };
        for (const key of ['file', 'function', 'module']) {
            const found = optionalText(entry[key], `${field}[${index}].${key}`);
            if (found !== undefined)
                frame[key] = found;
        }
        for (const key of ['line', 'column']) {
            if (entry[key] !== undefined)
                frame[key] = count(entry[key], `${field}[${index}].${key}`);
        }
        return frame;
    });
}
function failure(raw, field, fingerprint, flaky) {
    const entry = record(raw, field);
    const kind = entry.kind;
    if (kind !== 'test' && kind !== 'runtime')
        throw new Invalid(`${field}.kind must be test or runtime`);
    const error = record(entry.error, `${field}.error`);
    const grouping = record(entry.grouping, `${field}.grouping`);
    const type = optionalText(error.type, `${field}.error.type`);
    const result = {
        kind,
        flaky,
        fingerprint,
        error: {
            ...(type !== undefined ? { type } : {}),
            message: incoming_text(error.message, `${field}.error.message`),
            frames: incoming_frames(error.frames, `${field}.error.frames`),
        },
        // The sender keeps report paths to itself; a forwarded alert names none.
        source: { path: '' },
        grouping: {
            version: incoming_text(grouping.version, `${field}.grouping.version`),
            basis: incoming_text(grouping.basis, `${field}.grouping.basis`),
            components: record(grouping.components ?? {}, `${field}.grouping.components`),
        },
    };
    if (entry.test !== undefined) {
        const test = record(entry.test, `${field}.test`);
        result.test = { name: incoming_text(test.name, `${field}.test.name`) };
        for (const key of ['suite', 'classname', 'file']) {
            const found = optionalText(test[key], `${field}.test.${key}`);
            if (found !== undefined)
                result.test[key] = found;
        }
    }
    return result;
}
function item(raw, field) {
    const entry = record(raw, field);
    const fingerprint = incoming_text(entry.fingerprint, `${field}.fingerprint`);
    if (!FINGERPRINT.test(fingerprint))
        throw new Invalid(`${field}.fingerprint is not a faultline fingerprint`);
    const status = entry.status;
    if (!STATUSES.includes(status))
        throw new Invalid(`${field}.status must be one of ${STATUSES.join(', ')}`);
    if (typeof entry.flaky !== 'boolean')
        throw new Invalid(`${field}.flaky must be true or false`);
    if (!Array.isArray(entry.tests))
        throw new Invalid(`${field}.tests must be an array`);
    const result = {
        fingerprint,
        status: status,
        title: incoming_text(entry.title, `${field}.title`),
        flaky: entry.flaky,
        tests: entry.tests.map((test, index) => incoming_text(test, `${field}.tests[${index}]`)),
    };
    if (entry.issue !== undefined) {
        const issue = record(entry.issue, `${field}.issue`);
        const url = optionalText(issue.url, `${field}.issue.url`);
        result.issue = { number: count(issue.number, `${field}.issue.number`), ...(url ? { url } : {}) };
    }
    if (entry.failure !== undefined)
        result.failure = failure(entry.failure, `${field}.failure`, fingerprint, entry.flaky);
    return result;
}
function data(raw) {
    const entry = record(raw, 'data');
    const summaryIn = record(entry.summary, 'data.summary');
    const summary = Object.fromEntries(SUMMARY_KEYS.map((key) => [key, count(summaryIn[key], `data.summary.${key}`)]));
    const runIn = record(entry.run, 'data.run');
    const run = {};
    for (const key of RUN_KEYS) {
        const found = optionalText(runIn[key], `data.run.${key}`);
        if (found !== undefined)
            run[key] = found;
    }
    if (!Array.isArray(entry.items))
        throw new Invalid('data.items must be an array');
    const runUrl = optionalText(entry.runUrl, 'data.runUrl');
    return {
        summary,
        run,
        ...(runUrl !== undefined ? { runUrl } : {}),
        items: entry.items.map((raw, index) => item(raw, `data.items[${index}]`)),
        omittedItems: entry.omittedItems === undefined ? 0 : count(entry.omittedItems, 'data.omittedItems'),
    };
}
/** A parsed JSON value → a faultline alert, or why it is not one. */
function readAlert(value) {
    try {
        const body = record(value, 'the body');
        if (body.specversion === '1.0') {
            if (body.type !== 'dev.faultline.alert.v1')
                throw new Invalid('CloudEvents type must be dev.faultline.alert.v1');
            const timestamp = optionalText(body.time, 'time') ?? '';
            return { ok: true, alert: { id: incoming_text(body.id, 'id'), timestamp, ...data(body.data) } };
        }
        if (body.type !== 'faultline.alert')
            throw new Invalid('type must be faultline.alert');
        if (body.schema !== generic/* GENERIC_SCHEMA */.qG)
            throw new Invalid(`schema must be ${generic/* GENERIC_SCHEMA */.qG}`);
        return {
            ok: true,
            alert: { id: incoming_text(body.id, 'id'), timestamp: incoming_text(body.timestamp, 'timestamp'), ...data(body.data) },
        };
    }
    catch (error) {
        if (error instanceof Invalid)
            return { ok: false, reason: error.message };
        throw error;
    }
}

// EXTERNAL MODULE: ./src/destinations/standard-webhooks.ts
var standard_webhooks = __webpack_require__(2647);
;// CONCATENATED MODULE: ./src/serve/verify.ts


// Ids are echoed in pages, logs and the database: printable ASCII keeps them inert.
const ID = /^[\x21-\x7e]{1,256}$/;
const TIMESTAMP = /^\d{1,12}$/;
/** The HMAC keys of the configured secrets, decoded once. */
function signingKeys(secrets) {
    return secrets.map(standard_webhooks/* secretKey */.o);
}
function expectedSignature(key, id, timestamp, body) {
    return (0,external_node_crypto_.createHmac)('sha256', key).update(`${id}.${timestamp}.`).update(body).digest();
}
function offeredSignatures(header) {
    const signatures = [];
    for (const token of header.split(/[\s]+/)) {
        const comma = token.indexOf(',');
        // Other versions (v1a, ed25519) are skipped, as the spec tells receivers to do.
        if (comma < 0 || token.slice(0, comma) !== 'v1')
            continue;
        signatures.push(Buffer.from(token.slice(comma + 1).replace(/,$/, ''), 'base64'));
    }
    return signatures;
}
function verifySignature(body, headers, keys, nowSeconds, toleranceSeconds) {
    const { id, timestamp, signature } = headers;
    if (!id || !timestamp || !signature) {
        const missing = [
            !id && 'webhook-id',
            !timestamp && 'webhook-timestamp',
            !signature && 'webhook-signature',
        ]
            .filter(Boolean)
            .join(', ');
        return { ok: false, status: 401, rejection: 'unsigned', reason: `unsigned request: missing ${missing}` };
    }
    if (!ID.test(id))
        return {
            ok: false,
            status: 400,
            rejection: 'malformed-headers',
            reason: 'webhook-id must be 1 to 256 printable ASCII characters',
        };
    if (!TIMESTAMP.test(timestamp))
        return {
            ok: false,
            status: 400,
            rejection: 'malformed-headers',
            reason: 'webhook-timestamp must be Unix seconds',
        };
    const skew = nowSeconds - Number(timestamp);
    if (Math.abs(skew) > toleranceSeconds)
        return {
            ok: false,
            status: 401,
            rejection: 'stale',
            reason: `webhook-timestamp is ${Math.abs(skew)} s ${skew > 0 ? 'old' : 'in the future'}; the tolerance is ${toleranceSeconds} s`,
        };
    const offered = offeredSignatures(signature);
    if (offered.length === 0)
        return {
            ok: false,
            status: 401,
            rejection: 'unsigned',
            reason: 'webhook-signature holds no v1 signature',
        };
    for (const key of keys) {
        const expected = expectedSignature(key, id, timestamp, body);
        if (offered.some((candidate) => candidate.length === expected.length && (0,external_node_crypto_.timingSafeEqual)(candidate, expected)))
            return { ok: true, id, timestamp: Number(timestamp) };
    }
    return {
        ok: false,
        status: 401,
        rejection: 'bad-signature',
        reason: 'no signature matches: the body, id or timestamp was changed, or the secret differs',
    };
}

;// CONCATENATED MODULE: ./src/serve/webhook.ts





const JSON_TYPES = new Set(['application/json', 'application/cloudevents+json']);
function header(request, name) {
    const value = request.headers[name];
    return Array.isArray(value) ? value.join(' ') : value;
}
function replyJson(response, status, body, headers = {}) {
    const text = `${JSON.stringify(body)}\n`;
    response.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(text),
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
        ...headers,
    });
    response.end(text);
}
async function handleWebhook(request, response, context) {
    const { metrics } = context;
    const reject = (status, rejection, reason, headers = {}) => {
        metrics.inc('faultline_serve_webhooks_total', { outcome: rejection });
        context.log.debug(`webhook refused (${status} ${rejection}): ${reason}`);
        replyJson(response, status, { status: 'rejected', error: rejection, reason }, headers);
    };
    const mediaType = (header(request, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!JSON_TYPES.has(mediaType))
        return reject(415, 'unsupported-media-type', 'content-type must be application/json', {
            connection: 'close',
        });
    const read = await readLimitedBody(request, context.maxBodyBytes);
    if (!read.ok) {
        if (read.reason === 'aborted')
            return;
        // The rest of the body is never read: close the connection rather than drain it.
        return reject(413, 'oversized', `the body is over the ${context.maxBodyBytes}-byte limit`, {
            connection: 'close',
        });
    }
    const verification = verifySignature(read.body, {
        id: header(request, 'webhook-id'),
        timestamp: header(request, 'webhook-timestamp'),
        signature: header(request, 'webhook-signature'),
    }, context.keys, Math.floor(context.clock.now().getTime() / 1000), context.toleranceSeconds);
    if (!verification.ok)
        return reject(verification.status, verification.rejection, verification.reason);
    const text = read.body.toString('utf8');
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return reject(400, 'malformed-body', `the body is not JSON: ${(0,errors/* errorMessage */.gJ)(error).slice(0, 120)}`);
    }
    const reading = readAlert(value);
    if (!reading.ok)
        return reject(422, 'not-an-alert', `not a faultline alert: ${reading.reason}`);
    if (reading.alert.id !== verification.id)
        return reject(400, 'id-mismatch', 'the body id differs from the webhook-id header');
    try {
        const result = await context.ingestor.ingest({
            webhookId: verification.id,
            bodySha256: (0,external_node_crypto_.createHash)('sha256').update(read.body).digest('hex'),
            body: text,
            alert: reading.alert,
            receivedAt: context.clock.now(),
        });
        if (result.kind === 'conflict')
            return reject(409, 'conflict', 'this webhook-id was already stored with a different body');
        metrics.inc('faultline_serve_webhooks_total', { outcome: result.kind });
        replyJson(response, 200, {
            status: result.kind,
            id: verification.id,
            ...(result.kind === 'duplicate' ? { storedAt: result.receivedAt } : {}),
        });
    }
    catch (error) {
        metrics.inc('faultline_serve_webhooks_total', { outcome: 'store-error' });
        context.log.error(`storing ${verification.id} failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
        replyJson(response, 503, { status: 'error', reason: 'the event could not be stored; retry' }, { 'retry-after': '5' });
    }
}

;// CONCATENATED MODULE: ./src/serve/server.ts






function html(response, status, body) {
    response.writeHead(status, { ...PAGE_HEADERS, 'content-length': Buffer.byteLength(body) });
    response.end(body);
}
function route(request) {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/webhook' || path === '/' || path === '/healthz' || path === '/metrics')
        return path;
    if (path.startsWith('/fingerprints/'))
        return '/fingerprints/:fingerprint';
    return 'unknown';
}
async function dispatch(request, response, context, name) {
    const method = request.method ?? 'GET';
    const reading = method === 'GET' || method === 'HEAD';
    if (name === '/webhook') {
        if (method !== 'POST')
            return replyJson(response, 405, { status: 'rejected', reason: 'use POST' }, { allow: 'POST' });
        return handleWebhook(request, response, context);
    }
    if (name === 'unknown')
        return replyJson(response, 404, { status: 'not found' });
    if (!reading)
        return replyJson(response, 405, { status: 'rejected', reason: 'read-only' }, { allow: 'GET, HEAD' });
    if (name === '/healthz') {
        context.db.get('SELECT 1');
        return replyJson(response, 200, { status: 'ok' });
    }
    if (name === '/metrics') {
        const body = context.metrics.render(storeCounts(context.db), context.clock.now().getTime());
        response.writeHead(200, {
            'content-type': METRICS_CONTENT_TYPE,
            'content-length': Buffer.byteLength(body),
        });
        return response.end(body);
    }
    if (name === '/') {
        return html(response, 200, renderIndex(listFingerprints(context.db), storeCounts(context.db)));
    }
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    let fingerprint;
    try {
        fingerprint = decodeURIComponent(path.slice('/fingerprints/'.length));
    }
    catch {
        return html(response, 404, renderNotFound());
    }
    const row = findFingerprint(context.db, fingerprint);
    if (!row)
        return html(response, 404, renderNotFound());
    return html(response, 200, renderDetail(row, latestOccurrences(context.db, fingerprint)));
}
function createServeServer(context) {
    const server = (0,external_node_http_.createServer)((request, response) => {
        const name = route(request);
        response.once('finish', () => context.metrics.inc('faultline_serve_http_requests_total', {
            route: name,
            status: String(response.statusCode),
        }));
        dispatch(request, response, context, name).catch((error) => {
            context.log.error(`${request.method} ${name} failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
            if (!response.headersSent)
                replyJson(response, 500, { status: 'error', reason: 'internal error' });
            else
                response.destroy();
        });
    });
    // A slow sender may not hold a socket for ever (slowloris); a webhook body arrives in seconds.
    server.headersTimeout = 10_000;
    server.requestTimeout = 30_000;
    server.keepAliveTimeout = 5_000;
    server.maxHeadersCount = 100;
    return server;
}

;// CONCATENATED MODULE: ./src/serve/serve.ts









// The kernel caps this (net.core.somaxconn); a burst of a thousand connects must not overflow it.
const LISTEN_BACKLOG = 4096;
async function startServe(config, deps) {
    const { db, close: closeDatabase } = await openDatabase(config.dataDir);
    const metrics = new Metrics(deps.clock.now().getTime());
    const endpoints = config.forward.endpoints;
    const forwarder = new Forwarder(db, endpoints, {
        fetch: deps.fetch,
        clock: deps.clock,
        log: deps.log,
        redact: (0,log/* makeRedactor */.$u)(config.masked),
        ...(deps.random ? { random: deps.random } : {}),
        ...(deps.httpPolicy ? { httpPolicy: deps.httpPolicy } : {}),
    }, deps.outboxPolicy ?? DEFAULT_OUTBOX_POLICY, (result) => metrics.inc('faultline_serve_forwards_total', { result }));
    let ingestor;
    let ndjson;
    try {
        ndjson = config.ndjson ? new NdjsonLog(config.ndjson) : undefined;
        ingestor = new Ingestor(db, planForwards(endpoints), () => forwarder.wake(), (events) => {
            try {
                ndjson?.append(events);
            }
            catch (error) {
                deps.log.error(`could not append to ${config.ndjson}: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        });
    }
    catch (error) {
        closeDatabase();
        throw error;
    }
    const server = createServeServer({
        db,
        keys: signingKeys(config.secrets),
        toleranceSeconds: config.toleranceSeconds,
        maxBodyBytes: config.maxBodyBytes,
        clock: deps.clock,
        ingestor,
        metrics,
        log: deps.log,
    });
    try {
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen({ port: config.port, host: config.host, backlog: LISTEN_BACKLOG }, () => {
                server.off('error', reject);
                resolve();
            });
        });
    }
    catch (error) {
        ingestor.close();
        ndjson?.close();
        closeDatabase();
        throw error;
    }
    forwarder.start();
    const { port } = server.address();
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    return {
        url: `http://${host}:${port}`,
        port,
        async close() {
            await new Promise((resolve) => {
                server.close(() => resolve());
                server.closeIdleConnections();
            });
            await forwarder.stop();
            ingestor.close();
            ndjson?.close();
            closeDatabase();
        },
    };
}

;// CONCATENATED MODULE: ./src/serve/command.ts


/** `faultline serve` in a terminal or a service manager: runs until SIGINT or SIGTERM, then closes cleanly. */
async function serveUntilSignal(config, deps) {
    const handle = await startServe(config, deps);
    deps.log.info(`faultline serve: listening on ${handle.url} (POST /webhook, GET /, /healthz, /metrics); ` +
        `data in ${config.dataDir}/${DATABASE_FILE}; ${config.secrets.length} secret(s); ` +
        `${config.forward.endpoints.length} forward endpoint(s)`);
    const signal = await new Promise((resolve) => {
        process.once('SIGINT', () => resolve('SIGINT'));
        process.once('SIGTERM', () => resolve('SIGTERM'));
    });
    deps.log.info(`faultline serve: ${signal}, closing`);
    await handle.close();
}


/***/ })

};
