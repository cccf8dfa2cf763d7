// appcheck's JavaScript API: mountAppCheck() for a container of the page's own,
// check() for programs, and the <app-check> custom element, defined by
// defineAppCheck() (what app-check.js does). The widget itself is Rust (src/web/,
// compiled to the Wasm module); this file only starts it and hands it where to look
// (widget.js, shared with the site's own page). Nothing the employee types is passed
// through here.
//
// Importing this module touches no DOM (no element is defined, nothing is fetched), so
// it can be imported anywhere: a page, a Web Worker, Node (see appcheck.node.js), a
// server-side render.
import __wbg_init, { initSync as initGlueSync, mount, check as checkInWasm, set_worker_start, set_languages, load_language, add_language } from '../pkg/appcheck.js';
import { LANGUAGES, ATTRIBUTES, starter, mountWith } from './widget.js';

const loaded = starter(__wbg_init, set_worker_start, set_languages);

/**
 * Loads the Wasm module once. `wasm` may name another place for the module (a URL,
 * a Response, bytes or a WebAssembly.Module); by default it sits next to pkg/appcheck.js.
 */
export function start(wasm) {
  return loaded.start(wasm);
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
  loaded.startSync(initGlueSync, bytes);
}

/** Renders the widget into `target`; its options are {@link mountWith}'s. Never rejects. */
export function mountAppCheck(target, options = {}) {
  return mountWith({ start, mount, set_worker_start }, target, options);
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
