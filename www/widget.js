// How the widget starts, whichever Wasm module draws it: appcheck.js's mountAppCheck()
// with the module that checks (pkg/appcheck.js), and the site's own page (app.js) with
// its page module (pkg/page.js), which shows the policy and sends every list to the
// Web Worker (worker.js, with the module that checks). Neither glue is imported here.
// Importing this module touches no DOM.

// The interface's words in German, French and Spanish: the Wasm module carries English
// only, and fetches the reader's language from its file (written by `appcheck build`)
// before drawing in it. Found relative to this module, as the Wasm module is (literal
// URLs, which bundlers follow and the build renames with the files).
export const LANGUAGES = {
  de: new URL('../i18n/de.json', import.meta.url),
  fr: new URL('../i18n/fr.json', import.meta.url),
  es: new URL('../i18n/es.json', import.meta.url),
};

/** The language files' URLs as the module takes them. */
function languageFiles() {
  return Object.fromEntries(Object.entries(LANGUAGES).map(([tag, url]) => [tag, url.href]));
}

// Where the widget finds the site's files when the page names none: next to the site
// this module is published in (…/www/widget.js → …/trust.json), not next to the host
// page, which may be on another origin. `null` in the npm package (its build says so):
// there the host page's folder is the default. (Not `new URL('../…', import.meta.url)`
// literally: bundlers would try to bundle a file that is not theirs.)
const SITE_FILES = '../';
const SITE = SITE_FILES === null ? null : new URL(SITE_FILES, import.meta.url).href;
const DEFAULTS = { index: 'policies/index.json', trust: 'trust.json', site: 'site.json' };

export const ATTRIBUTES = { index: 'index', policy: 'policy', signature: 'signature', trust: 'trust', site: 'site', lang: 'lang' };

// Why the widget could not start, for whoever can mend it: the browser (no WebAssembly),
// the page around it (its CSP), the site (a file missing), or the module itself.
const FAILED = {
  browser: "This browser cannot run the checker (WebAssembly is off or missing), so it can't tell you anything. Try a current browser, or ask your IT help desk.",
  page: "This page does not let the checker run (its Content-Security-Policy lacks 'wasm-unsafe-eval'), so it can't tell you anything. Tell your IT help desk.",
  files: "The checker's files could not be loaded from this site, so it can't tell you anything. Reload the page; if it happens again, tell your IT help desk.",
  stopped: "The checker stopped with an error, so it can't tell you anything. Reload the page; if it happens again, tell your IT help desk.",
};

function loadFailure(error) {
  if (typeof WebAssembly !== 'object') return FAILED.browser;
  return /unsafe-eval|Content Security Policy/i.test(String(error?.message ?? error)) ? FAILED.page : FAILED.files;
}

// Says why in `target`, under the policy's state the build wrote (still true).
function failed(target, error, said) {
  const built = target.querySelector(':scope > .first-response');
  target.textContent = '';
  if (built) target.append(built);
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.className = 'error';
  p.textContent = said;
  target.append(p);
  console.error(error);
}

/**
 * The Web Worker long lists are checked in, started by `make` when the first long list
 * comes (the widget calls this). When none can start (the page's CSP, an old browser)
 * it says so in the console, and the widget checks in the page instead (or, with the
 * site's page module, which checks nothing itself, says that it cannot check).
 */
function workerStart(make) {
  const warn = (why) => console.warn(`appcheck: the Web Worker for long lists could not start or failed (${why}), so long lists are checked in the page, which pauses it while they are read. Allow the widget's origin in the page's worker-src (or script-src), or pass worker: false.`);
  return () => {
    try {
      const worker = make();
      worker.addEventListener('error', (event) => warn(event.message || 'its script did not load'), { once: true });
      return worker;
    } catch (error) {
      warn(error.message);
      return null;
    }
  };
}

/**
 * The literal `new Worker(new URL('./worker.js', import.meta.url), { type: 'module' })`
 * is what Vite and webpack bundle with its imports. A module on another origin than the
 * page (the two-line embed across origins) cannot start a worker from its own URL: a
 * same-origin `blob:` script that imports it does.
 */
