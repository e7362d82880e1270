// <offer-atlas>: the Offer Atlas widget as a custom element.
//
//   <script type="module" src="https://ATLAS-HOST/widget/offer-atlas.js"></script>
//   <offer-atlas to="E06000054"></offer-atlas>
//
// Attributes: to (host council, ONS code), from, age, mode (compare | search | offers |
// board | map), partnership (board mode: the partnership's id), topic (map mode: a topic's
// slug; with from, or instead of it), api (the Offer Atlas server or a
// static mirror of it; defaults to where this script came from), lang (en, ar, fa-AF, ps;
// defaults to the nearest lang around the element). Renders into an open
// shadow root, so the page's CSS cannot reach in and ours cannot leak out. Its styles come
// from offer-atlas.css beside this script, linked, never inline: it runs under a
// Content-Security-Policy without 'unsafe-inline' (README: embedding the widget). Stores nothing,
// sets no cookies, and talks only to the Atlas server (or mirror).
//
// A static mirror (`offer-atlas publish`) has a manifest, mirror.json, at its root and the
// API's public reads at their paths plus ".json". The widget treats `api` as a mirror when
// that manifest is there: it then reads the JSON files and computes comparisons in the
// browser with an extra module (offer_atlas_mirror), loaded only then. It only asks for the
// manifest when it could be one: this script's copy in a mirror knows it is in one (publish
// sets the flag below), and a copy from a server asks only when `api` points elsewhere.

const PUBLISHED_MIRROR = false;
const MIRROR_FORMAT = 'offer-atlas-mirror/1';

const here = import.meta.url;
// A mirror may live under a path (https://example.org/atlas/): its root is the folder
// above widget/. A server's is its origin.
const OWN_BASE = (PUBLISHED_MIRROR ? new URL('..', here).href : new URL(here).origin).replace(/\/+$/, '');
const MODES = ['compare', 'search', 'offers', 'board', 'map'];
// The widget's stylesheet, a file beside this script (in a mirror too). Each shadow root
// links it: a page whose Content-Security-Policy allows this script's origin in style-src
// then allows the sheet, where an inline <style> would need 'unsafe-inline'. The browser
// fetches it once for every instance on the page. scripts/build-widget adds the sheet's
// version (?v=, a hash of it) to this address, so a new sheet is never read from a cache.
const STYLESHEET = new URL('./offer-atlas.css', here).href;
// Each module's version, a hash of its glue and wasm, written in by scripts/build-widget as
// the sheet's is. A module's glue and wasm are asked for with it (?v=), so a browser never
// runs a cached glue with a new wasm, nor an old widget against a newer API; a server lets
// browsers keep a file asked for by its current version for a year.
const VERSIONS = { offer_atlas_compare: '', offer_atlas_search: '', offer_atlas_offers: '', offer_atlas_board: '', offer_atlas_map: '', offer_atlas_mirror: '' };
const ready = new Map();
const mirrors = new Map();

// "3 December 2026 at 14:05 UTC" for the manifest's generation time.
function madeOn(time) {
  const t = new Date(time);
  if (Number.isNaN(t.getTime())) return String(time || 'an unknown date');
  return `${new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(t)} UTC`;
}

// The mirror's manifest, or null when `api` is an Offer Atlas server.
function mirrorAt(api) {
  if (api === OWN_BASE && !PUBLISHED_MIRROR) return Promise.resolve(null);
  if (!mirrors.has(api)) {
    mirrors.set(api, fetch(`${api}/mirror.json`, { credentials: 'omit', referrerPolicy: 'no-referrer' })
      .then((r) => (r.ok ? r.json() : null))
      .then((m) => (m && m.format === MIRROR_FORMAT ? m : null))
      .catch(() => null));
  }
  return mirrors.get(api);
}

// Each mode is its own small module. Loads and starts one once, for every instance on
// the page that shows that mode.
function load(mode) {
  if (!ready.has(mode)) {
    const v = VERSIONS[`offer_atlas_${mode}`] ? `?v=${VERSIONS[`offer_atlas_${mode}`]}` : '';
    const loading = import(new URL(`./offer_atlas_${mode}.js${v}`, here).href).then(async (glue) => {
      await glue.default({ module_or_path: new URL(`./offer_atlas_${mode}_bg.wasm${v}`, here) });
      return glue;
    });
    loading.catch(() => ready.delete(mode));
    ready.set(mode, loading);
  }
  return ready.get(mode);
}

class OfferAtlas extends HTMLElement {
  static get observedAttributes() { return ['to', 'from', 'age', 'mode', 'api', 'partnership', 'topic', 'lang']; }

  #mountPoint = null;
  #mounted = null;
  #turn = 0;
  // Settles when the stylesheet has loaded (or failed to), so the widget is never drawn
  // unstyled first.
  #styled = null;

