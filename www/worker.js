// Checks a long pasted list off the page's main thread, so the page never freezes on
// a help desk's 100,000-row export. The same Wasm module as the page; the request
// comes from the page and the report goes back to it — nothing leaves the browser.
import init, { check_json } from '../pkg/appcheck.js';

const ready = init();

self.onmessage = async ({ data }) => {
  await ready;
  self.postMessage({ id: data.id, response: check_json(data.request) });
};
