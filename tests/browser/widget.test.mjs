// The <offer-atlas> widget embedded on a council page from another origin, with hostile
// CSS and two instances, in Debian's chromium. Run: ATLAS_URL=http://127.0.0.1:8080 npm test

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  ATLAS_URL, HOSTILE_CSS, SPY, axeAll, closeServer, deepFocus, hostServer, launch,
  widgetSource,
} from './harness.mjs';

const WALSALL = 'E08000030';
const WILTSHIRE = 'E06000054';

let browser; let source; let host;

before(async () => {
  source = await widgetSource();
  host = await hostServer({
    '/hostile': {
      title: 'Moving to Wiltshire? (hostile CSS)',
      css: HOSTILE_CSS,
      body: `<h1>Moving to Wiltshire?</h1>
<offer-atlas id="compare" to="${WILTSHIRE}" from="${WALSALL}" age="19"{api}></offer-atlas>
<p>Search everything:</p>
<offer-atlas id="search" to="${WILTSHIRE}" mode="search"{api}></offer-atlas>`,
    },
    '/keyboard': {
      title: 'Keyboard only',
      body: `<offer-atlas to="${WILTSHIRE}"{api}></offer-atlas>`,
    },
    '/offers': {
      title: 'Wiltshire Local Offer',
      body: `<offer-atlas to="${WILTSHIRE}" mode="offers"{api}></offer-atlas>`,
    },
  }, source);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await closeServer(host?.server);
  await closeServer(source?.server);
});

