import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { describeAccessibility } from '../../test/accessibility.js';
import { resetConditions } from '../../test/viewing-conditions.js';
import { itNeeds, press } from '../../test/engine.js';
import { computedAccessibility, deepActiveElement, settle } from '../../test/helpers.js';
import { expectNoInjection, LONG_WORD, MARKUP, overflowing } from '../../test/hostile.js';
import { fakeTimers, type FakeClock } from '../../test/clock.js';
import type { GerFeedback } from './feedback.js';
import './feedback.js';

const answers = (el: GerFeedback) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="answer"]')];
const ratings = (el: GerFeedback) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="rating"]')];
const comment = (el: GerFeedback) => el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea');
const send = (el: GerFeedback) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]');
const thanks = (el: GerFeedback) => el.shadowRoot!.querySelector<HTMLElement>('[part="thanks"]');
/** What the form's live region says now. */
const status = (el: GerFeedback) => el.shadowRoot!.querySelector('[role="status"]')?.textContent!.trim() ?? 'no status region';

/** A promise the test settles, as the page's request would. */
function request() {
  let resolve!: (value?: unknown) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}

/** A form answered (No, rated 2, a comment), whose page hands each `ger-feedback` request to `requests`. */
async function answered(requests: ReturnType<typeof request>[], lang?: string) {
  const el = await fixture<GerFeedback>(html`<ger-feedback service="herder-subsidy" lang=${lang ?? 'mn'}></ger-feedback>`);
  const events: CustomEvent[] = [];
  el.addEventListener('ger-feedback', (event) => {
    events.push(event);
    const sending = request();
    requests.push(sending);
    event.detail.waitUntil(sending.promise);
  });
  answers(el)[1].click();
  await el.updateComplete;
  ratings(el)[1].click();
  comment(el)!.value = 'Сумын төвд интернэт муу.';
  send(el)!.focus();
  send(el)!.click();
  await settle(el);
  return { el, events };
}

