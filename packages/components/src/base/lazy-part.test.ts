import { expect, fixture, html } from '@open-wc/testing';
import { GerElement, defineElement } from './ger-element.js';
import { LazyPartController } from './lazy-part.js';
import { captureConsole } from '../../test/helpers.js';

// A part whose download fails once (a dropped connection on a mobile link), then arrives.
let attempts = 0;
const flakyPart = async () => {
  attempts += 1;
  if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
  return { strings: { mn: { partGreeting: 'Сайн уу' }, en: { partGreeting: 'Hello' } }, greet: () => 'loaded' };
};

class LazyProbe extends GerElement {
  readonly lazyPart = new LazyPartController(this, { load: flakyPart, when: 'request' });
}
defineElement('lazy-part-probe', LazyProbe);

describe('LazyPartController', () => {
  it('tries again on the next load() after a download failed, and says which element it was for', async () => {
    const el = await fixture<LazyProbe>(html`<lazy-part-probe></lazy-part-probe>`);
    let failed = false;
    const errors = await captureConsole('error', () => el.lazyPart.load().catch(() => (failed = true)));
    expect(failed, 'the first download failed').to.be.true;
    expect(errors[0]?.[0] === el, 'the console names the element').to.be.true;
    expect(el.lazyPart.module).to.equal(undefined);
    // The next reach for the part (the reader presses the button again) downloads it again.
    const module = await el.lazyPart.load();
    expect(module.greet()).to.equal('loaded');
    expect(el.lazyPart.module === module).to.be.true;
    expect(el.localize.term('partGreeting' as never)).to.equal('Сайн уу');
    expect(attempts).to.equal(2);
    // Loaded once, it is never downloaded again.
    await el.lazyPart.load();
    expect(attempts).to.equal(2);
  });
});
