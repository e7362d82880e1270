// The council editors' workspace in a real browser: keyboard only with JavaScript off
// (sign in, choose the council, add an offer, follow the error summary to the fields,
// preview, save, mark reviewed, sign out), and axe-core finding no violations at all on
// every page state, at 360 px and 1,200 px, with nothing wider than the screen.
// Needs ATLAS_URL and ADMIN_TOKEN (scripts/browser-test creates one before it starts the
// server). It writes only to Medway (E06000035) and Slough (E06000039), which the other
// browser tests do not read.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ATLAS_URL, AXE_SOURCE, deepFocus, launch } from './harness.mjs';

const ADMIN_TOKEN = process.env.ADMIN_TOKEN;
const MEDWAY = 'E06000035';
let browser;

before(async () => {
  assert.ok(ADMIN_TOKEN, 'ADMIN_TOKEN must be set');
  browser = await launch();
});
after(async () => { await browser?.close(); });

/// Does `act` and waits for the page it loads (a POST keeps the address).
async function loading(page, act) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), act()]);
}

/// Presses Tab until `matches(element)` holds for the focused element (at most `max`
/// presses), and returns how many it took. `matches` runs in the page.
async function tabTo(page, matches, arg, max = 120) {
  for (let i = 1; i <= max; i += 1) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(
      ([source, a]) => {
        const el = document.activeElement;
        // eslint-disable-next-line no-new-func
        return el ? new Function('el', 'arg', `return (${source})(el, arg);`)(el, a) : false;
      },
      [matches.toString(), arg],
    );
    if (found) return i;
  }
  throw new Error(`Tab never reached ${matches} ${arg ?? ''}`);
}

const byId = (el, id) => el.id === id;
const byText = (el, text) => el.textContent.replace(/\s+/g, ' ').includes(text);
const saveButton = (el) => el.tagName === 'BUTTON' && el.value === 'save';
const previewButton = (el) => el.tagName === 'BUTTON' && el.value === 'preview';

/// Every axe violation (any impact) on the page, summarised.
async function axeAll(page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  const { violations, checked } = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document);
    return { violations: r.violations, checked: r.passes.reduce((n, p) => n + p.nodes.length, 0) };
  });
  if (checked < 20) throw new Error(`axe checked only ${checked} nodes`);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`);
}

/// axe at both widths, and nothing wider than a 360 px phone.
async function accessible(page, what) {
  for (const width of [360, 1200]) {
    await page.setViewportSize({ width, height: 900 });
    const violations = await axeAll(page);
    assert.deepEqual(violations, [], `${what} at ${width} px`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${what} is ${overflow} px wider than ${width} px`);
  }
}

