export const id = 872;
export const ids = [872];
export const modules = {

/***/ 4872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jobOfArtifact: () => (/* binding */ jobOfArtifact),
  matrixValues: () => (/* binding */ matrixValues),
  readWorkflowRun: () => (/* binding */ readWorkflowRun)
});

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/logs/registry.ts + 25 modules
var registry = __webpack_require__(7607);
// EXTERNAL MODULE: ./src/logs/scanner.ts + 2 modules
var scanner = __webpack_require__(2991);
;// CONCATENATED MODULE: ./src/logs/step-index.ts
// A GitHub Actions job log is one text for all steps; the jobs API gives each step's start
// time. Every log line starts with its timestamp, so the first line at or after a step's start
// is where that step's output begins. The index watches the bytes as they stream past the
// scanner and keeps one line number per step, never the lines.
const HEAD_BYTES = 40;
const TIMESTAMP = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.\d+)?Z/;
class StepIndex {
    pending;
    starts = [];
    line = 0;
    atLineStart = true;
    head = '';
    collecting = false;
    constructor(steps) {
        this.pending = steps
            .filter((step) => step.startedAt)
            .map((step) => ({ step, at: Date.parse(step.startedAt ?? '') }))
            .filter((entry) => Number.isFinite(entry.at))
            .sort((a, b) => a.at - b.at);
    }
    /** Passes the chunks through unchanged, noting where each step's output starts. */
    async *watch(chunks) {
        for await (const chunk of chunks) {
            this.observe(chunk);
            yield chunk;
        }
    }
    observe(chunk) {
        let from = 0;
        while (from < chunk.length) {
            if (this.atLineStart) {
                this.line++;
                this.atLineStart = false;
                this.head = '';
                this.collecting = this.pending.length > 0;
            }
            const newline = chunk.indexOf(10, from);
            const end = newline < 0 ? chunk.length : newline;
            // A line's timestamp may be split between two chunks: collect its first bytes first.
            if (this.collecting) {
                this.head += chunk
                    .subarray(from, Math.min(end, from + HEAD_BYTES - this.head.length))
                    .toString('latin1');
                if (this.head.length >= HEAD_BYTES || newline >= 0) {
                    this.collecting = false;
                    this.check(this.head);
                }
            }
            if (newline < 0)
                return;
            this.atLineStart = true;
            from = newline + 1;
        }
    }
    check(start) {
        const stamp = TIMESTAMP.exec(start)?.[1];
        if (!stamp)
            return;
        const at = Date.parse(`${stamp}Z`);
        while (this.pending.length > 0 && (this.pending[0]?.at ?? Number.POSITIVE_INFINITY) <= at) {
            const next = this.pending.shift();
            if (next)
                this.starts.push({ step: next.step, line: this.line });
        }
    }
    /** The step whose output holds this line, if the log carried timestamps. */
    stepAt(line) {
        let found;
        for (const start of this.starts) {
            if (start.line > line)
                break;
            found = start.step;
        }
        return found;
    }
}

// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/parsers/parser.ts
var parser = __webpack_require__(7449);
// EXTERNAL MODULE: ./src/parsers/registry.ts + 32 modules
var parsers_registry = __webpack_require__(2230);
;// CONCATENATED MODULE: ./src/sources/report-stream.ts




// A report that is not a file on disk: an entry inside a downloaded artifact. It is opened
// twice (once for the sniff, once for the parse) rather than buffered, so a big entry costs
// no memory.
const SNIFF_BYTES = 8192;
async function head(open) {
    const parts = [];
    let size = 0;
    for await (const chunk of open()) {
        parts.push(chunk);
        size += chunk.length;
        if (size >= SNIFF_BYTES)
            break;
    }
    return Buffer.concat(parts)
        .subarray(0, SNIFF_BYTES)
        .toString('utf8')
        .replace(/^\uFEFF/, '');
}
function textAndBytes(open) {
    return {
        async *[Symbol.asyncIterator]() {
            const decoder = new external_node_string_decoder_.StringDecoder('utf8');
            for await (const chunk of open()) {
                const text = decoder.write(chunk);
                if (text)
                    yield text;
            }
            const rest = decoder.end();
            if (rest)
                yield rest;
        },
        [parser/* RAW_BYTES */.ly]: open,
    };
}
/** Sniffs and parses one streamed report; undefined when it is no report format faultline reads. */
async function parseReportStream(path, open, format, workspace) {
    const start = await head(open);
    if (start.trim() === '')
        return undefined;
    const parser = format === 'auto' ? (0,parsers_registry/* detectParser */.FO)(start) : (0,parsers_registry/* parserByFormat */.kp)(format);
    if (!parser)
        return undefined;
    try {
        return { format: parser.format, ...(await parser.parse(textAndBytes(open), { path, workspace })) };
    }
    catch (error) {
        if (error instanceof errors/* ParseError */.mB)
            throw error;
        throw new errors/* ParseError */.mB(path, error instanceof Error ? error.message : String(error));
    }
}

