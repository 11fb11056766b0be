import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import { describeAccessibility } from '../../test/accessibility.js';
import { itNeeds, press } from '../../test/engine.js';
import { captureWarnings, computedAccessibility, deepActiveElement, nextFrame } from '../../test/helpers.js';
import { expectNoInjection, MARKUP } from '../../test/hostile.js';
import { centre } from '../../test/vertical-script.js';
import { resetConditions, setTextSize } from '../../test/viewing-conditions.js';
import type { GerTabPanel, GerTabs } from './tabs.js';
import './tabs.js';

/** Three panels in a box `width` long along its text (the layout follows the element's own size). */
const feeTabs = (width = '50rem', attributes: { activation?: string; hash?: boolean; level?: string; lang?: string } = {}) =>
  fixture<HTMLDivElement>(html`<div lang=${attributes.lang ?? nothing} style="inline-size: ${width}">
    <ger-tabs label="Төлбөр" activation=${attributes.activation ?? 'automatic'} ?hash=${attributes.hash} heading-level=${attributes.level ?? '2'}>
      <ger-tab-panel id="passport" label="Паспорт"><p>100,000 ₮</p></ger-tab-panel>
      <ger-tab-panel id="id-card" label="Иргэний үнэмлэх"><p>5,000 ₮</p></ger-tab-panel>
      <ger-tab-panel id="birth" label="Төрсний гэрчилгээ"><p>Үнэгүй</p></ger-tab-panel>
    </ger-tabs>
  </div>`).then(async (box) => {
    const tabs = box.querySelector('ger-tabs')!;
    await settled(tabs);
    return tabs;
  });

/** The resize observer reports after layout: two frames, then the renders it asked for. */
async function settled(tabs: GerTabs) {
  for (let pass = 0; pass < 2; pass++) {
    await nextFrame();
    await tabs.updateComplete;
    await Promise.all(tabs.panels.map((panel) => panel.updateComplete));
  }
}