test('an editor works the workspace with the keyboard alone, JavaScript off, on a phone', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(`${ATLAS_URL}/editor`);
    assert.match(page.url(), /\/editor\/sign-in$/);
    await tabTo(page, byId, 'atlas-f-token');
    await page.keyboard.type(ADMIN_TOKEN);
    await loading(page, () => page.keyboard.press('Enter'));

    // An administrator chooses the council (type-ahead in the list).
    await tabTo(page, byId, 'atlas-f-authority');
    await page.keyboard.type('Medway');
    await page.keyboard.press('Tab');
    await loading(page, () => page.keyboard.press('Enter'));
    assert.equal(new URL(page.url()).searchParams.get('authority'), MEDWAY);
    assert.match(await page.locator('main h1').textContent(), /Medway's offers/);

    await tabTo(page, byText, 'Add an offer');
    await loading(page, () => page.keyboard.press('Enter'));
    await tabTo(page, byId, 'atlas-f-topic');
    await page.keyboard.type('Wifi');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Free home wifi for a year');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Broadband at home for your first year.');
    await tabTo(page, saveButton);
    await loading(page, () => page.keyboard.press('Enter'));

    // The error summary comes first; its links take the keyboard to the fields.
    const summary = page.locator('.atlas-error[role=alert]');
    assert.match(await summary.textContent(), /Basis: this field is required/);
    assert.match(await summary.textContent(), /Whom it is for: this field is required/);
    await page.locator('main').focus().catch(() => {});
    await tabTo(page, (el, text) => el.tagName === 'A' && el.textContent.startsWith(text), 'Basis');
    await page.keyboard.press('Enter');
    assert.equal(await deepFocus(page), 'input#atlas-f-basis');
    await page.keyboard.press('ArrowRight'); // Discretionary
    await page.keyboard.press('Tab'); // into "Whom it is for": the first choice
    await page.keyboard.press('Space'); // any care leaver living in the area
    assert.equal(await deepFocus(page), 'input#atlas-f-applies-to');
    await tabTo(page, byId, 'atlas-f-source-document');
    await page.keyboard.type('Medway Local Offer 2026');
    await page.keyboard.press('Tab');
    await page.keyboard.type('page 4');

    // Preview, then save: the typed values survive the preview.
    await tabTo(page, previewButton);
    await loading(page, () => page.keyboard.press('Enter'));
    assert.match(await page.locator('#atlas-preview').textContent(), /What care leavers would see/);
    assert.equal(await page.locator('#atlas-f-title').inputValue(), 'Free home wifi for a year');
    await tabTo(page, saveButton);
    await loading(page, () => page.keyboard.press('Enter'));
    assert.match(await page.locator('[role=status]').textContent(), /“Free home wifi for a year” was added/);

    // Reviewed, no change, from the list.
    await tabTo(page, byText, 'Reviewed, no change: Free home wifi for a year');
    await loading(page, () => page.keyboard.press('Enter'));
    assert.match(await page.locator('[role=status]').textContent(), /marked as reviewed today/);

    await tabTo(page, byText, 'Sign out');
    await loading(page, () => page.keyboard.press('Enter'));
    assert.match(await page.locator('[role=status]').textContent(), /You are signed out/);
    await page.goto(`${ATLAS_URL}/editor`);
    assert.match(page.url(), /\/editor\/sign-in$/);
  } finally {
    await context.close();
  }
});

