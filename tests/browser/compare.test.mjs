// Issue #13 in a real browser: the comparison opens with the answer and fits a phone,
// every disclosure opens and closes by keyboard, the pages and the widget pass axe with no
// violation at all, the widget announces its own errors, the questions print, and at
// 360 px the pages use the width. One browser; pages are reused where they can be.
// Needs ATLAS_URL.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  ATLAS_URL, SPY, axeAll, closeServer, deepFocus, hostServer, launch, widgetSource,
} from './harness.mjs';

const WALSALL = 'E08000030';
const WILTSHIRE = 'E06000054';
const COMPARE = `/compare?from=${WALSALL}&to=${WILTSHIRE}&age=19`;
const QUESTIONS = `/compare/questions?from=${WALSALL}&to=${WILTSHIRE}&age=19`;
const PHONE = { width: 360, height: 640 };
const WIDE = { width: 1200, height: 900 };
const SCREEN = 640;

/// The server pages every test below looks at.
const PAGES = [
  ['compare, empty', '/compare'],
  ['compare, a result', COMPARE],
  ['compare, an error', `/compare?from=E99999999&to=${WILTSHIRE}&age=19`],
  ['compare, no age', `/compare?from=${WALSALL}&to=${WILTSHIRE}&age=`],
  ['compare, at university', '/compare?from=E08000012&to=E08000003&age=18&circumstances=in_higher_education'],
  ['compare, if you are and what the region agreed', '/compare?from=E08000003&to=E08000009&age=20'],
  ['compare, a county and its districts', '/compare?from=E10000018&to=E08000030&age=24&district=E07000129'],
  ['compare, one council', `/compare?from=${WALSALL}&to=${WALSALL}&age=19`],
  ['questions', QUESTIONS],
  ['an offer', '/offers/walsall-council-tax'],
  ['not found', '/no-such-page'],
  ['board', '/board/greater-manchester'],
  ['a council', `/authorities/${WILTSHIRE}`],
  ['search', '/search?q=wifi'],
];

let browser; let source; let host;

before(async () => {
  source = await widgetSource();
  host = await hostServer({
    '/compare': {
      title: 'Moving to Wiltshire?',
      body: `<offer-atlas to="${WILTSHIRE}" from="${WALSALL}" age="19"{api}></offer-atlas>`,
    },
    '/empty': {
      title: 'Moving to Wiltshire?',
      body: `<h1>Moving to Wiltshire?</h1><offer-atlas to="${WILTSHIRE}"{api}></offer-atlas>`,
    },
    '/two': {
      title: 'Two widgets',
      body: `<h1>Two councils</h1>
<offer-atlas id="a" to="${WILTSHIRE}"{api}></offer-atlas>
<offer-atlas id="b" to="${WALSALL}"{api}></offer-atlas>`,
    },
  }, source);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await closeServer(host?.server);
  await closeServer(source?.server);
});

/// Measures a comparison (`.atlas-result`) with every disclosure closed, in px from its
/// top: where the summary and the certain changes end, and its whole height. Then opens
/// every disclosure and counts them, and the questions, all and those on show.
const MEASURE = (result) => {
  const all = [...result.querySelectorAll('details')];
  for (const d of all) d.open = false;
  const top = result.getBoundingClientRect().top;
  const end = (el) => Math.round(el.getBoundingClientRect().bottom - top);
  const certain = result.querySelector('.atlas-certain');
  const closed = {
    summary: end(result.querySelector('.atlas-summary')),
    certain: certain.querySelectorAll(':scope > li').length,
    certainEnd: end(certain),
    total: Math.round(result.getBoundingClientRect().height),
  };
  for (const d of all) d.open = true;
  const questions = [...result.querySelectorAll('.atlas-qs > li')];
  const counts = {
    disclosures: all.length,
    shown: all.filter((d) => d.querySelector(':scope > summary').checkVisibility()).length,
    questions: questions.length,
    questionsShown: questions.filter((q) => q.checkVisibility()).length,
  };
  for (const d of all) d.open = false;
  return { ...closed, ...counts };
};