// EXTERNAL MODULE: ./src/sources/source-info.ts
var source_info = __webpack_require__(7470);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./src/sources/zip.ts




const DEFAULT_ZIP_LIMITS = {
    maxEntries: 10_000,
    maxEntryBytes: 256 * 1024 * 1024,
    maxTotalBytes: 1024 * 1024 * 1024,
    maxRatio: 200,
};
/** Small files compress absurdly well (a 100 KB run of spaces): the ratio counts only past this size. */
const RATIO_GRACE_BYTES = 1024 * 1024;
class ZipError extends errors/* FaultlineError */.RO {
    name = 'ZipError';
}
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
/** Why a name is unsafe, or undefined. Checked on the decoded name, the one readers see. */
function unsafeEntryName(name) {
    if (name === '')
        return 'empty name';
    if (name.includes('\0'))
        return 'NUL in the name';
    if (name.includes('\\'))
        return 'backslash in the name';
    if (name.startsWith('/'))
        return 'absolute path';
    if (/^[a-zA-Z]:/.test(name))
        return 'drive letter';
    if (name.split('/').includes('..'))
        return 'parent directory (..) in the path';
    return undefined;
}
function skipReason(entry, name, limits) {
    const unsafe = unsafeEntryName(name);
    if (unsafe)
        return unsafe;
    if (entry.isEncrypted())
        return 'encrypted';
    if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK)
        return 'symbolic link';
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
        return `unsupported compression method ${entry.compressionMethod}`;
    if (entry.uncompressedSize > limits.maxEntryBytes)
        return `declared size ${entry.uncompressedSize} bytes is over the ${limits.maxEntryBytes}-byte limit`;
    return undefined;
}
function overRatio(inflated, compressed, limits) {
    return inflated > RATIO_GRACE_BYTES && inflated > Math.max(compressed, 1) * limits.maxRatio;
}
async function* inflate(zip, entry, where, limits, budget) {
    if (!budget.open)
        throw new ZipError(`${where}: opened after the archive was closed`);
    let stream;
    try {
        stream = await zip.openReadStreamPromise(entry);
    }
    catch (error) {
        throw new ZipError(`${where}: cannot read the entry (${(0,errors/* errorMessage */.gJ)(error)})`, { cause: error });
    }
    let bytes = 0;
    let checksum = 0;
    try {
        for await (const chunk of stream) {
            bytes += chunk.length;
            budget.inflated += chunk.length;
            if (bytes > limits.maxEntryBytes)
                throw new ZipError(`${where}: inflates past the ${limits.maxEntryBytes}-byte entry limit`);
            if (budget.inflated > limits.maxTotalBytes)
                throw new ZipError(`${where}: the archive inflates past the ${limits.maxTotalBytes}-byte limit`);
            if (overRatio(bytes, entry.compressedSize, limits))
                throw new ZipError(`${where}: inflates more than ${limits.maxRatio}:1, a zip bomb`);
            checksum = (0,external_node_zlib_.crc32)(chunk, checksum);
            yield chunk;
        }
    }
    catch (error) {
        if (error instanceof ZipError)
            throw error;
        // yauzl stops a stream at the first byte past the declared size: a lying header.
        if (/too many bytes/.test((0,errors/* errorMessage */.gJ)(error)))
            throw new ZipError(`${where}: inflates past its declared ${entry.uncompressedSize} bytes, a zip bomb`, {
                cause: error,
            });
        throw new ZipError(`${where}: corrupt data (${(0,errors/* errorMessage */.gJ)(error)})`, { cause: error });
    }
    finally {
        stream.destroy();
    }
    // yauzl checks the byte count against the declared size; the CRC is ours to check.
    if (checksum >>> 0 !== entry.crc32 >>> 0)
        throw new ZipError(`${where}: CRC-32 mismatch, the archive is corrupt`);
}
async function nextEntry(zip, label) {
    return new Promise((resolve, reject) => {
        const cleanup = () => {
            zip.off('entry', onEntry);
            zip.off('end', onEnd);
            zip.off('error', onError);
        };
        const onEntry = (entry) => {
            cleanup();
            resolve(entry);
        };
        const onEnd = () => {
            cleanup();
            resolve(undefined);
        };
        const onError = (error) => {
            cleanup();
            reject(new ZipError(`${label}: corrupt archive (${error.message})`, { cause: error }));
        };
        zip.on('entry', onEntry);
        zip.on('end', onEnd);
        zip.on('error', onError);
        zip.readEntry();
    });
}
/**
 * The archive's files, in central-directory order, each opened on demand. open() works while the
 * iteration is under way; after it ends (or breaks) the archive is closed and open() throws.
 */
