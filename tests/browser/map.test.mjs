// The map pages in a real browser, without JavaScript: the keyboard reaches every area of
// England and each is named by its council and its answer, axe finds no violation at a
// phone's width or a desktop's, a 360 px screen never scrolls sideways, and the map and its
// tables are there when printed. Needs ATLAS_URL.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ATLAS_URL, axeAll, launch } from './harness.mjs';

const AREAS = 153;
const TOPIC = '/map?topic=council-tax&age=18';
const MOVE = '/map?from=E08000030&age=19';
let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/// A page without script; for axe (which is script), with script but past the CSP: the
/// pages have none of their own.
async function open(path, viewport = { width: 1200, height: 900 }, forAxe = false, status = 200) {
  const context = await browser.newContext(
    forAxe ? { bypassCSP: true, viewport } : { javaScriptEnabled: false, viewport });
  const page = await context.newPage();
  const response = await page.goto(`${ATLAS_URL}${path}`);
  assert.equal(response.status(), status, path);
  return { context, page };
}

for (const path of [TOPIC, MOVE]) {
  test(`the keyboard reaches every area of ${path}, each named by its council and answer`, async () => {
    const { context, page } = await open(path);
    try {
      const areas = page.locator('figure.atlas-map svg[role=group] a');
      assert.equal(await areas.count(), AREAS);
      // London enlarged: for the eye, hidden from assistive technology, out of the tab order.
      const inset = page.locator('.atlas-inset svg a');
      assert.equal(await inset.count(), 33);
      assert.deepEqual([...new Set(await inset.evaluateAll((as) => as.map((a) => a.getAttribute('tabindex'))))], ['-1']);
      const names = await areas.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')));
      for (const name of names) assert.match(name, /^[^:]+: .+/, name);
      // The table says the same answer for each area, in words.
      const rows = await page.locator('tr[data-class]').evaluateAll((trs) => trs.map(
        (tr) => `${tr.querySelector('th').textContent.trim()}: ${tr.querySelector('td').textContent.trim()}`));
      assert.deepEqual([...rows].sort(), [...names].sort());
      // Tab from the top of the page: every area gets the focus once, in order.
      const reached = [];
      for (let i = 0; i < 400 && reached.length < AREAS; i += 1) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const a = document.activeElement;
          return a && a.closest('svg') ? a.getAttribute('aria-label') || 'an unnamed area' : null;
        });
        if (focused) reached.push(focused);
      }
      assert.deepEqual(reached, names);
      // The accessibility tree names the links so too.
      const first = names[0];
      assert.equal(await page.getByRole('link', { name: first, exact: true }).count(), 1);
    } finally {
      await context.close();
    }
  });
}

for (const width of [360, 1200]) {
  test(`axe finds no violation on the map pages at ${width} px, and nothing scrolls sideways`, async () => {
    // The last is a problem to put right (no topic nor council): the error summary, 400.
    for (const path of [TOPIC, MOVE, '/map?topic=personal-adviser&age=21', '/map?age=18']) {
      const status = path === '/map?age=18' ? 400 : 200;
      const { context, page } = await open(path, { width, height: 800 }, true, status);
      try {
        assert.deepEqual(await axeAll(page), [], path);
        const sideways = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(sideways <= 0, `${path} scrolls ${sideways}px sideways at ${width}px`);
        if (width === 360 && path !== '/map?age=18') {
          const box = await page.locator('figure.atlas-map svg[role=group]').boundingBox();
          assert.ok(box.width <= 360 && box.width > 300, `the map fits: ${box.width}px`);
        }
      } finally {
        await context.close();
      }
    }
  });
}

test('the map, its key and its table print', async () => {
  const { context, page } = await open(TOPIC);
  try {
    await page.emulateMedia({ media: 'print' });
    const svg = page.locator('figure.atlas-map svg[role=group]');
    assert.ok(await svg.isVisible(), 'the map prints');
    const box = await svg.boundingBox();
    assert.ok(box.width > 200 && box.height > 200, `the map prints at ${box.width}×${box.height}`);
    assert.ok(await page.getByRole('table', { name: 'Key: areas in each class' }).isVisible());
    assert.ok(await page.getByRole('table', { name: 'Every area' }).isVisible());
    assert.equal(await page.locator('tr[data-class]').count(), AREAS);
    assert.ok(await page.getByText(/Open Government Licence v\.3\.0/).isVisible(), 'the attribution prints');
    // The form is for the screen only.
    assert.equal(await page.locator('form.atlas-form').isVisible(), false);
  } finally {
    await context.close();
  }
});

test("a board's page shows its members on the map, each reached and named by its status", async () => {
  const { context, page } = await open('/board/greater-manchester?item=council-tax', { width: 360, height: 800 });
  try {
    const areas = page.locator('figure.atlas-map svg a');
    assert.equal(await areas.count(), 10);
    for (const name of await areas.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')))) {
      assert.match(name, /^[^:]+: (Met|Partly met|Not met|Not declared)$/, name);
    }
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(sideways <= 0, `the board page scrolls ${sideways}px sideways at 360px`);
  } finally {
    await context.close();
  }
  const axe = await open('/board/greater-manchester?item=council-tax', { width: 1200, height: 900 }, true);
  try {
    assert.deepEqual(await axeAll(axe.page), []);
  } finally {
    await axe.context.close();
  }
});

test('the widget map mode draws the same answer on a council page and sorts its table', async () => {
  const { widgetSource, hostServer, closeServer } = await import('./harness.mjs');
  const source = await widgetSource();
  const host = await hostServer({
    '/map': {
      title: 'Where could I move?',
      body: '<main><h1>Where could I move?</h1><offer-atlas mode="map" topic="council-tax" age="18"{api}></offer-atlas></main>',
    },
  }, source);
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(`${host.origin}/map`);
    const areas = page.locator('offer-atlas figure.atlas-map svg[role=group] a');
    await areas.first().waitFor();
    assert.equal(await areas.count(), AREAS);
    // The same classes and counts as the API gives.
    const api = await (await fetch(`${ATLAS_URL}/api/v1/map?topic=council-tax&age=18`)).json();
    const rows = page.locator('offer-atlas tr[data-class]');
    assert.equal(await rows.count(), AREAS);
    for (const k of api.key) {
      assert.equal(await page.locator(`offer-atlas tr[data-class="${k.class}"]`).count(), k.count, k.class);
    }
    // Links go to the Atlas server's pages, not the host's.
    const href = await areas.first().getAttribute('href');
    assert.ok(href.startsWith(ATLAS_URL), href);
    // Sorting by answer puts the key's first class first; the header says how it is sorted.
    await page.locator('offer-atlas button.atlas-sort', { hasText: 'Answer' }).click();
    const first = api.key.find((k) => k.count > 0).class;
    assert.equal(await rows.first().getAttribute('data-class'), first);
    assert.equal(await page.locator('offer-atlas th[aria-sort="ascending"]').count(), 1);
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(sideways <= 0, `the host page scrolls ${sideways}px sideways`);
    assert.deepEqual(await axeAll(page, [['offer-atlas', '.atlas']]), []);
  } finally {
    await context.close();
    await closeServer(host.server);
    await closeServer(source.server);
  }
});
