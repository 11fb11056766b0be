import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import { describeAccessibility } from '../../test/accessibility.js';
import { composingEscape, itNeeds, press } from '../../test/engine.js';
import { captureWarnings, deepActiveElement, settle, until } from '../../test/helpers.js';
import { expectNoInjection, MARKUP } from '../../test/hostile.js';
import { fixtureVertical } from '../../test/vertical-script.js';
import { resetConditions, setNarrowViewport, setTextSize } from '../../test/viewing-conditions.js';
import { isVerticalWriting } from '../utils/writing-mode.js';
import type { GerDateInput } from '../date-input/date-input.js';
import '../date-input/date-input.js';
import type { GerDialog } from './dialog.js';
import './dialog.js';

const part = (el: GerDialog, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
const nativeDialog = (el: GerDialog) => part(el, 'dialog') as HTMLDialogElement;

/** A page with an opener button, a dialog and a button after it; the opener has focus. */
async function page(dialog = html`<ger-dialog heading="Өргөдлөө цуцлах уу?"><p>Таны бөглөсөн мэдээлэл устана.</p></ger-dialog>`) {
  const root = await fixture<HTMLElement>(html`<div><button id="opener">Нээх</button>${dialog}<button id="after">Дараа</button></div>`);
  const el = root.querySelector('ger-dialog')!;
  const opener = root.querySelector<HTMLButtonElement>('#opener')!;
  opener.focus();
  return { root, el, opener, outside: root.querySelector<HTMLButtonElement>('#after')! };
}

async function open(el: GerDialog) {
  el.show();
  await settle(el);
}

describe('ger-dialog', () => {
  afterEach(resetConditions);

  it('opens as a modal dialog named by its heading, which takes focus; the page behind is inert', async () => {
    const { el, outside } = await page();
    expect(nativeDialog(el).open).to.be.false;
    await open(el);
    const dialog = nativeDialog(el);
    expect(dialog.matches(':modal')).to.be.true;
    expect(el.hasAttribute('open')).to.be.true;
    expect(dialog.getAttribute('aria-labelledby')).to.equal('heading');
    expect(deepActiveElement()).to.equal(part(el, 'heading'));
    expect(part(el, 'heading').getAttribute('tabindex')).to.equal('-1');
    outside.focus();
    expect(document.activeElement).not.to.equal(outside);
  });

  it('keeps Tab inside the modal dialog without a focus trap of its own', async () => {
    const { el, opener, outside } = await page(html`<ger-dialog heading="Нэр" confirm-label="Хадгалах"><input aria-label="Нэр" /></ger-dialog>`);
    await open(el);
    for (let i = 0; i < 6; i++) {
      await press('Tab');
      const active = deepActiveElement();
      expect([opener, outside]).not.to.include(active);
    }
  });

  it('closes on Escape with "cancel", fires ger-close and gives focus back to the opener', async () => {
    const { el, opener } = await page();
    await open(el);
    const closed = oneEvent(el, 'ger-close');
    await press('Escape');
    const event = await closed;
    expect(event.detail.returnValue).to.equal('cancel');
    expect(el.open).to.be.false;
    expect(nativeDialog(el).open).to.be.false;
    expect(document.activeElement).to.equal(opener);
  });

  it('has a close button labelled in the page language', async () => {
    const { el } = await page();
    expect(part(el, 'close').textContent!.trim()).to.equal('Хаах');
    const en = await fixture<HTMLElement>(html`<div lang="en"><ger-dialog heading="Cancel?"></ger-dialog></div>`);
    const enDialog = en.querySelector('ger-dialog')!;
    await enDialog.updateComplete;
    expect(part(enDialog, 'close').textContent!.trim()).to.equal('Close');
    await open(el);
    setTimeout(() => part(el, 'close').click());
    expect((await oneEvent(el, 'ger-close')).detail.returnValue).to.equal('cancel');
  });

  it('offers confirm and cancel actions that close with "confirm" and "cancel"', async () => {
    const { el } = await page(html`<ger-dialog heading="Цуцлах уу?" confirm-label="Цуцлах"><p>Мэдээлэл устана.</p></ger-dialog>`);
    await open(el);
    const [confirm, cancel] = part(el, 'actions').querySelectorAll('button');
    expect(confirm.textContent!.trim()).to.equal('Цуцлах');
    expect(cancel.textContent!.trim()).to.equal('Болих');
    setTimeout(() => confirm.click());
    expect((await oneEvent(el, 'ger-close')).detail.returnValue).to.equal('confirm');
    expect(el.returnValue).to.equal('confirm');
    await open(el);
    expect(el.returnValue, 'reset on opening').to.equal('');
    setTimeout(() => cancel.click());
    expect((await oneEvent(el, 'ger-close')).detail.returnValue).to.equal('cancel');
  });

  it('closes with the value of a slotted action marked data-ger-close', async () => {
    const { el } = await page(
      html`<ger-dialog heading="Хүргэлт"><p>Сонгоно уу.</p><button slot="actions" data-ger-close="post">Шуудангаар</button></ger-dialog>`,
    );
    await open(el);
    setTimeout(() => el.querySelector('button')!.click());
    expect((await oneEvent(el, 'ger-close')).detail.returnValue).to.equal('post');
  });

  it('leaves a dialog open when an action of a dialog nested in it closes the nested one', async () => {
    const { el: outer } = await page(
      html`<ger-dialog heading="Хаяг засах"
        ><input aria-label="Хаяг" />
        <ger-dialog heading="Өөрчлөлтөө хаях уу?"><button slot="actions" data-ger-close="keep">Үргэлжлүүлэх</button></ger-dialog></ger-dialog
      >`,
    );
    const inner = outer.querySelector('ger-dialog')!;
    await open(outer);
    await open(inner);
    const closed: string[] = [];
    outer.addEventListener('ger-close', (event) => closed.push(`${event.target === outer ? 'outer' : 'inner'} ${event.detail.returnValue}`));
    inner.querySelector('button')!.click();
    await settle(outer);
    expect(closed).to.deep.equal(['inner keep']);
    expect(inner.open).to.be.false;
    expect(outer.open).to.be.true;
    expect(nativeDialog(outer).open).to.be.true;
  });

  it('focuses the first control with initial-focus="first-control", and a slotted autofocus control always', async () => {
    const first = await page(
      html`<ger-dialog heading="Нэр" initial-focus="first-control"><label>Нэр <input id="name" /></label><button slot="actions">OK</button></ger-dialog>`,
    );
    await open(first.el);
    expect(document.activeElement).to.equal(first.el.querySelector('#name'));
    first.el.close();
    // An author's autofocus is what this checks.
    // eslint-disable-next-line lit-a11y/no-autofocus
    const auto = await page(html`<ger-dialog heading="Нэр"><input aria-label="a" /><input aria-label="b" id="b" autofocus /></ger-dialog>`);
    await open(auto.el);
    expect(document.activeElement).to.equal(auto.el.querySelector('#b'));
  });

  it('warns and falls back to the heading for an unknown initial-focus', async () => {
    const { el } = await page(html`<ger-dialog heading="Нэр" initial-focus="nowhere"><input aria-label="a" /></ger-dialog>`);
    const warnings = await captureWarnings(() => open(el));
    expect(warnings.join('\n')).to.contain('initial-focus="nowhere"');
    expect(deepActiveElement()).to.equal(part(el, 'heading'));
  });

  it('as non-modal leaves the page usable and still closes on Escape', async () => {
    const { el, opener, outside } = await page(html`<ger-dialog non-modal heading="Тусламж"><p>Текст</p></ger-dialog>`);
    await open(el);
    expect(nativeDialog(el).open).to.be.true;
    expect(nativeDialog(el).matches(':modal')).to.be.false;
    expect(document.documentElement.style.overflow).to.equal('');
    outside.focus();
    expect(document.activeElement).to.equal(outside);
    el.shadowRoot!.querySelector<HTMLElement>('.heading')!.focus();
    await press('Escape');
    await settle(el);
    expect(el.open).to.be.false;
    expect(document.activeElement).to.equal(opener);
  });

  it("as non-modal stays open for the Escape that cancels an input method's text (isComposing, or Safari's keyCode 229)", async () => {
    const { el } = await page(html`<ger-dialog non-modal heading="Хайх"><input aria-label="Хайх үг" /></ger-dialog>`);
    await open(el);
    const box = el.querySelector('input')!;
    box.focus();
    expect(composingEscape(box), 'left to the input method').to.be.false;
    await settle(el);
    expect(el.open, 'the composition was cancelled, not the dialog').to.be.true;
    await press('Escape');
    await settle(el);
    expect(el.open, 'the next Escape closes it').to.be.false;
  });

  it("as non-modal leaves an Escape meant for a dialog inside it (a date picker's calendar) to that dialog", async () => {
    const { el } = await page(html`<ger-dialog non-modal heading="Цаг авах"><ger-date-input label="Өдөр" picker></ger-date-input></ger-dialog>`);
    await open(el);
    const date = el.querySelector<GerDateInput>('ger-date-input')!;
    await until(() => date.shadowRoot!.querySelector('.picker'), 2000, 'the calendar button');
    const picker = date.shadowRoot!.querySelector<HTMLElement>('.picker')!;
    picker.focus();
    await press('Enter');
    const calendar = () => date.shadowRoot!.querySelector<HTMLDialogElement>('dialog.calendar');
    await until(() => calendar()?.open && date.shadowRoot!.activeElement?.matches('.day'), 2000, 'the calendar opening');
    await press('Escape');
    await settle(date);
    // Closing the outer dialog instead left the calendar open: modal, out of sight, the whole page inert.
    expect(calendar()?.open ?? false, 'the calendar closed').to.be.false;
    expect(el.open, 'the outer dialog stays').to.be.true;
    expect(deepActiveElement() === picker, 'focus is back on the calendar button').to.be.true;
    await press('Escape');
    await settle(el);
    expect(el.open, 'the next Escape closes the outer dialog').to.be.false;
  });

  it('keeps the page still behind a modal, without a sideways shift where the page has a scrollbar', async () => {
    const { el } = await page(html`<div style="block-size: 300vh"></div><ger-dialog heading="Нэр"></ger-dialog>`);
    const root = document.documentElement;
    const width = root.clientWidth;
    await open(el);
    expect(getComputedStyle(root).overflow).to.equal('hidden');
    expect(root.clientWidth).to.equal(width);
    el.close();
    await settle(el);
    expect(root.style.overflow).to.equal('');
    expect(root.style.scrollbarGutter).to.equal('');
  });

  it('scrolls long content inside, with the heading and the actions in view', async () => {
    const long = Array.from({ length: 60 }, (_, i) => html`<p>Догол мөр ${i + 1}</p>`);
    const { el } = await page(html`<ger-dialog heading="Нөхцөл" confirm-label="Зөвшөөрөх">${long}</ger-dialog>`);
    await open(el);
    const body = part(el, 'body');
    expect(body.scrollHeight).to.be.greaterThan(body.clientHeight);
    for (const name of ['heading', 'actions']) {
      const box = part(el, name).getBoundingClientRect();
      expect(box.top, name).to.be.at.least(0);
      expect(box.bottom, name).to.be.at.most(window.innerHeight);
    }
    // Reached by Tab and named, so the keyboard can scroll it.
    expect(body.getAttribute('tabindex')).to.equal('0');
    expect(body.getAttribute('aria-label')).to.equal('Цонхны агуулга');
  });

  it('ignores a click on the backdrop unless light-dismiss is set', async () => {
    const { el } = await page();
    await open(el);
    await sendMouse({ type: 'click', position: [2, 2] });
    await settle(el);
    expect(el.open, 'a stray click loses nothing').to.be.true;
    el.lightDismiss = true;
    await settle(el);
    const closed = oneEvent(el, 'ger-close');
    await sendMouse({ type: 'click', position: [2, 2] });
    expect((await closed).detail.returnValue).to.equal('cancel');
  });

  itNeeds(['viewport'], 'takes the whole screen at 320 px', async () => {
    await setNarrowViewport(320);
    const { el } = await page();
    await open(el);
    const box = nativeDialog(el).getBoundingClientRect();
    expect(box.width).to.equal(window.innerWidth);
    expect(box.height).to.equal(window.innerHeight);
  });

  it('is no Tab stop of its own, its controls are (Chromium makes a dialog that scrolls one, with its thin default ring)', async () => {
    const { el } = await page();
    await open(el);
    expect(nativeDialog(el).getAttribute('tabindex')).to.equal('-1');
  });

  itNeeds(['viewport'], 'at 320 px with 200% text, scrolls as a whole from the keyboard without a Tab stop of its own', async () => {
    await setViewport({ width: 320, height: 640 });
    setTextSize(200);
    const paragraphs = Array.from({ length: 12 }, (_, i) => html`<p>${i + 1}. Иргэн өөрийн мэдээллийг үнэн зөв оруулах үүрэгтэй.</p>`);
    const { el } = await page(html`<ger-dialog heading="Үйлчилгээний нөхцөл" confirm-label="Зөвшөөрөх">${paragraphs}</ger-dialog>`);
    await open(el);
    const dialog = nativeDialog(el);
    expect(dialog.scrollHeight, 'the dialog scrolls as a whole').to.be.above(dialog.clientHeight + 1);
    const stops: Element[] = [];
    for (let i = 0; i < 8; i++) {
      await press('Tab');
      stops.push(deepActiveElement()!);
    }
    // Its own stop showed the browser's thin ring, not Ger's; the APG dialog's stops are its controls.
    expect(stops, 'the dialog itself').not.to.include(dialog);
    expect(stops).to.include(part(el, 'close'));
    // What Tab does not reach scrolls into view with the arrow keys, from the control that has focus.
    part(el, 'close').focus();
    dialog.scrollTop = 0;
    await press('ArrowDown');
    // Firefox scrolls smoothly: over some frames.
    await until(() => dialog.scrollTop > 0, 2000, 'Down scrolls the dialog');
  });

  itNeeds(['viewport'], 'set vertically (mn-Mong) inside a horizontal page, fits a short wide screen: its lines run down it', async () => {
    await setViewport({ width: 1000, height: 420 });
    const el = await fixtureVertical<GerDialog>(
      html`<ger-dialog heading="Өргөдлөө цуцлах уу?">${Array.from({ length: 12 }, () => html`<p>Таны бөглөсөн мэдээлэл устана.</p>`)}</ger-dialog>`,
    );
    await open(el);
    expect(isVerticalWriting(nativeDialog(el)), 'set vertically').to.be.true;
    const box = nativeDialog(el).getBoundingClientRect();
    expect(box.top).to.be.at.least(0);
    expect(box.bottom, 'within the screen height').to.be.at.most(window.innerHeight);
    expect(box.right, 'within the screen width').to.be.at.most(window.innerWidth);
  });

  it('shows a hostile heading as text and warns without one', async () => {
    const { el } = await page(html`<ger-dialog heading=${MARKUP}></ger-dialog>`);
    await open(el);
    expect(part(el, 'heading').textContent).to.contain('<img');
    await expectNoInjection(el);
    el.close();
    const bare = await page(html`<ger-dialog></ger-dialog>`);
    const warnings = await captureWarnings(() => open(bare.el));
    expect(warnings.join('\n')).to.contain('no heading');
  });
});

describeAccessibility(
  'ger-dialog',
  () => html`<ger-dialog open heading="Өргөдлөө цуцлах уу?" confirm-label="Цуцлах">
    <p>Таны бөглөсөн мэдээлэл устах бөгөөд дахин бөглөх шаардлагатай болно.</p>
  </ger-dialog>`,
);