  connectedCallback() {
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: 'open' });
      const sheet = document.createElement('link');
      sheet.rel = 'stylesheet';
      sheet.href = STYLESHEET;
      this.#styled = new Promise((settle) => {
        sheet.addEventListener('load', settle, { once: true });
        sheet.addEventListener('error', settle, { once: true });
      });
      root.append(sheet);
      // The widget's own root is the landmark, named by its heading.
      this.#mountPoint = document.createElement('div');
      // Server-rendered content inside the element (the page without script) stays on
      // show through a slot until the widget replaces it.
      if (this.childElementCount > 0) this.#mountPoint.append(document.createElement('slot'));
      else {
        const loading = this.#mountPoint;
        loading.textContent = 'Loading Offer Atlas…';
        wordsFor(this.#api(), this).then((words) => {
          if (loading.childElementCount === 0 && loading.textContent === 'Loading Offer Atlas…') {
            loading.textContent = said(words, 'widget-loading', 'Loading Offer Atlas…');
          }
        });
      }
      root.append(this.#mountPoint);
    }
    this.#render();
  }

  disconnectedCallback() {
    this.#turn++;
    this.#unmount();
  }

  attributeChangedCallback(_name, oldValue, newValue) {
    if (oldValue !== newValue && this.#mountPoint && this.isConnected) this.#render();
  }

  #unmount() {
    if (this.#mounted) {
      this.#mounted.unmount();
      this.#mounted.free();
      this.#mounted = null;
    }
  }

  async #render() {
    const turn = ++this.#turn;
    const asked = (this.getAttribute('mode') || 'compare').trim().toLowerCase();
    const mode = MODES.includes(asked) ? asked : 'compare';
    const api = this.#api();
    // The mode's module and the manifest load side by side; a mirror's comparisons need
    // the mirror module too, which starts loading as soon as the manifest is seen.
    const mirror = mirrorAt(api).then((m) => {
      if (m && mode === 'compare') load('mirror').catch(() => {});
      return m;
    });
    let glue;
    let manifest;
    let words;
    try {
      [glue, manifest, , words] = await Promise.all([load(mode), mirror, this.#styled, wordsFor(api, this)]);
    } catch (e) {
      if (turn === this.#turn) {
        manifest = await mirror;
        words = await wordsFor(api, this);
        this.#mountPoint.textContent = `${said(words, 'widget-could-not-load', 'Sorry, Offer Atlas could not load here.')} `;
        const a = document.createElement('a');
        const to = encodeURIComponent(this.getAttribute('to') || '');
        a.href = manifest
          ? `${api}/authorities/${to}/`
          : mode === 'board'
            ? `${api}/board/${encodeURIComponent(this.getAttribute('partnership') || '')}`
            : mode === 'map'
              ? `${api}/map`
              : `${api}/compare?to=${to}`;
        a.textContent = said(words, 'widget-open', 'Open Offer Atlas');
        this.#mountPoint.append(a);
      }
      return;
    }
    if (turn !== this.#turn) return;
    let mirrorOption = null;
    if (manifest) {
      mirrorOption = { generated: madeOn(manifest.generated_at) };
      if (mode === 'compare') {
        mirrorOption.compare = async (request) => (await load('mirror')).compare(api, request, words);
      }
    }
    this.#unmount();
    this.#mountPoint.replaceChildren();
    this.#mounted = glue.mount(this.#mountPoint, {
      to: this.getAttribute('to') || '',
      from: this.getAttribute('from') || '',
      age: this.getAttribute('age') || '',
      mode,
      api,
      partnership: this.getAttribute('partnership') || '',
      topic: this.getAttribute('topic') || '',
      mirror: mirrorOption,
      words,
    });
    // The widget now shows what the server-rendered fallback did: keep one copy in the
    // document, so ids and find-in-page see only what is on screen.
    this.replaceChildren();
  }

  #api() {
    return (this.getAttribute('api') || OWN_BASE).replace(/\/+$/, '');
  }
}

// The reader's language: the element's `lang`, or the nearest one around it (a council's
// page in Arabic, <html lang="ar">, shows the widget in Arabic). English needs nothing more;
// another language's catalogue loads beside the wasm, from the same server or mirror, once
// per page. If it cannot load, the widget speaks English.
const catalogues = new Map();
function wordsFor(api, element) {
  const tag = ((element.closest('[lang]') || element).getAttribute('lang') || 'en').trim();
  const primary = tag.toLowerCase().split(/[-_]/)[0];
  if (!tag || (primary === 'en' && tag.toLowerCase() !== 'en-xa')) return Promise.resolve(null);
  const url = `${api}/widget/words/${encodeURIComponent(tag)}.json`;
  if (!catalogues.has(url)) {
    catalogues.set(url, fetch(url, { credentials: 'omit' })
      .then((response) => (response.ok ? response.text() : null))
      .catch(() => null));
  }
  return catalogues.get(url);
}

// A message with no values in it, from the catalogue fetched, for what this script says
// itself (while loading, or when the wasm cannot load); `english` is en.ftl's, as a test
// checks.
function said(words, id, english) {
  try {
    const entry = words && JSON.parse(words).m.find(([key]) => key === id);
    if (entry && !/[\u0001-\u0007]/.test(entry[1])) return entry[1];
  } catch (e) {
    // Not a catalogue: English.
  }
  return english;
}

if (!customElements.get('offer-atlas')) customElements.define('offer-atlas', OfferAtlas);
