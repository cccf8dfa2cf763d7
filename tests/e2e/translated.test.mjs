// Every word appcheck says itself is in the reader's language. The page in German,
// French and Spanish, after a check that makes notes (lines that cannot be read), shows
// no English sentence of the interface's catalogue (src/i18n.rs) outside the policy's
// own texts, which carry the policy's `lang`; and the document's language and title
// follow the interface language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, publish, repo, pasteLong } from './harness.mjs';

// The day of the memo, shortly after it went out (13:00 in New York).
const MEMO_DAY = new Date('2020-07-10T13:00:00-04:00');
const LANGS = ['de', 'fr', 'es'];

/** The catalogue: { key: [en, de, fr, es] }, read from its source. */
function catalogue() {
  const source = fs.readFileSync(path.join(repo, 'src/i18n.rs'), 'utf8');
  const messages = {};
  for (const m of source.matchAll(/^ {4}([A-Z][A-Z_0-9]*) => (\[.*\]),$/gm)) {
    messages[m[1]] = JSON.parse(m[2]);
  }
  return messages;
}

const ORDER = { en: 0, de: 1, fr: 2, es: 3 };

/**
 * The fixed parts of English templates (between `{slots}`) of 12 characters or more
 * that `lang`'s template of the same message does not contain.
 */
function englishFragments(messages, lang) {
  const fragments = [];
  for (const [key, texts] of Object.entries(messages)) {
    const own = texts[ORDER[lang]];
    for (const part of texts[0].split(/\{[a-z_]+\}/)) {
      const fixed = part.replace(/^[\s().]+|[\s().]+$/g, '');
      if ([...fixed].length >= 12 && !own.includes(fixed)) fragments.push({ key, fixed });
    }
  }
  return fragments;
}

/**
 * A policy's own texts of 12 characters or more, longest first: where the page quotes
 * them inside its own sentences (the summary to keep names the policy's title), they
 * are the policy's words, not appcheck's.
 */