/// The comparison's budget on a phone, and the same content at 1,200 px.
async function checkBudget(t, page, result, what) {
  await page.setViewportSize(PHONE);
  const phone = await result.evaluate(MEASURE);
  t.diagnostic(`${what} at 360 px: ${JSON.stringify(phone)}`);
  assert.ok(phone.certain > 0, `${what}: Walsall to Wiltshire has certain changes`);
  assert.ok(phone.summary <= 2 * SCREEN, `${what}: the summary ends at ${phone.summary}px`);
  assert.ok(phone.certainEnd <= 2 * SCREEN,
    `${what}: the certain changes end at ${phone.certainEnd}px, past two screens (${2 * SCREEN}px)`);
  assert.ok(phone.total <= 8 * SCREEN,
    `${what}: the closed comparison is ${phone.total}px, past eight screens (${8 * SCREEN}px)`);
  assert.equal(phone.shown, phone.disclosures, `${what}: every disclosure is on show at 360 px`);
  assert.ok(phone.questions > 0, `${what}: there are questions to ask`);
  assert.equal(phone.questionsShown, phone.questions, `${what}: every question is on show at 360 px`);

  await page.setViewportSize(WIDE);
  const wide = await result.evaluate(MEASURE);
  t.diagnostic(`${what} at 1200 px: ${JSON.stringify(wide)}`);
  const content = (m) => ({
    certain: m.certain, disclosures: m.disclosures, shown: m.shown, questions: m.questionsShown,
  });
  assert.deepEqual(content(wide), content(phone),
    `${what}: nothing the phone shows is hidden at 1,200 px`,
  );
}

test('on a phone the comparison page shows the answer in two screens, all of it in eight', async (t) => {
  const context = await browser.newContext({ viewport: PHONE });
  try {
    const page = await context.newPage();
    await page.goto(`${ATLAS_URL}${COMPARE}`);
    await checkBudget(t, page, page.locator('.atlas-result'), 'the page');
  } finally {
    await context.close();
  }
});

test('on a phone the widget shows the answer in two screens, all of it in eight', async (t) => {
  const context = await browser.newContext({ viewport: PHONE });
  try {
    const page = await context.newPage();
    await page.goto(`${host.origin}/compare`);
    const result = page.locator('offer-atlas .atlas-result');
    await result.waitFor({ timeout: 20000 });
    await checkBudget(t, page, result, 'the widget');
  } finally {
    await context.close();
  }
});

/// Tabs through the comparison from the top of the page. Each disclosure reached must be
/// closed, show its focus, open on Enter and close on Space; one holding others is left
/// open so that Tab reaches those too. Returns how many were reached and how many exist.
async function tabThroughDisclosures(page, result) {
  const total = await result.evaluate((r) => {
    for (const d of r.querySelectorAll('details')) d.open = false;
    return r.querySelectorAll('details').length;
  });
  const deepActive = () => page.evaluateHandle(() => {
    let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    return a;
  });
  const isOpen = (h) => h.evaluate((s) => s.parentElement.open);
  const reached = [];
  for (let i = 0; i < 400 && reached.length < total; i += 1) {
    await page.keyboard.press('Tab');
    const summary = await deepActive();
    const info = await summary.evaluate((el) => {
      if (!el || el.tagName !== 'SUMMARY' || !el.closest('.atlas-result')) return null;
      const s = getComputedStyle(el);
      const again = el.dataset.tabbed === 'yes';
      el.dataset.tabbed = 'yes';
      return {
        again,
        text: el.textContent.trim().replace(/\s+/g, ' ').slice(0, 60),
        focusVisible: el.matches(':focus-visible'),
        outline: `${s.outlineStyle} ${s.outlineWidth}`,
        nests: el.parentElement.querySelector('details') !== null,
      };
    });
    if (!info) continue;
    if (info.again) {
      assert.fail(`Tab came back to "${info.text}" having reached ${reached.length} of ${total} disclosures`);
    }
    assert.equal(await isOpen(summary), false, `${info.text}: closed to start with`);
    assert.ok(info.focusVisible && /^solid [2-9]/.test(info.outline),
      `${info.text}: focus is visible (outline ${info.outline})`);
    await page.keyboard.press('Enter');
    assert.equal(await isOpen(summary), true, `${info.text}: Enter opens it`);
    await page.keyboard.press('Space');
    assert.equal(await isOpen(summary), false, `${info.text}: Space closes it`);
    if (info.nests) {
      await page.keyboard.press('Space');
      assert.equal(await isOpen(summary), true, `${info.text}: Space opens it`);
    }
    reached.push(info.text);
  }
  return { reached, total };
}