function siteWorker() {
  // Not decided by comparing import.meta.url's origin with the page's: webpack makes
  // import.meta.url the source file's file: URL, while it rewrites this literal to
  // its own worker file. Across origins, the constructor throws a SecurityError.
  try {
    return new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  } catch (error) {
    if (error?.name !== 'SecurityError') throw error;
    const script = `import ${JSON.stringify(new URL('./worker.js', import.meta.url).href)};\n`;
    return new Worker(URL.createObjectURL(new Blob([script], { type: 'text/javascript' })), { type: 'module' });
  }
}

const startWorker = workerStart(siteWorker);

/**
 * A `start(wasm)` for one wasm-bindgen glue (`init`, and its `set_worker_start` and
 * `set_languages`): loads its module once, then hands it the worker's start and the
 * language files; `startSync(initSync, bytes)` does the same at once from the bytes.
 */
export function starter(init, set_worker_start, set_languages) {
  let started;
  const ready = () => {
    set_worker_start(startWorker);
    set_languages(languageFiles());
  };
  return {
    start(wasm) {
      started ??= init(wasm === undefined ? undefined : { module_or_path: wasm }).then(ready);
      return started;
    },
    startSync(initSync, bytes) {
      if (started !== undefined) return;
      initSync({ module: bytes });
      ready();
      started = Promise.resolve();
    },
  };
}

/**
 * Renders the widget into `target` with a wasm-bindgen glue's `start(wasm)` (its module
 * loaded once: {@link starter}), `mount` and `set_worker_start`: appcheck.js's
 * mountAppCheck() with the module that checks, the site's app.js with its page module.
 * Options (all optional):
 *   index     URL of the policy index (default policies/index.json of the site this module is in)
 *   policy    URL of one policy file, instead of an index
 *   signature URL of that policy's .sig file
 *   trust     URL of the site's trusted keys (default trust.json, as index)
 *   site      URL of the site configuration (default site.json, as index)
 *   lang      interface and policy language (default: the link's, then the browser's)
 *   files     { url: text } read instead of fetched (a page with everything inside it)
 *   wasm      where the Wasm module is, if not next to its glue (pkg/appcheck.js)
 *   worker    false: check long lists in the page, not in a Web Worker; or a function
 *             returning a new Worker of worker.js (the single file's; see its .d.ts)
 * URLs given are relative to the page. Resolves when the widget is ready; never
 * rejects (a failure is shown in `target`).
 */
export async function mountWith({ start, mount, set_worker_start }, target, options = {}) {
  for (const [option, name] of Object.entries(ATTRIBUTES)) {
    const value = options[option];
    if (value === undefined || value === null) continue;
    target.setAttribute(`data-${name}`, String(value));
  }
  // What the page does not name is the site's, found relative to this module.
  for (const [name, file] of Object.entries(DEFAULTS)) {
    if (SITE !== null && !target.hasAttribute(`data-${name}`)) target.setAttribute(`data-${name}`, new URL(file, SITE).href);
  }
  // The widget's own stylesheet rules apply inside this class only.
  target.classList.add('appcheck');
  // Long lists are checked in a Web Worker (startWorker; the widget falls back to
  // checking in the page where a worker cannot start, if its module checks at all);
  // with the page module, every list.
  if (options.worker !== false && !target.hasAttribute('data-worker')) {
    target.setAttribute('data-worker', 'module');
  }
  try {
    await start(options.wasm);
  } catch (error) {
    failed(target, error, loadFailure(error));
    return;
  }
  try {
    if (typeof options.worker === 'function') set_worker_start(workerStart(options.worker));
    await mount(target, options.files ?? undefined);
    target.dataset.ready = 'true';
    target.dispatchEvent(new CustomEvent('appcheck-ready', { bubbles: true, composed: true }));
  } catch (error) {
    failed(target, error, FAILED.stopped);
  }
}