test('every page of the workspace passes axe with no violations at 360 px and 1,200 px', async () => {
  // axe needs script; the pages have none of their own (bypassCSP lets axe in).
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const other = await context.newPage();
  try {
    await page.goto(`${ATLAS_URL}/editor/lost-token`);
    await accessible(page, 'lost token');
    await page.fill('#atlas-f-email', 'not an address');
    await loading(page, () => page.press('#atlas-f-email', 'Enter'));
    await accessible(page, 'lost token, a bad address');
    await page.goto(`${ATLAS_URL}/editor/new-token/${'0'.repeat(64)}`);
    await accessible(page, 'a replacement link that has ended');

    await page.goto(`${ATLAS_URL}/editor/sign-in`);
    await accessible(page, 'sign in');
    await page.fill('#atlas-f-token', 'oat_wrong');
    await loading(page, () => page.press('#atlas-f-token', 'Enter'));
    await accessible(page, 'sign in, refused');
    await page.fill('#atlas-f-token', ADMIN_TOKEN);
    await loading(page, () => page.press('#atlas-f-token', 'Enter'));
    await accessible(page, 'choose a council');

    await page.goto(`${ATLAS_URL}/editor?authority=${MEDWAY}`);
    await accessible(page, 'the offers');
    await page.goto(`${ATLAS_URL}/editor?authority=E06000039&category=health-and-wellbeing&due=yes`);
    await accessible(page, 'the offers, filtered');

    await page.goto(`${ATLAS_URL}/editor/offers/new?authority=${MEDWAY}`);
    await accessible(page, 'a new offer');
    await loading(page, () => page.click('button[value=save]'));
    assert.match(await page.locator('.atlas-error').first().textContent(), /There is a problem/);
    await accessible(page, 'a new offer with errors');

    await page.goto(`${ATLAS_URL}/editor/offers/slough-clinical-team`);
    await page.check('#atlas-f-applies-to-unstated');
    await loading(page, () => page.click('button[value=preview]'));
    await accessible(page, 'the preview');

    // A stale save: another tab saves first.
    await page.goto(`${ATLAS_URL}/editor/offers/slough-clinical-team`);
    await other.goto(`${ATLAS_URL}/editor/offers/slough-clinical-team`);
    await other.fill('#atlas-f-contact', 'Saved first from another tab');
    await loading(other, () => other.click('button[value=save]'));
    // Both changed the contact: the conflict page asks whose to keep (the title merges).
    await page.fill('#atlas-f-title', 'Mental health clinicians in the leaving care team');
    await page.fill('#atlas-f-contact', 'Changed in this tab too');
    await loading(page, () => page.click('button[value=save]'));
    assert.match(await page.locator('#atlas-conflict').textContent(), /Someone else saved this offer first/);
    await accessible(page, 'a stale save, the field both changed');
    await loading(page, () => page.click('button[value=save]'));
    assert.match(await page.locator('.atlas-error').first().textContent(), /There is a problem/);
    await accessible(page, 'a stale save, no choice made');
    await page.check('#atlas-keep-contact-mine');
    await loading(page, () => page.click('button[value=save]'));

    await page.goto(`${ATLAS_URL}/editor/offers/slough-clinical-team/history`);
    assert.match(await page.locator('main').textContent(), /Version 3: Changed/);
    await accessible(page, 'the history');

    await page.goto(`${ATLAS_URL}/editor/offers/slough-mental-health-drop-in/retire`);
    await accessible(page, 'retire');
    await loading(page, () => page.click('form[action$="/retire"] button[type=submit]'));
    assert.match(await page.locator('main').textContent(), /Reason: must not be empty/);
    await accessible(page, 'retire without a reason');
    await page.fill('#atlas-f-reason', 'The drop-in closed in March.');
    await loading(page, () => page.click('form[action$="/retire"] button[type=submit]'));

    // The council's retired offers, and a restore that brings the offer back.
    await page.goto(`${ATLAS_URL}/editor/retired?authority=E06000039`);
    assert.match(await page.locator('main').textContent(), /The drop-in closed in March\./);
    await accessible(page, 'the retired offers');
    await loading(page, () => page.click('form[action="/editor/offers/slough-mental-health-drop-in/restore"] button[type=submit]'));
    await accessible(page, 'after a restore');
    const back = await context.request.get(`${ATLAS_URL}/api/v1/offers/slough-mental-health-drop-in`);
    assert.equal(back.status(), 200, 'restored offers are public again');

    // A board's notes (an administrator may write any board's).
    await page.goto(`${ATLAS_URL}/editor/board/greater-manchester`);
    await accessible(page, "a board's notes");
    await page.fill('#atlas-note-text', 'Travel to 25 from April');
    await page.fill('#atlas-note-evidence_url', 'minutes');
    await loading(page, () => page.click('form[action="/editor/board/greater-manchester"] button[type=submit]'));
    assert.match(await page.locator('main').textContent(), /There is a problem/);
    await accessible(page, "a board's notes, with a problem");

    await page.goto(`${ATLAS_URL}/editor/import?authority=${MEDWAY}`);
    await accessible(page, 'the upload form');
    // The template's example row, titled so that it is new on every run.
    const example = await (await fetch(`${ATLAS_URL}/editor/template.csv`)).text();
    const template = example.replace(',money,Setting-up-home grant,', `,money,Setting-up-home grant ${Date.now()},`);
    assert.notEqual(template, example);
    const bad = template.replace(',18,24,', ',18,30,');
    assert.notEqual(bad, template);
    await page.setInputFiles('#atlas-f-file', { name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await loading(page, () => page.click('main form[enctype] button[type=submit]'));
    assert.match(await page.locator('main').textContent(), /age_to \(L\)/);
    await accessible(page, 'a dry run with errors');

    await page.goto(`${ATLAS_URL}/editor/import?authority=${MEDWAY}`);
    await page.setInputFiles('#atlas-f-file', { name: 'template.csv', mimeType: 'text/csv', buffer: Buffer.from(template) });
    await loading(page, () => page.click('main form[enctype] button[type=submit]'));
    assert.match(await page.locator('main').textContent(), /1 to add, 0 to change/);
    await accessible(page, 'a dry run to apply');
    await loading(page, () => page.click('form[action="/editor/import/apply"] button'));
    assert.match(await page.locator('[role=status]').textContent(), /1 added, 0 changed, 0 retired/);
    await accessible(page, 'imported');

    await page.goto(`${ATLAS_URL}/editor/offers/no-such-offer`);
    await accessible(page, 'an offer that does not exist');
    await page.goto(`${ATLAS_URL}/editor?authority=${MEDWAY}`);
    await loading(page, () => page.click('button:text("Sign out")'));
    await accessible(page, 'signed out');
  } finally {
    await context.close();
  }
});

test('an admin invites and revokes someone on the people page, every state passing axe', async () => {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(`${ATLAS_URL}/editor/sign-in`);
    await page.fill('#atlas-f-token', ADMIN_TOKEN);
    await loading(page, () => page.press('#atlas-f-token', 'Enter'));
    await loading(page, () => page.click('a[href="/editor/people"] >> nth=0'));
    assert.match(await page.locator('main h1').textContent(), /People and tokens/);
    await accessible(page, 'the people');

    // An invitation without an email address: the summary links to the field.
    await page.selectOption('#atlas-invite-role', 'council-editor');
    await page.selectOption('#atlas-invite-authority', MEDWAY);
    await page.fill('#atlas-invite-name', 'Sam Patel');
    await page.fill('#atlas-invite-expires-in-days', '30');
    await loading(page, () => page.click('form[action="/editor/people/invite"] button[type=submit]'));
    const summary = page.locator('.atlas-error[role=alert]');
    assert.match(await summary.textContent(), /Email address/);
    assert.equal(await page.locator('#atlas-invite-name').inputValue(), 'Sam Patel');
    await accessible(page, 'an invitation with a problem');
    await summary.locator('a').first().click();
    assert.equal(await deepFocus(page), 'input#atlas-invite-email');

    await page.fill('#atlas-invite-email', 'sam.patel@medway.gov.uk');
    await loading(page, () => page.click('form[action="/editor/people/invite"] button[type=submit]'));
    assert.match(await page.locator('#atlas-new-token').inputValue(), /^oat_[0-9a-f]{64}$/);
    await accessible(page, 'the new token, shown once');

    await page.goto(`${ATLAS_URL}/editor/people?for=${MEDWAY}`);
    await accessible(page, 'the people for one council');
    await loading(page, () => page.click('form[action$="/revoke"] button[type=submit]'));
    assert.match(await page.locator('[role=status]').textContent(), /was revoked/);
    await accessible(page, 'a token revoked');
  } finally {
    await context.close();
  }
});

test('the staff pages in Arabic are right to left, keep the language, and pass axe at both widths', async () => {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const ARABIC = /[\u0600-\u06FF]/;
  const arabicPage = async (what) => {
    const html = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
    assert.deepEqual(html, ['ar', 'rtl'], what);
    assert.match(await page.locator('main h1').textContent(), ARABIC, `${what}: the heading`);
    await accessible(page, `${what}, in Arabic`);
  };
  try {
    await page.goto(`${ATLAS_URL}/editor/sign-in?lang=ar`);
    await arabicPage('sign in');
    await page.fill('#atlas-f-token', ADMIN_TOKEN);
    await loading(page, () => page.press('#atlas-f-token', 'Enter'));
    // Signed in, the workspace is still in Arabic: the language went with the form.
    assert.match(page.url(), /lang=ar/);
    await arabicPage('choose a council');
    for (const path of [
      `/editor?authority=${MEDWAY}`,
      `/editor/offers/new?authority=${MEDWAY}`,
      `/editor/import?authority=${MEDWAY}`,
      '/editor/people',
      '/covenant/register',
    ]) {
      await page.goto(`${ATLAS_URL}${path}${path.includes('?') ? '&' : '?'}lang=ar`);
      await arabicPage(path);
    }
    // A form sent with a problem answers in Arabic, its summary too.
    await page.goto(`${ATLAS_URL}/editor/offers/new?authority=${MEDWAY}&lang=ar`);
    await loading(page, () => page.click('button[value=save]'));
    assert.match(await page.locator('.atlas-error[role=alert]').textContent(), ARABIC);
    await arabicPage('a new offer with problems');
  } finally {
    await context.close();
  }
});
