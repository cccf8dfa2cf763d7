// The README's screenshots: each state of the answer (must act, nothing to do,
// withdrawn, can't tell, and an export's devices) on a 360 px phone and a 1280 px desktop, light and dark,
// from the built site served by the real `appcheck serve`. Not a test: `make
// screenshots` runs it and writes docs/screenshots/. Nothing here is asserted.
import path from 'node:path';
import fs from 'node:fs';
import { serve, launch, repo, publish } from './harness.mjs';

const out = path.join(repo, 'docs/screenshots');
fs.mkdirSync(out, { recursive: true });

const site = publish({
  'retailer-memo-us': 'retailer-memo-us.json',
  'bank-tiktok-2020': 'bank-tiktok-2020.json',
  'retailer-memo-us-v1': 'archive/retailer-memo-us.v1.json',
  'india-2020-ban': 'india-2020-ban.json',
}, 'retailer-memo-us');
// The archived memo keeps its own id; publish it under it.
fs.copyFileSync(path.join(repo, 'pkg-config/policies/archive/retailer-memo-us.v1.json'), path.join(site, 'policies/retailer-memo-us-v1.json'));

const server = await serve(site);
const browser = await launch();

const states = [
  { name: 'withdrawn', policy: 'retailer-memo-us', list: 'TikTok\nSlack', context: [] },
  { name: 'must-act', policy: 'bank-tiktok-2020', list: 'TikTok\nSlack\nZoom', context: ['#device-phone', '#ownership-company'] },
  { name: 'nothing-to-do', policy: 'bank-tiktok-2020', list: 'Slack\nZoom', context: ['#device-phone', '#ownership-company'] },
  { name: 'cant-tell', policy: 'india-2020-ban', list: 'tiktk\nWhatsApp', context: [], region: 'IN' },
  // A help desk's Intune export, answered device by device.
  {
    name: 'devices', policy: 'bank-tiktok-2020', context: ['#device-phone', '#ownership-company'],
    list: fs.readFileSync(path.join(repo, 'tests/fixtures/fleet/intune-appinvrawdata.csv'), 'utf8'), scrollTo: '#devices',
  },
];
const only = process.argv[2];
try {
  for (const [width, height, label] of [[360, 780, 'phone'], [1280, 900, 'desktop']]) {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, locale: 'en-US', timezoneId: 'America/New_York' });
      for (const state of states) {
        if (only && state.name !== only) continue;
        const page = await context.newPage();
        await page.goto(`${server.url}#policy=${state.policy}`);
        await page.locator('#appcheck[data-ready="true"]').waitFor({ timeout: 60_000 });
        // A withdrawn policy asks nothing: there is no form to fill.
        if (await page.locator('#check').isVisible()) {
          for (const field of state.context) if (await page.locator(field).count()) await page.check(field);
          if (state.region) await page.selectOption('#region', state.region);
          await page.fill('#app-list', state.list);
          await page.click('#check');
          await page.locator('#overall').waitFor({ timeout: 60_000 });
        }
        if (state.scrollTo) await page.locator(state.scrollTo).scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(out, `${state.name}-${label}-${scheme}.png`), fullPage: label === 'phone' });
        await page.close();
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.stop();
  fs.rmSync(site, { recursive: true, force: true });
}
