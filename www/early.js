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
})();
