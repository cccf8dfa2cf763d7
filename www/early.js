// Before the first paint: a link to another policy than the one whose state the build
// wrote into this page (`data-policy`) hides that state (see ARCHITECTURE.md).
(() => {
  const built = document.currentScript?.dataset.policy;
  const pairs = (part) => part.replace(/^[#?/!\s]+/, '').split(/[&;]/).map((p) => p.trim()).filter(Boolean);
  const asked = [...pairs(location.search).filter((p) => /^policy[=:]/i.test(p)),
    ...pairs(location.hash).filter((p) => !/^lang[=:]/i.test(p))];
  if (built && asked.length && !(asked.length === 1 && asked[0] === `policy=${built}`)) {
    document.documentElement.classList.add('appcheck-other-policy');
  }
  // A page's module that cannot load (a file missing: the site's fault) says so, in
  // place of "Loading the policy…" for ever (widget.js's FAILED.files).
  addEventListener('error', (event) => {
    const script = event.target;
    if (!(script instanceof HTMLScriptElement) || script.type !== 'module') return;
    const main = document.getElementById('appcheck');
    if (!main || main.querySelector('[role="alert"]')) return;
    main.querySelector('.loading')?.remove();
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.className = 'error';
    p.textContent = "The checker's files could not be loaded from this site, so it can't tell you anything. Reload the page; if it happens again, tell your IT help desk.";
    main.append(p);
  }, true);
})();
