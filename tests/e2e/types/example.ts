// How a TypeScript page uses the npm package: every export of appcheck.js, the
// request and response types of check(), and <app-check> in the DOM's tag map.
// Compiled with `tsc --noEmit` by tests/e2e/npm.test.mjs; the lines expected to be
// errors must stay errors, so the types cannot quietly become `any`.
import {
  start,
  init,
  initSync,
  mountAppCheck,
  check,
  defineAppCheck,
  type AppCheckElement,
  type CheckRequest,
  type CheckResponse,
  type Finding,
  type MountOptions,
  type Report,
} from 'appcheck';
import 'appcheck/app-check.js';

export async function page(policyText: string): Promise<string> {
  await start();
  await start(new URL('/assets/appcheck_bg.wasm', location.href));
  await init('/assets/appcheck_bg.wasm');
  initSync(new Uint8Array(8));

  const options: MountOptions = {
    index: 'policies/index.json',
    trust: 'trust.json',
    site: 'site.json',
    lang: 'de',
    files: { 'trust.json': '{"schema": 1, "allow_unsigned": true}' },
    worker: false,
  };
  const target = document.querySelector('#appcheck');
  if (target) await mountAppCheck(target, options);
  // @ts-expect-error: files are text by URL
  await mountAppCheck(document.body, { files: { 'trust.json': 1 } });

  const request: CheckRequest = {
    policy: policyText,
    list: 'TikTok\nSlack\n',
    context: { device: 'phone', ownership: 'company', services: { email: true }, region: 'US', confirmed: ['tiktk'] },
    now: new Date().toISOString(),
  };
  // @ts-expect-error: not a device appcheck knows
  const wrong: CheckRequest = { ...request, context: { device: 'fridge' } };
  void wrong;

  const response: CheckResponse = await check(request);
  if (response.status === 'failure') {
    return response.errors.map((e) => `${e.source}: ${e.message} (${e.help}) at ${e.pointer ?? '?'}:${e.line ?? 0}`).join('\n');
  }
  const report: Report = response.report;
  const remove: Finding[] = report.findings.filter((f) => f.outcome === 'remove');
  for (const finding of remove) {
    if (finding.matchedBy?.by === 'similar_name') console.log(finding.matchedBy.similarity.toFixed(0));
    console.log(finding.app?.name, finding.deadline?.text, finding.howToRemove?.map((s) => s.steps));
  }
  // @ts-expect-error: answers are a closed set
  if (report.overall.answer === 'maybe') return '';
  return `${report.policy.title} v${report.policy.version}: ${report.overall.message} (${report.overall.actOn}, ${report.readAs.format})`;
}

export function element(): AppCheckElement {
  defineAppCheck();
  defineAppCheck('my-app-check');
  const widget = document.createElement('app-check');
  widget.setAttribute('policy', 'policies/acme-mobile.json');
  widget.addEventListener('appcheck-ready', (event) => console.log(event.bubbles, widget.dataset.ready));
  widget.render();
  const found: AppCheckElement | null = document.querySelector('app-check');
  return found ?? widget;
}
