// The covenant pages in a real browser with JavaScript off: an organisation registers,
// writes a pledge, a moderator verifies and publishes it, and a care leaver finds it.
// Every page state passes axe. Needs ATLAS_URL and MODERATOR_TOKEN (scripts/browser-test
// creates one before it starts the server).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ATLAS_URL, axeAll, launch } from './harness.mjs';

const MODERATOR_TOKEN = process.env.MODERATOR_TOKEN;
let browser;

before(async () => {
  assert.ok(MODERATOR_TOKEN, 'MODERATOR_TOKEN must be set');
  browser = await launch();
});
after(async () => { await browser?.close(); });

/// A page with JavaScript off (the pages have none) but able to take axe when asked.
async function plainPage(width = 1000) {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width, height: 900 },
  });
  return { context, page: await context.newPage() };
}

/// axe needs script: a second, script-enabled context that replays the same POST.
async function axeAfterPost(path, fields) {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  try {
    await page.goto(`${ATLAS_URL}/`);
    // Submit a real form so the browser renders the POST's answer as a page.
    await page.evaluate(({ path, fields }) => {
      const form = document.createElement('form');
      form.method = 'post';
      form.action = path;
      for (const [name, value] of fields) {
        const input = document.createElement('input');
        input.type = 'hidden';
        input.name = name;
        input.value = value;
        form.append(input);
      }
      document.body.append(form);
      form.submit();
    }, { path, fields });
    await page.waitForURL(`${ATLAS_URL}${path}`);
    await page.locator('main h1').waitFor();
    return await axeAll(page);
  } finally {
    await context.close();
  }
}

/// Does `act` (a click or a key) and waits for the page it posts to. The address stays
/// the same after a POST, so waiting for the URL would not wait at all.
async function posting(page, act) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), act()]);
}

async function fillRegistration(page, website) {
  await page.goto(`${ATLAS_URL}/covenant/register`);
  // Keyboard only: focus moves through the fields in order.
  await page.locator('#atlas-f-name').focus();
  await page.keyboard.type('Otter Engineering Ltd');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // "Employer"
  await page.keyboard.press('Tab');
  await page.keyboard.type(website);
  await page.keyboard.press('Tab');
  await page.keyboard.type('apprentices@otter.example');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Apprenticeships and a mentor for every care leaver we employ.');
  await page.keyboard.press('Tab');
  await posting(page, () => page.keyboard.press('Enter'));
}

test('a signatory registers, writes a pledge, and a moderator publishes it, with no script', async () => {
  const { context, page } = await plainPage();
  try {
    // A mistake first: the summary links to the field, which says what is wrong.
    await fillRegistration(page, 'javascript:alert(1)');
    assert.match(await page.title(), /^Error: /);
    const summary = page.locator('.atlas-error[role=alert]');
    assert.match(await summary.innerText(), /Website: must be a web address/);
    assert.equal(await summary.locator('a').first().getAttribute('href'), '#atlas-f-website');
    assert.equal(await page.locator('#atlas-f-website').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('#atlas-f-name').inputValue(), 'Otter Engineering Ltd');

    await page.locator('#atlas-f-website').fill('https://otter.example');
    await posting(page, () => page.locator('form button[type=submit]').click());
    const token = (await page.locator('#atlas-token').innerText()).trim();
    assert.match(token, /^oat_[0-9a-f]{64}$/);

    // The signatory's page: token in, pledge out.
    await page.getByRole('link', { name: 'Go to your pledges' }).click();
    await page.locator('#atlas-f-token').fill(token);
    await posting(page, () => page.keyboard.press('Enter'));
    assert.match(await page.locator('main').innerText(), /Waiting for a moderator to verify/);
    await page.locator('#atlas-f-topic').selectOption('apprenticeships');
    await page.locator('#atlas-f-title').fill('Otter engineering apprenticeships');
    await page.locator('#atlas-f-summary').fill('Three-year paid apprenticeships in Wiltshire.');
    await page.locator('summary', { hasText: 'Choose councils' }).click();
    await page.getByLabel('Wiltshire').check();
    await posting(page, () => page.getByRole('button', { name: 'Send for moderation' }).click());
    assert.match(await page.locator('[role=status]').innerText(), /sent to a moderator/);
    assert.match(await page.locator('.atlas-pledges').innerText(), /Otter engineering apprenticeships[\s\S]*Where: Wiltshire/);

    // The moderator verifies the organisation and publishes the pledge.
    await page.goto(`${ATLAS_URL}/covenant/moderation`);
    await page.locator('#atlas-f-token').fill(MODERATOR_TOKEN);
    await posting(page, () => page.keyboard.press('Enter'));
    await posting(page, () => page.getByRole('button', { name: 'Verify Otter Engineering Ltd' }).click());
    assert.match(await page.locator('[role=status]').innerText(), /is verified/);
    await posting(page, () => page.getByRole('button', { name: 'Publish “Otter engineering apprenticeships”' }).click());
    assert.match(await page.locator('[role=status]').innerText(), /is published/);

    // A care leaver finds it.
    let found = false;
    for (let i = 0; i < 40 && !found; i += 1) {
      await page.goto(`${ATLAS_URL}/search?q=otter`);
      found = (await page.locator('.atlas-hit', { hasText: 'Otter engineering apprenticeships' }).count()) > 0;
      if (!found) await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(found, 'the published pledge is in search');

    // Pages fit a 320 px phone without sideways scrolling.
    for (const path of ['/covenant/register', '/covenant/pledges', '/covenant/moderation']) {
      const narrow = await plainPage(320);
      try {
        await narrow.page.goto(`${ATLAS_URL}${path}`);
        const overflow = await narrow.page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(overflow <= 320, `${path} is ${overflow}px wide`);
      } finally {
        await narrow.context.close();
      }
    }
  } finally {
    await context.close();
  }
});

test('axe finds no violation at all on the covenant pages', async () => {
  for (const path of ['/covenant/register', '/covenant/pledges', '/covenant/moderation']) {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    try {
      await page.goto(`${ATLAS_URL}${path}`);
      assert.deepEqual(await axeAll(page), [], path);
    } finally {
      await context.close();
    }
  }
  // With errors shown.
  assert.deepEqual(await axeAfterPost('/covenant/register', [
    ['name', ''], ['kind', ''], ['website', 'javascript:x'], ['contact_email', 'no'], ['statement', ''],
  ]), [], 'register with errors');
  assert.deepEqual(await axeAfterPost('/covenant/pledges', [['token', 'oat_wrong']]), [], 'a wrong token');
  // The moderator's queue, with pledges in it from the demo data or the test above.
  assert.deepEqual(await axeAfterPost('/covenant/moderation', [['token', MODERATOR_TOKEN]]), [], 'queue');
  // The log of decisions taken.
  assert.deepEqual(await axeAfterPost('/covenant/moderation/log', [['token', MODERATOR_TOKEN]]), [], 'the moderation log');
});
