// The interface in Arabic (right to left) and in the pseudo-locale, in Debian's chromium:
// pages and the widget carry lang="ar" dir="rtl", lay out at 360 px without scrolling
// sideways, pass axe, and the keyboard moves in reading order (right to left along a
// row); in the pseudo-locale no English interface word is left (the councils' own words,
// marked lang="en", stay as written). Needs ATLAS_URL.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ATLAS_URL, axeAll, closeServer, hostServer, launch, widgetSource } from './harness.mjs';

const WALSALL = 'E08000030';
const WILTSHIRE = 'E06000054';
const MOVE = `from=${WALSALL}&to=${WILTSHIRE}&age=19`;
const ARABIC_PAGES = [
  `/compare?${MOVE}&lang=ar`,
  `/compare/questions?${MOVE}&lang=ar`,
  '/?lang=ar',
  '/search?q=money&lang=ar',
  '/map?topic=council-tax&age=19&lang=ar',
];
const ARABIC = /[\u0600-\u06FF]/;

let browser; let source; let host;

before(async () => {
  source = await widgetSource();
  host = await hostServer({
    '/arabic': {
      title: 'Moving to Wiltshire?',
      body: `<offer-atlas lang="ar" to="${WILTSHIRE}" from="${WALSALL}" age="19"{api}></offer-atlas>`,
    },
    '/pseudo': {
      title: 'Moving to Wiltshire?',
      body: `<offer-atlas lang="en-XA" to="${WILTSHIRE}" from="${WALSALL}" age="19"{api}></offer-atlas>`,
    },
    '/pseudo-search': {
      title: 'Search',
      body: `<offer-atlas lang="en-XA" mode="search" to="${WILTSHIRE}"{api}></offer-atlas>`,
    },
    '/pseudo-offers': {
      title: 'Our offer',
      body: `<offer-atlas lang="en-XA" mode="offers" to="${WILTSHIRE}"{api}></offer-atlas>`,
    },
    '/pseudo-board': {
      title: 'Our board',
      body: `<offer-atlas lang="en-XA" mode="board" partnership="greater-manchester"{api}></offer-atlas>`,
    },
    '/pseudo-map': {
      title: 'Where could I move?',
      body: `<main><offer-atlas lang="en-XA" mode="map" topic="council-tax" age="18"{api}></offer-atlas></main>`,
    },
    '/english': {
      title: 'Moving to Wiltshire?',
      body: `<offer-atlas to="${WILTSHIRE}" from="${WALSALL}" age="19"{api}></offer-atlas>`,
    },
  }, source);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await closeServer(host?.server);
  await closeServer(source?.server);
});

/// Words of two or more plain letters in what a reader sees or hears (text and the
/// attributes read aloud), outside elements marked lang="en" (councils' own words) or
/// translate="no" (what the reader typed). In the pseudo-locale every catalogue letter is
/// accented: text with no accented letter at all did not come from the catalogue (plain
/// words inside a catalogue sentence are the values put into it, such as a council's name).
function englishLeft(root) {
  const found = new Set();
  const plain = (raw, prefix = '') => {
    // An address shown as text (a link to share) is not words.
    const text = raw.replace(/https?:\/\/\S+/g, '');
    if (/[^\x00-\x7F]/.test(text) && /[\p{L}]/u.test(text.replace(/[A-Za-z]/g, ''))) return;
    for (const w of text.match(/[A-Za-z]{2,}/g) || []) found.add(prefix + w);
  };
  const visit = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      plain(node.textContent);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(node.tagName)) return;
      if (node.getAttribute('lang') === 'en' || node.getAttribute('translate') === 'no') return;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) plain(node.getAttribute(a) || '', `${a}:`);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return [...found];
}

async function page(path, { width = 360, script = false, forAxe = false } = {}) {
  const context = await browser.newContext(forAxe
    ? { bypassCSP: true, viewport: { width, height: 800 } }
    : { javaScriptEnabled: script, viewport: { width, height: 800 } });
  const p = await context.newPage();
  const requests = [];
  p.on('request', (r) => requests.push(r.url()));
  const response = await p.goto(path.startsWith('http') ? path : `${ATLAS_URL}${path}`);
  assert.equal(response.status(), 200, path);
  return { context, page: p, requests };
}