test('every disclosure opens and closes with the keyboard, focus visible: page and widget', async () => {
  const context = await browser.newContext({ viewport: WIDE });
  try {
    const page = await context.newPage();
    await page.goto(`${ATLAS_URL}${COMPARE}`);
    const inPage = await tabThroughDisclosures(page, page.locator('.atlas-result'));
    assert.ok(inPage.total > 10, `${inPage.total} disclosures on the page`);
    assert.equal(inPage.reached.length, inPage.total, `the page: reached ${inPage.reached.join(' | ')}`);

    await page.goto(`${host.origin}/compare`);
    const result = page.locator('offer-atlas .atlas-result');
    await result.waitFor({ timeout: 20000 });
    const inWidget = await tabThroughDisclosures(page, result);
    assert.equal(inWidget.total, inPage.total, 'the widget has the same disclosures as the page');
    assert.equal(inWidget.reached.length, inWidget.total, `the widget: reached ${inWidget.reached.join(' | ')}`);
  } finally {
    await context.close();
  }
});

/// Opens every disclosure under `root` (a page, or a widget's host element).
const openAll = (root) => root.evaluate((r) => {
  const scope = r.shadowRoot ?? r;
  for (const d of scope.querySelectorAll('details')) d.open = true;
});

test('axe finds no violation at all on the server pages', async () => {
  // axe needs script, and the pages' CSP would refuse it: bypass the CSP. The board page
  // then loads the widget, which would replace the server's HTML: refuse the widget.
  const context = await browser.newContext({ bypassCSP: true });
  await context.route('**/widget/**', (route) => route.abort());
  try {
    const page = await context.newPage();
    for (const [what, path] of PAGES) {
      const response = await page.goto(`${ATLAS_URL}${path}`);
      assert.ok(response.headers()['content-type'].startsWith('text/html'), `${what}: a page`);
      assert.deepEqual(await axeAll(page), [], `${what} (${path})`);
      if (await page.locator('details').count() > 0) {
        await openAll(page.locator('body'));
        assert.deepEqual(await axeAll(page), [], `${what} (${path}), every disclosure open`);
      }
    }
  } finally {
    await context.close();
  }
});

test('axe finds no violation at all inside the widget after a comparison', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${host.origin}/compare`);
    const widget = page.locator('offer-atlas');
    await widget.locator('.atlas-result').waitFor({ timeout: 20000 });
    assert.deepEqual(await axeAll(page, [['offer-atlas', '.atlas']]), []);
    await openAll(widget);
    assert.deepEqual(await axeAll(page, [['offer-atlas', '.atlas']]), [], 'every disclosure open');
  } finally {
    await context.close();
  }
});

test('the widget announces its own errors and moves focus to the field at fault', async () => {
  const context = await browser.newContext();
  await context.addInitScript(SPY);
  try {
    const page = await context.newPage();
    await page.goto(`${host.origin}/empty`);
    const w = page.locator('offer-atlas');
    await page.waitForFunction(() => document.querySelector('offer-atlas').shadowRoot
      ?.querySelectorAll('#atlas-councils option').length > 10, null, { timeout: 20000 });
    const status = w.locator('[role=status]');
    assert.equal((await status.textContent()).trim(), '', 'nothing said before a submit');

    // No council chosen: submit.
    await w.locator('button[type=submit]').click();
    const summary = w.locator('.atlas-error');
    await summary.waitFor();
    assert.equal((await summary.locator('h3').textContent()).trim(), 'There is a problem');
    assert.equal(await deepFocus(page), 'input#atlas-home', 'focus moves to the field at fault');
    assert.match((await status.textContent()).trim(), /^There is a problem/);
    assert.match(await status.textContent(), /Choose the council that looked after you/);
    assert.equal(await w.locator('#atlas-home').getAttribute('aria-invalid'), 'true');

    // The summary's link takes focus back to the field, inside the shadow root, without
    // touching the council page's address.
    const before = page.url();
    await w.locator('button[type=submit]').focus();
    await summary.getByRole('link').click();
    assert.equal(await deepFocus(page), 'input#atlas-home', 'the summary links to the field');
    assert.equal(page.url(), before, 'the host page address is unchanged');

    // A council but no age: the problem moves to the age.
    await w.locator('#atlas-home').fill('Walsall');
    await w.locator('button[type=submit]').click();
    await w.locator('#atlas-age-error').waitFor();
    assert.equal(await deepFocus(page), 'select#atlas-age');
    assert.match((await status.textContent()).trim(), /^There is a problem: Choose your age/);
    assert.equal(await w.locator('#atlas-home').getAttribute('aria-invalid'), null);
  } finally {
    await context.close();
  }
});

test('two widgets on one page are two landmarks, each named by its own heading', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${host.origin}/two`);
    await page.locator('offer-atlas#a h2', { hasText: 'Moving to Wiltshire?' }).waitFor({ timeout: 20000 });
    await page.locator('offer-atlas#b h2', { hasText: 'Moving to Walsall?' }).waitFor({ timeout: 20000 });
    // The accessibility tree as a screen reader gets it.
    for (const [id, name] of [['a', 'Moving to Wiltshire?'], ['b', 'Moving to Walsall?']]) {
      const tree = await page.locator(`offer-atlas#${id}`).ariaSnapshot();
      assert.ok(tree.startsWith(`- region "${name}"`), `offer-atlas#${id}: ${tree.split('\n')[0]}`);
      assert.equal(await page.getByRole('region', { name, exact: true }).count(), 1, name);
    }
  } finally {
    await context.close();
  }
});

