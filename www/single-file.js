// The single HTML file's bootstrap, in place of app.js (`appcheck build
// --single-file`): everything the widget needs is inside the file, so it fetches
// nothing and works opened from disk, a file share or an email attachment. The
// build puts the Wasm module (base64) and the files the widget would fetch (the
// index, the policy and its signature, trust.json, site.json, by the URLs the
// <main> element names) into two data blocks beside this script. No Web Worker: its
// script would be a file to fetch; long lists are checked in the page instead.
import { mountAppCheck } from './appcheck.js';

const data = (id) => document.getElementById(id).textContent;
const wasm = Uint8Array.from(atob(data('appcheck-wasm')), (c) => c.charCodeAt(0));
await mountAppCheck(document.getElementById('appcheck'), { files: JSON.parse(data('appcheck-files')), wasm, worker: false });
