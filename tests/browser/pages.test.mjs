// The server-rendered pages (the same Yew components, rendered by the server): they work
// with JavaScript off, pass axe, and the compare page stays within its 30 KB budget.
// The demo page `/` embeds the widget from the server itself. Needs ATLAS_URL.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { get } from 'node:http';
import { ATLAS_URL, axeAll, launch } from './harness.mjs';

const COMPARE = '/compare?from=E08000030&to=E06000054&age=19';
let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function noScript(path) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(`${ATLAS_URL}${path}`);
  return { context, page, response };
}

/// Bytes on the wire for a browser that accepts gzip.
function transferSize(path) {
  return new Promise((ok, fail) => {
    get(`${ATLAS_URL}${path}`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      let n = 0;
      res.on('data', (c) => { n += c.length; });
      res.on('end', () => ok({ status: res.statusCode, bytes: n, encoding: res.headers['content-encoding'] }));
    }).on('error', fail);
  });
}

test('compare page works without JavaScript and shows the rows', async () => {
  const { context, page, response } = await noScript(COMPARE);
  try {
    assert.equal(response.status(), 200);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.locator('#atlas-result-title', { hasText: 'Moving from Walsall to Wiltshire, aged 19' }).waitFor();
    const row = page.locator('.atlas-row').filter({ has: page.locator('.atlas-topic-label', { hasText: 'Council tax help' }) });
    // Kept things wait, closed, under "What stays the same"; the disclosures need no script.
    assert.equal(await row.locator('xpath=ancestor::details[contains(@class, "atlas-same")]').count(), 1);
    assert.equal(await row.isVisible(), false, 'what stays the same starts closed');
    await page.locator('details.atlas-same > summary').click();
    assert.equal((await row.locator('.atlas-tag').innerText()).trim(), 'Keep');
    // The topic's own disclosure (its entitlements have "Why?" disclosures of their own).
    await row.locator('details.atlas-topic > summary').first().click();
    assert.match(await row.innerText(), /You keep this if you move\./);
    assert.equal(await page.locator('script').count(), 0, 'no script needed');
  } finally {
    await context.close();
  }
});

test('compare page is within its 30 KB budget (gzip)', async () => {
  const { status, bytes, encoding } = await transferSize(COMPARE);
  assert.equal(status, 200);
  assert.equal(encoding, 'gzip');
  assert.ok(bytes <= 30 * 1024, `${bytes} bytes`);
});

test('the plain form compares with JavaScript off, keyboard only', async () => {
  const { context, page } = await noScript('/compare');
  try {
    await page.locator('select#atlas-from').focus();
    await page.locator('select#atlas-from').selectOption('E08000030');
    await page.locator('select#atlas-to').selectOption('E06000054');
    await page.locator('select#atlas-age').selectOption('19');
    await page.locator('form.atlas-form button[type=submit]').focus();
    await Promise.all([page.waitForURL(/\/compare\?/), page.keyboard.press('Enter')]);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('from'), 'E08000030');
    assert.equal(url.searchParams.get('to'), 'E06000054');
    assert.equal(url.searchParams.get('age'), '19');
    assert.ok(await page.locator('.atlas-row').count() > 5);
    // The form keeps what was chosen.
    assert.equal(await page.locator('select#atlas-from').inputValue(), 'E08000030');
  } finally {
    await context.close();
  }
});

test('a council page and a search page work without JavaScript', async () => {
  {
    const { context, page, response } = await noScript('/authorities/E06000054');
    try {
      assert.equal(response.status(), 200);
      await page.locator('#atlas-offers-title', { hasText: 'What Wiltshire offers care leavers' }).waitFor();
      assert.ok(await page.locator('.atlas-offers .atlas-ent').count() > 3);
    } finally {
      await context.close();
    }
  }
  {
    const { context, page, response } = await noScript('/search?q=rent');
    try {
      assert.equal(response.status(), 200);
      assert.match(await page.locator('.atlas-count').innerText(), /results? for “rent”/);
      assert.ok(await page.locator('.atlas-hits mark').count() > 0);
    } finally {
      await context.close();
    }
  }
});

test('axe finds no violation at all on the server-rendered pages', async () => {
  // (compare.test.mjs checks the compare, questions, offer, council and board pages.)
  for (const path of ['/search?q=rent', '/search']) {
    // axe itself needs script; the pages have none of their own. bypassCSP lets the test
    // inject axe past the page's strict CSP.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    try {
      await page.goto(`${ATLAS_URL}${path}`);
      assert.deepEqual(await axeAll(page), [], path);
    } finally {
      await context.close();
    }
  }
});

/// Opens the demo page and compares Walsall -> Wiltshire at 19 in its first widget.
async function demoCompare(page) {
  await page.goto(`${ATLAS_URL}/`);
  const compare = page.locator('offer-atlas').first();
  await compare.locator('input#atlas-home').waitFor({ timeout: 20000 });
  await page.waitForFunction(() => document.querySelector('offer-atlas').shadowRoot
    ?.querySelectorAll('#atlas-councils option').length > 10);
  await compare.locator('input#atlas-home').fill('Walsall');
  await compare.locator('select#atlas-age').selectOption('19');
  await compare.locator('button[type=submit]').click();
  await compare.locator('.atlas-row').first().waitFor({ timeout: 20000 });
}

test('the demo page embeds working widgets from the server, allowed by its CSP', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  try {
    await demoCompare(page);
    assert.equal(await page.locator('offer-atlas').count(), 2);
    await page.locator('offer-atlas').nth(1).locator('input#atlas-q').waitFor();
    assert.deepEqual(problems, [], 'no CSP violations or errors');
  } finally {
    await context.close();
  }
});

test('axe finds no violation at all in the demo page widgets', async () => {
  const context = await browser.newContext({ bypassCSP: true }); // to inject axe
  const page = await context.newPage();
  try {
    await demoCompare(page);
    assert.deepEqual(await axeAll(page, [['offer-atlas', '.atlas']]), []);
  } finally {
    await context.close();
  }
});
