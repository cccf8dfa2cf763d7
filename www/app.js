// The page's own script: mounts the widget into <main id="appcheck"> with the
// settings on that element (data-index, data-trust, data-site). Pages that embed
// the widget use www/appcheck.js directly (see examples/intranet.html).
import { mountAppCheck } from './appcheck.js';

await mountAppCheck(document.getElementById('appcheck'));
