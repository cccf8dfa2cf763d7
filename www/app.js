// The page's own script: mounts the widget into <main id="appcheck"> with the
// settings on that element (data-index, data-trust, data-site). Pages that embed
// the widget use www/appcheck.js directly (see www/example.html).
//
// This page draws the widget with its own Wasm module (pkg/page.js, built without the
// `checking` feature): the policy, its state and its questions, about half the bytes of
// the module that checks. Every list goes to the Web Worker (worker.js), which loads
// that module (pkg/appcheck.js) as soon as the widget is drawn, so that it is ready by
// the time a list is pasted.
import init, { mount, set_worker_start, set_languages } from '../pkg/page.js';
import { starter, mountWith } from './widget.js';

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

const main = document.getElementById('appcheck');
// `appcheck build` wrote a policy's state into the page (its first response). When the link
// names another policy, www/early.js hid it before the first paint (its class on the
// root): it goes now, and the widget opens the policy the link names.
const shown = main.querySelector('.first-response');
if (shown && document.documentElement.classList.contains('appcheck-other-policy')) {
  shown.remove();
  main.dataset.state = 'loading';
}
// The page as `appcheck build` wrote it (the policy's state, or "Loading the policy…")
// is painted before the Wasm module, most of the page's bytes, is asked for: on a phone's
// network the module would otherwise share the bandwidth with the stylesheet, and the
// first paint would wait on both. "Painted" is the browser's own first contentful paint
// (Paint Timing), reported once the frame is on the screen; a browser without it waits
// for a frame. A hidden tab paints nothing, so it does not wait; nor does any page for
// more than a second.
if (document.visibilityState !== 'hidden') {
  await new Promise((painted) => {
    setTimeout(painted, 1000);
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      requestAnimationFrame(() => setTimeout(painted));
      return;
    }
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) {
        observer.disconnect();
        painted();
      }
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}
await mountWith({ start: starter(init, set_worker_start, set_languages).start, mount, set_worker_start }, main);

// Offline after the first visit: the service worker `appcheck build` publishes beside
// this page (sw.js, in the page's folder, so it works under any path). It caches the
// site's own files only; a browser or host without one simply goes without.
if ('serviceWorker' in navigator && window.isSecureContext) {
  // (From a policy's own page, p/<id>.html, it is one folder up.)
  navigator.serviceWorker.register(main.dataset.policyId ? '../sw.js' : 'sw.js').catch(() => {});
}
