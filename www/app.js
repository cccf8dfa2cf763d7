// The page's own script: mounts the widget into <main id="appcheck"> with the
// settings on that element (data-index, data-trust, data-site). Pages that embed
// the widget use www/appcheck.js directly (see www/example.html).
import { mountAppCheck } from './appcheck.js';

const main = document.getElementById('appcheck');
// `appcheck build` wrote a policy's state into the page (its first response): a link
// to another policy (`#policy=…`) must not show it as that one's while the widget loads.
const shown = main.querySelector('.first-response');
const linked = new URLSearchParams(location.hash.slice(1)).get('policy');
if (shown && linked && linked !== shown.dataset.policyId) {
  shown.remove();
  main.dataset.state = 'loading';
}
await mountAppCheck(main);

// Offline after the first visit: the service worker `appcheck build` publishes beside
// this page (sw.js, in the page's folder, so it works under any path). It caches the
// site's own files only; a browser or host without one simply goes without.
if ('serviceWorker' in navigator && window.isSecureContext) {
  // (From a policy's own page, p/<id>.html, it is one folder up.)
  navigator.serviceWorker.register(main.dataset.policyId ? '../sw.js' : 'sw.js').catch(() => {});
}
