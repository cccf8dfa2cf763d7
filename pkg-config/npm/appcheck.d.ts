// Type declarations for appcheck's JavaScript API (appcheck.js, made from the
// project's www/appcheck.js). Written by hand: the request and response types mirror
// the Rust types they are serialised from (src/api.rs CheckRequest and
// CheckResponse, src/evaluate.rs Context, src/report.rs Report), so change them
// together. tests/e2e/types/example.ts must keep compiling against them.

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

/** Options of {@link mountAppCheck}; all optional. URLs are relative to the page. */
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
   */
  worker?: boolean;
}

/**
 * Renders the widget into `target` (the widget's own elements replace its content).
 * Resolves when the widget is ready; never rejects: a failure is shown in `target`.
 */
export function mountAppCheck(target: Element, options?: MountOptions): Promise<void>;

/**
 * Checks a list against a policy without any page: the same request and answer as
 * `appcheck check --json`. Errors are data (`status: "failure"`), never exceptions.
 */
export function check(request: CheckRequest): Promise<CheckResponse>;

/**
 * `<app-check policy="policies/acme-mobile.json"></app-check>`: the widget in a
 * shadow root with its own stylesheet. Attributes: `policy`, `signature`, `index`,
 * `trust`, `site`, `lang` (as for {@link mountAppCheck}). Sets `data-ready` to
 * `"true"` when ready (`"false"` when it could not start).
 */
export class AppCheckElement extends HTMLElement {
  static observedAttributes: string[];
  /** The element in the shadow root the widget is rendered into. */
  container?: HTMLDivElement;
  connectedCallback(): void;
  attributeChangedCallback(name: string, before: string | null, after: string | null): void;
  /** Renders again with the current attributes. */
  render(): void;
}

/** Defines `<app-check>` (or another name) once; returns the class registered under it. */
export function defineAppCheck(name?: string): CustomElementConstructor | undefined;

// --- the check: request ------------------------------------------------------------

export type Device = 'phone' | 'tablet' | 'computer';
export type Platform = 'ios' | 'android' | 'windows' | 'macos' | 'linux' | 'chromeos';
export type Ownership = 'company' | 'personal';
export type Service = 'email' | 'chat' | 'vpn' | 'files';

/** The employee's answers about the device; unanswered questions are left out. */
export interface CheckContext {
  device?: Device;
  platform?: Platform;
  ownership?: Ownership;
  /** Which company services the device reaches: `true` yes, `false` no. */
  services?: Partial<Record<Service, boolean>>;
  /** ISO 3166-1 alpha-2 code (`IN`), or anything else for "none of the policy's regions". */
  region?: string;
  /** The reader's language tag (`de`, `pt-BR`); texts fall back to the policy's. */
  language?: string;
  /** Possible matches confirmed ("yes, this is TikTok"), by what was pasted. */
  confirmed?: string[];
  /** Possible matches dismissed ("no, another app"), by what was pasted. */
  dismissed?: string[];
}

export interface CheckRequest {
  /** The policy file's text. */
  policy: string;
  /** The pasted list. */
  list: string;
  context?: CheckContext;
  /** The current time, RFC 3339 (`2020-07-10T12:00:00Z`). */
  now: string;
}

// --- the check: response -----------------------------------------------------------

export type CheckResponse =
  | { status: 'success'; report: Report }
  | { status: 'failure'; errors: CheckError[] };

/** Why a check gave no report. */
export interface CheckError {
  /** Where the problem is. */
  source: 'policy' | 'request';
  message: string;
  help: string;
  /** The JSON pointer of the problem in the policy. */
  pointer?: string;
  line?: number;
  column?: number;
}

/** The language appcheck's own words are in. */
export type InterfaceLanguage = 'en' | 'de' | 'fr' | 'es';

export interface Report {
  interface_language: InterfaceLanguage;
  policy: PolicySummary;
  overall: Overall;
  /** How the pasted text was read. */
  read_as: ReadAs;
  /** One finding per pasted entry, in the order pasted. */
  findings: Finding[];
  /** What the list reader skipped. */
  notes: Note[];
}

