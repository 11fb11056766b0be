// A misconfigured run must not pass off one engine as another: the engine the suite thinks it
// runs in is the one the browser says it is.
import { expect } from '@open-wc/testing';
import { engine } from './engine.js';

describe('test engine', () => {
  it('is the browser the run says it is', () => {
    const ua = navigator.userAgent;
    const actual = /Firefox\//.test(ua) ? 'firefox' : /Chrome\//.test(ua) ? 'chromium' : /AppleWebKit\//.test(ua) ? 'webkit' : 'unknown';
    expect(actual, ua).to.equal(engine);
  });
});
