// Loads the Wasm module and mounts the widget. Everything else happens in Rust
// (src/web.rs); this file stays small so the page has one script of its own.
import init, { mount } from '../pkg/appcheck.js';

const root = document.getElementById('appcheck');
try {
  await init();
  await mount(root);
  root.dataset.ready = 'true';
} catch (error) {
  root.textContent = '';
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.className = 'error';
  p.textContent = "The checker could not start in this browser, so it can't tell you anything. Please contact your IT help desk.";
  root.append(p);
  console.error(error);
}
