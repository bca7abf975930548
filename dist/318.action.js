export const id = 318;
export const ids = [318];
export const modules = {

/***/ 3318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseInWorker: () => (/* binding */ parseInWorker)
/* harmony export */ });
/* unused harmony exports fromWorkerInput, recordingLogger */
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _fingerprint_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6399);
/* harmony import */ var _failure_columns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6058);
/* harmony import */ var _failure_spill_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9255);




// Both sides of the parsing thread. Options cross as plain data; the report comes back with its
// failures as columns (the first few whole, the rest as places in the spill file this side
// opened), and this side makes the stand-ins.
/** Measured on the 1 GB benchmark: smaller promotes more to the old generation, larger is the problem. */
const YOUNG_GENERATION_MB = 48;
function toWorkerInput(options, resolved, spillFile) {
    const rules = options.fingerprint.rules.map(({ field, raw }) => ({ field, raw }));
    const fingerprint = { groupBy: options.fingerprint.groupBy, rules };
    // Only what parsing reads: the caller may pass its whole configuration, secrets and all.
    const { paths, format, cwd, workspace, inApp, spill } = options;
    return {
        paths: [...paths],
        format,
        cwd,
        workspace,
        fingerprint,
        ...(inApp ? { inApp } : {}),
        ...(spill ? { spill } : {}),
        spillFile,
        resolved,
    };
}
function fromWorkerInput({ spillFile: _file, resolved: _resolved, ...input }) {
    const rules = input.fingerprint.rules.map(({ field, raw }) => parseFingerprintRule(raw, field));
    return { ...input, fingerprint: { groupBy: input.fingerprint.groupBy, rules } };
}
/** A logger that keeps what it is told, for the other thread to replay. */
function recordingLogger(into) {
    const record = (level) => (message) => void into.push([level, message]);
    return { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') };
}
async function parseInWorker(file, options, resolved, log) {
    const spillFile = (0,_failure_spill_js__WEBPACK_IMPORTED_MODULE_3__/* .openSpillFile */ .VD)();
    const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(file, {
        workerData: toWorkerInput(options, resolved, spillFile),
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const spill = _failure_spill_js__WEBPACK_IMPORTED_MODULE_3__/* .FailureSpill */ .Ji.reader(spillFile);
    const output = await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the report parser stopped (exit code ${code})`)));
    });
    // Its heap goes back before this thread writes the report, which needs room of its own.
    await worker.terminate();
    for (const [level, message] of output.logs)
        log[level](message);
    const spilled = output.failures.fingerprints.length;
    log.debug(`Parsed in a worker thread; ${spilled} failure(s) wait in a temporary file until read`);
    spill.written(output.size);
    return { ...output.report, failures: (0,_failure_columns_js__WEBPACK_IMPORTED_MODULE_2__/* .failuresFrom */ .yT)(output.failures, spill) };
}


/***/ })

};