/// A fresh context that records every request and spies on storage, cookies and print.
async function open(path) {
  const context = await browser.newContext();
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.addInitScript(SPY);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${host.origin}${path}`);
  return { context, page, requests, errors };
}

/// A topic of the comparison (a disclosure), by the label its summary shows.
const rowNamed = (widget, label) =>
  widget.locator('.atlas-row').filter({ has: widget.page().locator('.atlas-topic-label', { hasText: label }) });

test('two widgets render inside their own shadow roots on a hostile page', async () => {
  const { context, page, errors } = await open('/hostile');
  try {
    const compare = page.locator('offer-atlas#compare');
    const search = page.locator('offer-atlas#search');
    await compare.locator('.atlas-row').first().waitFor({ timeout: 20000 });
    await search.locator('input#atlas-q').waitFor();

    const shadow = await page.evaluate(() => [...document.querySelectorAll('offer-atlas')].map((el) => ({
      open: el.shadowRoot !== null && el.shadowRoot.mode === 'open',
      rendered: el.shadowRoot?.querySelector('.atlas') !== null,
      lightChildren: el.children.length,
    })));
    assert.deepEqual(shadow, [
      { open: true, rendered: true, lightChildren: 0 },
      { open: true, rendered: true, lightChildren: 0 },
    ]);
    assert.equal(await page.evaluate(() => document.querySelectorAll('.atlas').length), 0,
      'nothing of the widget leaks into the page');

    // The host's `* { color: red !important; display: none … }` does not reach in.
    const look = await compare.locator('.atlas h2').first().evaluate((h) => {
      const s = getComputedStyle(h);
      return { color: s.color, display: s.display, size: parseFloat(s.fontSize) };
    });
    assert.notEqual(look.color, 'rgb(255, 0, 0)');
    assert.equal(look.display, 'block');
    assert.ok(look.size >= 16, `heading is ${look.size}px`);
    assert.ok(await compare.locator('button[type=submit]').isVisible());
    // …and the widget's CSS does not leak out: the host's own heading stays red.
    assert.equal(await page.locator('h1').evaluate((h) => getComputedStyle(h).color), 'rgb(255, 0, 0)');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('Walsall to Wiltshire at 19 opens with the answer, council tax kept', async () => {
  const { context, page } = await open('/hostile');
  try {
    const w = page.locator('offer-atlas#compare');
    await w.locator('.atlas-row').first().waitFor({ timeout: 20000 });
    await w.locator('#atlas-result-title').filter({ hasText: 'Moving from Walsall to Wiltshire, aged 19' }).waitFor();
    assert.equal(await w.locator('#atlas-home').inputValue(), 'Walsall', 'the preset council is shown by name');

    // The answer first: what certainly changes, what to ask and whom, what stays the same.
    const headings = (await w.locator('.atlas-result h3').allInnerTexts()).map((h) => h.trim());
    const at = (start) => headings.findIndex((h) => h.startsWith(start));
    assert.ok(at('What changes for certain') >= 0, headings.join(' | '));
    assert.ok(at('What changes for certain') < at('Ask before you move'), headings.join(' | '));
    assert.ok(at('Ask before you move') < at('What stays the same'), headings.join(' | '));
    assert.ok(await w.locator('.atlas-certain > li').count() > 0, 'something certainly changes');

    // Council tax help is kept: in "What stays the same", closed until opened.
    const councilTax = rowNamed(w, 'Council tax help');
    assert.equal(await councilTax.count(), 1);
    assert.equal(await councilTax.locator('xpath=ancestor::details[contains(@class, "atlas-same")]').count(), 1);
    assert.equal(await councilTax.isVisible(), false, 'what stays the same starts closed');
    await w.locator('details.atlas-same > summary').click();
    assert.equal((await councilTax.locator('.atlas-tag').innerText()).trim(), 'Keep');
    await councilTax.locator('summary').first().click();
    assert.match(await councilTax.innerText(), /You keep this if you move\./);

    // Every change carries a word, not only a colour.
    const tags = await w.locator('.atlas-row .atlas-tag').allInnerTexts();
    assert.ok(tags.length > 5);
    for (const t of tags) assert.ok(['Keep', 'Gain', 'Lose', 'Better', 'Worse', 'Ask', 'Depends'].includes(t.trim()), t);

    // Questions are grouped by whom to ask, and each says whom when opened.
    const groups = (await w.locator('.atlas-askgroup h4').allInnerTexts()).map((h) => h.trim());
    assert.equal(groups[0], 'Ask your Personal Adviser at Walsall', groups.join(' | '));
    const ask = w.locator('.atlas-askgroup .atlas-row-ask').first();
    await ask.locator('summary').click();
    assert.match(await ask.innerText(), /Who to ask:/);

    // The summary counts, the share link (councils and age only), the questions and print.
    const summary = await w.locator('.atlas-summary').innerText();
    assert.match(summary, /For certain, if you move you would lose \d+ things?/);
    assert.match(summary, /\d+ questions? to ask before you move; \d+ things? stays? the same\./);
    const share = `${ATLAS_URL}/compare?from=${WALSALL}&to=${WILTSHIRE}&age=19`;
    const link = w.locator('.atlas-actions').getByRole('link', { name: 'Link to this comparison' });
    assert.equal(await link.getAttribute('href'), share);
    assert.equal((await w.locator('.atlas-actions .atlas-url').innerText()).trim(), share, 'the address beside the link');
    assert.equal(await w.locator('.atlas-foot a').getAttribute('href'), share);
    // Each group of questions says how to reach whom to ask, or whom to ask to find them.
    const reach = await w.locator('.atlas-askgroup .atlas-contact').allInnerTexts();
    assert.equal(reach.length, groups.length, reach.join(' | '));
    // How old each side's source is.
    assert.match(await w.locator('.atlas-asof').innerText(), /Walsall's offer: from a \d{4} source/);
    const questions = w.locator('.atlas-actions').getByRole('link', { name: 'Questions to take to your Personal Adviser' });
    assert.equal(await questions.getAttribute('href'),
      `${ATLAS_URL}/compare/questions?from=${WALSALL}&to=${WILTSHIRE}&age=19`);
    // Plain words inside the widget too: every disclosure opened but the "Why?" ones (the
    // legal basis lives there), none of what the pages' test (tests/pages.rs) bans shows.
    const banned = ['.txt', 'null', 'unstated', 'applies_to', 'liable', 'Worth:',
      'whichever way it is read', 'section 23', 'reaches you'];
    const closedBefore = await w.locator('.atlas-result details:not([open])').count();
    const shown = await w.locator('.atlas-result').evaluate((el) => {
      const closed = [...el.querySelectorAll('details:not([open]):not(.atlas-why)')];
      closed.forEach((d) => { d.open = true; });
      const text = el.innerText;
      closed.forEach((d) => { d.open = false; });
      return text;
    });
    for (const word of banned) {
      assert.ok(!shown.toLowerCase().includes(word.toLowerCase()), `the widget shows ${JSON.stringify(word)}`);
    }
    await w.getByRole('button', { name: 'Print this comparison' }).click();
    assert.equal(await page.evaluate(() => window.__atlasPrints), 1);
    // Printed short: what is closed stays closed (the questions print by the stylesheet).
    assert.equal(await w.locator('.atlas-result details:not([open])').count(), closedBefore);
  } finally {
    await context.close();
  }
});

test('search mode: instant results announced, matches marked as text', async () => {
  const { context, page } = await open('/hostile');
  try {
    const w = page.locator('offer-atlas#search');
    const box = w.locator('input#atlas-q');
    await box.waitFor();
    await box.click();
    await page.keyboard.type('rent', { delay: 40 });
    const status = w.locator('[aria-live="polite"]');
    await status.filter({ hasText: /results? for “rent”/ }).waitFor({ timeout: 10000 });
    const marks = await w.locator('.atlas-hits mark').allInnerTexts();
    assert.ok(marks.length > 0, 'some words are marked');
    for (const m of marks) assert.match(m, /rent/i);
    assert.equal(await w.locator('.atlas-hits script, .atlas-hits b, .atlas-hits i').count(), 0);

    // The category filter narrows the results.
    await w.locator('select#atlas-category').selectOption('money');
    await status.filter({ hasText: /result/ }).waitFor();
    const cats = await w.locator('.atlas-hit .atlas-small').allInnerTexts();
    for (const c of cats) assert.match(c, /Money/);
  } finally {
    await context.close();
  }
});

test('keyboard only: Tab to the council, type it, choose an age, Enter compares', async () => {
  const { context, page } = await open('/keyboard');
  try {
    const w = page.locator('offer-atlas');
    await w.locator('input#atlas-home').waitFor();
    // Wait for the council list so the typed name can be matched.
    await page.waitForFunction(() => document.querySelector('offer-atlas').shadowRoot
      .querySelectorAll('#atlas-councils option').length > 10);

    await page.keyboard.press('Tab');
    assert.equal(await deepFocus(page), 'input#atlas-home');
    await page.keyboard.type('Walsall');

    await page.keyboard.press('Tab');
    assert.equal(await deepFocus(page), 'select#atlas-age');
    await page.keyboard.type('19');
    assert.equal(await w.locator('select#atlas-age').inputValue(), '19');

    // The optional details, then the button.
    await page.keyboard.press('Tab');
    assert.equal(await deepFocus(page), 'summary');
    await page.keyboard.press('Tab');
    assert.equal(await deepFocus(page), 'button');
    // Focus is visible: an outline drawn by the widget's CSS.
    const outline = await w.locator('button[type=submit]').evaluate((b) => getComputedStyle(b).outlineStyle);
    assert.notEqual(outline, 'none');

    await page.keyboard.press('Enter');
    await w.locator('.atlas-row').first().waitFor({ timeout: 20000 });
    assert.equal((await rowNamed(w, 'Council tax help').locator('.atlas-tag').textContent()).trim(), 'Keep');
    await w.locator('[role=status]').filter({ hasText: 'Comparison ready' }).waitFor();
  } finally {
    await context.close();
  }
});

test('keyboard only: an unknown council is refused with a message', async () => {
  const { context, page } = await open('/keyboard');
  try {
    const w = page.locator('offer-atlas');
    await w.locator('input#atlas-home').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Atlantis');
    await page.keyboard.press('Enter');
    await w.locator('#atlas-home-error').filter({ hasText: 'Choose the council that looked after you' }).waitFor();
    assert.equal(await w.locator('#atlas-home').getAttribute('aria-invalid'), 'true');
    assert.equal(await w.locator('.atlas-row').count(), 0);
  } finally {
    await context.close();
  }
});

test('offers mode: the host council by category, filtered by age band', async () => {
  const { context, page } = await open('/offers');
  try {
    const w = page.locator('offer-atlas');
    await w.locator('#atlas-offers-title').filter({ hasText: 'What Wiltshire offers care leavers' }).waitFor({ timeout: 20000 });
    const all = await w.locator('.atlas-offers .atlas-ent').count();
    assert.ok(all > 3, `${all} offers`);
    assert.ok((await w.locator('.atlas-category > h3').count()) >= 3);
    await w.locator('select#atlas-band').selectOption('16-17');
    await w.getByText('Showing help for people aged 16 to 17.').waitFor();
    const young = await w.locator('.atlas-offers .atlas-ent').count();
    assert.ok(young <= all);
    for (const t of await w.locator('.atlas-ent .atlas-small').allInnerTexts()) assert.match(t, /Aged 16 to 17/);
  } finally {
    await context.close();
  }
});

test('axe finds no violation at all inside the shadow roots', async () => {
  const { context, page } = await open('/hostile');
  try {
    const compare = page.locator('offer-atlas#compare');
    await compare.locator('.atlas-row').first().waitFor({ timeout: 20000 });
    const search = page.locator('offer-atlas#search');
    await search.locator('input#atlas-q').fill('council tax');
    await search.locator('.atlas-hit').first().waitFor({ timeout: 10000 });
    await compare.locator('details.atlas-more > summary').click(); // show the circumstances too
    const problems = await axeAll(page, [['offer-atlas#compare', '.atlas'], ['offer-atlas#search', '.atlas']]);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('no cookies, no web storage, and no request leaves 127.0.0.1', async () => {
  const { context, page, requests } = await open('/hostile');
  try {
    const compare = page.locator('offer-atlas#compare');
    await compare.locator('.atlas-row').first().waitFor({ timeout: 20000 });
    await page.locator('offer-atlas#search input#atlas-q').fill('rent');
    await page.locator('offer-atlas#search .atlas-hit').first().waitFor({ timeout: 10000 });
    assert.deepEqual(await context.cookies(), []);
    const state = await page.evaluate(() => ({
      used: window.__atlasUsed,
      local: localStorage.length,
      session: sessionStorage.length,
    }));
    assert.deepEqual(state, { used: [], local: 0, session: 0 });
    assert.ok(requests.some((u) => u.includes('/api/v1/compare?')), 'the widget asked the API');
    const outside = requests.filter((u) => {
      const url = new URL(u);
      return !['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1';
    });
    assert.deepEqual(outside, []);
    // The compare request carries only councils and age (no circumstances unless ticked).
    const asked = requests.find((u) => u.includes('/api/v1/compare?'));
    assert.deepEqual([...new URL(asked).searchParams.keys()].sort(), ['age', 'from', 'to']);
  } finally {
    await context.close();
  }
});

test('it works at 320 px wide (and so at 200% zoom of 640 px) without sideways scrolling', async () => {
  // Zooming a 640 px window to 200% lays the page out in 320 CSS px at 2 device pixels
  // per CSS pixel: the same as this viewport with deviceScaleFactor 2.
  for (const deviceScaleFactor of [1, 2]) {
    const context = await browser.newContext({ viewport: { width: 320, height: 700 }, deviceScaleFactor });
    try {
      const page = await context.newPage();
      await page.goto(`${host.origin}/keyboard`);
      const w = page.locator('offer-atlas');
      await page.waitForFunction(() => document.querySelector('offer-atlas').shadowRoot
        ?.querySelectorAll('#atlas-councils option').length > 10);
      await w.locator('input#atlas-home').fill('Walsall');
      await w.locator('select#atlas-age').selectOption('19');
      await w.locator('button[type=submit]').click();
      await w.locator('.atlas-row').first().waitFor({ timeout: 20000 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px (scale ${deviceScaleFactor})`);
      const width = await w.locator('.atlas').evaluate((el) => el.getBoundingClientRect().width);
      assert.ok(width <= 320, `widget is ${width}px wide`);
    } finally {
      await context.close();
    }
  }
});

