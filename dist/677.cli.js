export const id = 677;
export const ids = [677];
export const modules = {

/***/ 3677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   spawnCommand: () => (/* binding */ spawnCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);





function signalExitCode(signal) {
    const number = signal ? node_os__WEBPACK_IMPORTED_MODULE_3__.constants.signals[signal] : undefined;
    return number === undefined ? 1 : 128 + number;
}
const spawnCommand = async (commandLine, sinks) => {
    const folder = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), 'faultline-run-'));
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(folder, 'output.log');
    const copy = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(path);
    const [program = '', ...args] = commandLine;
    const exitCode = await new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, args, {
            cwd: sinks.cwd,
            env: sinks.env,
            stdio: ['inherit', 'pipe', 'pipe'],
        });
        child.stdout.on('data', (chunk) => {
            sinks.stdout(chunk);
            copy.write(chunk);
        });
        child.stderr.on('data', (chunk) => {
            sinks.stderr(chunk);
            copy.write(chunk);
        });
        child.on('error', (error) => {
            const message = `faultline: cannot run ${program}: ${error.message}\n`;
            sinks.stderr(Buffer.from(message));
            copy.write(message);
            resolve(127);
        });
        child.on('close', (code, signal) => resolve(code ?? signalExitCode(signal)));
    });
    await new Promise((resolve) => copy.end(resolve));
    return {
        exitCode,
        output: {
            path: `output of ${commandLine.join(' ')}`,
            open: () => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path),
        },
        dispose: () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(folder, { recursive: true, force: true }),
    };
};


/***/ })

};
