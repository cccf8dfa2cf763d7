// appcheck's JavaScript API: mountAppCheck() for a container of the page's own,
// check() for programs, and the <app-check> custom element, defined by
// defineAppCheck() (what app-check.js does). The widget itself is Rust (src/web/,
// compiled to the Wasm module); this file only starts it and hands it where to look.
// Nothing the employee types is passed through here.
//
// Importing this module touches no DOM (no element is defined, nothing is fetched), so
// it can be imported anywhere: a page, a Web Worker, Node (see appcheck.node.js), a
// server-side render.
import __wbg_init, { initSync as initGlueSync, mount, check as checkInWasm, set_worker_start, set_languages, load_language, add_language } from '../pkg/appcheck.js';

// The interface's words in German, French and Spanish: the Wasm module carries English
// only, and fetches the reader's language from its file (written by `appcheck build`)
// before drawing in it. Found relative to this module, as the Wasm module is (literal
// URLs, which bundlers follow and the build renames with the files).
const LANGUAGES = {
  de: new URL('../i18n/de.json', import.meta.url),
  fr: new URL('../i18n/fr.json', import.meta.url),
  es: new URL('../i18n/es.json', import.meta.url),
};

/** The language files' URLs as the module takes them. */
function languageFiles() {
  return Object.fromEntries(Object.entries(LANGUAGES).map(([tag, url]) => [tag, url.href]));
}

let started;

/**
 * Loads the Wasm module once. `wasm` may name another place for the module (a URL,
 * a Response, bytes or a WebAssembly.Module); by default it sits next to pkg/appcheck.js.
 */
export function start(wasm) {
  started ??= __wbg_init(wasm === undefined ? undefined : { module_or_path: wasm }).then(() => {
    set_worker_start(startWorker);
    set_languages(languageFiles());
  });
  return started;
}

/** The same as {@link start}: for hosts that place the Wasm module themselves. */
export function init(wasm) {
  return start(wasm);
}

/**
 * Starts the Wasm module at once from its bytes (or a compiled WebAssembly.Module),
 * e.g. read from disk or inlined by a bundler. A module already started stays.
 */
export function initSync(bytes) {
  if (started === undefined) {
    initGlueSync({ module: bytes });
    set_worker_start(startWorker);
    set_languages(languageFiles());
    started = Promise.resolve();
  }
}

// Where the widget finds the site's files when the page names none: next to the site
// this module is published in (…/www/appcheck.js → …/trust.json), not next to the host
// page, which may be on another origin. `null` in the npm package (its build says so):
// there the host page's folder is the default. (Not `new URL('../…', import.meta.url)`
// literally: bundlers would try to bundle a file that is not theirs.)
const SITE_FILES = '../';
const SITE = SITE_FILES === null ? null : new URL(SITE_FILES, import.meta.url).href;
const DEFAULTS = { index: 'policies/index.json', trust: 'trust.json', site: 'site.json' };

const ATTRIBUTES = { index: 'index', policy: 'policy', signature: 'signature', trust: 'trust', site: 'site', lang: 'lang' };

function failed(target, error) {
  target.textContent = '';
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.className = 'error';
  p.textContent = "The checker could not start in this browser, so it can't tell you anything. Please contact your IT help desk.";
  target.append(p);
  console.error(error);
}

/**
 * The Web Worker long lists are checked in, started by `make` when the first long list
 * comes (the widget calls this). When none can start (the page's CSP, an old browser)
 * it says so in the console, and the widget checks in the page instead.
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
 * Renders the widget into `target`. Options (all optional):
 *   index     URL of the policy index (default policies/index.json of the site this module is in)
 *   policy    URL of one policy file, instead of an index
 *   signature URL of that policy's .sig file
 *   trust     URL of the site's trusted keys (default trust.json, as index)
 *   site      URL of the site configuration (default site.json, as index)
 *   lang      interface and policy language (default: the link's, then the browser's)
 *   files     { url: text } read instead of fetched (a page with everything inside it)
 *   wasm      where the Wasm module is, if not next to pkg/appcheck.js
 *   worker    false: check long lists in the page, not in a Web Worker; or a function
 *             returning a new Worker of worker.js (the single file's; see its .d.ts)
 * URLs given are relative to the page. Resolves when the widget is ready; never
 * rejects (a failure is shown in `target`).
 */
