import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { describeAccessibility } from '../../test/accessibility.js';
import { composingEnter, itNeeds, press } from '../../test/engine.js';
import { captureWarnings, computedAccessibility, deepActiveElement, settle } from '../../test/helpers.js';
import '../button/button.js';
import '../check-answers/check-answers.js';
import '../panel/panel.js';
import '../password-input/password-input.js';
import '../radio-group/radio-group.js';
import '../text-field/text-field.js';
import type { GerTextField } from '../text-field/text-field.js';
import { type Draft, DRAFT_PREFIX, type DraftStore } from '../utils/draft.js';
import type { GerFormSteps } from './form-steps.js';
import './form-steps.js';

/**
 * A store in memory, sync or async (a server's, answering after a few ms), that can fail as a
 * server store does: every request while `offline`, or the next `failReads` reads.
 */
class MemoryStore implements DraftStore {
  data = new Map<string, string>();
  /** Each request, in order: `get`, `set`, `delete`. */
  requests: string[] = [];
  offline = false;
  failReads = 0;
  /** How long the next saves take (ms), in turn: a slow request may finish after a later one. */
  saveDelays: number[] = [];
  constructor(private readonly async = false) {}
  private answer<T>(request: string, act: () => T, delay = 5): T | Promise<T> {
    this.requests.push(request);
    // Decided as the request goes, as a fetch fails at once offline.
    const fails = this.offline || (request === 'get' && this.failReads-- > 0);
    const run = () => {
      if (fails) throw new TypeError('Failed to fetch');
      return act();
    };
    if (!this.async) return run();
    return new Promise((resolve, reject) => setTimeout(() => (fails ? reject(new TypeError('Failed to fetch')) : resolve(act())), delay));
  }
  get(key: string) {
    return this.answer('get', () => this.data.get(key) ?? null);
  }
  set(key: string, value: string) {
    return this.answer('set', () => void this.data.set(key, value), this.saveDelays.shift());
  }
  delete(key: string) {
    return this.answer('delete', () => void this.data.delete(key));
  }
}

const application = (store: DraftStore, formId = 'test-form', draftVersion?: string) => html`<ger-form-steps
  form-id=${formId}
  draft-version=${draftVersion ?? nothing}
  .store=${store}
>
  <ger-form-step heading="Хувийн мэдээлэл">
    <ger-text-field id="name" name="name" label="Нэр" required></ger-text-field>
    <ger-text-field id="email" name="email" label="Имэйл" type="email"></ger-text-field>
  </ger-form-step>
  <ger-form-step heading="Хүргэлт">
    <ger-radio-group id="delivery" name="delivery" label="Хэрхэн авах вэ?" required>
      <ger-radio value="office">Төвөөс</ger-radio>
      <ger-radio value="post">Шуудангаар</ger-radio>
    </ger-radio-group>
  </ger-form-step>
  <ger-form-step heading="Шуудангийн хаяг" when="delivery=post">
    <ger-text-field id="address" name="address" label="Хаяг" required></ger-text-field>
  </ger-form-step>
  <ger-form-step heading="Нэмэлт" optional>
    <ger-text-field id="note" name="note" label="Тайлбар"></ger-text-field>
  </ger-form-step>
  <ger-form-step heading="Хариултаа шалгах">
    <ger-check-answers></ger-check-answers>
  </ger-form-step>
</ger-form-steps>`;

const shadow = (el: GerFormSteps) => el.shadowRoot!;
const heading = (el: GerFormSteps) => shadow(el).getElementById('heading')!;
const headingText = (el: GerFormSteps) => heading(el).textContent!.replace(/\s+/g, ' ').trim();
const button = (el: GerFormSteps, text: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => b.textContent!.trim() === text)!;
const field = <T extends HTMLElement = GerTextField>(el: GerFormSteps, id: string) => el.querySelector<T>(`#${id}`)!;

async function setup(store: DraftStore = new MemoryStore(), formId?: string, draftVersion?: string) {
  const el = await fixture<GerFormSteps>(application(store, formId, draftVersion));
  await settle(el, 3);
  return el;
}

/** A form with `history` on, at its first step. */
async function setupWithHistory() {
  const el = await setup();
  el.history = true;
  await settle(el);
  return el;
}

/** The next `popstate`: Back or Forward done. */
const popped = () => new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));

/** The browser's Back, once the page has heard it. */
async function historyBack() {
  const moved = popped();
  history.back();
  await moved;
}

async function fillFirstSteps(el: GerFormSteps, delivery = 'post') {
  field(el, 'name').value = 'Болд';
  await el.next();
  field<HTMLElement & { value: string }>(el, 'delivery').value = delivery;
  await el.next();
}

/** A form with the first steps answered (collection at an office), at its check-answers step. */
async function atCheckAnswers(store?: DraftStore): Promise<GerFormSteps> {
  const el = await setup(store);
  await fillFirstSteps(el, 'office');
  await el.skip();
  await settle(el, 3);
  return el;
}

let savedTitle = '';
beforeEach(() => {
  savedTitle = document.title;
  document.title = 'Гадаад паспорт';
});
afterEach(() => {
  document.title = savedTitle;
});

