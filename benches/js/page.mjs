// Loaded by the benchmark into the page (served under /bench/): finds the Wasm glue
// module the page itself loaded, whatever its file is called (`pkg/appcheck.js`, or
// with a content hash), so the benchmark calls the very module instance the page uses.
export async function appcheck() {
  const glue = /\/pkg\/appcheck(\.[0-9a-f]+)?\.js$/;
  const entry = performance.getEntriesByType('resource').find((e) => glue.test(new URL(e.name).pathname));
  if (!entry) throw new Error('the page loaded no pkg/appcheck*.js');
  return import(entry.name);
}

/** The Wasm module's linear memory, in bytes (`init()` returns the module's exports). */
export async function wasmMemory() {
  const glue = await appcheck();
  return (await glue.default()).memory.buffer.byteLength;
}
