// The service worker: the page keeps working offline after one visit. `appcheck
// build` publishes it at the site's root, beside the page, so its scope is the page's
// folder wherever the site is served, and writes in the site's files (below).
//
// - The content-hashed assets (scripts, stylesheet, icon, the Wasm module) are cached
//   at install and served from the cache: a name is only ever one content.
// - The page and its data (the policy index, the policies and their signatures,
//   trust.json, site.json) are fetched from the network first, so a new policy
//   version or a withdrawal shows as soon as the device is online; the cache is only
//   the fallback when offline. Cached responses keep their original headers, so the
//   `Date` the page shows ("policy last refreshed") is when it was really fetched.
//
// It only ever answers GET requests for the site's own files, listed below (the page
// sends nothing else, and what the employee types or pastes never leaves the page);
// every other request is left to the browser.

// The site's files, written in by `appcheck build`.
const SITE = { version: 'unbuilt', assets: [], data: [] };

const SCOPE = self.registration.scope;
const PREFIX = `appcheck ${SCOPE} `;
const CACHE = `${PREFIX}${SITE.version}`;
const url = (path) => new URL(path, SCOPE).href;
const ASSETS = new Set(SITE.assets.map(url));
const DATA = new Set(SITE.data.map(url));
const PAGE = url('./');
const PAGE_FILE = url('index.html');
// Policies published after this build (a new file in policies/) are data too.
const POLICIES = url('policies/');

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // One file at a time, in the background: the page keeps the connections it needs.
    for (const path of SITE.assets) await cache.add(url(path));
    // The data as it is now, revalidated past any HTTP cache.
    for (const path of SITE.data) await cache.add(new Request(url(path), { cache: 'no-cache' }));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    // Older versions of this site's cache; other sites' caches on this origin stay.
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

/** The request's URL without its fragment (which never reaches a server anyway). */
const key = (request) => request.url.split('#')[0];

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(key(request));
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(key(request), response.clone());
  return response;
}

/** A page opened by a link: its URL without the query a mail program may add (`?utm_source=…`). */
const page = (request) => (request.mode === 'navigate' ? key(request).split('?')[0] : undefined);

async function networkFirst(request, as = key(request)) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await cache.put(as, response.clone());
    return response;
  } catch (offline) {
    const cached = await cache.match(as)
      ?? (request.mode === 'navigate' ? await cache.match(PAGE) : undefined);
    if (cached) return cached;
    throw offline;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const at = key(request);
  if (ASSETS.has(at)) {
    event.respondWith(cacheFirst(request));
  } else if (DATA.has(at) || at === PAGE_FILE || at.startsWith(POLICIES)) {
    event.respondWith(networkFirst(request));
  } else if (page(request) && (DATA.has(page(request)) || page(request) === PAGE || page(request) === PAGE_FILE)) {
    // The page asked for with a query: kept and found under its own address, not one per query.
    event.respondWith(networkFirst(request, page(request)));
  }
  // Anything else (the embedding example, another application on this origin) is
  // left to the browser: this worker neither sees nor keeps it.
});