function policyTexts(file) {
  const texts = [];
  const walk = (value) => {
    if (typeof value === 'string') { if ([...value].length >= 12) texts.push(value); }
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(JSON.parse(fs.readFileSync(path.join(repo, 'pkg-config/policies', file), 'utf8')));
  return texts.sort((a, b) => b.length - a.length);
}

const POLICIES = {
  'retailer-memo-us': 'archive/retailer-memo-us.v1.json',
  'bank-tiktok-2020': 'bank-tiktok-2020.json',
  'india-2020-ban': 'india-2020-ban.json',
};

let browser;
let site;
let dir;

before(async () => {
  // The memo as first sent (in force on the day), and two policies in English only.
  dir = publish(POLICIES, 'retailer-memo-us');
  site = await serve(dir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  site?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** What the page says in the interface's voice: text and labels not marked as another language. */
async function interfaceTexts(page) {
  return page.evaluate(() => {
    const ui = document.querySelector('#appcheck').getAttribute('lang');
    const texts = [];
    const ours = (el) => (el.closest('[lang]')?.getAttribute('lang') ?? ui) === ui;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('script, style, noscript, textarea') || !node.data.trim()) continue;
      if (ours(el)) texts.push(node.data);
    }
    for (const el of document.body.querySelectorAll('[placeholder], [aria-label], [title]')) {
      if (!ours(el)) continue;
      for (const name of ['placeholder', 'aria-label', 'title']) {
        const value = el.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return { ui, texts };
  });
}

/** Answers every question the policy asks with the first choice that fits a company phone. */
async function answerAndCheck(page, list) {
  await page.locator('#check-form').waitFor();
  for (const id of ['device-phone', 'ownership-company', 'email-yes']) {
    if (await page.locator(`#${id}`).count()) await page.check(`#${id}`);
  }
  if (await page.locator('#region').count()) {
    const values = await page.$$eval('#region option', (os) => os.map((o) => o.value).filter(Boolean));
    await page.selectOption('#region', values.includes('US') ? 'US' : values[0]);
  }
  await pasteLong(page, list);
  await page.click('#check');
  await page.locator('#overall').waitFor();
}

// TikTok, an app no policy names, a line too long to be a name and one with a control
// character: findings, and notes about the lines that were skipped.
const LIST = `TikTok\nSlack\n${'x'.repeat(600)}\nbad\u0001line\n`;

for (const lang of LANGS) {
  test(`the page in ${lang} speaks ${lang}: no English from the catalogue, the document's lang and title`, async () => {
    const messages = catalogue();
    assert.ok(Object.keys(messages).length > 100, 'the catalogue was read');
    const fragments = englishFragments(messages, lang);
    const problems = [];
    for (const [policy, file] of Object.entries(POLICIES)) {
      const own = policyTexts(file);
      const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
      await page.clock.setFixedTime(MEMO_DAY);
      await page.goto(`${site.url}#policy=${policy}&lang=${lang}`);
      await page.locator('#appcheck[data-ready="true"]').waitFor();
      await answerAndCheck(page, LIST);
      assert.ok(await page.locator('#notes li').count() >= 2, `${policy}: the skipped lines make notes`);
      const { ui, texts } = await interfaceTexts(page);
      assert.equal(ui, lang);
      for (const shown of texts) {
        const text = own.reduce((t, quoted) => t.replaceAll(quoted, ''), shown);
        for (const { key, fixed } of fragments) {
          if (text.includes(fixed)) problems.push(`${policy}: ${key} "${fixed}" in "${text.slice(0, 160)}"`);
        }
      }
      const htmlLang = await page.evaluate(() => document.documentElement.lang);
      if (htmlLang !== lang) problems.push(`${policy}: <html lang="${htmlLang}">`);
      const title = await page.title();
      if (title !== messages.DOC_TITLE?.[ORDER[lang]]) problems.push(`${policy}: <title>${title}</title>`);
      await page.close();
    }
    assert.deepEqual(problems, []);
  });
}

test('switching the language changes the document\'s lang and title with it', async () => {
  const page = await browser.newPage();
  await page.clock.setFixedTime(MEMO_DAY);
  await page.goto(`${site.url}#policy=bank-tiktok-2020&lang=en`);
  await page.locator('#appcheck[data-ready="true"]').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  const english = await page.title();
  await page.selectOption('#language', 'fr');
  await page.locator('#appcheck[lang="fr"] #check-form').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  assert.notEqual(await page.title(), english);
  await page.close();
});

test('a widget embedded in another page leaves its lang and title alone', async () => {
  const page = await browser.newPage();
  await page.clock.setFixedTime(MEMO_DAY);
  await page.goto(`${site.url}www/example.html`);
  const before = await page.evaluate(() => [document.documentElement.lang, document.title]);
  const element = page.locator('app-check');
  await element.waitFor();
  await page.evaluate(() => document.querySelector('app-check').setAttribute('lang', 'de'));
  await page.locator('app-check #check-form').waitFor();
  await page.waitForFunction(() => document.querySelector('app-check').shadowRoot?.querySelector('[lang="de"] #check-form'));
  assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.title]), before);
  await page.close();
});

// The site's Wasm module carries English only: the other languages are files of the
// site (`appcheck build` writes them, i18n/<tag>.<hash>.json), fetched before the widget
// draws in them, once each.
const LANGUAGE_FILE = /\/i18n\/([a-z]{2})\.[0-9a-f]+\.json$/;

/** A page in a browser whose language is `locale`, with the language files it asks for. */
async function readerPage(locale) {
  const context = await browser.newContext({ locale, viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  await page.clock.setFixedTime(MEMO_DAY);
  const asked = [];
  page.on('request', (request) => {
    const found = new URL(request.url()).pathname.match(LANGUAGE_FILE);
    if (found) asked.push(found[1]);
  });
  const warnings = [];
  page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
  return { context, page, asked, warnings };
}

test('a German reader\'s page fetches the German file and draws German; an English reader\'s fetches none', async () => {
  const messages = catalogue();
  const german = await readerPage('de-DE');
  await german.page.goto(site.url);
  await german.page.locator('#appcheck[data-ready="true"]').waitFor();
  assert.equal(await german.page.getAttribute('#appcheck', 'lang'), 'de');
  assert.equal(await german.page.textContent('#appcheck .privacy'), messages.P_PRIVACY[ORDER.de]);
  assert.deepEqual(german.asked, ['de']);
  // Another language from the menu: its file once; back to German: nothing more.
  await german.page.selectOption('#language', 'fr');
  await german.page.locator('#appcheck[lang="fr"] #check-form').waitFor();
  assert.equal(await german.page.textContent('#appcheck .privacy'), messages.P_PRIVACY[ORDER.fr]);
  await german.page.selectOption('#language', 'de');
  await german.page.locator('#appcheck[lang="de"] #check-form').waitFor();
  await german.page.selectOption('#language', 'fr');
  await german.page.locator('#appcheck[lang="fr"] #check-form').waitFor();
  assert.deepEqual(german.asked, ['de', 'fr']);
  await german.context.close();

  const english = await readerPage('en-US');
  await english.page.goto(site.url);
  await english.page.locator('#appcheck[data-ready="true"]').waitFor();
  assert.equal(await english.page.getAttribute('#appcheck', 'lang'), 'en');
  assert.equal(await english.page.textContent('#appcheck .privacy'), messages.P_PRIVACY[ORDER.en]);
  assert.deepEqual(english.asked, []);
  await english.context.close();
});

test('a long list checked in the Web Worker is answered in the reader\'s language', async () => {
  const fragments = englishFragments(catalogue(), 'es');
  const { context, page } = await readerPage('es-ES');
  const workers = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto(`${site.url}#policy=retailer-memo-us`);
  await page.locator('#appcheck[data-ready="true"]').waitFor();
  const long = `${Array.from({ length: 2500 }, (_, i) => `Notes ${i}`).join('\n')}\nTikTok\n${LIST}`;
  await answerAndCheck(page, long);
  assert.equal(workers.length, 1, 'checked in the worker');
  assert.equal(await page.getAttribute('#result', 'data-worker-checks'), '1');
  const { ui, texts } = await interfaceTexts(page);
  assert.equal(ui, 'es');
  const own = policyTexts(POLICIES['retailer-memo-us']);
  const english = texts
    .map((shown) => own.reduce((t, quoted) => t.replaceAll(quoted, ''), shown))
    .flatMap((text) => fragments.filter(({ fixed }) => text.includes(fixed)).map(({ key }) => key));
  assert.deepEqual(english, []);
  await context.close();
});

test('a language file of another build is refused: the page speaks English and says why in the console', async () => {
  const stale = publish(POLICIES, 'retailer-memo-us');
  const folder = path.join(stale, 'i18n');
  for (const name of fs.readdirSync(folder).filter((n) => n.startsWith('de.'))) {
    const file = path.join(folder, name);
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace(/"catalogue":"[0-9a-f]+"/, '"catalogue":"0123456789abcdef"'));
  }
  const server = await serve(stale);
  try {
    const { context, page, asked, warnings } = await readerPage('de-DE');
    await page.goto(server.url);
    await page.locator('#appcheck[data-ready="true"] #check-form').waitFor();
    assert.deepEqual(asked, ['de']);
    assert.equal(await page.getAttribute('#appcheck', 'lang'), 'en');
    assert.equal(await page.textContent('#appcheck .privacy'), catalogue().P_PRIVACY[ORDER.en]);
    assert.ok(warnings.some((w) => /German|`de`/.test(w) && /another build/.test(w)), warnings.join('\n'));
    await context.close();
  } finally {
    server.stop();
    fs.rmSync(stale, { recursive: true, force: true });
  }
});