for (const width of [360, 1200]) {
  test(`Arabic pages are right to left, fit ${width} px and pass axe`, async () => {
    for (const path of ARABIC_PAGES) {
      const { context, page: p } = await page(path, { width, forAxe: true });
      try {
        const html = await p.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
        assert.deepEqual(html, ['ar', 'rtl'], path);
        assert.match(await p.locator('h1').innerText(), ARABIC, `${path}: the heading is in Arabic`);
        assert.deepEqual(await axeAll(p), [], path);
        const sideways = await p.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(sideways <= 0, `${path} scrolls ${sideways}px sideways at ${width}px`);
      } finally {
        await context.close();
      }
    }
  });
}

test('the Arabic comparison shows its answer, its changes in words, and its questions', async () => {
  const { context, page: p } = await page(`/compare?${MOVE}&lang=ar`);
  try {
    const answer = p.locator('.atlas-result');
    assert.equal(await answer.count(), 1);
    const tags = await answer.locator('.atlas-tag').allTextContents();
    assert.ok(tags.length > 5);
    for (const t of tags) assert.match(t, ARABIC, `a change word in Arabic: ${t}`);
    // The rows lean to the right: each row's start edge is its right edge.
    const row = await answer.locator('.atlas-row').first().evaluate((r) => getComputedStyle(r).borderRightWidth);
    assert.equal(row, '6px', 'the coloured edge of a row is on its start side, the right');
  } finally {
    await context.close();
  }
});

test('the keyboard moves through an Arabic page in reading order, right to left', async () => {
  const { context, page: p } = await page(`/compare?${MOVE}&lang=ar`, { width: 1200 });
  try {
    // From the top: the skip link, then the language menu and the site's links, each a row
    // read from the right.
    const stops = [];
    for (let i = 0; i < 14; i += 1) {
      await p.keyboard.press('Tab');
      stops.push(await p.evaluate(() => {
        const a = document.activeElement;
        const box = a.getBoundingClientRect();
        return { nav: a.closest('nav')?.className || '', right: box.right, top: Math.round(box.top) };
      }));
    }
    for (const nav of ['languages', 'site-nav']) {
      const row = stops.filter((s) => s.nav === nav);
      assert.ok(row.length >= 4, `${nav}: ${row.length} stops`);
      for (let i = 1; i < row.length; i += 1) {
        if (row[i].top !== row[i - 1].top) continue;
        assert.ok(row[i].right < row[i - 1].right, `${nav}: stop ${i} is left of the one before`);
      }
    }
  } finally {
    await context.close();
  }
});

test('a page in the pseudo-locale has no English interface word left', async () => {
  const paths = [
    `/compare?${MOVE}&lang=en-XA`,
    `/compare/questions?${MOVE}&lang=en-XA`,
    '/?lang=en-XA',
    '/compare?lang=en-XA',
    '/search?q=money&lang=en-XA',
    `/authorities/${WILTSHIRE}?lang=en-XA`,
    '/map?topic=council-tax&age=19&lang=en-XA',
    `/map?from=${WALSALL}&age=19&lang=en-XA`,
    '/coverage?lang=en-XA',
  ];
  for (const path of paths) {
    const { context, page: p } = await page(path, { width: 1200 });
    try {
      const left = await p.evaluate(`(${englishLeft.toString()})(document.body)`);
      // The language menu names each language in itself.
      const allowed = new Set(['English']);
      assert.deepEqual(left.filter((w) => !allowed.has(w)), [], path);
    } finally {
      await context.close();
    }
  }
});

