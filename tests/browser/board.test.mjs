// The regional board page in a real browser: the matrix says every status in words (never
// colour alone), the spread chart has a text alternative, the wide table scrolls by
// keyboard on a phone instead of pushing the page sideways, and axe finds nothing serious.
// Needs ATLAS_URL.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ATLAS_URL, axeSerious, launch } from './harness.mjs';

const BOARD = '/board/greater-manchester';
let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the board page shows the matrix in words and a described chart, with no script', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    const response = await page.goto(`${ATLAS_URL}${BOARD}`);
    assert.equal(response.status(), 200);
    const table = page.getByRole('table', { name: /Greater Manchester: guarantee by member council/ });
    await table.waitFor();
    // Ten councils, each a row header; every cell carries its status as text.
    assert.equal(await table.locator('tbody th[scope=row]').count(), 10);
    const cells = table.locator('td[data-status]');
    const n = await cells.count();
    assert.equal(n, 10 * 11);
    const words = new Set(['Met', 'Partly met', 'Not met', 'Not declared']);
    for (let i = 0; i < n; i += 1) {
      const tag = (await cells.nth(i).locator('.atlas-tag').textContent()).trim();
      assert.ok(words.has(tag), `cell ${i} says "${tag}"`);
    }
    // Council tax is met by all ten, each with its offer as evidence.
    const taxColumn = await table.locator('thead th').evaluateAll(
      (ths) => ths.findIndex((th) => th.textContent.includes('Council tax')));
    assert.ok(taxColumn > 0, 'a council tax column');
    const taxCells = table.locator(`tbody tr td:nth-child(${taxColumn + 1})`);
    assert.equal(await taxCells.count(), 10);
    for (let i = 0; i < 10; i += 1) {
      assert.equal((await taxCells.nth(i).locator('.atlas-tag').textContent()).trim(), 'Met');
      assert.equal(await taxCells.nth(i).locator('a[href^="/api/v1/offers/"]').count(), 1);
    }
    // The chart is an image with a name and a description a screen reader reads out.
    const chart = page.getByRole('img', { name: /Setting-up-home grant/ });
    await chart.waitFor();
    assert.match(await chart.locator('desc').textContent(), /Lowest £2,000 once, median £2,000 once, highest £2,000 once/);
    assert.equal(await chart.locator('rect').count(), 3);
    // The CSV link works and is a row per member.
    const csvHref = await page.getByRole('link', { name: /Download the matrix as CSV/ }).getAttribute('href');
    const csv = await (await fetch(`${ATLAS_URL}${csvHref}`)).text();
    assert.equal(csv.trim().split('\n').length, 11);
  } finally {
    await context.close();
  }
});

test('on a 320px phone the matrix scrolls in its own focusable region', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 700 } });
  const page = await context.newPage();
  try {
    await page.goto(`${ATLAS_URL}${BOARD}`);
    const region = page.getByRole('region', { name: /guarantee by member council/ });
    await region.waitFor();
    // WCAG 1.4.10: the page itself does not scroll sideways; the table's region does.
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(pageWidth <= 320, `the page is ${pageWidth}px wide`);
    const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    assert.ok(scrollWidth > clientWidth, 'the table is wider than the phone and scrolls');
    // Keyboard users reach the region and scroll it with the arrow keys.
    await region.focus();
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('role')), 'region');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // (The page runs no script, so poll from outside rather than waitForFunction.)
    let scrolled = 0;
    for (let i = 0; i < 20 && scrolled === 0; i += 1) {
      scrolled = await region.evaluate((el) => el.scrollLeft);
      if (scrolled === 0) await page.waitForTimeout(50);
    }
    assert.ok(scrolled > 0, 'the arrow keys scroll the table');
  } finally {
    await context.close();
  }
});

test('axe finds no serious or critical problems on the board page', async () => {
  for (const width of [1280, 320]) {
    const context = await browser.newContext({ bypassCSP: true, viewport: { width, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(`${ATLAS_URL}${BOARD}`);
      assert.deepEqual(await axeSerious(page), [], `${BOARD} at ${width}px`);
    } finally {
      await context.close();
    }
  }
});

test('with script, the widget takes over the board page and narrows the matrix at once', async () => {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 320, height: 700 } });
  const page = await context.newPage();
  try {
    await page.goto(`${ATLAS_URL}${BOARD}`);
    const widget = page.locator('offer-atlas');
    const matrix = widget.locator('table.atlas-matrix');
    // The widget's own table, inside its shadow root (the server's copy is not shown).
    await page.waitForFunction(() => document.querySelector('offer-atlas').shadowRoot
      ?.querySelector('table.atlas-matrix'), null, { timeout: 20000 });
    assert.equal(await matrix.locator('td[data-status]').count(), 10 * 11);
    assert.equal(await page.evaluate(() => document.querySelector('offer-atlas').childElementCount), 0,
      'the server-rendered fallback gives way to the widget');
    const url = page.url();
    await widget.locator('select#atlas-item').selectOption('council-tax');
    await page.waitForFunction(() => document.querySelector('offer-atlas').shadowRoot
      .querySelectorAll('td[data-status]').length === 10);
    assert.equal(await matrix.locator('td[data-status="met"]').count(), 10);
    assert.equal(page.url(), url, 'no reload: the widget filtered in place');
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(pageWidth <= 320, `the page is ${pageWidth}px wide at 320px`);
    assert.deepEqual(await axeSerious(page, [['offer-atlas', '.atlas']]), []);
  } finally {
    await context.close();
  }
});
