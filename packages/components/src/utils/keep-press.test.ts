import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { settle } from '../../test/helpers.js';
import '../button/button.js';
import type { GerFormSteps } from '../form-steps/form-steps.js';
import '../form-steps/form-steps.js';
import type { GerTextField } from '../text-field/text-field.js';
import '../text-field/text-field.js';

/** Presses the mouse on the middle of `target` and lets it go there, as a reader clicks it. */
async function clickMiddleOf(target: Element) {
  const { x, y, width, height } = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
}

/** An email field with a button below it, in a form that stays; focus in the field. */
async function emailAboveButton() {
  const form = await fixture<HTMLFormElement>(html`<form @submit=${(event: Event) => event.preventDefault()}>
    <ger-text-field label="Имэйл" name="email" type="email"></ger-text-field>
    <ger-button>Үргэлжлүүлэх</ger-button>
  </form>`);
  const field = form.querySelector<GerTextField>('ger-text-field')!;
  const button = form.querySelector('ger-button')!;
  let clicks = 0;
  button.addEventListener('click', () => clicks++);
  field.focus();
  return { field, button, clicks: () => clicks };
}

describe('a press on a button that a field above it moves (keepPress)', () => {
  // The field's own error shows as it loses focus (on `change`), above the field: rendered while
  // the mouse button is still down, it moves the button from under the pointer, and the click
  // lands on whatever is there now.
  it('still clicks a ger-button', async () => {
    const { field, button, clicks } = await emailAboveButton();
    await sendKeys({ type: 'abc' });
    await clickMiddleOf(button);
    await settle(field);
    expect(clicks(), 'the click landed on the button').to.equal(1);
    expect(field.shadowRoot!.querySelector('[part="error"]'), "the field's error shows").to.exist;
  });

  it('clicks once when nothing moved, and not at all when the reader lets go elsewhere', async () => {
    const { field, button, clicks } = await emailAboveButton();
    await sendKeys({ type: 'bat@example.mn' });
    await clickMiddleOf(button);
    await settle(field);
    expect(clicks(), 'a right address: nothing moved, one click').to.equal(1);
    // Pressed, then moved off before letting go: the reader changed their mind.
    field.focus();
    await sendKeys({ type: 'x' });
    const { x, y, width, height } = button.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(x + width / 2), Math.round(y + height * 4)] });
    await sendMouse({ type: 'up' });
    await settle(field);
    expect(clicks(), 'let go away from the button').to.equal(1);
  });

  it('leaves a right press alone', async () => {
    const { field, button, clicks } = await emailAboveButton();
    await sendKeys({ type: 'abc' });
    const { x, y, width, height } = button.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
    await sendMouse({ type: 'down', button: 'right' });
    await sendMouse({ type: 'up', button: 'right' });
    await settle(field);
    expect(clicks(), 'no click from the right button').to.equal(0);
  });

  it("still clicks form steps' Continue: one press checks the step and shows the error summary", async () => {
    const steps = await fixture<GerFormSteps>(html`<ger-form-steps>
      <ger-form-step heading="Холбоо барих">
        <ger-text-field label="Утас" name="phone" type="tel" pattern="[0-9]{8}"></ger-text-field>
      </ger-form-step>
      <ger-form-step heading="Шалгах"><p>Хариултаа шалгана уу.</p></ger-form-step>
    </ger-form-steps>`);
    await settle(steps, 3);
    const field = steps.querySelector<GerTextField>('ger-text-field')!;
    field.focus();
    await sendKeys({ type: 'abc' });
    const next = [...steps.shadowRoot!.querySelectorAll('.actions button')].at(-1)!;
    await clickMiddleOf(next);
    await settle(steps, 3);
    const summary = steps.shadowRoot!.querySelector('ger-error-summary');
    expect(summary?.shadowRoot?.querySelectorAll('a').length, 'the step was checked: its summary lists the field').to.equal(1);
    expect(steps.current).to.equal(0);
  });
});