describe('ger-form-steps', () => {
  itNeeds(['computed accessibility'], 'names the heading "Алхам 1/4: Хувийн мэдээлэл", the colon right after the number', async () => {
    const el = await setup();
    expect(computedAccessibility(heading(el))).to.deep.equal({ role: 'heading', name: 'Алхам 1/4: Хувийн мэдээлэл' });
  });

  it('shows the first step under "Алхам 1/4", with the steps listed and the current one marked', async () => {
    const el = await setup();
    expect(headingText(el)).to.equal('Алхам 1/4: Хувийн мэдээлэл');
    expect(heading(el).getAttribute('role')).to.equal('heading');
    expect(heading(el).getAttribute('aria-level')).to.equal('2');
    const items = [...shadow(el).querySelectorAll('.progress li')];
    expect(items.map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '1. Хувийн мэдээлэл',
      '2. Хүргэлт',
      '3. Нэмэлт',
      '4. Хариултаа шалгах',
    ]);
    expect(items[0].getAttribute('aria-current')).to.equal('step');
    expect(el.steps.map((s) => s.hidden)).to.deep.equal([false, true, true, true, true]);
    expect(document.title).to.equal('Алхам 1/4: Хувийн мэдээлэл – Гадаад паспорт');
  });

  it('checks the step before going on: errors in a summary that takes focus, and in the title', async () => {
    const el = await setup();
    await el.next();
    await settle(el, 3);
    expect(el.current).to.equal(0);
    const summary = shadow(el).querySelector('ger-error-summary')!;
    const links = [...summary.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal(['Нэр: Энэ талбарыг бөглөнө үү.']);
    expect(deepActiveElement()).to.equal(summary.shadowRoot!.querySelector('.summary'));
    expect(document.title).to.equal('Алдаа: Алхам 1/4: Хувийн мэдээлэл – Гадаад паспорт');
    expect(field(el, 'name').matches(':state(user-invalid)')).to.be.true;
    links[0].click();
    expect(deepActiveElement()).to.equal(field(el, 'name').shadowRoot!.querySelector('input'));
  });

  it('goes on once the step is valid: focus on the new heading, the title names it, an event says so', async () => {
    const el = await setup();
    field(el, 'name').value = 'Болд';
    const changed = oneEvent(el, 'ger-step-change');
    await el.next();
    const { detail } = await changed;
    expect(detail).to.deep.equal({ step: 2, total: 4, heading: 'Хүргэлт' });
    expect(el.current).to.equal(1);
    expect(deepActiveElement()).to.equal(heading(el));
    expect(headingText(el)).to.equal('Алхам 2/4: Хүргэлт');
    expect(document.title).to.equal('Алхам 2/4: Хүргэлт – Гадаад паспорт');
    expect(shadow(el).querySelectorAll('.progress li')[1].getAttribute('aria-current')).to.equal('step');
  });

  it('keeps the user on their step, and what they completed, when the page adds or removes steps (a framework rendering them from the answers)', async () => {
    const el = await setup();
    await fillFirstSteps(el); // at the address: "Алхам 3/5"
    const address = el.steps[2];
    const shown = () => el.steps[el.current].getAttribute('heading');
    const intro = document.createElement('ger-form-step');
    intro.setAttribute('heading', 'Танилцуулга');
    el.prepend(intro);
    await settle(el);
    expect(shown(), 'a step put before it').to.equal('Шуудангийн хаяг');
    expect(headingText(el)).to.equal('Алхам 4/6: Шуудангийн хаяг');
    expect(el.completed.sort()).to.deep.equal([1, 2]);
    intro.remove();
    el.steps[0].remove();
    await settle(el);
    expect(shown(), 'steps before it removed').to.equal('Шуудангийн хаяг');
    expect(headingText(el)).to.equal('Алхам 2/4: Шуудангийн хаяг');
    expect(el.completed).to.deep.equal([0]);
    expect(document.title).to.equal('Алхам 2/4: Шуудангийн хаяг – Гадаад паспорт');
    // The step shown removed: the next one takes its place, its heading takes focus and an event says so.
    const changed = oneEvent(el, 'ger-step-change');
    address.remove();
    expect((await changed).detail).to.deep.equal({ step: 2, total: 3, heading: 'Нэмэлт' });
    expect(deepActiveElement()).to.equal(heading(el));
    expect(el.steps.filter((step) => !step.hidden).map((step) => step.getAttribute('heading'))).to.deep.equal(['Нэмэлт']);
    // Every step rendered anew: nothing to follow, the user stays at the same number.
    el.replaceChildren(...el.steps.map((step) => step.cloneNode(true)));
    await settle(el);
    expect(shown()).to.equal('Нэмэлт');
    expect(el.completed).to.deep.equal([0]);
  });

  it('goes back without checking and without losing anything', async () => {
    const el = await setup();
    field(el, 'name').value = 'Болд';
    await el.next();
    await el.back();
    expect(el.current).to.equal(0);
    expect(field(el, 'name').value).to.equal('Болд');
    expect(deepActiveElement()).to.equal(heading(el));
  });

  it("with `history`, the browser's Back and Forward go between the steps the user moved through, and no further than they may reach", async () => {
    const el = await setupWithHistory();
    const entries = history.length;
    await fillFirstSteps(el); // name, then delivery by post: at the address
    expect(el.current).to.equal(2);
    expect(history.length - entries, 'an entry for each step moved to').to.equal(2);
    let moved = popped();
    history.back();
    await moved;
    await waitUntil(() => el.current === 1, 'back at the delivery step');
    expect(deepActiveElement()).to.equal(heading(el));
    moved = popped();
    history.forward();
    await moved;
    await waitUntil(() => el.current === 2, 'forward at the address again');
    // Back twice, the name emptied meanwhile: Forward goes only as far as the user may reach now.
    moved = popped();
    history.go(-2);
    await moved;
    await waitUntil(() => el.current === 0, 'back at the first step');
    field(el, 'name').value = '';
    el.nav.done.delete(0);
    moved = popped();
    history.go(2);
    await moved;
    await waitUntil(() => el.current === 0 && deepActiveElement() === heading(el), 'kept at the first step, which needs an answer');
  });

  it('with `history`, Back to a step that no longer applies goes to the nearest one before it', async () => {
    const el = await setupWithHistory();
    await fillFirstSteps(el); // by post: at the address
    field(el, 'address').value = 'Улаанбаатар';
    await el.next();
    expect(el.current).to.equal(3);
    // Collected at an office after all: the address step no longer applies.
    field<HTMLElement & { value: string }>(el, 'delivery').value = 'office';
    await historyBack();
    await waitUntil(() => el.current === 1, `at the delivery step, not ${el.current}`);
  });

  it('with `history`, Back goes to the step the user was on, though the page has removed a step before it since', async () => {
    const el = await setupWithHistory();
    await fillFirstSteps(el); // name, then delivery by post: at the address
    // The page drops the name step (a framework rendering the steps from the answers).
    el.steps[0].remove();
    await settle(el);
    expect(el.steps[el.current].getAttribute('heading')).to.equal('Шуудангийн хаяг');
    await historyBack();
    await waitUntil(
      () => el.steps[el.current].getAttribute('heading') === 'Хүргэлт',
      `at the delivery step, not ${el.steps[el.current].getAttribute('heading')}`,
    );
    expect(headingText(el)).to.equal('Алхам 1/4: Хүргэлт');
  });

  it('with `history`, Back to a step the page has removed since opens the nearest step before it that is still there', async () => {
    const el = await setupWithHistory();
    await fillFirstSteps(el); // by post: at the address
    field(el, 'address').value = 'Улаанбаатар';
    await el.next(); // the note
    await el.next(); // check answers
    const shown = () => el.steps[el.current].getAttribute('heading');
    expect(shown()).to.equal('Хариултаа шалгах');
    el.steps.find((step) => step.getAttribute('heading') === 'Нэмэлт')!.remove();
    await settle(el);
    await historyBack();
    await waitUntil(() => shown() === 'Шуудангийн хаяг', `at the address, not ${shown()}`);
  });

  it('with `history`, two forms on a page each keep their own steps', async () => {
    const form = (id: string) => html`<ger-form-steps id=${id} history>
      <ger-form-step heading="${id} 1"><ger-text-field name="${id}-a" label="A"></ger-text-field></ger-form-step>
      <ger-form-step heading="${id} 2"><ger-text-field name="${id}-b" label="B"></ger-text-field></ger-form-step>
    </ger-form-steps>`;
    const page = await fixture<HTMLElement>(html`<div>${form('first')}${form('second')}</div>`);
    const [first, second] = page.querySelectorAll<GerFormSteps>('ger-form-steps');
    await settle(first, 3);
    await first.next();
    await second.next();
    expect([first.current, second.current]).to.deep.equal([1, 1]);
    await historyBack();
    await waitUntil(() => second.current === 0, 'the second form back at its first step');
    expect(first.current, 'the first form where it was').to.equal(1);
  });

  it('without `history` leaves the browser history alone', async () => {
    const el = await setup();
    const entries = history.length;
    await fillFirstSteps(el);
    expect(el.current).to.equal(2);
    expect(history.length).to.equal(entries);
  });

  it('continues with Enter in a text field, as a one-page form would submit', async () => {
    const el = await setup();
    field(el, 'name').focus();
    await sendKeys({ type: 'Болд' });
    await press('Enter');
    await settle(el, 3);
    expect(el.current).to.equal(1);
  });

  it("stays on the step with the Enter that confirms an input method's text (Safari's: keyCode 229)", async () => {
    const el = await setup();
    field(el, 'name').focus();
    await sendKeys({ type: 'Болд' });
    const left = composingEnter(field(el, 'name').shadowRoot!.querySelector('input')!);
    await settle(el, 3);
    expect(el.current).to.equal(0);
    expect(left, 'left to the input method').to.be.true;
    await press('Enter');
    await settle(el, 3);
    expect(el.current, 'the next Enter continues').to.equal(1);
  });

  it('continues with Enter in a Ger field, never sending the form through its other submit button ("Save draft")', async () => {
    for (const button of [
      '<ger-button variant="secondary" name="action" value="draft">Ноорог хадгалах</ger-button>',
      '<button name="action" value="draft">Ноорог хадгалах</button>',
    ]) {
      for (const control of ['ger-text-field', 'ger-password-input']) {
        const form = await fixture<HTMLFormElement>(html`<form @submit=${(event: Event) => event.preventDefault()}>
          <ger-form-steps form-id="enter-${control}">
            <ger-form-step heading="Нэвтрэх">${unsafeHTML(`<${control} name="answer" label="Хариулт"></${control}>`)}</ger-form-step>
            <ger-form-step heading="Хаяг"><ger-text-field name="address" label="Хаяг"></ger-text-field></ger-form-step>
          </ger-form-steps>
          ${unsafeHTML(button)}
        </form>`);
        const el = form.querySelector<GerFormSteps>('ger-form-steps')!;
        await settle(el, 3);
        const sent: unknown[] = [];
        form.addEventListener('submit', (event) => sent.push(new FormData(form, event.submitter).get('action')));
        const answer = form.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(control)!;
        await answer.updateComplete;
        answer.shadowRoot!.querySelector('input')!.focus();
        await sendKeys({ type: 'Болд' });
        await press('Enter');
        await settle(el, 3);
        expect(sent, `${control}, ${button}: nothing sent half-filled`).to.deep.equal([]);
        expect(el.current, `${control}, ${button}: Enter means Continue`).to.equal(1);
      }
    }
  });

  it('shows a conditional step only for the answer it depends on, and sends its answers only then', async () => {
    const el = await setup();
    await fillFirstSteps(el, 'post');
    expect(el.steps[el.current].heading).to.equal('Шуудангийн хаяг');
    expect(headingText(el)).to.equal('Алхам 3/5: Шуудангийн хаяг');
    field(el, 'address').value = 'Баянгол дүүрэг, 3-р хороо';
    await el.back();
    field<HTMLElement & { value: string }>(el, 'delivery').value = 'office';
    await el.next();
    expect(el.steps[el.current].heading, 'the address step is skipped').to.equal('Нэмэлт');
    expect(el.toJSON()).to.deep.equal({ name: 'Болд', email: '', delivery: 'office', note: '' });
    expect(el.toFormData().has('address')).to.be.false;
  });

  it('lets an optional step be skipped', async () => {
    const el = await setup();
    await fillFirstSteps(el, 'office');
    expect(headingText(el)).to.equal('Алхам 3/4: Нэмэлт (заавал биш)');
    const skip = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Алгасах')!;
    skip.click();
    await settle(el, 3);
    expect(el.steps[el.current].heading).to.equal('Хариултаа шалгах');
    expect(button(el, 'Илгээх'), 'the last step sends').to.exist;
  });

  it('lists the answers to check, with Change links that come back to check answers', async () => {
    const el = await setup();
    await fillFirstSteps(el, 'post');
    field(el, 'address').value = 'Сүхбаатар дүүрэг';
    await el.next();
    await el.skip();
    await settle(el, 3);
    const check = el.querySelector('ger-check-answers')!;
    await check.updateComplete;
    const rows = [...check.shadowRoot!.querySelectorAll('.row')].map((row) => [...row.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()));
    expect(rows).to.deep.equal([
      ['Нэр', 'Болд', 'Өөрчлөх: Нэр'],
      ['Имэйл', 'Бөглөөгүй', 'Өөрчлөх: Имэйл'],
      ['Хэрхэн авах вэ?', 'Шуудангаар', 'Өөрчлөх: Хэрхэн авах вэ?'],
      ['Хаяг', 'Сүхбаатар дүүрэг', 'Өөрчлөх: Хаяг'],
      ['Тайлбар', 'Бөглөөгүй', 'Өөрчлөх: Тайлбар'],
    ]);
    const change = [...check.shadowRoot!.querySelectorAll('a')][0];
    change.click();
    await settle(el, 3);
    expect(el.current).to.equal(0);
    expect(deepActiveElement()).to.equal(field(el, 'name').shadowRoot!.querySelector('input'));
    field(el, 'name').value = 'Сарнай';
    await el.next();
    await settle(el, 3);
    expect(el.steps[el.current].heading, 'straight back to check answers').to.equal('Хариултаа шалгах');
    await check.updateComplete;
    expect(check.shadowRoot!.querySelector('.row dd')!.textContent!.trim()).to.equal('Сарнай');
  });

  it('after a change that switches on a step not yet answered, asks it before coming back', async () => {
    const el = await atCheckAnswers();
    const check = el.querySelector('ger-check-answers')!;
    await check.updateComplete;
    const changeDelivery = [...check.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent!.includes('Хэрхэн авах вэ?'))!;
    changeDelivery.click();
    await settle(el, 3);
    field<HTMLElement & { value: string }>(el, 'delivery').value = 'post';
    await el.next();
    expect(el.steps[el.current].heading).to.equal('Шуудангийн хаяг');
    field(el, 'address').value = 'Чингэлтэй дүүрэг';
    await el.next();
    expect(el.steps[el.current].heading).to.equal('Хариултаа шалгах');
  });

  it('sends the application as FormData and JSON, then clears the draft', async () => {
    const store = new MemoryStore();
    const el = await atCheckAnswers(store);
    expect(store.data.has(`${DRAFT_PREFIX}test-form`)).to.be.true;
    const submitted = oneEvent(el, 'ger-submit');
    button(el, 'Илгээх').click();
    const { detail } = await submitted;
    expect(detail.json).to.deep.equal({ name: 'Болд', email: '', delivery: 'office', note: '' });
    expect([...detail.formData.entries()]).to.deep.equal([
      ['name', 'Болд'],
      ['email', ''],
      ['delivery', 'office'],
      ['note', ''],
    ]);
    await settle(el, 3);
    expect(store.data.size).to.equal(0);
  });

  it('names the sending in the page title once sent, not the last step', async () => {
    const el = await atCheckAnswers();
    expect(document.title).to.equal('Алхам 4/4: Хариултаа шалгах – Гадаад паспорт');
    // As the agency site does: the page shows its confirmation in place of the steps.
    el.addEventListener('ger-submit', () => (el.hidden = true));
    await el.submit();
    await settle(el, 3);
    expect(document.title).to.equal('Илгээсэн – Гадаад паспорт');
    el.remove();
    expect(document.title, 'the page gets its own title back').to.equal('Гадаад паспорт');
  });

  it("once sent, the browser's Back leaves it sent: no step shown again, no draft saved again, the title still says sent", async () => {
    const store = new MemoryStore();
    const el = await atCheckAnswers(store);
    el.history = true;
    // Steps moved through with `history` on: entries that Back goes to.
    await el.goTo(0);
    await el.goTo(4);
    el.addEventListener('ger-submit', () => (el.hidden = true));
    await el.submit();
    await settle(el, 3);
    expect(store.data.size, 'the page took the application: the draft is cleared').to.equal(0);
    await historyBack();
    await settle(el, 3);
    expect(el.current, 'still the last step, behind the confirmation').to.equal(4);
    expect(store.data.size, 'no draft of the sent application').to.equal(0);
    expect(document.title).to.equal('Илгээсэн – Гадаад паспорт');
  });

  it('follows the page title when the page changes it, and the page language, in the step it names', async () => {
    const el = await setup();
    field(el, 'name').value = 'Болд';
    await el.next();
    await settle(el, 3);
    expect(document.title).to.equal('Алхам 2/4: Хүргэлт – Гадаад паспорт');
    const lang = document.documentElement.lang;
    try {
      // As a site switching language in place does: <html lang> and the <title> text, then nothing else.
      document.documentElement.lang = 'en';
      document.querySelector('title')!.textContent = 'Passport';
      await settle(el, 3);
      expect(document.title).to.equal('Step 2 of 4: Хүргэлт – Passport');
      // The page changes its title alone, with no step change: followed too.
      document.title = 'Passport application';
      await settle(el, 3);
      expect(document.title).to.equal('Step 2 of 4: Хүргэлт – Passport application');
      // The steps' own writes are not taken for the page's: moving on keeps one base.
      await el.back();
      await settle(el, 3);
      expect(document.title).to.equal('Step 1 of 4: Хувийн мэдээлэл – Passport application');
      el.remove();
      expect(document.title, 'the page gets its latest title back').to.equal('Passport application');
    } finally {
      document.documentElement.lang = lang;
    }
  });

  it('never takes another form\u2019s step for the page title: two forms on a page name one step each time', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <ger-form-steps><ger-form-step heading="А1"></ger-form-step><ger-form-step heading="А2"></ger-form-step></ger-form-steps>
      <ger-form-steps><ger-form-step heading="Б1"></ger-form-step><ger-form-step heading="Б2"></ger-form-step></ger-form-steps>
    </div>`);
    await settle(page, 3);
    const [first, second] = page.querySelectorAll<GerFormSteps>('ger-form-steps');
    const titles = [document.title];
    await first.next();
    await settle(page, 3);
    titles.push(document.title);
    document.title = 'Passport';
    await settle(page, 3);
    titles.push(document.title);
    await second.next();
    await settle(page, 3);
    titles.push(document.title);
    first.remove();
    await settle(page, 3);
    titles.push(document.title);
    second.remove();
    // One step named, then the page's own title: never a step within a step.
    expect(titles.map((title) => title.replace(/^Алхам \d\/2: [АБ]\d – /, ''))).to.deep.equal([
      'Гадаад паспорт',
      'Гадаад паспорт',
      'Passport',
      'Passport',
      'Passport',
    ]);
    expect(titles[1]).to.equal('Алхам 2/2: А2 – Гадаад паспорт');
    expect(titles[4], 'the form left writes its step').to.equal('Алхам 2/2: Б2 – Passport');
    expect(document.title, 'the page gets its own title back').to.equal('Passport');
  });

  it('keeps the draft when the page cancels ger-submit to send it itself', async () => {
    const store = new MemoryStore();
    const el = await setup(store);
    await fillFirstSteps(el, 'office');
    await el.skip();
    el.addEventListener('ger-submit', (event) => event.preventDefault());
    await el.submit();
    expect(store.data.size).to.equal(1);
    await el.clearDraft();
    expect(store.data.size).to.equal(0);
  });

  it('refuses to send while a step that applies has errors, and goes to it', async () => {
    const el = await setup();
    await fillFirstSteps(el, 'office');
    await el.skip();
    field(el, 'email').value = 'буруу';
    let sent = 0;
    el.addEventListener('ger-submit', () => sent++);
    await el.submit();
    await settle(el, 3);
    expect(sent).to.equal(0);
    expect(el.current).to.equal(0);
    const summary = shadow(el).querySelector('ger-error-summary')!;
    expect(summary.shadowRoot!.textContent).to.contain('Имэйл:');
  });

  it('submits an enclosing native form, without the answers of steps that do not apply', async () => {
    const form = await fixture<HTMLFormElement>(html`<form action="/never" @submit=${(e: Event) => e.preventDefault()}>
      <input type="hidden" name="service" value="passport" />
      ${application(new MemoryStore())}
    </form>`);
    const el = form.querySelector('ger-form-steps')!;
    await settle(el, 3);
    await fillFirstSteps(el, 'post');
    field(el, 'address').value = 'Хан-Уул';
    await el.back();
    field<HTMLElement & { value: string }>(el, 'delivery').value = 'office';
    await el.next();
    await el.skip();
    let sent: [string, FormDataEntryValue][] = [];
    form.addEventListener('submit', (event) => (sent = [...new FormData(form, (event as SubmitEvent).submitter)]));
    await el.submit();
    expect(sent).to.deep.equal([
      ['service', 'passport'],
      ['name', 'Болд'],
      ['email', ''],
      ['delivery', 'office'],
      ['note', ''],
    ]);
  });
});

describe('ger-form-steps drafts', () => {
  for (const async of [false, true]) {
    it(`resumes at the same step with every answer after a reload (${async ? 'async' : 'sync'} store)`, async () => {
      const store = new MemoryStore(async);
      const first = await setup(store);
      await fillFirstSteps(first, 'post');
      field(first, 'address').value = 'Баянзүрх';
      field(first, 'address').dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await settle(first, 3);
      first.remove();

      const again = await setup(store);
      await settle(again, 3);
      expect(again.steps[again.current].heading).to.equal('Шуудангийн хаяг');
      expect(field(again, 'name').value).to.equal('Болд');
      expect(field<HTMLElement & { value: string }>(again, 'delivery').value).to.equal('post');
      expect(field(again, 'address').value).to.equal('Баянзүрх');
      expect(shadow(again).querySelector('.notice')!.textContent).to.contain('Таны хадгалсан ноорогийг сэргээлээ');
      expect(shadow(again).querySelector('.saved')!.textContent).to.match(/^Ноорог хадгалагдсан: \d\d:\d\d$/);
    });
  }

  it('opens the step of the question the address names (a Change link in a new tab), but no step not yet reachable', async () => {
    const store = new MemoryStore();
    const first = await atCheckAnswers(store);
    expect(first.steps[first.current].heading).to.equal('Хариултаа шалгах');
    first.remove();
    const address = location.href;
    const reopen = async (fragment: string, from = store) => {
      history.replaceState(history.state, '', `#${fragment}`);
      try {
        return await setup(from);
      } finally {
        history.replaceState(history.state, '', address);
      }
    };
    const again = await reopen('email');
    await settle(again, 3);
    expect(again.steps[again.current].heading).to.equal('Хувийн мэдээлэл');
    expect(deepActiveElement()).to.equal(field(again, 'email').shadowRoot!.querySelector('input'));
    await again.next();
    expect(again.steps[again.current].heading, 'Continue comes back to check answers').to.equal('Хариултаа шалгах');
    again.remove();

    const hidden = await reopen('address');
    await settle(hidden, 3);
    expect(hidden.steps[hidden.current].heading, 'the address step does not apply').to.equal('Хариултаа шалгах');
    hidden.remove();

    const fresh = await reopen('delivery', new MemoryStore());
    await settle(fresh, 3);
    expect(fresh.current, 'a new form starts at the first step').to.equal(0);
  });

  it('discards the draft: answers back to their defaults, back to the first step', async () => {
    const store = new MemoryStore();
    const first = await setup(store);
    await fillFirstSteps(first, 'office');
    first.remove();
    const again = await setup(store);
    const discard = shadow(again).querySelector<HTMLButtonElement>('.notice button')!;
    expect(discard.textContent!.trim()).to.equal('Ноорогийг устгаад шинээр эхлэх');
    discard.click();
    await settle(again, 3);
    expect(again.current).to.equal(0);
    expect(field(again, 'name').value).to.equal('');
    expect(store.data.size).to.equal(0);
    expect(shadow(again).querySelector('.notice')!.textContent!.trim()).to.equal('');
  });

  it('keeps drafts of different forms apart', async () => {
    const store = new MemoryStore();
    const a = await setup(store, 'passport');
    field(a, 'name').value = 'Болд';
    field(a, 'name').dispatchEvent(new Event('change', { bubbles: true }));
    await settle(a, 3);
    const b = await setup(store, 'id-card');
    expect(field(b, 'name').value).to.equal('');
    expect([...store.data.keys()]).to.deep.equal([`${DRAFT_PREFIX}passport`]);
  });

  const corrupt: [string, string, RegExp][] = [
    ['text that is not JSON', '{"version":1,"step":', /уншигдахгүй/],
    ['JSON of the wrong shape', '{"version":1,"step":"two","values":[]}', /уншигдахгүй/],
    ['null', 'null', /уншигдахгүй/],
    [
      'a draft of an older version',
      JSON.stringify({ version: 0, step: 2, done: [0, 1], savedAt: '2025-01-01T00:00:00Z', values: { name: 'Хуучин' } }),
      /шинэчлэгдсэн/,
    ],
  ];
  for (const [what, text, notice] of corrupt) {
    it(`starts a clean form with a notice from ${what}, and throws nothing`, async () => {
      const store = new MemoryStore();
      store.data.set(`${DRAFT_PREFIX}test-form`, text);
      const warnings = await captureWarnings(async () => {
        const el = await setup(store);
        expect(el.current).to.equal(0);
        expect(field(el, 'name').value).to.equal('');
        expect(shadow(el).querySelector('.notice')!.textContent).to.match(notice);
      });
      expect(warnings).to.deep.equal([]);
      expect(store.data.size, 'the bad draft is removed').to.equal(0);
    });
  }

  it('goes on without drafts when the store fails, saying the draft could not be loaded nor saved', async () => {
    const broken: DraftStore = {
      get: () => {
        throw new Error('blocked');
      },
      set: () => Promise.reject(new Error('full')),
      delete: () => {
        throw new Error('blocked');
      },
    };
    const el = await setup(broken);
    // Not "unreadable": a store that fails says nothing about the draft it may hold.
    expect(shadow(el).querySelector('.notice')!.textContent).to.match(/ачаалж чадсангүй/);
    field(el, 'name').value = 'Болд';
    field(el, 'name').dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el, 3);
    await el.next();
    expect(el.current).to.equal(1);
  });
});

