// The page's own script: mounts the widget into <main id="appcheck"> with the
// settings on that element (data-index, data-trust, data-site). Pages that embed
// the widget use www/appcheck.js directly (see www/example.html).
import { mountAppCheck } from './appcheck.js';

await mountAppCheck(document.getElementById('appcheck'));

// Offline after the first visit: the service worker `appcheck build` publishes beside
// this page (sw.js, in the page's folder, so it works under any path). It caches the
// site's own files only; a browser or host without one simply goes without.
if ('serviceWorker' in navigator && window.isSecureContext) {
  navigator.serviceWorker.register('sw.js').catch(() => {});
}