export async function mountAppCheck(target, options = {}) {
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
  // checking in the page where a worker cannot start).
  if (options.worker !== false && !target.hasAttribute('data-worker')) {
    target.setAttribute('data-worker', 'module');
  }
  try {
    await start(options.wasm);
    if (typeof options.worker === 'function') set_worker_start(workerStart(options.worker));
    await mount(target, options.files ?? undefined);
    target.dataset.ready = 'true';
    target.dispatchEvent(new CustomEvent('appcheck-ready', { bubbles: true, composed: true }));
  } catch (error) {
    failed(target, error);
  }
}

/**
 * Checks a list against a policy without any page: the same request and answer as
 * `appcheck check --json`. `request` is { policy, list, context, now }. Never
 * rejects: a module that cannot start is an answer too (`status: "failure"`).
 */
export async function check(request) {
  try {
    await start();
  } catch (error) {
    return notStarted(error);
  }
  await withLanguage(request);
  return checkInWasm(request);
}

/**
 * Loads the file of the request's language before it is checked (not part of the API):
 * fetched next to this module, or read by `read(url)` (appcheck.node.js reads it from
 * disk). A language that cannot be loaded is answered in English; the console says why.
 */
export async function withLanguage(request, read) {
  const tag = String(request?.context?.language ?? '').split(/[-_]/)[0].toLowerCase();
  if (!Object.hasOwn(LANGUAGES, tag)) return;
  if (read === undefined) {
    await load_language(tag);
    return;
  }
  try {
    add_language(tag, await read(LANGUAGES[tag]));
  } catch (error) {
    console.warn(`appcheck: the interface's words in \`${tag}\` could not be read (${error?.message ?? error}), so the answer is in English.`);
  }
}

/** The answer when the Wasm module could not be loaded (for appcheck.node.js; not part of the API). */
export function notStarted(error) {
  return {
    status: 'failure',
    errors: [{
      source: 'module',
      message: `the checker's WebAssembly module could not be loaded: ${error?.message ?? error}`,
      help: 'serve appcheck_bg.wasm beside the module as application/wasm, or load it yourself with init(url) or initSync(bytes) first',
    }],
  };
}

/**
 * Defines <app-check> (or another name) once, and returns its class.
 *   <app-check policy="policies/acme-mobile.json"></app-check>
 * Attributes: policy, signature, index, trust, site, lang (as for mountAppCheck).
 * The widget lives in a shadow root with its own stylesheet: the page's styles do
 * not reach in, and the widget's do not leak out.
 */
export function defineAppCheck(name = 'app-check') {
  if (!customElements.get(name)) customElements.define(name, elementClass());
  return customElements.get(name);
}

let AppCheckElement;

/** The element's class, made on first use: HTMLElement exists only in a page. */
function elementClass() {
  AppCheckElement ??= class AppCheckElement extends HTMLElement {
    static observedAttributes = Object.values(ATTRIBUTES);

    connectedCallback() {
      if (this.shadowRoot) return;
      const shadow = this.attachShadow({ mode: 'open' });
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = new URL('./style.css', import.meta.url).href;
      this.container = document.createElement('div');
      this.container.className = 'appcheck';
      this.container.setAttribute('part', 'widget');
      shadow.append(link, this.container);
      this.render();
    }

    attributeChangedCallback(_name, before, after) {
      if (this.container && before !== after) this.render();
    }

    render() {
      const options = {};
      for (const name of Object.values(ATTRIBUTES)) {
        const value = this.getAttribute(name);
        if (value !== null) options[name] = value;
        else this.container.removeAttribute(`data-${name}`);
      }
      delete this.dataset.ready;
      mountAppCheck(this.container, options).then(() => {
        this.dataset.ready = this.container.dataset.ready ?? 'false';
      });
    }
  };
  return AppCheckElement;
}