describe('ger-feedback', () => {
  afterEach(resetConditions);

  it('asks "Was this service helpful?" with Yes and No toggle buttons, nothing else yet', async () => {
    const el = await fixture<GerFeedback>(html`<ger-feedback></ger-feedback>`);
    expect(el.shadowRoot!.querySelector('#question')!.textContent).to.equal('Энэ үйлчилгээ танд хэрэгтэй байсан уу?');
    expect(el.shadowRoot!.querySelector('form')!.getAttribute('aria-labelledby')).to.equal('question');
    expect(answers(el).map((b) => [b.textContent!.trim(), b.getAttribute('aria-pressed')])).to.deep.equal([
      ['Тийм', 'false'],
      ['Үгүй', 'false'],
    ]);
    expect(comment(el)).to.be.null;
    expect(send(el)).to.be.null;
  });

  it('on an answer keeps focus on the button and shows the optional rating and comment after it', async () => {
    const el = await fixture<GerFeedback>(html`<ger-feedback></ger-feedback>`);
    answers(el)[1].focus();
    answers(el)[1].click();
    await el.updateComplete;
    expect(answers(el).map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true']);
    expect(deepActiveElement()).to.equal(answers(el)[1]);
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal('Үйлчилгээг 1-ээс 5 хүртэл оноогоор үнэлнэ үү (заавал биш)');
    expect(ratings(el).map((r) => r.closest('label')!.textContent!.trim())).to.deep.equal(['1 – Маш муу', '2', '3', '4', '5 – Маш сайн']);
    expect(el.shadowRoot!.querySelector(`label[for="${comment(el)!.id}"]`)!.textContent).to.equal('Сэтгэгдэл (заавал биш)');
    expect(comment(el)!.getAttribute('aria-describedby')).to.equal('comment-hint');
  });

  it('sends ger-feedback with the answer, rating, comment and service, then thanks the reader where the form was, focused', async () => {
    const el = await fixture<GerFeedback>(html`<ger-feedback service="complaint-1111"></ger-feedback>`);
    answers(el)[0].click();
    await el.updateComplete;
    ratings(el)[3].click();
    comment(el)!.value = '  Хурдан шийдвэрлэсэн.  ';
    setTimeout(() => send(el)!.click());
    const event = await oneEvent(el, 'ger-feedback');
    expect(event.detail).to.deep.equal({ helpful: true, rating: 4, comment: 'Хурдан шийдвэрлэсэн.', service: 'complaint-1111' });
    expect(event.bubbles && event.composed).to.be.true;
    await el.updateComplete;
    expect(thanks(el)!.textContent).to.equal('Санал хүсэлт өгсөнд баярлалаа. Бид үүнийг үйлчилгээгээ сайжруулахад ашиглана.');
    expect(deepActiveElement()).to.equal(thanks(el));
    expect(el.shadowRoot!.querySelector('form')).to.be.null;
  });

  it('sends no rating and an empty comment when the reader skips them', async () => {
    const el = await fixture<GerFeedback>(html`<ger-feedback></ger-feedback>`);
    answers(el)[1].click();
    await el.updateComplete;
    setTimeout(() => send(el)!.click());
    const event = await oneEvent(el, 'ger-feedback');
    expect(event.detail).to.deep.equal({ helpful: false, rating: null, comment: '', service: '' });
  });

  it('works with the keyboard alone: Tab, Space, arrows, typing, Enter', async () => {
    const el = await fixture<GerFeedback>(html`<ger-feedback></ger-feedback>`);
    await press('Tab');
    expect(deepActiveElement()).to.equal(answers(el)[0]);
    await press('Space');
    await el.updateComplete;
    expect(answers(el)[0].getAttribute('aria-pressed')).to.equal('true');
    expect(deepActiveElement(), 'focus stays on Yes').to.equal(answers(el)[0]);
    await press('Tab');
    await press('Tab');
    expect(deepActiveElement()).to.equal(ratings(el)[0]);
    await press('ArrowRight');
    await press('ArrowRight');
    expect(ratings(el)[2].checked).to.be.true;
    await press('Tab');
    expect(deepActiveElement()).to.equal(comment(el));
    await sendKeys({ type: 'OK' });
    await press('Tab');
    expect(deepActiveElement()).to.equal(send(el));
    const heard = oneEvent(el, 'ger-feedback');
    // Awaited: a key press still under way would meet the next one (see the language switch's test).
    await press('Enter');
    const event = await heard;
    expect(event.detail).to.include({ helpful: true, rating: 3, comment: 'OK' });
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(thanks(el));
  });

  it('thanks the reader only once the page has sent the feedback: "sending" meanwhile, the form kept', async () => {
    const requests: ReturnType<typeof request>[] = [];
    const { el, events } = await answered(requests);
    expect(events).to.have.length(1);
    expect(thanks(el), 'no thank-you before it is sent').to.be.null;
    expect(status(el)).to.equal('Илгээж байна…');
    expect(send(el)!.getAttribute('aria-disabled')).to.equal('true');
    expect(deepActiveElement(), 'focus stays on the button').to.equal(send(el));
    send(el)!.click();
    await settle(el);
    expect(events, 'a second press while sending sends nothing more').to.have.length(1);
    requests[0].resolve(new Response(null, { status: 204 }));
    await settle(el);
    expect(thanks(el)!.textContent).to.equal('Санал хүсэлт өгсөнд баярлалаа. Бид үүнийг үйлчилгээгээ сайжруулахад ашиглана.');
    expect(deepActiveElement()).to.equal(thanks(el));
  });

  it('says a failed send, keeps the answers, and sends them again on a press or when the browser is back online', async () => {
    const requests: ReturnType<typeof request>[] = [];
    const { el, events } = await answered(requests);
    requests[0].reject(new TypeError('Failed to fetch'));
    await settle(el);
    expect(thanks(el)).to.be.null;
    expect(status(el)).to.equal('Санал хүсэлт илгээгдсэнгүй. Дахин илгээнэ үү. Холболт тасарсан бол сэргэхэд илгээгдэнэ.');
    expect(el.shadowRoot!.querySelector('[role="status"] .error'), 'said as an error').to.exist;
    expect(answers(el)[1].getAttribute('aria-pressed')).to.equal('true');
    expect(ratings(el)[1].checked).to.be.true;
    expect(comment(el)!.value).to.equal('Сумын төвд интернэт муу.');
    expect(send(el)!.hasAttribute('aria-disabled')).to.be.false;
    expect(deepActiveElement(), 'focus stays on the button').to.equal(send(el));
    // Sent again by the reader: the same answers; failing again (an HTTP error this time), it says so again.
    send(el)!.click();
    await settle(el);
    expect(status(el)).to.equal('Илгээж байна…');
    expect(events[1].detail).to.deep.equal({ helpful: false, rating: 2, comment: 'Сумын төвд интернэт муу.', service: 'herder-subsidy' });
    requests[1].resolve(new Response('', { status: 503 }));
    await settle(el);
    expect(status(el)).to.match(/^Санал хүсэлт илгээгдсэнгүй\./);
    expect(thanks(el)).to.be.null;
    // The connection comes back: sent by itself, as the form now reads, and thanked once the page's request succeeds.
    comment(el)!.value = 'Сумын төвд интернэт муу. Маягт 3 удаа алга болсон.';
    window.dispatchEvent(new Event('online'));
    await settle(el);
    expect(events).to.have.length(3);
    expect(events[2].detail).to.deep.equal({ ...events[0].detail, comment: 'Сумын төвд интернэт муу. Маягт 3 удаа алга болсон.' });
    requests[2].resolve(undefined);
    await settle(el);
    expect(thanks(el)).to.exist;
    window.dispatchEvent(new Event('online'));
    await settle(el);
    expect(events, 'nothing is sent twice').to.have.length(3);
  });

  it('thanks without taking focus from the field the reader went on to, when a retry succeeds later', async () => {
    const requests: ReturnType<typeof request>[] = [];
    const { el } = await answered(requests);
    requests[0].reject(new TypeError('Failed to fetch'));
    await settle(el);
    // The reader goes on with the page while offline.
    const other = document.createElement('input');
    el.after(other);
    other.focus();
    window.dispatchEvent(new Event('online'));
    await settle(el);
    requests[1].resolve(undefined);
    await settle(el);
    expect(thanks(el)).to.exist;
    expect(deepActiveElement(), 'focus stays where the reader is typing').to.equal(other);
    other.remove();
  });

  it('sends the same fields as before to a page that ignores waitUntil, and thanks at once', async () => {
    const el = await fixture<GerFeedback>(html`<ger-feedback service="passport"></ger-feedback>`);
    answers(el)[0].click();
    await el.updateComplete;
    setTimeout(() => send(el)!.click());
    const event = await oneEvent(el, 'ger-feedback');
    await el.updateComplete;
    expect(thanks(el), 'thanked at once').to.exist;
    expect(JSON.parse(JSON.stringify(event.detail))).to.deep.equal({ helpful: true, rating: null, comment: '', service: 'passport' });
    expect({ ...event.detail }).to.deep.equal({ helpful: true, rating: null, comment: '', service: 'passport' });
    expect(event.detail.waitUntil).to.be.a('function');
  });

  describe("when the page's request never answers (a fetch stalled on a weak link)", () => {
    let clock: FakeClock;
    beforeEach(() => (clock = fakeTimers()));
    afterEach(() => clock.restore());

    /** The form sending, its request unanswered; then the wait runs out. */
    async function stalled(lang?: string) {
      const requests: ReturnType<typeof request>[] = [];
      const sent = await answered(requests, lang);
      expect(clock.runLast(), 'the wait').to.equal(20_000);
      await settle(sent.el);
      return { ...sent, requests };
    }

    it('says after 20 s that sending is taking long, keeps the answers and lets the reader send again', async () => {
      const { el, events } = await stalled();
      expect(status(el)).to.equal('Илгээхэд удаж байна. Дахин илгээнэ үү.');
      expect(el.shadowRoot!.querySelector('[role="status"] .error'), 'not said as a failure: it may still arrive').to.be.null;
      expect(thanks(el)).to.be.null;
      expect(answers(el)[1].getAttribute('aria-pressed')).to.equal('true');
      expect(ratings(el)[1].checked).to.be.true;
      expect(comment(el)!.value).to.equal('Сумын төвд интернэт муу.');
      expect(send(el)!.hasAttribute('aria-disabled'), 'Send works again').to.be.false;
      expect(deepActiveElement(), 'focus stays on the button').to.equal(send(el));
      // Trying again fires the event again, with the answers as the form now reads.
      send(el)!.click();
      await settle(el);
      expect(events).to.have.length(2);
      expect(events[1].detail).to.deep.equal(events[0].detail);
      expect(status(el)).to.equal('Илгээж байна…');
      expect(send(el)!.getAttribute('aria-disabled')).to.equal('true');
    });

    it('says it in English too', async () => {
      const { el } = await stalled('en');
      expect(status(el)).to.equal('Sending is taking a long time. Send it again.');
    });

    it('thanks the reader when the first request succeeds after all, even once they sent again', async () => {
      const { el, requests } = await stalled();
      send(el)!.click();
      await settle(el);
      requests[0].resolve(new Response(null, { status: 204 }));
      await settle(el);
      expect(thanks(el), 'the answers arrived').to.exist;
      expect(deepActiveElement()).to.equal(thanks(el));
      // The second request failing later takes nothing back.
      requests[1].reject(new TypeError('Failed to fetch'));
      await settle(el);
      expect(thanks(el)).to.exist;
    });

    it('thanks the reader when the request succeeds late, without their sending again', async () => {
      const { el, requests } = await stalled();
      requests[0].resolve(new Response(null, { status: 201 }));
      await settle(el);
      expect(thanks(el)).to.exist;
    });

    it('says a second try that fails, and still thanks when the first succeeds later', async () => {
      const { el, requests } = await stalled();
      send(el)!.click();
      await settle(el);
      requests[1].reject(new TypeError('Failed to fetch'));
      await settle(el);
      expect(status(el)).to.match(/^Санал хүсэлт илгээгдсэнгүй\./);
      requests[0].resolve(undefined);
      await settle(el);
      expect(thanks(el)).to.exist;
    });

    it('says nothing of a slow request once it failed: the wait of an answered request is over', async () => {
      const requests: ReturnType<typeof request>[] = [];
      const { el } = await answered(requests);
      requests[0].reject(new TypeError('Failed to fetch'));
      await settle(el);
      clock.runLast();
      await settle(el);
      expect(status(el)).to.match(/^Санал хүсэлт илгээгдсэнгүй\./);
    });
  });

  it('says sending and failure in English too', async () => {
    const requests: ReturnType<typeof request>[] = [];
    const { el } = await answered(requests, 'en');
    expect(status(el)).to.equal('Sending…');
    requests[0].reject(new TypeError('Failed to fetch'));
    await settle(el);
    expect(status(el)).to.equal('Your feedback was not sent. Send it again. If you are offline, it will be sent when you are back online.');
  });

  it('speaks the page language', async () => {
    const el = await fixture<GerFeedback>(html`<ger-feedback lang="en"></ger-feedback>`);
    expect(el.shadowRoot!.querySelector('#question')!.textContent).to.equal('Was this service helpful?');
    expect(answers(el).map((b) => b.textContent!.trim())).to.deep.equal(['Yes', 'No']);
  });

  itNeeds(['computed accessibility'], 'is a form landmark named by its question, with pressed-state buttons', async () => {
    const el = await fixture<GerFeedback>(html`<ger-feedback></ger-feedback>`);
    expect(computedAccessibility(el.shadowRoot!.querySelector('form')!)).to.deep.equal({ role: 'form', name: 'Энэ үйлчилгээ танд хэрэгтэй байсан уу?' });
    answers(el)[0].click();
    await el.updateComplete;
    expect(computedAccessibility(el.shadowRoot!.querySelector('fieldset')!).role).to.equal('group');
  });

  it('passes hostile text typed in the comment to the event as text, never as markup', async () => {
    const box = await fixture<HTMLElement>(html`<div style="inline-size: 18rem"><ger-feedback service=${MARKUP}></ger-feedback></div>`);
    const el = box.querySelector('ger-feedback')!;
    answers(el)[0].click();
    await el.updateComplete;
    comment(el)!.value = MARKUP + LONG_WORD;
    expect(overflowing(box)).to.deep.equal([]);
    setTimeout(() => send(el)!.click());
    const event = await oneEvent(el, 'ger-feedback');
    expect(event.detail.comment).to.equal(MARKUP + LONG_WORD);
    expect(event.detail.service).to.equal(MARKUP);
    await expectNoInjection(box);
  });
});

describeAccessibility('ger-feedback', () => html`<ger-feedback service="complaint-1111"></ger-feedback>`);

describe('ger-feedback with the rating shown: accessibility', () => {
  afterEach(resetConditions);
  it('passes axe when sending failed', async () => {
    const el = await fixture<GerFeedback>(html`<ger-feedback></ger-feedback>`);
    el.addEventListener('ger-feedback', (event) => event.detail.waitUntil(Promise.reject(new TypeError('Failed to fetch'))));
    answers(el)[0].click();
    await el.updateComplete;
    send(el)!.click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role="status"] .error')).to.exist;
    const { expectNoAxeViolations } = await import('../../test/axe.js');
    await expectNoAxeViolations(el);
  });
  it('passes axe with the rating and comment open', async () => {
    const el = await fixture<GerFeedback>(html`<ger-feedback></ger-feedback>`);
    answers(el)[0].click();
    await el.updateComplete;
    const { expectNoAxeViolations } = await import('../../test/axe.js');
    await expectNoAxeViolations(el);
  });
});
