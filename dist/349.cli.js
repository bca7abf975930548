export const id = 349;
export const ids = [349];
export const modules = {

/***/ 349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RunSourceError: () => (/* reexport */ RunSourceError),
  workflowRunClient: () => (/* binding */ workflowRunClient)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/github/workflow-run-errors.ts

// Errors of the workflow_run sources, worded for the person who reads the job log: what was
// refused, and what to change. Messages quote GitHub's own message but never a token or a
// download URL: those carry a signature that grants access until it expires.
/** A run's jobs, logs or artifacts that could not be read. `status` is GitHub's HTTP status. */
class RunSourceError extends errors/* FaultlineError */.RO {
    status;
    name = 'RunSourceError';
    constructor(message, status, options) {
        super(message, options);
        this.status = status;
    }
}
/** GitHub's message, first line only, without the documentation link Octokit appends. */
function said(error) {
    const first = (error.message ?? '').split('\n')[0] ?? '';
    return first.replace(/ - https?:\/\/\S+$/, '').slice(0, 300);
}
/** Turns an Octokit error for `what` ("listing the jobs of run 5") into a RunSourceError. */
function runSourceError(error, what) {
    if (error instanceof RunSourceError)
        return error;
    const failure = (error ?? {});
    const status = typeof failure.status === 'number' ? failure.status : undefined;
    const message = said(failure) || String(error);
    const options = { cause: error };
    if (status === 403 && !/rate limit/i.test(message))
        return new RunSourceError([
            `GitHub refused ${what} (403: ${message}). The token needs actions: read.`,
            'Add this to the workflow that runs faultline:',
            '  permissions:',
            '    contents: read',
            '    actions: read',
        ].join('\n'), 403, options);
    if (status === 404)
        return new RunSourceError(`${what}: not found (404). It was deleted, or the token cannot see this repository.`, 404, options);
    if (status === 410)
        return new RunSourceError(`${what}: expired (410: ${message}). GitHub keeps logs and artifacts for the repository's retention period only.`, 410, options);
    if (status === undefined)
        return new RunSourceError(`${what} failed: ${message}`, undefined, options);
    return new RunSourceError(`${what} failed (${status}: ${message})`, status, options);
}

;// CONCATENATED MODULE: ./src/github/workflow-run-download.ts

// Job logs and artifact zips are served by a 302 from the API to short-lived signed URLs on
// another host ("expires after 1 minute", REST docs). The redirect is taken by hand: the API
// call carries the token, the download carries none, whatever the fetch in use does with
// Authorization on a cross-origin redirect. A link that expired before use is asked for again once.
/** Time for the API to answer with the redirect. */
const REDIRECT_TIMEOUT_MS = 30_000;
/** Time for a whole download: logs are paged at 8 MB, artifacts are bounded by the caller. */
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;
function fetchOf(client) {
    const configured = client.request.endpoint.DEFAULTS.request
        ?.fetch;
    return configured ?? fetch;
}
async function redirectTarget(client, route, parameters, what) {
    let response;
    try {
        response = await client.request(route, {
            ...parameters,
            request: {
                redirect: 'manual',
                parseSuccessResponseBody: false,
                signal: AbortSignal.timeout(REDIRECT_TIMEOUT_MS),
            },
        });
    }
    catch (error) {
        throw runSourceError(error, what);
    }
    await response.data?.cancel().catch(() => { });
    const location = response.headers.location;
    if (response.status >= 300 && response.status < 400 && typeof location === 'string')
        return location;
    throw new RunSourceError(`${what}: GitHub answered ${response.status} without a download link`, response.status);
}
async function* buffers(body, what) {
    try {
        for await (const chunk of body)
            yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
    catch (error) {
        // The cause is left out here too: a network error may quote the signed URL.
        throw new RunSourceError(`${what} failed: the download broke off (${error.name})`);
    }
    finally {
        await body.cancel().catch(() => { });
    }
}
/** Follows the API's redirect to the signed URL, without the token; answers once the headers are in. */
async function download(client, route, parameters, what) {
    const fetchImpl = fetchOf(client);
    for (let attempt = 1;; attempt += 1) {
        const target = await redirectTarget(client, route, parameters, what);
        let response;
        try {
            response = await fetchImpl(target, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
        }
        catch (error) {
            // The cause is left out: undici's errors can quote the signed URL.
            throw new RunSourceError(`${what} failed: the download did not start (${error.name})`);
        }
        if (response.ok && response.body) {
            const length = Number(response.headers.get('content-length') ?? Number.NaN);
            return { ...(Number.isFinite(length) ? { length } : {}), body: buffers(response.body, what) };
        }
        await response.body?.cancel().catch(() => { });
        // Storage refuses a link past its expiry with 403 (Azure) or 400; a fresh one is a request away.
        if ((response.status === 403 || response.status === 400) && attempt === 1)
            continue;
        throw new RunSourceError(`${what} failed: the download link GitHub gave was refused (${response.status}${attempt > 1 ? ', and a fresh one too' : ''})`, response.status);
    }
}

;// CONCATENATED MODULE: ./src/github/workflow-run.ts







// What a finished workflow run left behind, read through the REST API (needs actions: read):
// its jobs, its artifacts (zips of reports) and its job logs. Bodies are streamed, never held
// whole: a job log runs to many megabytes, an artifact to gigabytes.

const times = (item) => ({
    ...(item.started_at ? { startedAt: item.started_at } : {}),
    ...(item.completed_at ? { completedAt: item.completed_at } : {}),
});
/** Artifact names are the uploader's choice: keep the temp file's name plain. */
const fileName = (artifact) => `${artifact.name.replace(/[^\w.-]+/g, '_').slice(0, 100) || 'artifact'}.zip`;
/** Counts bytes on the way to disk and stops the copy past the limit. */
function bounded(limit, what) {
    let seen = 0;
    return async function* (chunks) {
        for await (const chunk of chunks) {
            seen += chunk.length;
            if (seen > limit)
                throw new RunSourceError(`${what}: more than the ${limit}-byte limit arrived`);
            yield chunk;
        }
    };
}
function workflowRunClient(client, owner, repo) {
    const repository = { owner, repo };
    return {
        async listJobs(runId) {
            const what = `listing the jobs of run ${runId} in ${owner}/${repo}`;
            try {
                const jobs = await client.paginate(client.rest.actions.listJobsForWorkflowRun, {
                    ...repository,
                    run_id: runId,
                    filter: 'latest',
                    per_page: 100,
                });
                return jobs.map((job) => ({
                    id: Number(job.id),
                    name: job.name,
                    status: job.status,
                    conclusion: job.conclusion,
                    runAttempt: job.run_attempt ?? 1,
                    ...times(job),
                    steps: (job.steps ?? []).map((step) => ({
                        name: step.name,
                        number: step.number,
                        conclusion: step.conclusion,
                        ...times(step),
                    })),
                }));
            }
            catch (error) {
                throw runSourceError(error, what);
            }
        },
        async listArtifacts(runId) {
            const what = `listing the artifacts of run ${runId} in ${owner}/${repo}`;
            try {
                const artifacts = await client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
                    ...repository,
                    run_id: runId,
                    per_page: 100,
                });
                return artifacts.map((artifact) => ({
                    id: Number(artifact.id),
                    name: artifact.name,
                    sizeInBytes: artifact.size_in_bytes,
                    expired: artifact.expired,
                }));
            }
            catch (error) {
                throw runSourceError(error, what);
            }
        },
        async downloadArtifact(artifact, limits) {
            const what = `downloading artifact "${artifact.name}" (id ${artifact.id})`;
            if (artifact.expired)
                throw new RunSourceError(`${what}: expired. GitHub keeps artifacts for the retention period only.`, 410);
            if (artifact.sizeInBytes > limits.maxZipBytes)
                throw new RunSourceError(`${what}: ${artifact.sizeInBytes} bytes, over the ${limits.maxZipBytes}-byte limit; not downloaded`);
            const { length, body } = await download(client, 'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', { ...repository, artifact_id: artifact.id, archive_format: 'zip' }, what);
            const folder = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'faultline-artifact-'));
            const dispose = () => (0,promises_.rm)(folder, { recursive: true, force: true });
            const path = (0,external_node_path_.join)(folder, fileName(artifact));
            try {
                if (length !== undefined && length > limits.maxZipBytes)
                    throw new RunSourceError(`${what}: the server announced ${length} bytes, over the ${limits.maxZipBytes}-byte limit`);
                await (0,external_node_stream_promises_.pipeline)(body, bounded(limits.maxZipBytes, what), (0,external_node_fs_.createWriteStream)(path, { flags: 'wx' }));
            }
            catch (error) {
                await body.return(undefined);
                await dispose();
                throw error instanceof RunSourceError ? error : runSourceError(error, what);
            }
            return { path, dispose };
        },
        async jobLog(jobId) {
            const { body } = await download(client, 'GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', { ...repository, job_id: jobId }, `reading the log of job ${jobId} in ${owner}/${repo}`);
            return body;
        },
    };
}


/***/ })

};
