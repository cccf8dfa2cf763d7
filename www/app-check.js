// Two lines of HTML embed the widget in any page:
//   <script type="module" src="…/www/app-check.js"></script>
//   <app-check policy="…/policies/acme-mobile.json"></app-check>
import { defineAppCheck } from './appcheck.js';

defineAppCheck();
