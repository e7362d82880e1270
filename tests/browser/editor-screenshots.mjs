// Screenshots of the council editors' workspace for the README (docs/editor-*.png), taken
// in headless chromium as Walsall's editor. Run it against a scratch server: it saves one
// change to make the conflict page.
//   ATLAS_URL=http://127.0.0.1:PORT EDITOR_TOKEN=oat_... node editor-screenshots.mjs
// (EDITOR_TOKEN: `offer-atlas token create --role council-editor --authority E08000030`;
// with ADMIN_TOKEN, an admin's, also the people page.)
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { ATLAS_URL, launch } from './harness.mjs';

const TOKEN = process.env.EDITOR_TOKEN;
if (!TOKEN) throw new Error('EDITOR_TOKEN must be a council editor of Walsall (E08000030)');
const docs = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs');
const browser = await launch();

async function loading(page, act) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), act()]);
}

async function shot(page, name, top) {
  if (top) await page.evaluate((sel) => document.querySelector(sel).scrollIntoView(), top);
  const path = join(docs, `${name}.png`);
  await page.screenshot({ path });
  console.log(`wrote ${path}`);
}

try {
  const context = await browser.newContext({ viewport: { width: 1200, height: 820 } });
  const page = await context.newPage();
  await page.goto(`${ATLAS_URL}/editor/sign-in`);
  await page.fill('#atlas-f-token', TOKEN);
  await loading(page, () => page.press('#atlas-f-token', 'Enter'));
  await shot(page, 'editor-offers-1200');

  // Whom it is for, with what each choice does, on a phone.
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(`${ATLAS_URL}/editor/offers/walsall-council-tax`);
  await shot(page, 'editor-whom-360', 'fieldset:has(#atlas-f-applies-to)');

  // The preview of an edit, before saving.
  await page.setViewportSize({ width: 1200, height: 820 });
  await page.check('#atlas-f-applies-to-own_care_leavers_in_area');
  await page.selectOption('#atlas-f-preview-neighbour', 'E06000054');
  await page.selectOption('#atlas-f-preview-age', '19');
  await loading(page, () => page.click('button[value=preview]'));
  await shot(page, 'editor-preview-1200', '#atlas-preview');

  // A stale save: someone else saved first.
  const other = await context.newPage();
  await other.goto(`${ATLAS_URL}/editor/offers/walsall-leisure`);
  await page.goto(`${ATLAS_URL}/editor/offers/walsall-leisure`);
  await other.fill('#atlas-f-summary', 'Care leavers use Walsall\'s four leisure centres free: gym, swimming and classes. Pick up your card at the TLC Hub.');
  await loading(other, () => other.click('button[value=save]'));
  await page.fill('#atlas-f-title', 'Free gym, swimming and classes at four leisure centres');
  await page.fill('#atlas-f-summary', 'Free gym, swimming and classes at Walsall\'s four leisure centres for care leavers.');
  await loading(page, () => page.click('button[value=save]'));
  await page.setViewportSize({ width: 360, height: 780 });
  await shot(page, 'editor-conflict-360', 'fieldset:has(#atlas-keep-summary)');

  // A spreadsheet with mistakes: every one by row and column, nothing imported.
  await page.setViewportSize({ width: 1200, height: 820 });
  const csv = await (await fetch(`${ATLAS_URL}/api/v1/authorities/E08000030/offers.csv`)).text();
  const broken = csv
    .replace(',available,discretionary,', ',maybe,discretionary,')
    .replace(',17,25,', ',17,30,')
    .replace(',https://', ',htps://');
  await page.goto(`${ATLAS_URL}/editor/import`);
  await page.setInputFiles('#atlas-f-file', {
    name: 'walsall-offers-2026.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(broken),
  });
  await loading(page, () => page.click('main form[enctype] button[type=submit]'));
  await shot(page, 'editor-import-errors-1200', '.atlas-error[role=alert]');

  // A retired offer, listed with who retired it and why, ready to restore.
  await page.goto(`${ATLAS_URL}/editor/offers/walsall-leisure/retire`);
  await page.fill('#atlas-f-reason', 'Replaced by the Active Walsall card from April.');
  await loading(page, () => page.click('form[action$="/retire"] button[type=submit]'));
  await page.goto(`${ATLAS_URL}/editor/retired`);
  await shot(page, 'editor-retired-1200');

  // A lost token: the address to send a new one to, on a phone.
  const fresh = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const lost = await fresh.newPage();
  await lost.goto(`${ATLAS_URL}/editor/lost-token`);
  await shot(lost, 'editor-lost-token-360');

  if (process.env.ADMIN_TOKEN) {
    const admin = await (await browser.newContext({ viewport: { width: 1200, height: 820 } })).newPage();
    await admin.goto(`${ATLAS_URL}/editor/sign-in`);
    await admin.fill('#atlas-f-token', process.env.ADMIN_TOKEN);
    await loading(admin, () => admin.press('#atlas-f-token', 'Enter'));
    await admin.goto(`${ATLAS_URL}/editor/people`);
    await shot(admin, 'editor-people-1200');
  }
} finally {
  await browser.close();
}
