// A static mirror (`offer-atlas publish`) with the Offer Atlas server STOPPED: a plain
// static file server serves it, and the widget pointed at it compares Walsall → Wiltshire
// at 19 in the browser, with the shared compare rules, showing the same rows (topics and
// changes) as the API gave before the server stopped.
//
// Needs OFFER_ATLAS_BIN: the offer-atlas binary, built with the widget (scripts/browser-test
// sets it). This test starts its own server on its own data, so it can stop it.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { SPY, closeServer, launch } from './harness.mjs';

const BIN = process.env.OFFER_ATLAS_BIN;
const WALSALL = 'E08000030';
const WILTSHIRE = 'E06000054';

let browser; let mirrorServer; let hostServer; let mirrorUrl; let hostUrl;
let apiRows; let serverWidgetRequests; let serverSummary; let serverRowHeads;
let work;

/// Starts `offer-atlas serve` on a free port; resolves to { child, url }.
function serve(data) {
  return new Promise((ok, fail) => {
    const child = spawn(BIN, ['serve', '--addr', '127.0.0.1:0', '--data', data], {
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, RUST_LOG: 'warn' },
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/offer-atlas listening on (\S+)/);
      if (m) ok({ child, url: m[1] });
    });
    child.on('exit', (code) => fail(new Error(`offer-atlas exited (${code}) before listening`)));
  });
}

function stop(child) {
  return new Promise((ok) => {
    child.once('exit', ok);
    child.kill('SIGTERM');
  });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.atom': 'application/atom+xml',
  '.css': 'text/css; charset=utf-8',
};

/// A plain static file server, as a static host or CDN is: files, index.html for folders
/// (redirecting to the slash), CORS for other origins. Nothing Offer Atlas-specific.
function staticServer(dir) {
  const root = resolve(dir);
  return new Promise((ok) => {
    const server = createServer(async (req, res) => {
      const url = new URL(req.url, 'http://x');
      let file = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
      try {
        if ((await stat(file)).isDirectory()) {
          if (!url.pathname.endsWith('/')) {
            res.writeHead(301, { location: `${url.pathname}/` }).end();
            return;
          }
          file = join(file, 'index.html');
        }
        const body = await readFile(file);
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] || 'application/octet-stream',
          'access-control-allow-origin': '*',
        });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    server.listen(0, '127.0.0.1', () => ok(server));
  });
}