describe('ger-form-steps on a slow link', () => {
  it('ignores Continue while a move waits for its code, says it is busy, then moves once', async () => {
    const el = document.createElement('ger-form-steps') as GerFormSteps;
    // The page part (page.ts) arrives late, as on a slow mobile link.
    let arrive!: () => void;
    const late = new Promise<void>((resolve) => (arrive = resolve));
    const part = (el as unknown as { page: { options: { load: () => Promise<unknown> } } }).page.options;
    const load = part.load;
    part.load = () => late.then(load);
    el.innerHTML = `<ger-form-step heading="Хувийн мэдээлэл"><ger-text-field id="name" name="name" label="Нэр" required></ger-text-field></ger-form-step>
      <ger-form-step heading="Хүргэлт"><ger-text-field id="delivery" name="delivery" label="Хүргэлт" required></ger-text-field></ger-form-step>
      <ger-form-step heading="Хаяг"><ger-text-field id="address" name="address" label="Хаяг" required></ger-text-field></ger-form-step>
      <ger-form-step heading="Шалгах"><ger-check-answers></ger-check-answers></ger-form-step>`;
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    holder.append(el);
    // Not `settle`: the element's updateComplete waits for the part still on its way.
    const pause = () => new Promise((resolve) => setTimeout(resolve, 50));
    await pause();
    field(el, 'name').value = 'Болд';
    const cont = () => shadow(el).querySelector<HTMLButtonElement>('.actions button')!;
    cont().click();
    await pause();
    expect(cont().getAttribute('aria-disabled'), 'shown busy').to.equal('true');
    expect(shadow(el).querySelector('.actions [role="status"]')!.textContent!.trim(), 'and said').to.equal('Ачаалж байна');
    // Two more taps, seeing nothing happen.
    cont().click();
    cont().click();
    await pause();
    expect(el.current).to.equal(0);
    arrive();
    await settle(el, 4);
    expect(el.steps[el.current].heading, 'one step on, none passed unseen').to.equal('Хүргэлт');
    expect(el.completed).to.deep.equal([0]);
    expect(cont().hasAttribute('aria-disabled'), 'no longer busy').to.be.false;
    expect(shadow(el).querySelector('.actions [role="status"]')!.textContent!.trim()).to.equal('');
    expect(deepActiveElement()).to.equal(heading(el));
  });
});