export type Format =
  | 'lines'
  | 'separated'
  | 'android_packages'
  | 'ios_apps'
  | 'mac_applications'
  | 'mac_system_profiler'
  | 'winget_list'
  | 'appx_packages'
  | 'start_apps'
  | 'flatpak_list'
  | 'snap_list'
  | 'csv'
  | 'store_links'
  | 'json'
  | 'xml';

export interface ReadAs {
  format: Format;
  /** For people: "Windows winget list". */
  label: string;
  entries: number;
}

export interface Note {
  line: number;
  message: string;
}

export interface IssuerSummary {
  name: string;
  contact: string;
  email?: string;
  phone?: string;
  url?: string;
}

export type Status = 'draft' | 'active' | 'withdrawn' | 'superseded';

export type LifecycleState =
  | 'active'
  | 'stale'
  | 'draft'
  | 'not_yet_in_force'
  | 'expired'
  | 'withdrawn'
  | 'superseded';

export interface LifecycleReport {
  state: LifecycleState;
  /** What the page shows first: "Withdrawn on … — no action needed. …". */
  message?: string;
  /** The withdrawal or replacement notice, as the policy words it. */
  notice?: string;
  /** The id of the policy that replaces this one. */
  superseded_by?: string;
}

export interface PolicySummary {
  id: string;
  version: number;
  /** The language the texts below are in. */
  language: string;
  title: string;
  summary?: string;
  issuer: IssuerSummary;
  /** RFC 3339, as published. */
  published: string;
  /** For people: "Fri 10 Jul 2020, 12:00 (UTC-04:00)". */
  published_text: string;
  status: Status;
  lifecycle: LifecycleReport;
  /** The earliest removal deadline any rule sets. */
  deadline?: DeadlineReport;
  /** How to ask for an exception, when the policy says so for all rules. */
  exceptions?: string;
}

export type Answer =
  | 'action_required'
  | 'advice'
  | 'nothing_to_do'
  | 'does_not_apply'
  | 'need_context'
  | 'no_apps'
  | 'withdrawn'
  | 'superseded'
  | 'expired'
  | 'incomplete'
  | 'not_in_force'
  | 'confirm_matches';

export interface Overall {
  answer: Answer;
  /** The answer in one sentence. */
  message: string;
  /** How many listed apps the employee must act on. */
  act_on: number;
}

export type Outcome =
  | 'remove'
  | 'browser_only'
  | 'discouraged'
  | 'allowed'
  | 'possible_match'
  | 'not_applicable'
  | 'not_covered';

export interface AppRef {
  id: string;
  name: string;
}

export interface DeadlineReport {
  /** RFC 3339 with the policy's offset; absent for "immediately". */
  at?: string;
  /** For people: "Fri 10 Jul 2020, 23:59 (UTC-04:00)" or "immediately". */
  text: string;
  /** Whether "now" is past the deadline. */
  overdue: boolean;
}

export interface RemovalSteps {
  /** The platform the steps are for; absent: any platform. */
  platform?: string;
  steps: string;
}

export interface BrowserUse {
  outcome: Outcome;
  rule: string;
  note?: string;
}

/** How a pasted entry was recognised as the policy's app. */
export type MatchedBy =
  | { by: 'android_package'; value: string }
  | { by: 'ios_bundle_id'; value: string }
  | { by: 'other_id'; value: string }
  | { by: 'app_store_id'; value: string }
  | { by: 'name'; value: string; name: string }
  | { by: 'publisher_prefix'; value: string; prefix: string }
  | { by: 'similar_name'; value: string; name: string; similarity: number };

/** One pasted entry and what the policy says about it. */
export interface Finding {
  line: number;
  input: string;
  app?: AppRef;
  publisher?: string;
  matched_by?: MatchedBy;
  outcome: Outcome;
  /** The id of the rule that decided, if one did. */
  rule?: string;
  deadline?: DeadlineReport;
  consequence?: string;
  reason?: string;
  how_to_remove?: RemovalSteps[];
  still_allowed?: string;
  exception?: string;
  note?: string;
  /** A rule about using the service in a browser, when there is one for this context. */
  in_browser?: BrowserUse;
  /** Why this entry got this outcome, in one sentence. */
  explanation: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'app-check': AppCheckElement;
  }
  interface HTMLElementEventMap {
    /** Sent (bubbling, composed) by a mounted widget when it is ready. */
    'appcheck-ready': CustomEvent<null>;
  }
}
