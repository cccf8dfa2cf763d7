// Never falsely reassure, in the page as employees use it: lists appcheck does not
// fully understand (issue 13's examples) get a finding or "can't tell", never "Nothing
// to do"; and a list saved by Windows PowerShell (UTF-16) is read from the file picker.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, checkOnPhone } from './harness.mjs';

let site;
let browser;

before(async () => {
  site = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  site?.stop();
});

async function open() {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${site.url}#policy=bank-tiktok-2020`);
  await page.locator('#appcheck[data-ready="true"]').waitFor();
  return { page, errors };
}

/** The outcomes of the findings about TikTok. */
async function tiktok(page) {
  return page.locator('#findings li.finding', { hasText: 'TikTok' }).evaluateAll(
    (items) => items.map((li) => li.getAttribute('data-outcome')),
  );
}

const EXAMPLES = [
  {
    name: 'a device record with the apps several levels down',
    list: '{"computer":{"software":{"applications":[{"name":"TikTok.app","bundle_id":"com.zhiliaoapp.musically"}]}}}',
    answer: 'action_required',
    outcome: 'remove',
  },
  {
    name: 'ls -l of the Applications folder',
    list: 'total 136\ndrwxr-xr-x   3 root  wheel   96 Sep 12 10:01 App Store.app\ndrwxr-xr-x@  3 jane  admin   96 Oct  2 23:03 TikTok.app\n',
    answer: 'action_required',
    outcome: 'remove',
  },
  {
    name: 'a chat message naming the apps in a sentence',
    list: "I've got outlook, teams and tiktok on it",
    answer: 'confirm_matches',
    outcome: 'possible_match',
  },
];

for (const example of EXAMPLES) {
  test(`${example.name}: a finding, not "Nothing to do"`, async () => {
    const { page, errors } = await open();
    const answer = await checkOnPhone(page, example.list);
    assert.equal(answer, example.answer);
    assert.ok((await tiktok(page)).includes(example.outcome), `TikTok is ${example.outcome}`);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('a paste of nothing but invisible characters is no list', async () => {
  const { page } = await open();
  assert.equal(await checkOnPhone(page, '\u200b\n\ufeff\u2060'), 'no_apps');
  await page.close();
});

test('a chat question answered "yes" becomes an order', async () => {
  const { page } = await open();
  await checkOnPhone(page, "I've got outlook, teams and tiktok on it");
  await page.locator('#findings li.finding[data-outcome="possible_match"] button').first().click();
  await page.locator('#overall[data-answer="action_required"]').waitFor();
  await page.close();
});

test('a list saved by Windows PowerShell (UTF-16) is read from the file picker', async () => {
  const { page } = await open();
  const text = 'Name                 Version\r\n----                 -------\r\nSlack                4.33\r\nTikTok               35.1\r\n';
  const buffer = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  await page.check('#device-phone');
  await page.check('#ownership-company');
  await page.setInputFiles('#app-file', { name: 'apps.txt', mimeType: 'text/plain', buffer });
  await page.locator('#file-status', { hasText: 'apps.txt' }).waitFor();
  assert.equal(await page.inputValue('#app-list'), text.replace(/\r\n/g, '\n'));
  await page.click('#check');
  await page.locator('#overall').waitFor();
  assert.equal(await page.getAttribute('#overall', 'data-answer'), 'action_required');
  await page.close();
});