/** What the page's one live region (utils/announce.ts) last said. */
const announced = () => document.querySelector('[data-ger-announcer]')?.textContent ?? '';
const savedLine = (el: GerFormSteps) => shadow(el).querySelector('.saved')?.textContent!.trim() ?? '';
const noticeText = (el: GerFormSteps) => shadow(el).querySelector('.notice')!.textContent!.replace(/\s+/g, ' ').trim();
const stored = (store: MemoryStore, formId = 'test-form') => JSON.parse(store.data.get(`${DRAFT_PREFIX}${formId}`) ?? 'null') as Draft | null;
/** Types into a field as a user does: the value, then the input event. */
function type(el: GerFormSteps, id: string, value: string) {
  field(el, id).value = value;
  field(el, id).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('ger-form-steps with a draft store that fails', () => {
  it('says a save failed, and saves when the browser is back online', async () => {
    const store = new MemoryStore(true);
    const el = await setup(store);
    store.offline = true;
    type(el, 'name', 'Должинсүрэн');
    await settle(el, 3);
    expect(store.data.size).to.equal(0);
    expect(savedLine(el), 'never "saved" when it was not').to.equal('Ноорог хадгалагдсангүй. Бид дахин оролдоно.');
    expect(announced(), 'said to screen readers too').to.equal('Ноорог хадгалагдсангүй. Бид дахин оролдоно.');
    store.offline = false;
    window.dispatchEvent(new Event('online'));
    await settle(el, 3);
    expect(stored(store)?.values.name, 'saved once online, without another change').to.equal('Должинсүрэн');
    expect(savedLine(el)).to.match(/^Ноорог хадгалагдсан: \d\d:\d\d$/);
    expect(announced()).to.match(/^Ноорог хадгалагдсан: \d\d:\d\d$/);
  });

  it('tries a failed save again after a while, with no change and no online event (a server error)', async function () {
    this.timeout(10_000);
    const store = new MemoryStore(true);
    const el = await setup(store);
    store.offline = true;
    type(el, 'name', 'Болд');
    await settle(el, 3);
    store.offline = false;
    await new Promise((resolve) => setTimeout(resolve, 2300));
    await settle(el, 3);
    expect(stored(store)?.values.name).to.equal('Болд');
    expect(savedLine(el)).to.match(/^Ноорог хадгалагдсан/);
  });

  it('says localStorage refused a save (full, or blocked) instead of "saved"', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const el = await fixture<GerFormSteps>(html`<ger-form-steps form-id="full-storage">
        <ger-form-step heading="Нэр"><ger-text-field id="name" name="name" label="Нэр"></ger-text-field></ger-form-step>
      </ger-form-steps>`);
      await settle(el, 3);
      type(el, 'name', 'Болд');
      await settle(el, 3);
      expect(savedLine(el)).to.equal('Ноорог хадгалагдсангүй. Бид дахин оролдоно.');
      // Room again: the next change saves.
      Storage.prototype.setItem = original;
      type(el, 'name', 'Болдбаатар');
      await settle(el, 3);
      expect(JSON.parse(localStorage.getItem(`${DRAFT_PREFIX}full-storage`)!).values.name).to.equal('Болдбаатар');
      expect(savedLine(el)).to.match(/^Ноорог хадгалагдсан: \d\d:\d\d$/);
    } finally {
      Storage.prototype.setItem = original;
      localStorage.removeItem(`${DRAFT_PREFIX}full-storage`);
    }
  });

  it('saves one request at a time: an older save never lands after a newer one', async () => {
    const store = new MemoryStore(true);
    const el = await setup(store);
    await settle(el, 3);
    // The first save is slow (a poor link), the next quick.
    store.saveDelays = [80, 5];
    type(el, 'name', 'Б');
    await new Promise((resolve) => setTimeout(resolve, 10));
    type(el, 'name', 'Болд');
    await new Promise((resolve) => setTimeout(resolve, 150));
    await settle(el, 3);
    expect(stored(store)?.values.name).to.equal('Болд');
  });

  it('never deletes nor saves over a draft it could not read: says so, keeps trying, then merges what was typed meanwhile', async () => {
    const store = new MemoryStore(true);
    const draft: Draft = { version: 1, step: 1, done: [0], savedAt: '2026-03-12T05:00:00Z', values: { name: 'Болд', email: '', delivery: 'post' } };
    const text = JSON.stringify(draft);
    store.data.set(`${DRAFT_PREFIX}test-form`, text);
    store.failReads = 1000;
    const el = await setup(store);
    await settle(el, 3);
    expect(noticeText(el)).to.equal('Хадгалсан ноорогийг ачаалж чадсангүй. Бид дахин оролдоно. Ноорогийг устгаад шинээр эхлэх');
    expect(store.data.get(`${DRAFT_PREFIX}test-form`), 'not deleted').to.equal(text);
    // The user types while the draft cannot be read: nothing is written over it.
    type(el, 'email', 'bold@example.mn');
    await settle(el, 3);
    expect(store.data.get(`${DRAFT_PREFIX}test-form`), 'not overwritten').to.equal(text);
    expect(store.requests.filter((request) => request !== 'get')).to.deep.equal([]);
    expect(store.requests.length, 'the change tried the read again').to.be.above(1);
    // Back online: read at last.
    store.failReads = 0;
    window.dispatchEvent(new Event('online'));
    await settle(el, 3);
    expect(field(el, 'name').value, 'the draft restored').to.equal('Болд');
    expect(field(el, 'email').value, 'what was typed meanwhile is kept').to.equal('bold@example.mn');
    expect(el.current, 'the user had not moved: back at their step').to.equal(1);
    expect(noticeText(el)).to.contain('Таны хадгалсан ноорогийг сэргээлээ');
    expect(stored(store)?.values, 'then saved, both together').to.include({ name: 'Болд', email: 'bold@example.mn', delivery: 'post' });
  });

  it('compares a draft-version written as text ("v2") as that text, with a warning: an older draft stays out, its own drafts come back', async () => {
    const store = new MemoryStore();
    store.data.set(`${DRAFT_PREFIX}test-form`, JSON.stringify({ version: 1, step: 0, done: [], savedAt: '2026-03-12T05:00:00Z', values: { name: 'Болд' } }));
    let el!: GerFormSteps;
    const warnings = await captureWarnings(async () => {
      el = await setup(store, undefined, 'v2');
      await settle(el, 3);
    });
    expect(field(el, 'name').value, 'the draft of version 1 is not restored').to.equal('');
    expect(warnings.join()).to.contain('<ger-form-steps> draft-version="v2" is not a number; it is compared as text');
    type(el, 'name', 'Сарнай');
    await settle(el, 3);
    expect(stored(store)?.version).to.equal('v2');
    el.remove();
    const again = await setup(store, undefined, 'v2');
    expect(field(again, 'name').value, 'its own draft comes back').to.equal('Сарнай');
  });

  it('lets the user start afresh from a draft that could not be loaded', async () => {
    const store = new MemoryStore(true);
    store.data.set(`${DRAFT_PREFIX}test-form`, JSON.stringify({ version: 1, step: 1, done: [0], savedAt: '2026-03-12T05:00:00Z', values: { name: 'Болд' } }));
    store.failReads = 1000;
    const el = await setup(store);
    await settle(el, 3);
    shadow(el).querySelector<HTMLButtonElement>('.notice button')!.click();
    await settle(el, 3);
    expect(store.data.size, 'the user chose: the old draft goes').to.equal(0);
    expect(noticeText(el)).to.equal('');
    type(el, 'name', 'Сарнай');
    await settle(el, 3);
    expect(stored(store)?.values.name).to.equal('Сарнай');
  });
});