const tabButtons = (tabs: GerTabs) => [...tabs.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const tablist = (tabs: GerTabs) => tabs.shadowRoot!.querySelector<HTMLElement>('[role="tablist"]');
const panelHeading = (panel: GerTabPanel) => panel.shadowRoot!.querySelector<HTMLElement>('[part="heading"]');
const shown = (tabs: GerTabs) => tabs.panels.filter((panel) => panel.getBoundingClientRect().height > 0).map((panel) => panel.id);

describe('ger-tabs', () => {
  afterEach(async () => {
    await resetConditions();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows a tab list with the first panel selected where the tabs fit', async () => {
    const tabs = await feeTabs();
    expect(tablist(tabs)!.getAttribute('aria-label')).to.equal('Төлбөр');
    expect(tabButtons(tabs).map((tab) => tab.textContent!.trim())).to.deep.equal(['Паспорт', 'Иргэний үнэмлэх', 'Төрсний гэрчилгээ']);
    expect(tabButtons(tabs).map((tab) => tab.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false']);
    expect(tabButtons(tabs).map((tab) => tab.tabIndex)).to.deep.equal([0, -1, -1]);
    expect(shown(tabs)).to.deep.equal(['passport']);
    expect(tabs.selectedPanel!.id).to.equal('passport');
    expect(tabs.panels.map((panel) => panelHeading(panel))).to.deep.equal([null, null, null]);
    // Tab from the tab reaches the panel, though it holds only text.
    expect(tabs.panels[0].tabIndex).to.equal(0);
  });

  itNeeds(['computed accessibility'], 'each panel is a tab panel named by its tab, which controls it', async () => {
    const tabs = await feeTabs();
    expect(computedAccessibility(tabs.panels[0])).to.deep.equal({ role: 'tabpanel', name: 'Паспорт' });
    expect(computedAccessibility(tabButtons(tabs)[1])).to.deep.equal({ role: 'tab', name: 'Иргэний үнэмлэх' });
    expect(tabButtons(tabs)[1].ariaControlsElements).to.deep.equal([tabs.panels[1]]);
  });

  it('starts on the panel marked selected', async () => {
    const box = await fixture(html`<div style="inline-size: 50rem"><ger-tabs>
      <ger-tab-panel label="A">a</ger-tab-panel><ger-tab-panel label="B" selected>b</ger-tab-panel>
    </ger-tabs></div>`);
    const tabs = box.querySelector('ger-tabs')!;
    await settled(tabs);
    expect(tabButtons(tabs).map((tab) => tab.getAttribute('aria-selected'))).to.deep.equal(['false', 'true']);
    expect(tabs.panels.map((panel) => panel.hidden)).to.deep.equal([true, false]);
  });

  it('shows the clicked tab and fires ger-tab-change', async () => {
    const tabs = await feeTabs();
    setTimeout(() => tabButtons(tabs)[2].click());
    const event = await oneEvent(tabs, 'ger-tab-change');
    expect(event.detail).to.deep.equal({ index: 2, id: 'birth', label: 'Төрсний гэрчилгээ' });
    await settled(tabs);
    expect(shown(tabs)).to.deep.equal(['birth']);
    expect(tabButtons(tabs)[2].getAttribute('aria-selected')).to.equal('true');
  });

  it('moves with the arrow keys, Home and End, showing each tab it reaches (automatic activation)', async () => {
    const tabs = await feeTabs();
    tabButtons(tabs)[0].focus();
    await press('ArrowRight');
    await settled(tabs);
    expect(deepActiveElement()).to.equal(tabButtons(tabs)[1]);
    expect(shown(tabs)).to.deep.equal(['id-card']);
    await press('End');
    await settled(tabs);
    expect(deepActiveElement()).to.equal(tabButtons(tabs)[2]);
    await press('ArrowRight');
    await settled(tabs);
    expect(deepActiveElement(), 'wraps to the first').to.equal(tabButtons(tabs)[0]);
    await press('ArrowLeft');
    await settled(tabs);
    expect(shown(tabs)).to.deep.equal(['birth']);
    await press('Home');
    await settled(tabs);
    expect(shown(tabs)).to.deep.equal(['passport']);
    await press('Tab');
    expect(document.activeElement, 'Tab goes into the panel').to.equal(tabs.panels[0]);
  });

  it('with activation="manual", the arrows move focus and Enter shows the tab', async () => {
    const tabs = await feeTabs('50rem', { activation: 'manual' });
    tabButtons(tabs)[0].focus();
    await press('ArrowRight');
    await settled(tabs);
    expect(deepActiveElement()).to.equal(tabButtons(tabs)[1]);
    expect(shown(tabs)).to.deep.equal(['passport']);
    await press('Enter');
    await settled(tabs);
    expect(shown(tabs)).to.deep.equal(['id-card']);
  });

  it('warns about an unknown activation and works automatically', async () => {
    let tabs!: GerTabs;
    const warnings = await captureWarnings(async () => {
      tabs = await feeTabs('50rem', { activation: 'sideways' });
    });
    expect(warnings.some((w) => w.includes('activation="sideways"'))).to.be.true;
    tabButtons(tabs)[0].focus();
    await press('ArrowRight');
    await settled(tabs);
    expect(shown(tabs)).to.deep.equal(['id-card']);
  });

  describe('as a list of headed sections', () => {
    it('at 320 px: every panel shown under a heading, no tab row', async () => {
      const tabs = await feeTabs('320px');
      expect(tablist(tabs)).to.be.null;
      expect(shown(tabs)).to.deep.equal(['passport', 'id-card', 'birth']);
      const headings = tabs.panels.map((panel) => panelHeading(panel)!);
      expect(headings.map((heading) => heading.textContent)).to.deep.equal(['Паспорт', 'Иргэний үнэмлэх', 'Төрсний гэрчилгээ']);
      expect(headings.map((heading) => `${heading.getAttribute('role')}${heading.getAttribute('aria-level')}`)).to.deep.equal([
        'heading2',
        'heading2',
        'heading2',
      ]);
      expect(tabs.panels.some((panel) => panel.hasAttribute('tabindex'))).to.be.false;
    });

    it('at 200% text on a wide page, and back to tabs at 100%', async () => {
      const tabs = await feeTabs('60rem');
      const wide = tabs.getBoundingClientRect().width;
      expect(tablist(tabs)).to.exist;
      setTextSize(200);
      await settled(tabs);
      // 60rem grew with the text: hold the box to the same pixels, as a page's layout would.
      tabs.parentElement!.style.inlineSize = `${wide}px`;
      await settled(tabs);
      expect(tablist(tabs)).to.be.null;
      expect(shown(tabs)).to.deep.equal(['passport', 'id-card', 'birth']);
      setTextSize(100);
      await settled(tabs);
      expect(tablist(tabs)).to.exist;
      expect(shown(tabs)).to.deep.equal(['passport']);
    });

    it('keeps the selected tab when the screen widens again', async () => {
      const tabs = await feeTabs();
      tabButtons(tabs)[1].click();
      tabs.parentElement!.style.inlineSize = '320px';
      await settled(tabs);
      expect(shown(tabs)).to.have.length(3);
      tabs.parentElement!.style.inlineSize = '50rem';
      await settled(tabs);
      expect(shown(tabs)).to.deep.equal(['id-card']);
    });

    it('heads the sections at the level asked for; a level of 9 warns and falls back to 2', async () => {
      const tabs = await feeTabs('320px', { level: '3' });
      expect(panelHeading(tabs.panels[0])!.getAttribute('aria-level')).to.equal('3');
      let bad!: GerTabs;
      const warnings = await captureWarnings(async () => {
        bad = await feeTabs('320px', { level: '9' });
      });
      expect(panelHeading(bad.panels[0])!.getAttribute('aria-level')).to.equal('2');
      expect(warnings.some((w) => w.includes('heading-level="9"'))).to.be.true;
    });
  });

  describe('hash', () => {
    it('shows the panel the address names, and puts the chosen one in the address', async () => {
      history.replaceState(null, '', '#id-card');
      const tabs = await feeTabs('50rem', { hash: true });
      expect(shown(tabs)).to.deep.equal(['id-card']);
      tabButtons(tabs)[2].click();
      await settled(tabs);
      expect(location.hash).to.equal('#birth');
    });

    it('follows the address when it changes (a link to #passport)', async () => {
      const tabs = await feeTabs('50rem', { hash: true });
      tabButtons(tabs)[1].click();
      location.hash = '#passport';
      await oneEvent(window, 'hashchange');
      await settled(tabs);
      expect(shown(tabs)).to.deep.equal(['passport']);
    });

    it('leaves the address alone without hash, and ignores an address naming no panel', async () => {
      history.replaceState(null, '', '#%E0%A4%A');
      const tabs = await feeTabs('50rem', { hash: true });
      expect(shown(tabs)).to.deep.equal(['passport']);
      history.replaceState(null, '', location.pathname);
      const plain = await feeTabs();
      tabButtons(plain)[1].click();
      await settled(plain);
      expect(location.hash).to.equal('');
    });

    it('warns when a panel has no id to put in the address', async () => {
      const warnings = await captureWarnings(async () => {
        const box = await fixture(html`<div style="inline-size: 50rem"><ger-tabs hash><ger-tab-panel label="A">a</ger-tab-panel></ger-tabs></div>`);
        await settled(box.querySelector('ger-tabs')!);
      });
      expect(warnings.some((w) => w.includes('needs an id'))).to.be.true;
    });
  });

  describe('in the traditional script, set vertically (lang="mn-Mong")', () => {
    it('runs its tabs down the page, beside the panel, as a vertical tab list', async () => {
      const tabs = await feeTabs('50rem', { lang: 'mn-Mong' });
      const [first, second] = tabButtons(tabs);
      expect(getComputedStyle(tabs).writingMode).to.equal('vertical-lr');
      expect(tablist(tabs)!.getAttribute('aria-orientation')).to.equal('vertical');
      expect(centre(second).y, 'the second tab is below the first').to.be.greaterThan(centre(first).y);
      expect(Math.round(centre(second).x)).to.equal(Math.round(centre(first).x));
      expect(centre(tabs.panels[0]).x, 'the panel is to the right of the tabs').to.be.greaterThan(tablist(tabs)!.getBoundingClientRect().right - 1);
      for (const tab of tabButtons(tabs)) expect(tab.getBoundingClientRect().width, 'a 44 px target across the column').to.be.at.least(44);
    });

    it('moves with Down and Up (the way the tabs run), Home and End; Left and Right do nothing', async () => {
      const tabs = await feeTabs('50rem', { lang: 'mn-Mong-MN' });
      tabButtons(tabs)[0].focus();
      await press('ArrowDown');
      await settled(tabs);
      expect(deepActiveElement()).to.equal(tabButtons(tabs)[1]);
      expect(shown(tabs)).to.deep.equal(['id-card']);
      await press('ArrowRight');
      await press('ArrowLeft');
      await settled(tabs);
      expect(deepActiveElement()).to.equal(tabButtons(tabs)[1]);
      await press('ArrowUp');
      await press('ArrowUp');
      await settled(tabs);
      expect(deepActiveElement(), 'wraps to the last').to.equal(tabButtons(tabs)[2]);
      expect(shown(tabs)).to.deep.equal(['birth']);
      await press('Home');
      await settled(tabs);
      expect(shown(tabs)).to.deep.equal(['passport']);
    });

    it('turns its tab list when the language changes to mn-Mong after it rendered, and back', async () => {
      const tabs = await feeTabs();
      expect(tablist(tabs)!.hasAttribute('aria-orientation')).to.be.false;
      tabs.parentElement!.lang = 'mn-Mong';
      await settled(tabs);
      expect(tablist(tabs)!.getAttribute('aria-orientation')).to.equal('vertical');
      tabs.parentElement!.lang = 'mn';
      await settled(tabs);
      expect(tablist(tabs)!.hasAttribute('aria-orientation')).to.be.false;
    });

    it('is sections where the column is shorter than 40em', async () => {
      const tabs = await feeTabs('20rem', { lang: 'mn-Mong' });
      expect(getComputedStyle(tabs).writingMode, 'a column 20rem tall').to.equal('vertical-lr');
      expect(tablist(tabs)).to.equal(null);
      expect(tabs.panels.map((panel) => panelHeading(panel)?.textContent)).to.deep.equal(['Паспорт', 'Иргэний үнэмлэх', 'Төрсний гэрчилгээ']);
    });
  });

  describe("when the layout changes under the reader's focus (a zoom, a turned phone)", () => {
    it('moves focus from a tab to its section heading when the tabs become sections', async () => {
      const tabs = await feeTabs();
      tabs.select(1, { focus: true });
      await settled(tabs);
      expect(deepActiveElement() === tabButtons(tabs)[1], 'focus on the second tab').to.be.true;
      tabs.parentElement!.style.inlineSize = '320px';
      await settled(tabs);
      expect(tablist(tabs)).to.equal(null);
      expect(deepActiveElement() === panelHeading(tabs.panels[1]), 'focus is not lost to the page').to.be.true;
    });

    it('moves focus from a panel behind its tab to its section heading', async () => {
      const tabs = await feeTabs();
      tabs.select(2);
      await settled(tabs);
      tabs.panels[2].focus();
      tabs.parentElement!.style.inlineSize = '320px';
      await settled(tabs);
      expect(deepActiveElement() === panelHeading(tabs.panels[2]), 'focus on the third section heading').to.be.true;
    });

    it('shows the section holding focus behind the tabs when the sections become tabs', async () => {
      const tabs = await feeTabs('320px');
      const link = document.createElement('a');
      link.href = '#fee';
      link.textContent = 'Хураамж';
      tabs.panels[2].append(link);
      link.focus();
      tabs.parentElement!.style.inlineSize = '50rem';
      await settled(tabs);
      expect(shown(tabs)).to.deep.equal(['birth']);
      expect(document.activeElement === link, 'focus stays on the link').to.be.true;
    });

    it('moves focus from a section heading to its tab when the sections become tabs', async () => {
      const tabs = await feeTabs('320px');
      panelHeading(tabs.panels[1])!.focus();
      expect(deepActiveElement() === panelHeading(tabs.panels[1]), 'a section heading takes focus from script').to.be.true;
      tabs.parentElement!.style.inlineSize = '50rem';
      await settled(tabs);
      expect(deepActiveElement() === tabButtons(tabs)[1], 'focus on the second tab').to.be.true;
      expect(shown(tabs)).to.deep.equal(['id-card']);
    });
  });

  it('shows hostile labels as text, in tabs and in headings', async () => {
    const tabs = await feeTabs();
    tabs.panels[0].label = MARKUP;
    tabs.requestUpdate();
    await settled(tabs);
    expect(tabButtons(tabs)[0].textContent).to.contain(MARKUP);
    tabs.parentElement!.style.inlineSize = '320px';
    await settled(tabs);
    expect(panelHeading(tabs.panels[0])!.textContent).to.equal(MARKUP);
    await expectNoInjection(tabs);
  });
});

describeAccessibility(
  'ger-tabs',
  () => html`<ger-tabs label="Төлбөр">
    <ger-tab-panel id="a11y-passport" label="Паспорт"><p>Улсын тэмдэгтийн хураамж 100,000 ₮.</p></ger-tab-panel>
    <ger-tab-panel id="a11y-id-card" label="Иргэний үнэмлэх"><p>5,000 ₮.</p></ger-tab-panel>
  </ger-tabs>`,
);