test('the questions page prints on A4 without the navigation; the comparison prints short', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${ATLAS_URL}${QUESTIONS}`);
    const questions = page.locator('.atlas-qlist > li');
    assert.ok(await questions.count() > 0, 'questions to print');
    assert.ok(await page.locator('.site-nav').isVisible(), 'the navigation is on screen');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.site-nav').isVisible(), false, 'no navigation on paper');
    assert.ok(await questions.first().isVisible());
    assert.ok(await page.locator('.atlas-answer').first().isVisible(), 'a line for the answer');
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 1000, `a PDF of ${pdf.length} bytes`);
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');

    // The comparison prints short: the summary, the certain changes as their one line,
    // the questions with how to reach whom to ask; what is closed stays closed.
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${ATLAS_URL}${COMPARE}`);
    const bodies = page.locator('.atlas-certain details > :not(summary), .atlas-same > :not(summary)');
    const count = await bodies.count();
    assert.ok(count > 3, `${count} disclosure contents`);
    const shown = (l) => l.evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
    const asked = page.locator('.atlas-askgroup .atlas-qs > li');
    assert.equal(await shown(bodies), 0, 'closed on screen');
    assert.equal(await shown(asked), 0, 'questions are inside their topics on screen');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await shown(bodies), 0, 'closed on paper too');
    assert.equal(await shown(asked), await asked.count(), 'every question on paper');
    assert.ok(await page.locator('.atlas-askgroup .atlas-contact').first().isVisible(), 'how to reach them');
    assert.ok(await page.locator('.atlas-summary').isVisible());
    assert.equal(await page.locator('.site-nav').isVisible(), false);
    assert.equal(await page.locator('form.atlas-form').isVisible(), false, 'no form on paper');
    assert.ok((await page.pdf({ format: 'A4' })).length > 1000);
  } finally {
    await context.close();
  }
});

test('at 360 px the server pages use the width and do not scroll sideways', async () => {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    for (const [what, path] of PAGES) {
      await page.goto(`${ATLAS_URL}${path}`);
      const m = await page.evaluate(() => {
        const block = document.querySelector('.atlas') ?? document.querySelector('main');
        return {
          scrollWidth: document.documentElement.scrollWidth,
          left: Math.round(block.getBoundingClientRect().left),
          links: [...document.querySelectorAll('nav a')].map((a) => [a.textContent.trim(), a.getClientRects().length]),
        };
      });
      assert.ok(m.scrollWidth <= PHONE.width, `${what}: the page is ${m.scrollWidth}px wide`);
      assert.ok(m.left <= 16, `${what}: the content starts ${m.left}px from the edge`);
      assert.ok(m.links.length >= 4, `${what}: navigation links`);
      for (const [text, boxes] of m.links) assert.equal(boxes, 1, `${what}: "${text}" wraps inside the link`);
    }
  } finally {
    await context.close();
  }
});

test('the compare page asks a county care leaver which district, and its skip link goes to the answer', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${ATLAS_URL}/compare?from=E10000018&to=${WALSALL}&age=24`);
    const district = page.locator('select#atlas-district');
    assert.ok(await district.isVisible());
    await district.selectOption({ label: 'Blaby' });
    await page.locator('form.atlas-form button[type=submit]').click();
    await page.locator('.atlas-summary').filter({ hasText: 'You live in Blaby now.' }).waitFor();
    assert.match(page.url(), /district=E07000129/);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to the answer');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'atlas-result-title');
    await page.goto(`${ATLAS_URL}/compare?from=${WALSALL}&to=${WILTSHIRE}&age=19`);
    assert.equal(await page.locator('select#atlas-district').count(), 0);
  } finally {
    await context.close();
  }
});
