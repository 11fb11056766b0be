import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { resetConditions, setColorScheme } from '../../test/viewing-conditions.js';
import { itNeeds, press } from '../../test/engine.js';
import { computedAccessibility, deepActiveElement } from '../../test/helpers.js';
import { getPreferencesStore, STORAGE_KEY } from '../preferences/preferences.js';
import type { GerThemeToggle } from './theme-toggle.js';
import './theme-toggle.js';

const button = (el: GerThemeToggle) => el.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
const root = document.documentElement;

describe('ger-theme-toggle', () => {
  beforeEach(() => getPreferencesStore().set({ theme: 'light' }));
  afterEach(async () => {
    getPreferencesStore().reset();
    localStorage.removeItem(STORAGE_KEY);
    await resetConditions();
  });

  it('is a toggle button named "Night mode", not pressed in the light theme', async () => {
    const el = await fixture<GerThemeToggle>(html`<ger-theme-toggle></ger-theme-toggle>`);
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    expect(button(el).textContent!.trim()).to.equal('Шөнийн горим');
  });

  it('switches the page to night and back with Enter and Space', async () => {
    const el = await fixture<GerThemeToggle>(html`<ger-theme-toggle></ger-theme-toggle>`);
    await press('Tab');
    expect(deepActiveElement()).to.equal(button(el));
    await press('Enter');
    await el.updateComplete;
    expect(root.getAttribute('data-ger-theme')).to.equal('night');
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    await press('Space');
    await el.updateComplete;
    expect(root.getAttribute('data-ger-theme')).to.equal('light');
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
  });

  it('remembers the choice', async () => {
    const el = await fixture<GerThemeToggle>(html`<ger-theme-toggle></ger-theme-toggle>`);
    button(el).click();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).preferences.theme).to.equal('night');
  });

  it('stays in step with other toggles and with changes made elsewhere', async () => {
    const page = await fixture(html`<div><ger-theme-toggle></ger-theme-toggle><ger-theme-toggle hide-label></ger-theme-toggle></div>`);
    const [a, b] = page.querySelectorAll('ger-theme-toggle');
    button(a).click();
    await b.updateComplete;
    expect(button(b).getAttribute('aria-pressed')).to.equal('true');
    getPreferencesStore().set({ theme: 'contrast' });
    await a.updateComplete;
    expect(button(a).getAttribute('aria-pressed')).to.equal('false');
  });

  itNeeds(['media emulation'], 'shows pressed when the device asks for dark and the reader follows it', async () => {
    getPreferencesStore().set({ theme: 'system' });
    await setColorScheme('dark');
    const el = await fixture<GerThemeToggle>(html`<ger-theme-toggle></ger-theme-toggle>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    expect(getComputedStyle(root).getPropertyValue('color-scheme').trim()).to.equal('dark');
  });

  itNeeds(['computed accessibility'], 'keeps its name when the label is hidden', async () => {
    const el = await fixture<GerThemeToggle>(html`<ger-theme-toggle hide-label lang="en"></ger-theme-toggle>`);
    expect(computedAccessibility(button(el))).to.deep.equal({ role: 'button', name: 'Night mode' });
    expect(button(el).getBoundingClientRect().width).to.be.at.least(44);
  });
});

describeAccessibility('ger-theme-toggle', () => html`<p><ger-theme-toggle></ger-theme-toggle> <ger-theme-toggle hide-label></ger-theme-toggle></p>`);
