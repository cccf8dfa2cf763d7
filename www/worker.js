// Checks a long pasted list off the page's main thread, so the page never freezes on
// a help desk's 100,000-row export. The same Wasm module as the page; the request
// comes from the page and the report goes back to it — nothing leaves the browser.
//
// The page sends the policy once per version (`prepare` loads and indexes it once),
// then only lists, which cross into the module as the strings they are
// (`check_prepared`). The answer comes back in pieces the page can draw one task at a
// time: the head (the overall answer, how the list was read, the apps the policy does
// not name, the notes) and the other findings in chunks of CHUNK.
import init, { prepare, check_prepared, policy_loads } from '../pkg/appcheck.js';

const ready = init();
const CHUNK = 50;

self.onmessage = async ({ data }) => {
  await ready;
  const { id, policy, list, context, now, keep } = data;
  if (policy !== undefined && !prepare(policy)) {
    self.postMessage({ id, failed: true });
    return;
  }
  const response = JSON.parse(check_prepared(list, context, now, keep));
  if (response.status !== 'success') {
    self.postMessage({ id, failed: true });
    return;
  }
  const { report } = response;
  const named = report.findings.filter((f) => f.outcome !== 'not_covered');
  report.findings = report.findings.filter((f) => f.outcome === 'not_covered');
  const chunks = [];
  for (let i = 0; i < named.length; i += CHUNK) chunks.push(JSON.stringify(named.slice(i, i + CHUNK)));
  self.postMessage({ id, head: JSON.stringify(report), chunks, loads: policy_loads() });
};
