// Type declarations for appcheck's JavaScript API (appcheck.js, made from the
// project's www/appcheck.js). The functions and the element below are written by hand,
// beside the JavaScript they describe; the request and response types are appended by
// `appcheck build`, generated from the Rust types they are serialised from (src/api.rs,
// src/evaluate.rs, src/report.rs; `appcheck types` prints them). The npm test compiles
// tests/e2e/types/example.ts against the result.

/** Where the Wasm module is, when not next to the package's appcheck_glue.js. */
export type WasmSource =
  | string
  | URL
  | Request
  | Response
  | PromiseLike<Response>
  | BufferSource
  | WebAssembly.Module;

/**
 * Loads the Wasm module, once (later calls return the first call's promise).
 * `wasm` may name another place for the module: a URL, a Response, its bytes or a
 * compiled WebAssembly.Module.
 */
export function start(wasm?: WasmSource): Promise<unknown>;

/** The same as {@link start}: for hosts that place the Wasm module themselves. */
export function init(wasm?: WasmSource): Promise<unknown>;

/**
 * Starts the Wasm module at once from its bytes or a compiled WebAssembly.Module (read
 * from disk, or inlined by a bundler). A module already started stays.
 */
export function initSync(bytes: BufferSource | WebAssembly.Module): void;

/**
 * Options of {@link mountAppCheck}; all optional. URLs are relative to the page. The
 * defaults are the site's files next to the module (`…/www/appcheck.js` →
 * `…/policies/index.json`) when it is served from an appcheck site, and next to the
 * page in this package.
 */
export interface MountOptions {
  /** URL of the policy index (default `policies/index.json`). */
  index?: string;
  /** URL of one policy file, instead of an index. */
  policy?: string;
  /** URL of that policy's signature (`.sig`) file. */
  signature?: string;
  /** URL of the site's trusted keys (default `trust.json`). */
  trust?: string;
  /** URL of the site configuration (default `site.json`). */
  site?: string;
  /** Interface and policy language, e.g. `de` (default: the link's, then the browser's). */
  lang?: string;
  /**
   * File contents by URL, read instead of fetched: a page with everything inside it
   * passes the index, policy, signature, trust.json and site.json here, by the same
   * URLs the options above (or their defaults) name.
   */
  files?: Record<string, string>;
  /** Where the Wasm module is, if not next to appcheck_glue.js. */
  wasm?: WasmSource;
  /**
   * `false`: check long lists in the page rather than in a Web Worker (`worker.js`
   * beside this module), e.g. where the page's CSP or a bundler keeps it from starting.
   * Or a function that returns a new Worker running `worker.js`, for a page that cannot
   * start it from its URL: its first message may be `{ wasm }` (the module, compiled or
   * as bytes), which the worker then uses instead of fetching `appcheck_bg.wasm`. A page
   * has one such worker: the last mount's function is used.
   */
  worker?: boolean | (() => Worker);
}

/**
 * Renders the widget into `target` (the widget's own elements replace its content).
 * Resolves when the widget is ready; never rejects: a failure is shown in `target`.
 */
export function mountAppCheck(target: Element, options?: MountOptions): Promise<void>;

/**
 * Checks a list against a policy without any page (in a page, a Web Worker or Node):
 * the same request and answer as `appcheck check --json`. Errors are data (`status:
 * "failure"`, with `source: "module"` when the Wasm module could not be loaded), never
 * exceptions: the promise never rejects.
 */
export function check(request: CheckRequest): Promise<CheckResponse>;

/**
 * `<app-check policy="policies/acme-mobile.json"></app-check>`: the widget in a
 * shadow root with its own stylesheet. Attributes: `policy`, `signature`, `index`,
 * `trust`, `site`, `lang` (as for {@link mountAppCheck}). Sets `data-ready` to
 * `"true"` when ready (`"false"` when it could not start). The class is made by
 * {@link defineAppCheck} (importing the package defines nothing and touches no DOM).
 */
export interface AppCheckElement extends HTMLElement {
  /** The element in the shadow root the widget is rendered into. */
  container?: HTMLDivElement;
  connectedCallback(): void;
  attributeChangedCallback(name: string, before: string | null, after: string | null): void;
  /** Renders again with the current attributes. */
  render(): void;
}

/** Defines `<app-check>` (or another name) once; returns the class registered under it. (`app-check.js` calls it.) */
export function defineAppCheck(name?: string): CustomElementConstructor | undefined;

declare global {
  interface HTMLElementTagNameMap {
    'app-check': AppCheckElement;
  }
  interface HTMLElementEventMap {
    /** Sent (bubbling, composed) by a mounted widget when it is ready. */
    'appcheck-ready': CustomEvent<null>;
  }
}

// The types of the check's request and response (CheckRequest, CheckResponse,
// Report, …) follow, generated from the Rust types by `appcheck build`.
