import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { itNeeds, press } from '../../test/engine.js';
import { describeFormControl } from '../../test/form-control.js';
import { computedAccessibility, findAccessibilityNode } from '../../test/helpers.js';
import { fixtureVertical } from '../../test/vertical-script.js';
import { isVerticalWriting } from '../utils/writing-mode.js';
import type { GerRadio } from '../radio/radio.js';
import type { GerRadioGroup } from './radio-group.js';
import './radio-group.js';

const delivery = () => html`
  <ger-radio value="office">Үйлчилгээний төвөөс авах</ger-radio>
  <ger-radio value="post">Шуудангаар хүргүүлэх</ger-radio>
  <ger-radio value="courier">Хүргэлтийн үйлчилгээгээр</ger-radio>
`;
const radios = (group: GerRadioGroup) => [...group.querySelectorAll<GerRadio>('ger-radio')];
const tabStops = (group: GerRadioGroup) => radios(group).map((radio) => radio.tabIndex);

describe('ger-radio-group', () => {
  it('is one Tab stop: the first answer when none is chosen, else the chosen one', async () => {
    const el = await fixture<GerRadioGroup>(html`<ger-radio-group label="Хүргэлт">${delivery()}</ger-radio-group>`);
    expect(tabStops(el)).to.deep.equal([0, -1, -1]);
    el.value = 'courier';
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal([-1, -1, 0]);
  });

  it('moves and chooses with the arrow keys, wrapping around and skipping disabled answers', async () => {
    const el = await fixture<GerRadioGroup>(html`<ger-radio-group label="Хүргэлт">
      <ger-radio value="a">A</ger-radio><ger-radio value="b" disabled>B</ger-radio><ger-radio value="c">C</ger-radio>
    </ger-radio-group>`);
    const changes: string[] = [];
    el.addEventListener('change', () => changes.push(el.value));
    await press('Tab');
    expect(document.activeElement).to.equal(radios(el)[0]);
    expect(el.value, 'Tab alone chooses nothing').to.equal('');
    await press('ArrowDown');
    expect(el.value).to.equal('c');
    expect(document.activeElement).to.equal(radios(el)[2]);
    await press('ArrowRight');
    expect(el.value).to.equal('a');
    await press('ArrowUp');
    expect(el.value).to.equal('c');
    await press('ArrowLeft');
    expect(el.value).to.equal('a');
    expect(changes).to.deep.equal(['c', 'a', 'c', 'a']);
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal([0, -1, -1]);
  });

  it('set vertically (mn-Mong), Down and Right still choose the next answer, Up and Left the previous', async () => {
    const el = await fixtureVertical<GerRadioGroup>(html`<ger-radio-group label="Хүргэлт">
      <ger-radio value="a">A</ger-radio><ger-radio value="b">B</ger-radio><ger-radio value="c">C</ger-radio>
    </ger-radio-group>`);
    expect(isVerticalWriting(radios(el)[0]), 'the answers run top to bottom').to.be.true;
    const [first, second] = radios(el).map((radio) => radio.getBoundingClientRect());
    expect(second.left, 'the second answer is the next column, to the right').to.be.above(first.left);
    await press('Tab');
    await press('ArrowDown');
    expect(el.value).to.equal('b');
    await press('ArrowRight');
    expect(el.value).to.equal('c');
    await press('ArrowUp');
    expect(el.value).to.equal('b');
    await press('ArrowLeft');
    expect(el.value).to.equal('a');
  });

  it('chooses the focused answer with Space and by click', async () => {
    const el = await fixture<GerRadioGroup>(html`<ger-radio-group label="Хүргэлт">${delivery()}</ger-radio-group>`);
    await press('Tab');
    await press('Space');
    expect(el.value).to.equal('office');
    radios(el)[1].click();
    expect(el.value).to.equal('post');
    expect(document.activeElement).to.equal(radios(el)[1]);
    expect(el.displayValue).to.equal('Шуудангаар хүргүүлэх');
  });

  it('fires input and change only when the answer changes', async () => {
    const el = await fixture<GerRadioGroup>(html`<ger-radio-group label="Хүргэлт" value="post">${delivery()}</ger-radio-group>`);
    let inputs = 0;
    let changes = 0;
    el.addEventListener('input', () => inputs++);
    el.addEventListener('change', () => changes++);
    radios(el)[1].click();
    expect([inputs, changes]).to.deep.equal([0, 0]);
    radios(el)[0].click();
    expect([inputs, changes]).to.deep.equal([1, 1]);
  });

  it('tells each radio whether it is chosen, through ElementInternals', async () => {
    const el = await fixture<GerRadioGroup>(html`<ger-radio-group label="Хүргэлт" value="post">${delivery()}</ger-radio-group>`);
    await el.updateComplete;
    await radios(el)[1].updateComplete;
    expect(radios(el).map((r) => r.checked)).to.deep.equal([false, true, false]);
    expect(radios(el)[1].shadowRoot!.querySelector('.circle')!.classList.contains('checked')).to.be.true;
  });

  itNeeds(['computed accessibility'], 'is a radiogroup named by its question, of radios named by their text', async () => {
    const el = await fixture<GerRadioGroup>(html`<ger-radio-group label="Хүргэлт" required>${delivery()}</ger-radio-group>`);
    await el.updateComplete;
    expect(computedAccessibility(el.shadowRoot!.querySelector('fieldset')!)).to.deep.equal({ role: 'radiogroup', name: 'Хүргэлт (заавал)' });
    expect(computedAccessibility(radios(el)[1])).to.deep.equal({ role: 'radio', name: 'Шуудангаар хүргүүлэх' });
  });

  itNeeds(['accessibility snapshot'], 'reports the chosen radio as checked to screen readers', async () => {
    const el = await fixture<GerRadioGroup>(html`<ger-radio-group label="Хүргэлт" value="courier">${delivery()}</ger-radio-group>`);
    await el.updateComplete;
    await radios(el)[2].updateComplete;
    const node = await findAccessibilityNode((n) => n.role === 'radio' && n.name === 'Хүргэлтийн үйлчилгээгээр');
    expect(node, 'radio in the accessibility tree').to.exist;
    expect((node as { checked?: boolean }).checked).to.equal(true);
  });

  it('sends nothing with the form while no answer is chosen, as native radios, and the chosen one once there is', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><ger-radio-group name="delivery" label="Хүргэлт">${delivery()}</ger-radio-group></form>`);
    const el = form.querySelector<GerRadioGroup>('ger-radio-group')!;
    await el.updateComplete;
    expect(new FormData(form).has('delivery'), 'nothing chosen').to.be.false;
    radios(el)[1].click();
    await el.updateComplete;
    expect(new FormData(form).getAll('delivery')).to.deep.equal(['post']);
    el.value = 'none-of-these';
    await el.updateComplete;
    expect(new FormData(form).has('delivery'), 'a value that is no answer').to.be.false;
  });

  it('takes the answer marked checked as its default', async () => {
    const el = await fixture<GerRadioGroup>(
      html`<ger-radio-group label="x"><ger-radio value="a">A</ger-radio><ger-radio value="b" checked>B</ger-radio></ger-radio-group>`,
    );
    await el.updateComplete;
    expect(el.value).to.equal('b');
  });

  it('ignores keys and clicks while disabled, and is no Tab stop', async () => {
    const el = await fixture<GerRadioGroup>(html`<ger-radio-group label="x" disabled>${delivery()}</ger-radio-group>`);
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal([-1, -1, -1]);
    radios(el)[0].click();
    expect(el.value).to.equal('');
  });

  it("goes back on form reset to the radio whose `defaultChecked` is set: its `checked` attribute, as native radios'", async () => {
    const form = await fixture<HTMLFormElement>(html`<form><ger-radio-group name="delivery" label="Хүргэлт">${delivery()}</ger-radio-group></form>`);
    const group = form.querySelector('ger-radio-group')!;
    const courier = radios(group)[2];
    courier.defaultChecked = true;
    expect([courier.defaultChecked, courier.hasAttribute('checked')]).to.deep.equal([true, true]);
    group.value = 'post';
    await group.updateComplete;
    form.reset();
    await group.updateComplete;
    expect(group.value).to.equal('courier');
    expect(courier.checked).to.be.true;
    courier.defaultChecked = false;
    expect(courier.hasAttribute('checked')).to.be.false;
    form.reset();
    expect(group.value).to.equal('');
  });
});

describeFormControl<GerRadioGroup>('ger-radio-group', {
  form: () => html`<form><ger-radio-group name="field" label="Хүргэлт" required>${delivery()}</ger-radio-group></form>`,
  fill: (el) => {
    el.value = 'post';
  },
  sent: ['post'],
  missing: { mn: 'Аль нэгийг нь сонгоно уу.', en: 'Select an option.' },
  defaultValue: 'courier',
});

describeAccessibility(
  'ger-radio-group',
  () => html`<form>
    <ger-radio-group name="delivery" label="Паспортоо хэрхэн авах вэ?" hint="Хүргэлт 3-5 хоног" required value="post">${delivery()}</ger-radio-group>
    <ger-radio-group name="urgent" label="Яаралтай юу?" error="Аль нэгийг нь сонгоно уу.">
      <ger-radio value="yes">Тийм</ger-radio>
      <ger-radio value="no" disabled>Үгүй</ger-radio>
    </ger-radio-group>
  </form>`,
);
