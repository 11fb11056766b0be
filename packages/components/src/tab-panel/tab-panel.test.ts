import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { itNeeds } from '../../test/engine.js';
import { captureWarnings, computedAccessibility, nextFrame } from '../../test/helpers.js';
import { expectNoInjection, MARKUP } from '../../test/hostile.js';
import { resetConditions } from '../../test/viewing-conditions.js';
import type { GerTabs } from '../tabs/tabs.js';
import '../tabs/tabs.js';
import type { GerTabPanel } from './tab-panel.js';
import './tab-panel.js';

// What a panel does on its own and as its tabs change how they show it; the tabs' own tests
// (tabs.test.ts) cover the keys, the address, the heading level and the switch at 40em.

const heading = (panel: GerTabPanel) => panel.shadowRoot!.querySelector<HTMLElement>('[part="heading"]');
const tabs = (tabs: GerTabs) => [...tabs.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];

/** Two panels in a box `width` wide; the tabs lay themselves out from a resize observer. */
async function twoPanels(width = '50rem'): Promise<GerTabs> {
  const box = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}">
    <ger-tabs label="Төлбөр">
      <ger-tab-panel id="passport" label="Паспорт"><p>100,000 ₮</p></ger-tab-panel>
      <ger-tab-panel id="id-card" label="Иргэний үнэмлэх"><p>5,000 ₮</p></ger-tab-panel>
    </ger-tabs>
  </div>`);
  const element = box.querySelector('ger-tabs')!;
  await settled(element);
  return element;
}

async function settled(element: GerTabs) {
  for (let pass = 0; pass < 2; pass++) {
    await nextFrame();
    await element.updateComplete;
    await Promise.all(element.panels.map((panel) => panel.updateComplete));
  }
}

describe('ger-tab-panel', () => {
  afterEach(resetConditions);

  it('on its own: a section under a level 2 heading, with a warning that it belongs in a ger-tabs', async () => {
    let panel!: GerTabPanel;
    const warnings = await captureWarnings(async () => {
      panel = await fixture<GerTabPanel>(html`<ger-tab-panel label="Паспорт"><p>100,000 ₮</p></ger-tab-panel>`);
    });
    expect(warnings.some((w) => w.includes('<ger-tab-panel> belongs directly inside a <ger-tabs>'))).to.be.true;
    expect(heading(panel)!.textContent).to.equal('Паспорт');
    expect([heading(panel)!.getAttribute('role'), heading(panel)!.getAttribute('aria-level')]).to.deep.equal(['heading', '2']);
    expect(panel.hidden).to.be.false;
    expect(panel.hasAttribute('tabindex')).to.be.false;
    expect(panel.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('reflects selected: the shown panel has the attribute, the other is hidden and out of the way', async () => {
    const element = await twoPanels();
    const [passport, idCard] = element.panels;
    expect([passport.hasAttribute('selected'), idCard.hasAttribute('selected')]).to.deep.equal([true, false]);
    expect([passport.hidden, idCard.hidden]).to.deep.equal([false, true]);
    tabs(element)[1].click();
    await settled(element);
    expect([passport.hasAttribute('selected'), idCard.hasAttribute('selected')]).to.deep.equal([false, true]);
    expect([passport.hidden, idCard.hidden]).to.deep.equal([true, false]);
    expect(idCard.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it("selected by a page's script (as an <option> is), it is the panel the tabs show, by property or attribute", async () => {
    const element = await twoPanels();
    const [passport, idCard] = element.panels;
    idCard.selected = true;
    await settled(element);
    expect([passport.selected, idCard.selected]).to.deep.equal([false, true]);
    expect([passport.hidden, idCard.hidden]).to.deep.equal([true, false]);
    expect(tabs(element).map((tab) => tab.getAttribute('aria-selected'))).to.deep.equal(['false', 'true']);
    expect(tabs(element).map((tab) => tab.tabIndex)).to.deep.equal([-1, 0]);
    passport.setAttribute('selected', '');
    await settled(element);
    expect([passport.hidden, idCard.hidden]).to.deep.equal([false, true]);
    expect(tabs(element).map((tab) => tab.getAttribute('aria-selected'))).to.deep.equal(['true', 'false']);
  });

  itNeeds(['computed accessibility'], 'is a tab panel behind tabs and a plain section under its heading where they do not fit, and back', async () => {
    const element = await twoPanels();
    const [passport] = element.panels;
    // The role and name come from ElementInternals: the author's own attributes stay as written.
    expect(computedAccessibility(passport)).to.deep.equal({ role: 'tabpanel', name: 'Паспорт' });
    expect(passport.hasAttribute('role')).to.be.false;
    expect(passport.tabIndex).to.equal(0);
    expect(heading(passport)).to.be.null;

    element.parentElement!.style.inlineSize = '320px';
    await settled(element);
    expect(computedAccessibility(passport).role).not.to.equal('tabpanel');
    expect(passport.hasAttribute('tabindex'), 'no Tab stop on a section').to.be.false;
    expect(element.panels.map((panel) => panel.hidden)).to.deep.equal([false, false]);
    expect(heading(passport)!.textContent).to.equal('Паспорт');

    element.parentElement!.style.inlineSize = '50rem';
    await settled(element);
    expect(computedAccessibility(passport)).to.deep.equal({ role: 'tabpanel', name: 'Паспорт' });
    expect(passport.tabIndex).to.equal(0);
  });

  itNeeds(['computed accessibility'], 'a new label, even a hostile one, renames its tab and the panel with it, as text', async () => {
    const element = await twoPanels();
    const [passport] = element.panels;
    for (const label of ['Гадаад паспорт', MARKUP]) {
      passport.label = label;
      element.requestUpdate();
      await settled(element);
      expect(tabs(element)[0].textContent!.trim()).to.equal(label);
      expect(computedAccessibility(passport).name).to.equal(label);
    }
    await expectNoInjection(element);
  });

  it('warns when it has no label, as its tab would have no name', async () => {
    const warnings = await captureWarnings(async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="inline-size: 50rem">
        <ger-tabs><ger-tab-panel>a</ger-tab-panel><ger-tab-panel label="B">b</ger-tab-panel></ger-tabs>
      </div>`);
      await settled(box.querySelector('ger-tabs')!);
    });
    expect(warnings.filter((w) => w.includes('<ger-tab-panel>'))).to.deep.equal([
      '[ger] <ger-tab-panel> has no label: its tab, or its section heading, has no name.',
    ]);
  });
});

describeAccessibility(
  'ger-tab-panel',
  () => html`<ger-tabs label="Төлбөр">
    <ger-tab-panel id="a11y-panel-passport" label="Гадаад паспорт"><p>Улсын тэмдэгтийн хураамж 100,000 ₮.</p></ger-tab-panel>
    <ger-tab-panel id="a11y-panel-birth" label="Төрсний гэрчилгээ" selected
      ><p>Үнэгүй. <a href="#birth-help">Юу авчрах вэ</a></p></ger-tab-panel
    >
  </ger-tabs>`,
);
