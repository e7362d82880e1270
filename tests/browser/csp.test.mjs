// The <offer-atlas> widget on a council page whose Content-Security-Policy allows only the
// widget's origin for scripts, styles, connections and images, with no 'unsafe-inline' and
// no 'unsafe-eval' (only 'wasm-unsafe-eval', which WebAssembly needs): styled, working,
// and not one violation. Run: ATLAS_URL=http://127.0.0.1:8080 node --test csp.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AXE_SOURCE, axeAll, closeServer, hostServer, launch, widgetSource } from './harness.mjs';

const WALSALL = 'E08000030';
const WILTSHIRE = 'E06000054';

let browser; let source; let host; let widgetOrigin;

/// The strict policy README gives council web teams, for a widget at `widget` and an API
/// at `api` (the same origin unless the tests serve the widget from elsewhere).
function policy(widget, api, wasm = " 'wasm-unsafe-eval'") {
  const connect = [...new Set([widget, api])].join(' ');
  return `default-src 'none'; script-src ${widget}${wasm}; style-src ${widget}; `
    + `connect-src ${connect}; img-src ${widget}`;
}

before(async () => {
  source = await widgetSource();
  widgetOrigin = new URL(source.script).origin;
  const apiOrigin = source.api ? new URL(source.api).origin : widgetOrigin;
  host = await hostServer({
    '/strict': {
      title: 'Moving to Wiltshire? (strict CSP)',
      headers: { 'content-security-policy': policy(widgetOrigin, apiOrigin) },
      body: `<h1>Moving to Wiltshire?</h1>\n<offer-atlas to="${WILTSHIRE}"{api}></offer-atlas>`,
    },
    '/board': {
      title: 'Greater Manchester board (strict CSP)',
      headers: { 'content-security-policy': policy(widgetOrigin, apiOrigin) },
      body: `<h1>Our board</h1>\n<offer-atlas mode="board" partnership="greater-manchester" to="${WILTSHIRE}"{api}></offer-atlas>`,
    },
    '/no-wasm': {
      title: 'Without wasm-unsafe-eval',
      headers: { 'content-security-policy': policy(widgetOrigin, apiOrigin, '') },
      body: `<offer-atlas to="${WILTSHIRE}"{api}></offer-atlas>`,
    },
  }, source);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await closeServer(host?.server);
  await closeServer(source?.server);
});

/// Records every CSP violation the page reports, before any of its scripts run: the
/// `securitypolicyviolation` events (those from inside a shadow root reach the document
/// too) and chromium's console messages about the policy.
const RECORD = () => {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
  }, true);
};