test('a misspelt council suggests the nearest names; choosing one fills the field', async () => {
  const { context, page } = await open('/keyboard');
  try {
    const w = page.locator('offer-atlas');
    await page.waitForFunction(() => document.querySelector('offer-atlas').shadowRoot
      ?.querySelectorAll('#atlas-councils option').length > 10, null, { timeout: 20000 });
    await w.locator('#atlas-home').fill('Walsal');
    const suggestion = w.locator('.atlas-suggest').getByRole('button', { name: 'Walsall' });
    await suggestion.waitFor();
    await suggestion.click();
    assert.equal(await w.locator('#atlas-home').inputValue(), 'Walsall');
    assert.equal(await w.locator('.atlas-suggest').count(), 0, 'no suggestion for an exact name');
    assert.equal(await deepFocus(page), 'input#atlas-home', 'focus goes back to the field');
    await w.locator('#atlas-home').fill('wilts');
    await w.locator('.atlas-suggest').getByRole('button', { name: 'Wiltshire' }).waitFor();
  } finally {
    await context.close();
  }
});

test('a county care leaver is asked which district they live in', async () => {
  const { context, page } = await open('/keyboard');
  try {
    const w = page.locator('offer-atlas');
    await page.waitForFunction(() => document.querySelector('offer-atlas').shadowRoot
      ?.querySelectorAll('#atlas-councils option').length > 10, null, { timeout: 20000 });
    assert.equal(await w.locator('select#atlas-district').count(), 0, 'not before a council');
    await w.locator('#atlas-home').fill('Leicestershire');
    const district = w.locator('select#atlas-district');
    await district.waitFor();
    const options = await district.locator('option').allInnerTexts();
    assert.ok(options.includes('Blaby') && options.includes('Charnwood'), options.join(' | '));
    await district.selectOption({ label: 'Blaby' });
    await w.locator('select#atlas-age').selectOption('24');
    await w.locator('button[type=submit]').click();
    await w.locator('.atlas-summary').filter({ hasText: 'You live in Blaby now.' }).waitFor({ timeout: 20000 });
    // Not for a council that is not a county.
    await w.locator('#atlas-home').fill('Walsall');
    await w.locator('select#atlas-district').waitFor({ state: 'detached' });
  } finally {
    await context.close();
  }
});

test('after a submit, focus moves to the answer', async () => {
  const { context, page } = await open('/keyboard');
  try {
    const w = page.locator('offer-atlas');
    await page.waitForFunction(() => document.querySelector('offer-atlas').shadowRoot
      ?.querySelectorAll('#atlas-councils option').length > 10, null, { timeout: 20000 });
    await w.locator('#atlas-home').fill('Walsall');
    await w.locator('select#atlas-age').selectOption('19');
    await w.locator('button[type=submit]').click();
    await w.locator('.atlas-result').waitFor({ timeout: 20000 });
    await page.waitForFunction(() => {
      let a = document.activeElement;
      while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
      return a && a.id === 'atlas-result-title';
    }, null, { timeout: 5000 });
    assert.equal(await deepFocus(page), 'h2#atlas-result-title');
  } finally {
    await context.close();
  }
});