async function* zipEntries(path, limits = DEFAULT_ZIP_LIMITS, options = {}) {
    const label = (0,external_node_path_.basename)(path);
    let zip;
    try {
        // Names are decoded here, not by yauzl: its checks abort the whole archive on one bad name.
        zip = await yauzl.openPromise(path, { autoClose: false, decodeStrings: false, validateEntrySizes: true });
    }
    catch (error) {
        throw new ZipError(`${label}: not a readable zip archive, or truncated (${(0,errors/* errorMessage */.gJ)(error)})`, {
            cause: error,
        });
    }
    const budget = { inflated: 0, open: true };
    try {
        if (zip.entryCount > limits.maxEntries)
            throw new ZipError(`${label}: ${zip.entryCount} entries, over the limit of ${limits.maxEntries}`);
        for (let entry = await nextEntry(zip, label); entry; entry = await nextEntry(zip, label)) {
            const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
            if (name.endsWith('/'))
                continue;
            const where = `${label}: ${name}`;
            // A bomb is refused whole, even when honest about its size: the archive is hostile.
            if (!unsafeEntryName(name) && overRatio(entry.uncompressedSize, entry.compressedSize, limits))
                throw new ZipError(`${where}: declares more than ${limits.maxRatio}:1 compression, a zip bomb`);
            const reason = skipReason(entry, name, limits);
            if (reason) {
                options.onSkip?.({ name, reason });
                continue;
            }
            const current = entry;
            yield { name, size: entry.uncompressedSize, open: () => inflate(zip, current, where, limits, budget) };
        }
    }
    finally {
        budget.open = false;
        zip.close();
    }
}

;// CONCATENATED MODULE: ./src/sources/workflow-run.ts








