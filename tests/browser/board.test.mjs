// The regional board page in a real browser: the matrix says every status in words (never
// colour alone) with evidence linked to readable offer pages by title, the spread chart
// has a text alternative and is HTML bars on a phone, the wide table scrolls by keyboard
// on a phone with its caption outside the scroll, a change of item is announced, and axe
// finds no violation at all. Needs ATLAS_URL.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ATLAS_URL, axeAll, launch } from './harness.mjs';

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
    // Council tax is met by all ten, each with its offer as evidence: a link to the offer's
    // readable page, named by the offer's title (never an id, never the JSON).
    const taxColumn = await table.locator('thead th').evaluateAll(
      (ths) => ths.findIndex((th) => th.textContent.includes('Council tax')));
    assert.ok(taxColumn > 0, 'a council tax column');
    const taxCells = table.locator(`tbody tr td:nth-child(${taxColumn + 1})`);
    assert.equal(await taxCells.count(), 10);
    for (let i = 0; i < 10; i += 1) {
      assert.equal((await taxCells.nth(i).locator('.atlas-tag').textContent()).trim(), 'Met');
      const evidence = taxCells.nth(i).locator('a');
      assert.equal(await evidence.count(), 1);
      const href = await evidence.getAttribute('href');
      assert.match(href, /^\/offers\/[\w-]+$/);
      const offer = await (await fetch(`${ATLAS_URL}/api/v1${href}`)).json();
      assert.equal((await evidence.textContent()).trim(), offer.title, `${href} is named by its title`);
    }
    assert.equal(await table.locator('a[href*="/api/"]').count(), 0, 'no evidence link goes to JSON');
    const evidencePage = await (await fetch(`${ATLAS_URL}${await taxCells.first().locator('a').getAttribute('href')}`,
      { headers: { accept: 'text/html' } }));
    assert.equal(evidencePage.status, 200);
    assert.match(evidencePage.headers.get('content-type'), /^text\/html/);
    // Offers due for review link to their pages too, by title.
    const review = page.locator('h2#stale + p + ul a');
    assert.ok(await review.count() > 0, 'offers due for review');
    for (const href of await review.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      assert.match(href, /^\/offers\/[\w-]+$/);
    }
    // The matrix is named by a caption outside its scrolling area.
    const named = await table.evaluate((t) => {
      const caption = document.getElementById(t.getAttribute('aria-labelledby'));
      return { inScroll: caption?.closest('.atlas-scroll') !== null, text: caption?.textContent };
    });
    assert.deepEqual(named, { inScroll: false, text: 'Greater Manchester: guarantee by member council' });
    assert.equal(await page.locator('.atlas-scroll caption').count(), 0);
    // Which items the matrix shows, in words.
    assert.equal((await page.locator('.atlas-count').textContent()).trim(), 'Showing all 11 items');
    // On a wide screen the chart is an image with a name and a description a screen reader
    // reads out.
    const chart = page.getByRole('img', { name: /Setting-up-home grant/ });
    await chart.waitFor();
    assert.match(await chart.locator('desc').textContent(), /Lowest £2,000 once, median £2,000 once, highest £2,000 once/);
    assert.equal(await chart.locator('rect').count(), 3);
    // The CSV link works and is a row per member.
    const csvHref = await page.getByRole('link', { name: /Download the matrix as CSV/ }).getAttribute('href');
    const csv = await (await fetch(`${ATLAS_URL}${csvHref}`)).text();
    assert.equal(csv.trim().split('\n').length, 11);
    // One item chosen (a GET form without script): the page says so in words.
    await page.goto(`${ATLAS_URL}${BOARD}?item=council-tax`);
    assert.equal((await page.locator('.atlas-count').textContent()).trim(), 'Showing 1 of 11 items');
    assert.equal(await page.locator('td[data-status]').count(), 10);
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
    // The caption is outside the scrolling area: it stays where it was, whole.
    const caption = page.locator('#matrix-caption');
    const box = await caption.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 320, `the caption is on screen (${JSON.stringify(box)})`);
    assert.equal(await region.evaluate((el) => el.contains(document.getElementById('matrix-caption'))), false);
    await region.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
    assert.deepEqual(await caption.boundingBox(), box, 'the caption does not scroll away');
  } finally {
    await context.close();
  }
});

test('on a phone the spread charts are HTML bars with their figures in words', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  try {
    await page.goto(`${ATLAS_URL}${BOARD}`);
    const chart = page.locator('figure.atlas-chart').filter({ hasText: 'Setting-up-home grant' });
    const bars = chart.locator('.atlas-bars > li');
    assert.equal(await bars.count(), 3);
    for (let i = 0; i < 3; i += 1) {
      assert.ok(await bars.nth(i).isVisible());
      assert.match(await bars.nth(i).innerText(), /\S+\s+£2,000 once/, 'a council and its figure');
      const fontSize = await bars.nth(i).evaluate((li) => parseFloat(getComputedStyle(li).fontSize));
      assert.ok(fontSize >= 16, `the words are ${fontSize}px`);
      const bar = await bars.nth(i).locator('.atlas-bar').boundingBox();
      assert.ok(bar.width > 0 && bar.height > 0, 'a bar is drawn');
    }
    assert.equal(await chart.locator('svg.atlas-chart-drawing').isVisible(), false, 'no shrunken drawing on a phone');
    assert.match(await chart.locator('figcaption').innerText(), /Lowest £2,000 once, median £2,000 once, highest £2,000 once/);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(pageWidth <= 360, `the page is ${pageWidth}px wide`);
    // Wide, the drawing instead.
    await page.setViewportSize({ width: 1200, height: 900 });
    assert.ok(await chart.locator('svg.atlas-chart-drawing').isVisible());
    assert.equal(await bars.first().isVisible(), false);
  } finally {
    await context.close();
  }
});

test('axe finds no violation at all on the board page', async () => {
  for (const width of [1280, 320]) {
    const context = await browser.newContext({ bypassCSP: true, viewport: { width, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(`${ATLAS_URL}${BOARD}`);
      assert.deepEqual(await axeAll(page), [], `${BOARD} at ${width}px`);
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
    const status = widget.locator('[role=status]');
    assert.equal((await status.textContent()).trim(), 'Showing all 11 items');
    await widget.locator('select#atlas-item').selectOption('council-tax');
    await page.waitForFunction(() => document.querySelector('offer-atlas').shadowRoot
      .querySelectorAll('td[data-status]').length === 10);
    assert.equal(await matrix.locator('td[data-status="met"]').count(), 10);
    // The change is announced: a status region says what the matrix now shows.
    assert.equal((await status.textContent()).trim(), 'Showing 1 of 11 items');
    assert.equal(await status.count(), 1);
    // Links in the widget go to the Atlas server's pages, not the host's.
    const evidence = await matrix.locator('td a').first().getAttribute('href');
    assert.match(evidence, new RegExp(`^${ATLAS_URL}/offers/`));
    await widget.locator('select#atlas-item').selectOption('');
    await status.filter({ hasText: 'Showing all 11 items' }).waitFor();
    // On a phone, the charts are bars here too.
    assert.ok(await widget.locator('.atlas-bars > li').first().isVisible());
    assert.equal(page.url(), url, 'no reload: the widget filtered in place');
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(pageWidth <= 320, `the page is ${pageWidth}px wide at 320px`);
    assert.deepEqual(await axeAll(page, [['offer-atlas', '.atlas']]), []);
  } finally {
    await context.close();
  }
});
