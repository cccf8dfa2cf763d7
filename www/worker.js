// Checks a long pasted list off the page's main thread, so the page never freezes on
// a help desk's 100,000-row export. The same Wasm module as the page; the request
// comes from the page and the report goes back to it — nothing leaves the browser.
//
// The page sends the policy once per version (`prepare` loads and indexes it once),
// then only lists, which cross into the module as the strings they are
// (`check_prepared`). The answer is the check's report object, posted back as it is
// (a structured clone): the page reads it into its typed report, never from JSON text.
// While an export of many devices is checked, the devices answered so far are posted
// as `{ id, progress: { done, total } }` (`check_prepared_reporting` says how often),
// for the page's progress bar; the page may stop this worker (Cancel) at any time.
import init, { prepare, check_prepared_reporting, policy_loads } from '../pkg/appcheck.js';

const ready = init();

self.onmessage = async ({ data }) => {
  await ready;
  const { id, policy, list, context, now, keep } = data;
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
