// Loaded by the benchmark into the page (served under /bench/): finds the Wasm glue of
// the module that checks, whatever its file is called (`pkg/checker.js`, or with a
// content hash), by the imports the page's own scripts name: the page loaded
// `www/widget*.js`, which starts `www/worker*.js`, which imports that glue. The page's
// own module (`pkg/page*.js`) checks nothing; the benchmark imports the worker's into
// the page, as a program calling the module would.

/** The URL that the script at `url` names in the first group of `pattern`, resolved. */
async function named(url, pattern, what) {
  const spec = (await (await fetch(url)).text()).match(pattern)?.[1];
  if (!spec) throw new Error(`${url} names no ${what}`);
  return new URL(spec, url).href;
}

export async function appcheck() {
  const widget = /\/www\/widget(\.[0-9a-f]+)?\.js$/;
  const entry = performance.getEntriesByType('resource').find((e) => widget.test(new URL(e.name).pathname));
  if (!entry) throw new Error('the page loaded no www/widget*.js');
  const worker = await named(entry.name, /new URL\('(\.\/worker[^']*\.js)', import\.meta\.url\)/, 'worker');
  const glue = await import(await named(worker, /from\s+'([^']*pkg\/checker[^']*\.js)'/, 'glue of the module that checks'));
  // Its module started once in this page (its glue keeps it: a second call returns it).
  await glue.default();
  return glue;
}

/** That module's linear memory in this page, in bytes (`init()` returns the module's exports). */
export async function wasmMemory() {
  const glue = await appcheck();
  return (await glue.default()).memory.buffer.byteLength;
}
