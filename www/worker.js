// Checks a long pasted list off the page's main thread, so the page never freezes on
// a help desk's 100,000-row export. The same Wasm module as the page; the request
// comes from the page and the report goes back to it — nothing leaves the browser.
//
// The page sends the policy once per version (`prepare` loads and indexes it once),
// then only lists, which cross into the module as the strings they are
// (`check_prepared`). The answer is the check's report object, posted back as it is
// (a structured clone): the page reads it into its typed report, never from JSON text.
import init, { prepare, check_prepared, policy_loads } from '../pkg/appcheck.js';

const ready = init();

self.onmessage = async ({ data }) => {
  await ready;
  const { id, policy, list, context, now, keep } = data;
  if (policy !== undefined && !prepare(policy)) {
    self.postMessage({ id, failed: true });
    return;
  }
  const response = check_prepared(list, context, now, keep);
  if (response?.status !== 'success') {
    self.postMessage({ id, failed: true });
    return;
  }
  self.postMessage({ id, report: response.report, loads: policy_loads() });
};
