import { expect } from '@open-wc/testing';
import { backOnline } from '../../test/flaky.js';
import { fakeTimers } from '../../test/clock.js';
import { retryLater } from './retry.js';

describe('retryLater', () => {
  it('waits 2, 4, 8, 16, 32 s, then 64 s however often the download failed', () => {
    const clock = fakeTimers();
    try {
      const delays = [0, 1, 2, 3, 4, 5, 6, 20].map((attempt) => {
        const cancel = retryLater(() => {}, attempt);
        const { delay } = clock.pending[0];
        cancel();
        return delay;
      });
      expect(delays).to.deep.equal([2000, 4000, 8000, 16000, 32000, 64000, 64000, 64000]);
      expect(clock.pending, 'cancelled').to.have.length(0);
    } finally {
      clock.restore();
    }
  });

  it('tries again once, as soon as the browser is back online', () => {
    const clock = fakeTimers();
    try {
      let tries = 0;
      retryLater(() => (tries += 1), 0);
      backOnline();
      expect(tries).to.equal(1);
      expect(clock.pending, 'the timer is cleared').to.have.length(0);
      backOnline();
      expect(tries, 'the listener is gone').to.equal(1);
    } finally {
      clock.restore();
    }
  });

  it('tries again once when the wait is over, and no longer listens for the network', () => {
    const clock = fakeTimers();
    try {
      let tries = 0;
      retryLater(() => (tries += 1), 1);
      expect(clock.runLast()).to.equal(4000);
      expect(tries).to.equal(1);
      backOnline();
      expect(tries).to.equal(1);
    } finally {
      clock.restore();
    }
  });

  it('cancelled, leaves neither a timer nor a listener behind', () => {
    const clock = fakeTimers();
    try {
      let tries = 0;
      const cancel = retryLater(() => (tries += 1), 0);
      cancel();
      expect(clock.pending).to.have.length(0);
      backOnline();
      expect(tries).to.equal(0);
    } finally {
      clock.restore();
    }
  });
});
