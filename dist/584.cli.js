export const id = 584;
export const ids = [584];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _octokit_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4730);
/* harmony import */ var _octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3779);
/* harmony import */ var _octokit_plugin_rest_endpoint_methods__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9210);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6856);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2203);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(bottleneck__WEBPACK_IMPORTED_MODULE_0__);






// The client: Octokit's core with REST endpoint methods and pagination (what @actions/github's
// getOctokit builds, without the proxy layer that brings in undici: we pass our own fetch) and
// the official retry and throttling plugins. Throttling keeps writes spaced as GitHub asks (1 s apart,
// 3 s for writes that notify) and waits out primary and secondary rate limits; retry covers
// 5xx on idempotent requests. Issue creation turns retries off: a retried POST can duplicate.
const FaultlineOctokit = _octokit_core__WEBPACK_IMPORTED_MODULE_1__/* .Octokit */ .E.plugin(_octokit_plugin_rest_endpoint_methods__WEBPACK_IMPORTED_MODULE_2__/* .restEndpointMethods */ ._, _octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_3__/* .paginateRest */ .ud, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
/** A throttling handler that retries a few times when the wait is short, then gives up softly. */
function limitHandler(kind, retries, maxWaitSeconds, log) {
    return (retryAfter, request, _, retryCount) => {
        const retry = retryCount < retries && retryAfter <= maxWaitSeconds;
        log.warn(`GitHub ${kind} on ${request.method} ${request.url}; ${retry ? `retrying in ${retryAfter} s` : 'giving up'}`);
        return retry;
    };
}
function createGitHubClient(options) {
    const spacing = options.writeSpacingMs;
    const groups = spacing === undefined
        ? {}
        : {
            write: new (bottleneck__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime: spacing }),
            notifications: new (bottleneck__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime: spacing }),
            search: new (bottleneck__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime: spacing }),
        };
    return new FaultlineOctokit({
        auth: options.token,
        baseUrl: options.baseUrl,
        request: { fetch: options.fetch },
        log: {
            debug: () => { },
            info: () => { },
            warn: (message) => options.log.debug(message),
            error: (message) => options.log.debug(message),
        },
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
        throttle: {
            ...groups,
            // Primary limit: wait once if the reset is near. Secondary: GitHub asks for a pause; retry twice.
            onRateLimit: limitHandler('rate limit', 1, 60, options.log),
            onSecondaryRateLimit: limitHandler('secondary rate limit', 2, 120, options.log),
        },
    });
}


/***/ })

};
