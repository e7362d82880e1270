// Shared set-up for the browser tests: Debian's chromium through playwright-core, a
// council-like host page on its own origin (127.0.0.1, another port), and axe-core.
//
// Environment:
//   ATLAS_URL          the Atlas server (default http://127.0.0.1:8080); it serves the API,
//                      the widget at /widget/offer-atlas.js and the server-rendered pages.
//   ATLAS_WIDGET_DIST  optional: a built widget/dist to serve from a third origin instead of
//                      ${ATLAS_URL}/widget/ (for a server that does not embed it yet);
//                      the host page then passes api="${ATLAS_URL}".
//   CHROMIUM           the browser (default /usr/bin/chromium).

import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
export const AXE_SOURCE = require('axe-core').source;

export const ATLAS_URL = (process.env.ATLAS_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');

export const LAUNCH_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: LAUNCH_ARGS,
  });
}

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

function listen(handler) {
  return new Promise((ok) => {
    const server = createServer(handler);
    server.listen(0, '127.0.0.1', () => ok(server));
  });
}

/// Serves a built widget/dist from its own origin, with CORS like the Atlas server.
async function serveDist(dir) {
  const root = resolve(dir);
  const server = await listen(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = join(root, path.replace(/^\/+/, ''));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
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
  return server;
}

/// Where the widget's module comes from, and the `api` attribute the host must add.
export async function widgetSource() {
  if (process.env.ATLAS_WIDGET_DIST) {
    const server = await serveDist(process.env.ATLAS_WIDGET_DIST);
    const { port } = server.address();
    return { script: `http://127.0.0.1:${port}/offer-atlas.js`, api: ATLAS_URL, server };
  }
  return { script: `${ATLAS_URL}/widget/offer-atlas.js`, api: null, server: null };
}

/// CSS a careless council site might have: it must not change the widget.
export const HOSTILE_CSS = `
  * { all: unset !important; color: red !important; font-family: "Comic Sans MS", cursive !important; }
  div, p, section, h2, h3, li, form { display: inline !important; background: yellow !important; }
  offer-atlas { font-size: 7px !important; line-height: 0.5 !important; }
  .atlas, .atlas-row, button, input, select { display: none !important; }
  mark { background: black !important; }
  :focus { outline: none !important; }
`;

/// A host page on another origin. `body` is HTML; `{script}` and `{api}` are filled in;
/// `headers` (optional) are sent with the page, such as its Content-Security-Policy.
export async function hostServer(pages, source) {
  const apiAttr = source.api ? ` api="${source.api}"` : '';
  const server = await listen((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const page = pages[path];
    if (!page) { res.writeHead(404).end(); return; }
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>${page.css ? `<style>${page.css}</style>` : ''}
<script type="module" src="${source.script}"></script></head>
<body>${page.body.replaceAll('{api}', apiAttr)}</body></html>`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...page.headers });
    res.end(html);
  });
  const { port } = server.address();
  return { server, origin: `http://127.0.0.1:${port}` };
}

/// Counts every use of cookies, web storage and IndexedDB, and every print, before any
/// page script runs.
export const SPY = () => {
  const used = [];
  window.__atlasUsed = used;
  window.__atlasPrints = 0;
  window.print = () => { window.__atlasPrints += 1; };
  for (const k of ['getItem', 'setItem', 'removeItem', 'clear', 'key']) {
    const orig = Storage.prototype[k];
    Storage.prototype[k] = function (...a) { used.push(`storage.${k}`); return orig.apply(this, a); };
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    get() { used.push('cookie.read'); return cookie.get.call(this); },
    set(v) { used.push('cookie.write'); cookie.set.call(this, v); },
  });
  if (window.indexedDB) {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (...a) { used.push('indexedDB.open'); return open.apply(this, a); };
  }
};

/// The element that has focus, looking through open shadow roots: "tag#id".
export function deepFocus(page) {
  return page.evaluate(() => {
    let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    return a ? `${a.tagName.toLowerCase()}${a.id ? `#${a.id}` : ''}` : null;
  });
}

/// Runs axe-core on the whole page, or inside shadow roots: `shadow` lists
/// [host selector, selector inside its shadow root] pairs. Returns every violation, of any
/// impact (minor ones too), summarised. Fails if axe checked nothing (a wrong selector).
export async function axeAll(page, shadow) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.addScriptTag({ content: AXE_SOURCE });
  }
  const { violations, checked } = await page.evaluate(async (pairs) => {
    const context = pairs ? { include: pairs.map((p) => ({ fromShadowDom: p })) } : document;
    // eslint-disable-next-line no-undef
    const r = await axe.run(context);
    return { violations: r.violations, checked: r.passes.reduce((n, p) => n + p.nodes.length, 0) };
  }, shadow ?? null);
  if (checked < 20) throw new Error(`axe checked only ${checked} nodes: is the context right?`);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`);
}

export function closeServer(server) {
  return server ? new Promise((ok) => server.close(ok)) : Promise.resolve();
}
