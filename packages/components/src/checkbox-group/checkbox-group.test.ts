import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { itNeeds, press } from '../../test/engine.js';
import { describeFormControl } from '../../test/form-control.js';
import { computedAccessibility, deepActiveElement } from '../../test/helpers.js';
import type { GerCheckboxGroup } from './checkbox-group.js';
import './checkbox-group.js';

const documents = () => html`
  <ger-checkbox value="passport">Гадаад паспорт</ger-checkbox>
  <ger-checkbox value="id">Иргэний үнэмлэх</ger-checkbox>
  <ger-checkbox value="birth">Төрсний гэрчилгээ</ger-checkbox>
`;
const inner = (group: GerCheckboxGroup, i: number) => group.querySelectorAll('ger-checkbox')[i].shadowRoot!.querySelector('input')!;

describe('ger-checkbox-group', () => {
  it('is a fieldset whose legend is the question', async () => {
    const el = await fixture<GerCheckboxGroup>(html`<ger-checkbox-group label="Ямар бичиг баримт байгаа вэ?" hint="Бүгдийг сонгоно уу"
      >${documents()}</ger-checkbox-group
    >`);
    const fieldset = el.shadowRoot!.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent!.trim()).to.equal('Ямар бичиг баримт байгаа вэ?');
    expect(fieldset.getAttribute('aria-describedby')).to.equal('hint');
  });

  itNeeds(['computed accessibility'], 'is a group named by its question', async () => {
    const el = await fixture<GerCheckboxGroup>(html`<ger-checkbox-group label="Бичиг баримт">${documents()}</ger-checkbox-group>`);
    expect(computedAccessibility(el.shadowRoot!.querySelector('fieldset')!)).to.deep.equal({ role: 'group', name: 'Бичиг баримт' });
  });

  it('sends its name once per ticked box, in order, as soon as a box is ticked', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><ger-checkbox-group name="docs" label="Бичиг баримт">${documents()}</ger-checkbox-group></form>`);
    const el = form.querySelector('ger-checkbox-group')!;
    await el.updateComplete;
    inner(el, 2).click();
    inner(el, 0).click();
    expect(new FormData(form).getAll('docs')).to.deep.equal(['passport', 'birth']);
    expect(el.value).to.deep.equal(['passport', 'birth']);
    expect(el.displayValue).to.equal('Гадаад паспорт, Төрсний гэрчилгээ');
  });

  it('is used with Tab and Space, box by box', async () => {
    const el = await fixture<GerCheckboxGroup>(html`<ger-checkbox-group label="Бичиг баримт">${documents()}</ger-checkbox-group>`);
    await el.updateComplete;
    await press('Tab');
    expect(deepActiveElement()).to.equal(inner(el, 0));
    const inputs: string[][] = [];
    el.addEventListener('input', () => inputs.push(el.value));
    await press('Tab');
    await press('Space');
    expect(el.value).to.deep.equal(['id']);
    expect(inputs, "the group's value as its input event leaves it").to.deep.equal([['id']]);
  });

  it('sets the boxes from a value, and disables and enables them all', async () => {
    const el = await fixture<GerCheckboxGroup>(html`<ger-checkbox-group label="Бичиг баримт">
      <ger-checkbox value="a">A</ger-checkbox><ger-checkbox value="b" disabled>B</ger-checkbox>
    </ger-checkbox-group>`);
    await el.updateComplete;
    el.jsonValue = ['b'];
    expect(el.querySelectorAll('ger-checkbox')[1].checked).to.be.true;
    expect(el.querySelector('ger-checkbox')!.disabled, 'the first render leaves the boxes as written').to.be.false;
    expect(el.querySelectorAll('ger-checkbox')[1].disabled).to.be.true;
    el.disabled = true;
    await el.updateComplete;
    expect([...el.querySelectorAll('ger-checkbox')].every((box) => box.disabled)).to.be.true;
  });

  it('takes one value, a number or null from a script as a native select does: its box alone, or none', async () => {
    const el = await fixture<GerCheckboxGroup>(html`<ger-checkbox-group label="Тоо">
      <ger-checkbox value="1">Нэг</ger-checkbox><ger-checkbox value="2">Хоёр</ger-checkbox>
    </ger-checkbox-group>`);
    el.value = 'passport';
    expect(el.value).to.deep.equal([]);
    el.value = [2 as unknown as string];
    expect(el.value).to.deep.equal(['2']);
    el.value = 1 as unknown as string;
    expect(el.value).to.deep.equal(['1']);
    el.value = null as unknown as string;
    await el.updateComplete;
    expect(el.value).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('fieldset')).to.exist;
  });
});

describeFormControl<GerCheckboxGroup>('ger-checkbox-group', {
  form: () => html`<form><ger-checkbox-group name="field" label="Бичиг баримт" required>${documents()}</ger-checkbox-group></form>`,
  fill: (el) => {
    el.value = ['id', 'birth'];
  },
  sent: ['id', 'birth'],
  missing: { mn: 'Дор хаяж нэгийг сонгоно уу.', en: 'Select at least one option.' },
});

describeAccessibility(
  'ger-checkbox-group',
  () => html`<form>
    <ger-checkbox-group name="docs" label="Танд ямар бичиг баримт байгаа вэ?" hint="Байгаа бүгдийг сонгоно уу" required>${documents()}</ger-checkbox-group>
    <ger-checkbox-group name="notify" label="Мэдэгдлийг хэрхэн авах вэ?" error="Дор хаяж нэг аргыг сонгоно уу.">
      <ger-checkbox value="sms">SMS</ger-checkbox>
      <ger-checkbox value="email">Имэйл</ger-checkbox>
    </ger-checkbox-group>
  </form>`,
);
