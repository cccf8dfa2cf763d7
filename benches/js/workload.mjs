// The synthetic workload, the same as benches/recognise.rs: policies naming N apps
// (each with a name, an alias and an Android package) and pasted lists in which, per
// 200 lines, one restricted app is named, one is misspelt by one letter, one is given
// by its package, one by a bulleted alias with ™, and 196 lines are ordinary names.
// Loaded by the benchmark page (served under /bench/) and by node.

/** The text of a policy naming `apps` apps, all to be removed. */
export function policy(apps) {
  const ids = Array.from({ length: apps }, (_, i) => `app${i}`);
  return JSON.stringify({
    schema: 1, id: 'bench', version: 1, title: 'Benchmark',
    issuer: { name: 'IT', contact: 'help desk' },
    published: '2024-01-01T00:00:00Z', status: 'active',
    apps: ids.map((id, i) => ({
      id, name: `Restricted App ${i}`, aliases: [`RA${i} Messenger`], android_packages: [`com.vendor${i}.app`],
    })),
    rules: [{ id: 'all', apps: ids, verdict: 'remove' }],
  });
}

/** A pasted list of `lines` lines against a policy of `apps` apps. */
export function pasted(lines, apps) {
  const out = [];
  for (let i = 0; i < lines; i++) {
    const app = (i * 7919) % apps;
    switch (i % 200) {
      case 0: out.push(`Restricted App ${app}`); break;
      case 50: out.push(`Restrcted App ${app}`); break;
      case 100: out.push(`com.vendor${app}.app`); break;
      case 150: out.push(`- RA${app} Messenger™`); break;
      default: out.push(`Ordinary Tool ${i}`);
    }
  }
  return out.join('\n') + '\n';
}

/** The same shape of list for a shipped policy naming TikTok (the page's own check). */
export function pastedTikTok(lines) {
  const out = [];
  for (let i = 0; i < lines; i++) {
    switch (i % 200) {
      case 0: out.push('TikTok'); break;
      case 50: out.push('Tiktk'); break;
      case 100: out.push('com.zhiliaoapp.musically'); break;
      case 150: out.push('- TikTok Lite™'); break;
      default: out.push(`Ordinary Tool ${i}`);
    }
  }
  return out.join('\n') + '\n';
}
