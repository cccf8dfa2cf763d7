// The package's entry for Node (and server-side renders, Deno, Bun: the `node`
// condition of package.json's exports): the same API as appcheck.js, whose import
// touches no DOM, with the Wasm module read from disk, since Node cannot fetch a
// file: URL. check() works here; mountAppCheck() and defineAppCheck() need a page.
import { readFileSync } from 'node:fs';
import { start as startWith, initSync as initSyncWith, check as checkStarted, notStarted, withLanguage } from './appcheck.js';

export * from './appcheck.js';

const WASM = new URL('./appcheck_bg.wasm', import.meta.url);
let read = false;

/** Loads the Wasm module once: from disk, unless `wasm` names another. */
export function start(wasm) {
  if (wasm !== undefined) return startWith(wasm);
  try {
    if (!read) initSync(readFileSync(WASM));
    return startWith();
  } catch (error) {
    return Promise.reject(error);
  }
}

/** Starts the Wasm module at once from its bytes (or a compiled WebAssembly.Module). */
export function initSync(bytes) {
  initSyncWith(bytes);
  read = true;
}

/** The same as {@link start}. */
export function init(wasm) {
  return start(wasm);
}

/** The check without any page; never rejects (see appcheck.js). */
export async function check(request) {
  try {
    await start();
  } catch (error) {
    return notStarted(error);
  }
  // The request's language from its file beside this one (Node cannot fetch a file: URL).
  await withLanguage(request, (url) => readFileSync(url, 'utf8'));
  return checkStarted(request);
}