const FAILED = new Set(['failure', 'timed_out']);
function artifactMatcher(pattern) {
    const regex = /^\/(.+)\/([a-z]*)$/.exec(pattern);
    if (regex) {
        const compiled = new RegExp(regex[1] ?? '', regex[2]);
        return (name) => compiled.test(name);
    }
    return picomatch_default()(pattern, { dot: true });
}
/** "test (ubuntu-latest, 20)" → ["ubuntu-latest", "20"]: the values of a matrix leg, as GitHub names the job. */
function matrixValues(jobName) {
    const inner = /\(([^()]*)\)\s*$/.exec(jobName)?.[1];
    return inner
        ? inner
            .split(',')
            .map((value) => value.trim())
            .filter(Boolean)
        : [];
}
/** The job an artifact came from, when its name holds exactly one leg's matrix values (or the run has one job). */
function jobOfArtifact(artifact, jobs) {
    if (jobs.length === 1)
        return jobs[0];
    // Whole values only: leg "2" must not claim the artifact of leg "22".
    const holds = (value) => new RegExp(`(^|[^a-z0-9])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z0-9])`, 'i').test(artifact);
    const matches = jobs.filter((job) => {
        const values = matrixValues(job.name);
        return values.length > 0 && values.every(holds);
    });
    return matches.length === 1 ? matches[0] : undefined;
}
function jobOrigin(base, job) {
    if (!job)
        return base;
    return { ...base, job: job.name, jobId: job.id, runAttempt: job.runAttempt };
}
async function readArtifact(artifact, client, config, options, origin, into) {
    const label = `artifact ${artifact.name}`;
    if (artifact.expired)
        return void into.sources.push({ path: label, error: { message: 'expired; not triaged' } });
    if (artifact.sizeInBytes > config.maxArtifactBytes) {
        const mb = Math.ceil(artifact.sizeInBytes / 1024 / 1024);
        return void into.sources.push({
            path: label,
            error: { message: `${mb} MB is over max-artifact-mb; not triaged` },
        });
    }
    const download = await client.downloadArtifact(artifact, { maxZipBytes: config.maxArtifactBytes });
    try {
        const onSkip = ({ name, reason }) => into.sources.push({ path: `${artifact.name}/${name}`, error: { message: `skipped: ${reason}` } });
        for await (const entry of zipEntries(download.path, DEFAULT_ZIP_LIMITS, { onSkip })) {
            const path = `${artifact.name}/${entry.name}`;
            try {
                const parsed = await parseReportStream(path, () => entry.open(), options.format, options.workspace);
                if (!parsed)
                    continue;
                into.sources.push((0,source_info/* readSourceInfo */.OU)(path, parsed.format, parsed.notes));
                into.summary = (0,model/* addSummaries */.sH)(into.summary, parsed.summary);
                for (const failure of parsed.failures)
                    into.failures.push({ ...failure, origin: { ...origin, artifact: artifact.name } });
            }
            catch (error) {
                into.sources.push((0,source_info/* failedSourceInfo */.tS)(path, error));
            }
        }
    }
    finally {
        await download.dispose();
    }
}
async function readJobLog(job, client, options, into) {
    const path = `job log ${job.name}`;
    const index = new StepIndex(job.steps);
    const found = await (0,scanner/* scanLogStream */._Z)(index.watch(await client.jobLog(job.id)), registry/* logDetectors */.O, {
        path,
        workspace: options.workspace,
    });
    into.sources.push({ path, format: 'log' });
    for (const failure of found) {
        const step = index.stepAt(failure.source.line ?? 0);
        // A runtime error printed by a step that passed was handled (or printed on purpose).
        if (step && step.conclusion === 'success')
            continue;
        into.failures.push({
            ...failure,
            origin: { ...jobOrigin(options.base, job), ...(step ? { step: step.name } : {}) },
        });
    }
}
async function readWorkflowRun(config, client, options) {
    const into = { summary: (0,model/* emptySummary */.CB)(), sources: [], failures: [] };
    let jobs = [];
    try {
        jobs = await client.listJobs(config.runId);
    }
    catch (error) {
        into.sources.push((0,source_info/* failedSourceInfo */.tS)(`jobs of run ${config.runId}`, error));
    }
    // In the run this job belongs to, the jobs still running are this one and its peers.
    const running = config.ownRun ? [] : jobs.filter((candidate) => candidate.status !== 'completed');
    for (const job of running)
        into.sources.push({
            path: `job ${job.name}`,
            error: { message: `still ${job.status.replace(/_/g, ' ')}; not triaged` },
        });
    const wanted = artifactMatcher(config.artifacts);
    let artifacts = [];
    try {
        artifacts = (await client.listArtifacts(config.runId)).filter((artifact) => wanted(artifact.name));
    }
    catch (error) {
        into.sources.push((0,source_info/* failedSourceInfo */.tS)(`artifacts of run ${config.runId}`, error));
    }
    for (const artifact of artifacts) {
        const origin = jobOrigin(options.base, jobOfArtifact(artifact.name, jobs));
        try {
            await readArtifact(artifact, client, config, options, origin, into);
        }
        catch (error) {
            into.sources.push((0,source_info/* failedSourceInfo */.tS)(`artifact ${artifact.name}`, error));
        }
    }
    if (config.jobLogs) {
        for (const job of jobs.filter((candidate) => candidate.status === 'completed' && FAILED.has(candidate.conclusion ?? ''))) {
            try {
                await readJobLog(job, client, options, into);
            }
            catch (error) {
                into.sources.push((0,source_info/* failedSourceInfo */.tS)(`job log ${job.name}`, error));
            }
        }
    }
    options.log.info(`Run ${config.runId}: ${jobs.length} job(s), ${artifacts.length} artifact(s) read, ${into.failures.length} failure(s) found`);
    return into;
}


/***/ })

};