async function open(path, viewport) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(RECORD);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (/Content[ -]Security[ -]Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e}`));
  const response = await page.goto(`${host.origin}${path}`);
  // The policy is really on the page (else this test would prove nothing).
  assert.match(response.headers()['content-security-policy'], /^default-src 'none'; script-src /);
  const violations = async () => [...problems, ...(await page.evaluate(() => window.__csp))];
  return { context, page, violations };
}

/// axe, run in the page without an inline <script> (which the policy refuses): DevTools'
/// own evaluation is not subject to the page's policy.
async function axeUnderPolicy(page, shadow) {
  await page.evaluate(AXE_SOURCE);
  return axeAll(page, shadow);
}

test('under a strict policy the widget is styled by its own stylesheet and compares', async () => {
  const { context, page, violations } = await open('/strict', { width: 1024, height: 900 });
  try {
    const w = page.locator('offer-atlas');
    await w.locator('input#atlas-home').waitFor({ timeout: 20000 });

    // Styled: what only the widget's stylesheet sets is applied inside the shadow root,
    // from a <link> to the widget's origin, and nothing is inline.
    const look = await page.evaluate(() => {
      const root = document.querySelector('offer-atlas').shadowRoot;
      const atlas = getComputedStyle(root.querySelector('.atlas'));
      const button = getComputedStyle(root.querySelector('button[type=submit]'));
      return {
        links: [...root.querySelectorAll('link[rel=stylesheet]')].map((l) => l.href),
        inline: root.querySelectorAll('style, [style]').length,
        containerType: atlas.containerType,
        accent: atlas.getPropertyValue('--_accent').trim(),
        buttonBackground: button.backgroundColor,
        buttonColor: button.color,
      };
    });
    // One sheet, beside the script, asked for by its version (a hash of its content).
    assert.equal(look.links.length, 1, look.links.join(' '));
    const sheet = new URL(look.links[0]);
    assert.equal(`${sheet.origin}${sheet.pathname}`, new URL('offer-atlas.css', source.script).href);
    assert.match(sheet.search, /^\?v=[0-9a-f]{16}$/);
    assert.equal(sheet.origin, widgetOrigin);
    assert.equal(look.inline, 0, 'no inline <style> or style attribute');
    assert.equal(look.containerType, 'inline-size', 'the stylesheet is applied');
    assert.equal(look.accent, '#1d70b8');
    assert.equal(look.buttonBackground, 'rgb(29, 112, 184)', 'the button has the accent colour');
    assert.equal(look.buttonColor, 'rgb(255, 255, 255)');

    // A comparison, from the form.
    await w.locator('input#atlas-home').fill('Walsall');
    await w.locator('select#atlas-age').selectOption('19');
    await w.locator('button[type=submit]').click();
    await w.locator('#atlas-result-title')
      .filter({ hasText: 'Moving from Walsall to Wiltshire, aged 19' }).waitFor({ timeout: 20000 });
    assert.ok(await w.locator('.atlas-row').count() > 5, 'rows of the comparison');
    assert.ok(await w.locator('.atlas-certain > li').count() > 0, 'what certainly changes');
    const tag = await w.locator('.atlas-row .atlas-tag').first()
      .evaluate((t) => getComputedStyle(t).fontWeight);
    assert.equal(tag, '700', 'the rows are styled too');

    assert.deepEqual(await violations(), [], 'no Content-Security-Policy violation');
    assert.deepEqual(await axeUnderPolicy(page, [['offer-atlas', '.atlas']]), []);

    // The recording works: an inline style on this page is refused and reported.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p style="color: red">x</p>'));
    await page.waitForFunction(() => window.__csp.length > 0);
    assert.match((await violations()).join('\n'), /style-src-attr/);
  } finally {
    await context.close();
  }
});

test('under a strict policy the board draws its bars without inline styles, on a phone', async () => {
  const { context, page, violations } = await open('/board', { width: 360, height: 800 });
  try {
    const w = page.locator('offer-atlas');
    await w.locator('table.atlas-matrix').waitFor({ timeout: 20000 });
    const bars = w.locator('.atlas-bars > li');
    assert.ok(await bars.count() > 0);
    assert.ok(await bars.first().isVisible(), 'on a phone the bars are HTML');
    const bar = await bars.first().locator('.atlas-bar').boundingBox();
    const track = await bars.first().locator('.atlas-bar-track').boundingBox();
    assert.ok(bar.width > 0 && bar.height >= 16, `a bar is drawn (${JSON.stringify(bar)})`);
    assert.ok(bar.width <= track.width + 0.5, 'within its track');
    assert.equal(await w.locator('.atlas-chart-drawing').first().isVisible(), false);
    assert.deepEqual(await violations(), [], 'no Content-Security-Policy violation');
    assert.deepEqual(await axeUnderPolicy(page, [['offer-atlas', '.atlas']]), []);
  } finally {
    await context.close();
  }
});

test("without 'wasm-unsafe-eval' the widget cannot start, says so and links to the page", async () => {
  const { context, page, violations } = await open('/no-wasm', { width: 1024, height: 900 });
  try {
    const w = page.locator('offer-atlas');
    await w.getByText('Sorry, Offer Atlas could not load here.').waitFor({ timeout: 20000 });
    assert.match(await w.getByRole('link', { name: 'Open Offer Atlas' }).getAttribute('href'),
      new RegExp(`/compare\\?to=${WILTSHIRE}$`));
    assert.match((await violations()).join('\n'), /script-src blocked wasm-eval/);
  } finally {
    await context.close();
  }
});