/// A council's page on its own origin, with the widget from the mirror pointed at it.
function councilPage(mirror) {
  return new Promise((ok) => {
    const server = createServer((req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      const mode = path === '/offers'
        ? 'mode="offers"'
        : `from="${WALSALL}" age="19"`;
      // The council's page in Arabic (/ar), or in English.
      const lang = path === '/ar' ? 'lang="ar" dir="rtl"' : 'lang="en"';
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html ${lang}><head><meta charset="utf-8"><title>Moving to Wiltshire?</title>
<script type="module" src="${mirror}/widget/offer-atlas.js"></script></head>
<body><h1>Moving to Wiltshire?</h1>
<offer-atlas to="${WILTSHIRE}" ${mode} api="${mirror}"></offer-atlas></body></html>`);
    });
    server.listen(0, '127.0.0.1', () => ok(server));
  });
}

const rowKey = (r) => `${r.topic}:${r.change}`;

before(async () => {
  assert.ok(BIN, 'set OFFER_ATLAS_BIN to the offer-atlas binary');
  work = mkdtempSync(join(tmpdir(), 'atlas-mirror-'));
  const data = join(work, 'data');
  const { child, url } = await serve(data);
  browser = await launch();
  try {
    // The API's answer, while the server runs.
    const answer = await (await fetch(`${url}/api/v1/compare?from=${WALSALL}&to=${WILTSHIRE}&age=19`)).json();
    // Rows that only hold what needs a situation or what a region agreed are shown in
    // their own sections ("If you are …", "What the region agreed"), and a row whose only
    // questions are about planned offers is asked in its council's one question about
    // them: neither is a topic row.
    const planned = (e) => e.status === 'planned' || e.status === 'pilot';
    const shownAsRow = (r) => r.change !== 'depends'
      && (r.change !== 'ask' || (r.lost || []).length > 0
        || [...r.stay, ...r.move].some((e) => e.question && !planned(e)));
    apiRows = answer.rows.filter(shownAsRow).map(rowKey).sort();
    // And the widget in server mode never asks for a mirror's files.
    const context = await browser.newContext();
    serverWidgetRequests = [];
    context.on('request', (r) => serverWidgetRequests.push(r.url()));
    const page = await context.newPage();
    await page.setContent(`<!doctype html><html lang="en"><head><title>t</title>
<script type="module" src="${url}/widget/offer-atlas.js"></script></head>
<body><offer-atlas to="${WILTSHIRE}" from="${WALSALL}" age="19"></offer-atlas></body></html>`);
    await page.locator('offer-atlas .atlas-row').first().waitFor({ timeout: 20000 });
    // What it says, to hold the mirror's rendering to.
    serverSummary = await page.locator('offer-atlas .atlas-summary').innerText();
    serverRowHeads = await page.locator('offer-atlas li.atlas-row > details > summary').allInnerTexts();
    await context.close();
  } finally {
    await stop(child);
  }
  // The server is stopped for good; publish from its data.
  const out = join(work, 'mirror');
  execFileSync(BIN, ['publish', '--out', out, '--data', data], { stdio: 'pipe' });
  mirrorServer = await staticServer(out);
  mirrorUrl = `http://127.0.0.1:${mirrorServer.address().port}`;
  hostServer = await councilPage(mirrorUrl);
  hostUrl = `http://127.0.0.1:${hostServer.address().port}`;
});

after(async () => {
  await browser?.close();
  await closeServer(mirrorServer);
  await closeServer(hostServer);
  if (work) rmSync(work, { recursive: true, force: true });
});

/// The rows the widget shows, as topic:change, each once.
async function widgetRows(widget) {
  const pairs = await widget.locator('li.atlas-row[data-topic]').evaluateAll((rows) =>
    rows.map((r) => `${r.dataset.topic}:${r.dataset.change}`));
  return [...new Set(pairs)].sort();
}

async function open(url) {
  const context = await browser.newContext();
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.addInitScript(SPY);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  return { context, page, requests, errors };
}

test('the server-mode widget never asks for a mirror', () => {
  assert.ok(serverWidgetRequests.some((u) => u.includes('/api/v1/compare')));
  assert.deepEqual(serverWidgetRequests.filter((u) => /mirror/.test(u)), []);
});

test('a council page compares Walsall to Wiltshire at 19 from the mirror, with no server', async () => {
  const { context, page, requests, errors } = await open(`${hostUrl}/`);
  try {
    const w = page.locator('offer-atlas');
    await w.locator('#atlas-result-title').filter({ hasText: 'Moving from Walsall to Wiltshire, aged 19' })
      .waitFor({ timeout: 30000 });
    assert.deepEqual(await widgetRows(w), apiRows, 'the same topics and changes as the API');
    // The answer's first line is the API's summary in words.
    const lede = await w.locator('.atlas-lede').innerText();
    assert.ok(lede.length > 10, lede);
    assert.equal(await w.locator('.atlas-summary').count(), 1);
    // It says it is a copy, and when it was made.
    assert.match(await w.locator('.atlas-mirror-made').innerText(),
      /From a copy of Offer Atlas made on \d{1,2} \w+ \d{4} at \d\d:\d\d UTC/);
    // Everything came from the mirror: its manifest, its JSON, the mirror module.
    const elsewhere = requests.filter((u) => !u.startsWith(mirrorUrl) && !u.startsWith(hostUrl));
    assert.deepEqual(elsewhere, []);
    const fromMirror = requests.filter((u) => u.startsWith(mirrorUrl)).map((u) => new URL(u).pathname);
    assert.ok(fromMirror.includes('/mirror.json'));
    assert.ok(fromMirror.includes('/widget/offer_atlas_mirror_bg.wasm'));
    assert.ok(fromMirror.includes(`/api/v1/authorities/${WALSALL}.json`));
    assert.ok(!fromMirror.some((p) => p.startsWith('/api/v1/compare')), 'asked a server to compare');
    // The links that need a server are not offered; the no-script link goes to the copy.
    assert.equal(await w.locator('a', { hasText: 'Link to this comparison' }).count(), 0);
    const fallback = await w.locator('a', { hasText: 'View without JavaScript' }).getAttribute('href');
    assert.equal(fallback, `${mirrorUrl}/authorities/${WILTSHIRE}/`);
    assert.deepEqual(await page.evaluate(() => window.__atlasUsed), [], 'no cookies or storage');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the mirror's own home page compares from the form, and its pages work", async () => {
  const { context, page, errors } = await open(`${mirrorUrl}/`);
  try {
    const w = page.locator('offer-atlas');
    await w.locator('#atlas-home').waitFor({ timeout: 20000 });
    // The council list came from the mirror's JSON.
    await w.locator('#atlas-councils option[value="Walsall"]').waitFor({ state: 'attached' });
    await w.locator('#atlas-home').fill('Walsall');
    await w.locator('#atlas-age').selectOption('19');
    await w.locator('button[type=submit]').click();
    await w.locator('#atlas-result-title').filter({ hasText: 'Moving from Walsall to Wiltshire, aged 19' })
      .waitFor({ timeout: 30000 });
    assert.deepEqual(await widgetRows(w), apiRows);
    // An offer's link leads to its page in the mirror.
    const offerLink = w.locator('a[href*="/offers/"]').first();
    const href = await offerLink.getAttribute('href');
    assert.ok(href.startsWith(`${mirrorUrl}/offers/`), href);
    const response = await page.request.get(href);
    assert.equal(response.status(), 200);
    assert.match(await response.text(), /<h2>History<\/h2>/);
    // A council's page, without JavaScript's help, links its feed.
    const council = await page.request.get(`${mirrorUrl}/authorities/${WILTSHIRE}/`);
    assert.match(await council.text(), /<link rel="alternate" type="application\/atom\+xml"/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a council page in Arabic compares from the mirror in Arabic', async () => {
  const { context, page, requests, errors } = await open(`${hostUrl}/ar`);
  try {
    const w = page.locator('offer-atlas');
    await w.locator('.atlas-row').first().waitFor({ timeout: 30000 });
    const arabic = /[\u0600-\u06FF]/;
    // The answer the mirror module computed is in the page's language, as the server's.
    assert.match(await w.locator('.atlas-summary').innerText(), arabic);
    assert.match((await w.locator('li.atlas-row > details > summary').allInnerTexts()).join(' '), arabic);
    assert.deepEqual(await widgetRows(w), apiRows, 'the same topics and changes');
    const fromMirror = requests.filter((u) => u.startsWith(mirrorUrl)).map((u) => new URL(u).pathname);
    assert.ok(fromMirror.includes('/widget/words/ar.json'), 'the catalogue came from the mirror');
    assert.equal(fromMirror.filter((p) => p.startsWith('/widget/words/')).length, 1, 'fetched once');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the mirror says exactly what the server said', async () => {
  const { context, page } = await open(`${hostUrl}/`);
  try {
    const w = page.locator('offer-atlas');
    await w.locator('.atlas-row').first().waitFor({ timeout: 30000 });
    assert.equal(await w.locator('.atlas-summary').innerText(), serverSummary);
    assert.deepEqual(await w.locator('li.atlas-row > details > summary').allInnerTexts(), serverRowHeads);
  } finally {
    await context.close();
  }
});

test("offers mode reads the council's offer from the mirror", async () => {
  const { context, page, requests, errors } = await open(`${hostUrl}/offers`);
  try {
    const w = page.locator('offer-atlas');
    await w.locator('#atlas-offers-title').filter({ hasText: 'What Wiltshire offers care leavers' })
      .waitFor({ timeout: 30000 });
    assert.ok(await w.locator('.atlas-ent').count() > 5);
    assert.ok(requests.some((u) => u === `${mirrorUrl}/api/v1/authorities/${WILTSHIRE}.json`));
    assert.ok(!requests.some((u) => u.includes('offer_atlas_mirror')), 'offers mode needs no mirror module');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
