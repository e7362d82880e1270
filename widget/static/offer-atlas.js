// <offer-atlas>: the Offer Atlas widget as a custom element.
//
//   <script type="module" src="https://ATLAS-HOST/widget/offer-atlas.js"></script>
//   <offer-atlas to="E06000054"></offer-atlas>
//
// Attributes: to (host council, ONS code), from, age, mode (compare | search | offers |
// board), partnership (board mode: the partnership's id), api (defaults to the origin this script came from). Renders into an open shadow root,
// so the page's CSS cannot reach in and ours cannot leak out. Stores nothing, sets no
// cookies, and talks only to the Atlas server.

const here = import.meta.url;
const DEFAULT_API = new URL(here).origin;
const MODES = ['compare', 'search', 'offers', 'board'];
const ready = new Map();

// Each mode is its own small module. Loads and starts one once, for every instance on
// the page that shows that mode.
function load(mode) {
  if (!ready.has(mode)) {
    const loading = import(new URL(`./offer_atlas_${mode}.js`, here).href).then(async (glue) => {
      await glue.default({ module_or_path: new URL(`./offer_atlas_${mode}_bg.wasm`, here) });
      return glue;
    });
    loading.catch(() => ready.delete(mode));
    ready.set(mode, loading);
  }
  return ready.get(mode);
}

class OfferAtlas extends HTMLElement {
  static get observedAttributes() { return ['to', 'from', 'age', 'mode', 'api', 'partnership']; }

  #mountPoint = null;
  #mounted = null;
  #turn = 0;

  connectedCallback() {
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: 'open' });
      // The widget's own root is the landmark, named by its heading.
      this.#mountPoint = document.createElement('div');
      // Server-rendered content inside the element (the page without script) stays on
      // show through a slot until the widget replaces it.
      if (this.childElementCount > 0) this.#mountPoint.append(document.createElement('slot'));
      else this.#mountPoint.textContent = 'Loading Offer Atlas…';
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
    let glue;
    try {
      glue = await load(mode);
    } catch (e) {
      if (turn === this.#turn) {
        this.#mountPoint.textContent = 'Sorry, Offer Atlas could not load here. ';
        const a = document.createElement('a');
        a.href = mode === 'board'
          ? `${this.#api()}/board/${encodeURIComponent(this.getAttribute('partnership') || '')}`
          : `${this.#api()}/compare?to=${encodeURIComponent(this.getAttribute('to') || '')}`;
        a.textContent = 'Open Offer Atlas';
        this.#mountPoint.append(a);
      }
      return;
    }
    if (turn !== this.#turn) return;
    const root = this.shadowRoot;
    if (!root.querySelector('style')) {
      const style = document.createElement('style');
      style.textContent = glue.widgetCss();
      root.prepend(style);
    }
    this.#unmount();
    this.#mountPoint.replaceChildren();
    this.#mounted = glue.mount(this.#mountPoint, {
      to: this.getAttribute('to') || '',
      from: this.getAttribute('from') || '',
      age: this.getAttribute('age') || '',
      mode,
      api: this.#api(),
      partnership: this.getAttribute('partnership') || '',
    });
    // The widget now shows what the server-rendered fallback did: keep one copy in the
    // document, so ids and find-in-page see only what is on screen.
    this.replaceChildren();
  }

  #api() {
    return (this.getAttribute('api') || DEFAULT_API).replace(/\/+$/, '');
  }
}

if (!customElements.get('offer-atlas')) customElements.define('offer-atlas', OfferAtlas);
