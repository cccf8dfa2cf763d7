// The single HTML file's bootstrap, in place of app.js (`appcheck build
// --single-file`): everything the widget needs is inside the file, so it fetches
// nothing and works opened from disk, a file share or an email attachment. The
// build puts the Wasm module (base64), the files the widget would fetch (the index,
// the policy and its signature, trust.json, site.json, by the URLs the <main> element
// names) and the long-list worker's script (worker.js with the glue joined in) into
// three data blocks beside this script. The worker starts from a blob: of that script
// (the file's CSP allows workers from blob: and nothing else) and is handed the module
// compiled here, so it fetches nothing either. It is a classic worker: a page opened
// from disk has no origin, and Chromium loads no module worker from its blob: URLs.
// Where the browser refuses it, the widget says why in the console and checks long
// lists in the page.
import { mountAppCheck } from './appcheck.js';

const data = (id) => document.getElementById(id).textContent;
const bytes = Uint8Array.from(atob(data('appcheck-wasm')), (c) => c.charCodeAt(0));
// Compiled once, for the page and the worker. (Bytes that do not compile go to
// mountAppCheck as they are, which shows its message.)
const wasm = await WebAssembly.compile(bytes).catch(() => bytes);
const script = URL.createObjectURL(new Blob([data('appcheck-worker')], { type: 'text/javascript' }));
function worker() {
  const started = new Worker(script);
  started.postMessage({ wasm });
  return started;
}
await mountAppCheck(document.getElementById('appcheck'), { files: JSON.parse(data('appcheck-files')), wasm, worker });
