// The page's own script: mounts the widget into <main id="appcheck"> with the
// settings on that element (data-index, data-trust, data-site). Pages that embed
// the widget use www/appcheck.js directly (see www/example.html).
import { mountAppCheck } from './appcheck.js';

// In an iframe (SharePoint's Embed web part, Confluence's iframe macro, a page of the
// intranet's own): the page tells the page around it its height, so that the frame can
// be made as tall as the page and show no scrollbar of its own. The message is the
// height, a number, and nothing else — never a word of what was typed —, so it may go
// to whichever page frames this one ('*'); which pages may frame it at all is the
// server's `frame-ancestors` (pkg-config/hosting/).
if (window.parent !== window) {
  let sent = 0;
  new ResizeObserver(([entry]) => {
    const height = Math.ceil(entry.borderBoxSize[0].blockSize);
    if (height !== sent) window.parent.postMessage((sent = height), '*');
  }).observe(document.documentElement);
}

await mountAppCheck(document.getElementById('appcheck'));

// Offline after the first visit: the service worker `appcheck build` publishes beside
// this page (sw.js, in the page's folder, so it works under any path). It caches the
// site's own files only; a browser or host without one simply goes without.
if ('serviceWorker' in navigator && window.isSecureContext) {
  navigator.serviceWorker.register('sw.js').catch(() => {});
}
