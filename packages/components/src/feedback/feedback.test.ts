import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { describeAccessibility } from '../../test/accessibility.js';
import { resetConditions } from '../../test/viewing-conditions.js';
import { itNeeds, press } from '../../test/engine.js';
import { computedAccessibility, deepActiveElement } from '../../test/helpers.js';
import { expectNoInjection, LONG_WORD, MARKUP, overflowing } from '../../test/hostile.js';
import type { GerFeedback } from './feedback.js';
import './feedback.js';

const answers = (el: GerFeedback) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="answer"]')];
const ratings = (el: GerFeedback) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="rating"]')];
const comment = (el: GerFeedback) => el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea');
const send = (el: GerFeedback) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]');
const thanks = (el: GerFeedback) => el.shadowRoot!.querySelector<HTMLElement>('[part="thanks"]');

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
    setTimeout(() => press('Enter'));
    const event = await oneEvent(el, 'ger-feedback');
    expect(event.detail).to.include({ helpful: true, rating: 3, comment: 'OK' });
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(thanks(el));
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
  it('passes axe with the rating and comment open', async () => {
    const el = await fixture<GerFeedback>(html`<ger-feedback></ger-feedback>`);
    answers(el)[0].click();
    await el.updateComplete;
    const { expectNoAxeViolations } = await import('../../test/axe.js');
    await expectNoAxeViolations(el);
  });
});
