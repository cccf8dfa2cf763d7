// Checks a pasted list off the page's main thread (every list, on the site's own page;
// a long one, where the widget is embedded), so the page never freezes on a help desk's
// 100,000-row export. Its Wasm module is the one that checks and draws nothing
// (pkg/checker.js, built with the `checking` feature alone); the request comes from the
// page and the report goes back to it — nothing leaves the browser.
//
// The module is the file beside the glue, fetched when the first message comes — or,
// when the page hands it over in that first message (`{ wasm }`: the single HTML file,
// which has no file to fetch and starts this worker from a blob: of its own text), the
// compiled module it posted (a structured clone), so nothing is fetched or compiled again.
// The page sends the policy once per version (`prepare` loads and indexes it once),
// then only lists, which cross into the module as the strings they are
// (`check_prepared`). The answer is the check's report object, posted back as it is
// (a structured clone): the page reads it into its typed report, never from JSON text.
// While an export of many devices is checked, the devices answered so far are posted
// as `{ id, progress: { done, total } }` (`check_prepared_reporting` says how often),
// for the page's progress bar; the page may stop this worker (Cancel) at any time.
// The module speaks English of its own: with a list in another language, the page sends
// that language's file as it loaded it (`{ language: { tag, text } }`, loaded once).
import init, { prepare, check_prepared_reporting, policy_loads, add_language } from '../pkg/checker.js';

let ready;

self.onmessage = async ({ data }) => {
  ready ??= init(data.wasm === undefined ? undefined : { module_or_path: data.wasm });
  if (data.list === undefined) return;
  const { id, policy, list, context, now, keep } = data;
  try {
    await ready;
  } catch (error) {
    // No module here: the page checks in itself.
    self.postMessage({ id, failed: true });
    throw error;
  }
  // The reader's language, which the module has only from its file: the page's.
  if (data.language !== undefined) add_language(data.language.tag, data.language.text);
  if (policy !== undefined && !prepare(policy)) {
    self.postMessage({ id, failed: true });
    return;
  }
  const progress = (done, total) => self.postMessage({ id, progress: { done, total } });
  const response = check_prepared_reporting(list, context, now, keep, progress);
  if (response?.status !== 'success') {
    self.postMessage({ id, failed: true });
    return;
  }
  self.postMessage({ id, report: response.report, loads: policy_loads() });
};
