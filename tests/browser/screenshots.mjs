// Screenshots of the compare widget (Walsall -> Wiltshire at 19) for the README:
// docs/widget-360.png and docs/widget-1200.png. Same environment as the tests.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { closeServer, hostServer, launch, widgetSource } from './harness.mjs';

const docs = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs');
const source = await widgetSource();
const host = await hostServer({
  '/': {
    title: 'Moving to Wiltshire?',
    css: 'body { margin: 0; background: #f3f2f1; font-family: Georgia, serif; } offer-atlas { max-width: 60rem; margin: 0 auto; }',
    body: '<offer-atlas to="E06000054" from="E08000030" age="19"{api}></offer-atlas>',
  },
}, source);
const browser = await launch();
try {
  for (const [width, height] of [[360, 1400], [1200, 1300]]) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`${host.origin}/`);
    await page.locator('offer-atlas .atlas-row').first().waitFor({ timeout: 20000 });
    const path = join(docs, `widget-${width}.png`);
    await page.screenshot({ path });
    console.log(`wrote ${path}`);
    await page.close();
  }
} finally {
  await browser.close();
  await closeServer(host.server);
  await closeServer(source.server);
}