test('the widget in Arabic loads only the Arabic catalogue and lays out right to left at 360 px', async () => {
  const { context, page: p, requests } = await page(`${host.origin}/arabic`, { script: true });
  try {
    const w = p.locator('offer-atlas');
    await w.locator('.atlas-row').first().waitFor({ timeout: 20000 });
    const atlas = await w.locator('.atlas').evaluate((a) => [a.lang, a.dir, getComputedStyle(a).direction]);
    assert.deepEqual(atlas, ['ar', 'rtl', 'rtl']);
    assert.match(await w.locator('.atlas-tag').first().innerText(), ARABIC);
    const words = requests.filter((r) => r.includes('/widget/words/'));
    assert.deepEqual(words.map((r) => new URL(r).pathname), ['/widget/words/ar.json']);
    const sideways = await p.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(sideways <= 0, `the page scrolls ${sideways}px sideways`);
    const box = await w.boundingBox();
    assert.ok(box.width <= 360, `the widget is ${box.width}px wide`);
    assert.deepEqual(await axeAll(p, [['offer-atlas', '.atlas']]), []);
  } finally {
    await context.close();
  }
});

test('the widget in English loads no catalogue', async () => {
  const { context, page: p, requests } = await page(`${host.origin}/english`, { script: true });
  try {
    await p.locator('offer-atlas .atlas-row').first().waitFor({ timeout: 20000 });
    assert.deepEqual(requests.filter((r) => r.includes('/widget/words/')), []);
    assert.equal(await p.locator('offer-atlas .atlas').getAttribute('dir'), 'ltr');
  } finally {
    await context.close();
  }
});

test('the widget in the pseudo-locale has no English interface word left', async () => {
  const { context, page: p } = await page(`${host.origin}/pseudo`, { script: true });
  try {
    const w = p.locator('offer-atlas');
    await w.locator('.atlas-row').first().waitFor({ timeout: 20000 });
    // Open every disclosure, so what is inside is checked too.
    await w.locator('details:not([open]) > summary').evaluateAll((ss) => ss.forEach((s) => s.click()));
    const left = await p.evaluate(`(${englishLeft.toString()})(document.querySelector('offer-atlas'))`);
    assert.deepEqual(left, []);
  } finally {
    await context.close();
  }
});

for (const [mode, ready] of [
  ['search', 'input'],
  ['offers', '.atlas-ent, .atlas-offer, h2'],
  ['board', 'table'],
  ['map', 'svg'],
]) {
  test(`the ${mode} widget in the pseudo-locale has no English interface word left`, async () => {
    const { context, page: p, requests } = await page(`${host.origin}/pseudo-${mode}`, { script: true });
    try {
      const w = p.locator('offer-atlas');
      await w.locator(ready).first().waitFor({ timeout: 20000 });
      await p.waitForTimeout(500);
      const left = await p.evaluate(`(${englishLeft.toString()})(document.querySelector('offer-atlas'))`);
      assert.deepEqual(left, [], mode);
      const words = requests.filter((r) => r.includes('/widget/words/')).map((r) => new URL(r).pathname);
      assert.deepEqual(words, ['/widget/words/en-XA.json'], mode);
    } finally {
      await context.close();
    }
  });
}

test('the Arabic questions page prints right to left, within the page width', async () => {
  const { context, page: p } = await page(`/compare/questions?${MOVE}&lang=ar`, { width: 800 });
  try {
    await p.emulateMedia({ media: 'print' });
    const main = await p.locator('main').evaluate((m) => [getComputedStyle(m).direction, m.scrollWidth - m.clientWidth]);
    assert.equal(main[0], 'rtl');
    assert.ok(main[1] <= 0, `the printed questions overflow by ${main[1]}px`);
    // Each question starts at the right: its list marker side is the start side.
    const list = p.locator('main ol, main ul').first();
    const side = await list.evaluate((l) => [getComputedStyle(l).paddingInlineStart, getComputedStyle(l).paddingRight]);
    assert.equal(side[0], side[1], 'the list is indented on its right, where Arabic starts');
    const pdf = await p.pdf({ format: 'A4' });
    assert.ok(pdf.length > 1000, 'a printable document');
  } finally {
    await context.close();
  }
});
