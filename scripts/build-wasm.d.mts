// Types for scripts/build-wasm.mjs, which the tests import.
export const SOURCE: string;
export const MODULE: string;
export function compileXmlScan(): Promise<Buffer>;
export function moduleText(wasm: Buffer): string;
