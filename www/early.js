// Before the page is painted: whether the link names a policy other than the one whose
// state `appcheck build` wrote into this page (index.html: the site's default; p/<id>.html:
// that policy). If it does, that state is hidden from the first paint on (www/style.css),
// and "Loading the policy…" shows until the widget opens the policy the link names: a
// link to an active policy must never show, even for a moment, another's "no action
// needed" — nor for good, when the page's other scripts are slow or never come.
// (A classic script in the head, which the build gives the policy's id, `data-policy`:
// it runs before anything of the page is drawn. It reads the link only; it sends and
// stores nothing.)
(() => {
  const built = document.currentScript?.dataset.policy;
  if (!built) return;
  // (The link as app.js reads it: whatever it says besides its language, written any
  // way people pass links on, `#Policy=…`, `#policy:…`, `#<id>`.)
  const pairs = (part) => part.replace(/^[#?/!\s]+/, '').split(/[&;]/).map((p) => p.trim()).filter(Boolean);
  const asked = [...pairs(location.search).filter((p) => /^policy[=:]/i.test(p)),
    ...pairs(location.hash).filter((p) => !/^lang[=:]/i.test(p))];
  if (asked.length && !(asked.length === 1 && asked[0] === `policy=${built}`)) {
    document.documentElement.classList.add('appcheck-other-policy');
  }
})();
