// appcheck's JavaScript API: the <app-check> custom element, mountAppCheck() for a
// container of the page's own, and check() for programs. The widget itself is Rust
// (src/web.rs, compiled to the Wasm module); this file only starts it and hands it
// where to look. Nothing the employee types is passed through here.
import init, { mount, check as checkInWasm } from '../pkg/appcheck.js';

let started;

/**
 * Loads the Wasm module once. `wasm` may name another place for the module (a URL,
 * a Response, bytes or a WebAssembly.Module); by default it sits next to pkg/appcheck.js.
 */
export function start(wasm) {
  started ??= init(wasm === undefined ? undefined : { module_or_path: wasm });
  return started;
}

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
 * Renders the widget into `target`. Options (all optional):
 *   index     URL of the policy index (default policies/index.json)
 *   policy    URL of one policy file, instead of an index
 *   signature URL of that policy's .sig file
 *   trust     URL of the site's trusted keys (default trust.json)
 *   site      URL of the site configuration (default site.json)
 *   lang      interface and policy language (default: the link's, then the browser's)
 *   files     { url: text } read instead of fetched (a page with everything inside it)
 *   wasm      where the Wasm module is, if not next to pkg/appcheck.js
 * Resolves when the widget is ready; never rejects (a failure is shown in `target`).
 */
export async function mountAppCheck(target, options = {}) {
  for (const [option, name] of Object.entries(ATTRIBUTES)) {
    const value = options[option];
    if (value === undefined || value === null) continue;
    target.setAttribute(`data-${name}`, String(value));
  }
  // Long lists are checked in a Web Worker beside this module (the widget falls back
  // to checking in the page where a worker cannot start).
  if (options.worker !== false && !target.hasAttribute('data-worker')) {
    target.setAttribute('data-worker', WORKER);
  }
  try {
    await start(options.wasm);
    await mount(target, options.files ?? undefined);
    target.dataset.ready = 'true';
    target.dispatchEvent(new CustomEvent('appcheck-ready', { bubbles: true, composed: true }));
  } catch (error) {
    failed(target, error);
  }
}

/**
 * Checks a list against a policy without any page: the same request and answer as
 * `appcheck check --json`. `request` is { policy, list, context, now }.
 */
export async function check(request) {
  await start();
  return checkInWasm(request);
}

const STYLES = new URL('./style.css', import.meta.url).href;
const WORKER = new URL('./worker.js', import.meta.url).href;

/**
 * <app-check policy="policies/acme-mobile.json"></app-check>
 * Attributes: policy, signature, index, trust, site, lang (as for mountAppCheck).
 * The widget lives in a shadow root with its own stylesheet: the page's styles do
 * not reach in, and the widget's do not leak out.
 */
export class AppCheckElement extends HTMLElement {
  static observedAttributes = Object.values(ATTRIBUTES);

  connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: 'open' });
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = STYLES;
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
}

/** Defines <app-check> (or another name) once. */
export function defineAppCheck(name = 'app-check') {
  if (!customElements.get(name)) customElements.define(name, AppCheckElement);
  return customElements.get(name);
}
