import { expect, fixture, html } from '@open-wc/testing';
import { itNeeds } from '../../test/engine.js';
import { resetConditions, setForcedColors, setTheme } from '../../test/viewing-conditions.js';
import type { GerButton } from '../button/button.js';
import '../button/button.js';
import { secondaryActionStyles } from './action-secondary.styles.js';
import { actionStyles } from './action.styles.js';

/** Buttons drawn with the action styles, as the chat panel and the small forms draw them. */
async function actions(): Promise<Record<'primary' | 'secondary' | 'quiet', HTMLButtonElement>> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [actionStyles.styleSheet!, secondaryActionStyles.styleSheet!];
  root.innerHTML = '<button class="action">Илгээх</button><button class="action secondary">Хавсаргах</button><button class="action quiet">Болих</button>';
  const [primary, secondary, quiet] = root.querySelectorAll('button');
  return { primary, secondary, quiet };
}

async function gerButton(variant: string): Promise<HTMLElement> {
  const el = await fixture<GerButton>(html`<ger-button variant=${variant}>Илгээх</ger-button>`);
  return el.shadowRoot!.querySelector<HTMLElement>('.base')!;
}

const look = (element: Element) => {
  const style = getComputedStyle(element);
  return { background: style.backgroundColor, color: style.color, border: style.borderTopColor, radius: style.borderTopLeftRadius, weight: style.fontWeight };
};

describe('one button look', () => {
  afterEach(resetConditions);

  it('an action looks like ger-button of the same variant, in every theme', async () => {
    for (const theme of ['light', 'night', 'contrast'] as const) {
      setTheme(theme);
      const drawn = await actions();
      for (const variant of ['primary', 'secondary', 'quiet'] as const) {
        expect(look(drawn[variant]), `${variant} in ${theme}`).to.deep.equal(look(await gerButton(variant)));
      }
    }
  });

  itNeeds(['media emulation'], 'an action takes the system button colours under forced colours, as ger-button does', async () => {
    await setForcedColors(true);
    const drawn = await actions();
    for (const variant of ['primary', 'secondary', 'quiet'] as const) {
      expect(look(drawn[variant]), variant).to.deep.equal(look(await gerButton(variant)));
    }
    const plain = await fixture<HTMLButtonElement>(html`<button>x</button>`);
    expect(look(drawn.secondary).background, 'ButtonFace').to.equal(getComputedStyle(plain).backgroundColor);
  });
});
