// app-check.js defines the <app-check> element when imported, and exports nothing.
// The element's type (and HTMLElementTagNameMap['app-check']) is in appcheck.d.ts.
import './appcheck.js';

export {};