describe('ger-form-steps sending through a native form', () => {
  /** The application, in a form that posts into a frame (the page the post leads to). */
  const posted = (store: DraftStore | undefined, action: string, frame: string, formId = 'test-form') =>
    html`<form method="post" action=${action} target=${frame}>${application(store as DraftStore, formId)}</form>
      <iframe name=${frame} title="server"></iframe>`;

  it('keeps the answers when the post fails: a reload restores them, saying they were sent', async () => {
    const store = new MemoryStore(true);
    // Nothing listens there: the post fails, as it does offline.
    const page = await fixture<HTMLDivElement>(html`<div>${posted(store, 'http://127.0.0.1:9/apply', 'failed-post')}</div>`);
    const el = page.querySelector('ger-form-steps')!;
    await settle(el, 3);
    await fillFirstSteps(el, 'office');
    await el.skip();
    await settle(el, 3);
    await el.submit();
    await settle(el, 3);
    const kept = stored(store);
    expect(kept?.values, 'the answers are kept while the post is on its way').to.include({ name: 'Болд', delivery: 'office' });
    expect(kept?.sentAt, 'marked sent').to.be.a('string');
    expect(store.requests).not.to.include('delete');

    // The browser's "no connection" page, then Back: this page as it was, from the browser's cache.
    expect(document.title).to.equal('Илгээсэн – Гадаад паспорт');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await settle(el, 3);
    expect(document.title, 'the step again: the application may not have arrived').to.equal('Алхам 4/4: Хариултаа шалгах – Гадаад паспорт');
    expect(noticeText(el)).to.match(/^Энэ маягтыг илгээсэн \(\d{4} оны .+ сарын \d+ \d\d:\d\d\)\. Хүлээн авсан тухай мэдэгдэл харагдаагүй бол/);
    page.remove();

    // Or the tab was closed, and the form opened again later.
    const again = await setup(store);
    await settle(again, 3);
    expect(field(again, 'name').value).to.equal('Болд');
    expect(field<HTMLElement & { value: string }>(again, 'delivery').value).to.equal('office');
    expect(again.steps[again.current].heading, 'back at check answers, to send again').to.equal('Хариултаа шалгах');
    expect(noticeText(again)).to.contain('Энэ маягтыг илгээсэн');
    expect(shadow(again).querySelector('.notice button')!.textContent!.trim(), 'or start afresh').to.equal('Ноорогийг устгаад шинээр эхлэх');
    // A change makes it a draft again, no longer marked sent.
    type(again, 'email', 'bold@example.mn');
    await settle(again, 3);
    expect(stored(store)?.sentAt).to.equal(undefined);
  });

  it('leaves no draft once the post arrived: the confirmation page clears it (ger-panel form-id)', async () => {
    const formId = `posted-${Math.random().toString(36).slice(2)}`;
    const key = `${DRAFT_PREFIX}${formId}`;
    try {
      // The browser's own storage, as on a service's site.
      const page = await fixture<HTMLDivElement>(html`<div>${posted(undefined, '/__ger/echo', 'echo-post', formId)}</div>`);
      const el = page.querySelector('ger-form-steps')!;
      await settle(el, 3);
      await fillFirstSteps(el, 'office');
      await el.skip();
      await settle(el, 3);
      const frame = page.querySelector('iframe')!;
      const arrived = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      await el.submit();
      await arrived;
      expect(frame.contentDocument!.body.textContent, 'the server has the application').to.contain('Болд');
      expect(JSON.parse(localStorage.getItem(key)!).sentAt, 'kept until the confirmation says it arrived').to.be.a('string');
      // The confirmation page the server shows.
      await fixture(html`<ger-panel heading="Өргөдөл хүлээн авлаа" form-id=${formId} no-focus></ger-panel>`);
      await settle(document.body, 2);
      expect(localStorage.getItem(key)).to.equal(null);
    } finally {
      localStorage.removeItem(key);
    }
  });

  it("clears the draft when the page cancels the form's submit (it sends the answers itself)", async () => {
    const store = new MemoryStore(true);
    const page = await fixture<HTMLDivElement>(html`<div>${posted(store, 'http://127.0.0.1:9/apply', 'cancelled-post')}</div>`);
    page.querySelector('form')!.addEventListener('submit', (event) => event.preventDefault());
    const el = page.querySelector('ger-form-steps')!;
    await settle(el, 3);
    await fillFirstSteps(el, 'office');
    await el.skip();
    await settle(el, 3);
    await el.submit();
    await settle(el, 3);
    expect(store.data.size, 'a single-page app took the answers, as a ger-submit listener does').to.equal(0);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await settle(el, 3);
    expect(noticeText(el), 'nothing to say it was sent').to.equal('');
  });

  it('drops answers marked sent and never confirmed after two days', async () => {
    const store = new MemoryStore(true);
    const old = new Date(Date.now() - 3 * 24 * 60 * 60 * 1000).toISOString();
    const draft: Draft = { version: 1, step: 3, done: [0, 1, 2], savedAt: old, sentAt: old, values: { name: 'Болд' } };
    store.data.set(`${DRAFT_PREFIX}test-form`, JSON.stringify(draft));
    const el = await setup(store);
    await settle(el, 3);
    expect(field(el, 'name').value, "not restored into someone else's visit").to.equal('');
    expect(noticeText(el)).to.equal('');
    expect(store.data.size, 'and deleted').to.equal(0);
  });

  it('a confirmation clears only a draft that was sent', async () => {
    const key = `${DRAFT_PREFIX}not-sent`;
    const draft: Draft = { version: 1, step: 0, done: [], savedAt: '2026-03-12T05:00:00Z', values: { name: 'Сарнай' } };
    localStorage.setItem(key, JSON.stringify(draft));
    try {
      await fixture(html`<ger-panel heading="Өргөдөл хүлээн авлаа" form-id="not-sent" no-focus></ger-panel>`);
      await settle(document.body, 2);
      expect(localStorage.getItem(key), 'an application being filled in another tab').to.equal(JSON.stringify(draft));
    } finally {
      localStorage.removeItem(key);
    }
  });
});

describeAccessibility('ger-form-steps', () => application(new MemoryStore(), 'a11y-form'));
