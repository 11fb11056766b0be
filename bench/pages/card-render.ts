// The page side of bench/card-render.mjs: the same 1,448 services rendered three ways.
import { html, LitElement, unsafeCSS } from 'lit';
import { GerServiceCard, type Service } from '../../packages/components/src/service-card/service-card.js';

/** The texts a bare Lit card shows, prepared outside the timing. */
interface Texts {
  title: string;
  href: string;
  agency: string;
  description: string;
  facts: [string, string][];
}

declare global {
  interface Window {
    cardBench: {
      load(url: string): Promise<number>;
      staticVersion(): Promise<{ html: string; css: string; texts: Texts[] }>;
      run(variant: 'static' | 'ger' | 'bare', payload?: unknown): Promise<number>;
    };
  }
}

let services: Service[] = [];
const root = () => document.getElementById('root')!;
/** After the next frame has been produced: the time a user waits to see the result. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const cardCss = () => GerServiceCard.elementStyles.map((style) => (style as { cssText: string }).cssText);

/** The card's styles for the document: `:host` becomes the wrapper's class and every rule is scoped to it. */
function scoped(rules: CSSRuleList): string {
  return [...rules]
    .map((rule) => {
      if (rule instanceof CSSStyleRule) {
        const selector = rule.selectorText
          .split(',')
          .map((part) => part.trim())
          .map((part) => (part.startsWith(':host') ? part.replace(/^:host\((.*)\)$/, '.card-host$1').replace(/^:host/, '.card-host') : `.card-host ${part}`))
          .join(', ');
        return `${selector} { ${rule.style.cssText} }`;
      }
      if (rule instanceof CSSMediaRule) return `@media ${rule.conditionText} { ${scoped(rule.cssRules)} }`;
      return rule.cssText;
    })
    .join('\n');
}

/** A bare Lit element with the card's template and styles and no logic: the issue's reference point. */
function defineBareCard() {
  if (customElements.get('bare-card')) return;
  class BareCard extends LitElement {
    static override styles = cardCss().map((text) => unsafeCSS(text));
    static override properties = { t: { attribute: false } };
    declare t: Texts;
    override render() {
      const { title, href, agency, description, facts } = this.t;
      return html`<div part="card" class="card full">
        <div class="header">
          <div part="heading" class="heading" role="heading" aria-level="2"><a part="link" class="link" href=${href}>${title}</a></div>
        </div>
        <p part="agency" class="agency">${agency}</p>
        <p part="description" class="description">${description}</p>
        <dl part="facts" class="facts">${facts.map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}</dl>
      </div>`;
    }
  }
  customElements.define('bare-card', BareCard);
}

window.cardBench = {
  async load(url) {
    services = await (await fetch(url)).json();
    return services.length;
  },

  /** Renders the cards once and reads back their DOM and styles as plain HTML and CSS. */
  async staticVersion() {
    const cards = services.map((service) => Object.assign(document.createElement('ger-service-card'), { service }));
    root().append(...cards);
    await Promise.all(cards.map((card) => card.updateComplete));
    const markup = cards.map((card) => `<div class="card-host">${card.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, '')}</div>`).join('');
    const texts = cards.map((card) => {
      const shadow = card.shadowRoot!;
      const text = (selector: string) => shadow.querySelector(selector)?.textContent ?? '';
      const facts = [...shadow.querySelectorAll('dl > div')].map(
        (div) => [div.querySelector('dt')!.textContent!, div.querySelector('dd')!.textContent!] as [string, string],
      );
      return {
        title: text('.link'),
        href: shadow.querySelector('.link')!.getAttribute('href')!,
        agency: text('.agency'),
        description: text('.description'),
        facts,
      };
    });
    const css = cardCss()
      .map((text) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        return scoped(sheet.cssRules);
      })
      .join('\n');
    root().replaceChildren();
    return { html: markup, css, texts };
  },

  async run(variant, payload) {
    if (variant === 'bare') defineBareCard();
    await nextFrame();
    const started = performance.now();
    if (variant === 'static') {
      root().innerHTML = payload as string;
    } else {
      const fragment = document.createDocumentFragment();
      if (variant === 'ger') for (const service of services) fragment.append(Object.assign(document.createElement('ger-service-card'), { service }));
      else for (const t of payload as Texts[]) fragment.append(Object.assign(document.createElement('bare-card'), { t }));
      root().append(fragment);
    }
    await nextFrame();
    const elapsed = performance.now() - started;
    if (root().children.length !== services.length) throw new Error(`${variant}: ${root().children.length} cards rendered`);
    return elapsed;
  },
};
