import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { itNeeds } from '../../test/engine.js';
import { computedAccessibility } from '../../test/helpers.js';
import '../checkbox-group/checkbox-group.js';
import '../date-input/date-input.js';
import '../form-steps/form-steps.js';
import type { GerFormSteps } from '../form-steps/form-steps.js';
import '../select/select.js';
import '../text-field/text-field.js';
import type { GerCheckAnswers } from './check-answers.js';
import './check-answers.js';

const application = () => html`<ger-form-steps>
  <ger-form-step heading="Хувийн мэдээлэл">
    <ger-text-field name="name" label="Нэр" value="Болд"></ger-text-field>
    <ger-date-input name="dob" label="Төрсөн огноо" value="1985-03-07"></ger-date-input>
    <label for="city">Хот</label><input id="city" name="city" value="Дархан" />
  </ger-form-step>
  <ger-form-step heading="Нэмэлт">
    <ger-select name="aimag" label="Аймаг" value="orkhon"><option value="orkhon">Орхон</option></ger-select>
    <ger-checkbox-group name="docs" label="Бичиг баримт">
      <ger-checkbox value="id" checked>Иргэний үнэмлэх</ger-checkbox>
      <ger-checkbox value="birth" checked>Төрсний гэрчилгээ</ger-checkbox>
    </ger-checkbox-group>
    <ger-text-field name="note" label="Тайлбар"></ger-text-field>
  </ger-form-step>
  <ger-form-step heading="Хариултаа шалгах"><ger-check-answers></ger-check-answers></ger-form-step>
</ger-form-steps>`;

async function atCheckAnswers() {
  const steps = await fixture<GerFormSteps>(application());
  await steps.updateComplete;
  await steps.goTo(2);
  const check = steps.querySelector('ger-check-answers')!;
  await check.updateComplete;
  return { steps, check };
}

const rows = (check: GerCheckAnswers) =>
  [...check.shadowRoot!.querySelectorAll('.row')].map((row) => [...row.children].slice(0, 2).map((cell) => cell.textContent!.trim()));

describe('ger-check-answers', () => {
  it('lists each answer in words under its step heading, and "Бөглөөгүй" for none', async () => {
    const { check } = await atCheckAnswers();
    expect([...check.shadowRoot!.querySelectorAll('.heading')].map((h) => h.textContent)).to.deep.equal(['Хувийн мэдээлэл', 'Нэмэлт']);
    expect(rows(check)).to.deep.equal([
      ['Нэр', 'Болд'],
      ['Төрсөн огноо', '1985 оны гуравдугаар сарын 7'],
      ['Хот', 'Дархан'],
      ['Аймаг', 'Орхон'],
      ['Бичиг баримт', 'Иргэний үнэмлэх, Төрсний гэрчилгээ'],
      ['Тайлбар', 'Бөглөөгүй'],
    ]);
  });

  it('gives each Change link the question in its name', async () => {
    const { check } = await atCheckAnswers();
    const link = check.shadowRoot!.querySelectorAll('a')[1];
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Өөрчлөх: Төрсөн огноо');
  });

  it('points each Change link somewhere real, for a new tab or a copied link: the field, its step, the form, or the page', async () => {
    const { steps, check } = await atCheckAnswers();
    const hrefs = () => [...check.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    const page = location.pathname + location.search;
    expect(hrefs(), "no ids but the native field's: the page itself").to.deep.equal([page, page, '#city', page, page, page]);
    steps.id = 'passport';
    steps.steps[1].id = 'extra';
    await steps.goTo(2);
    await check.updateComplete;
    expect(hrefs()).to.deep.equal(['#passport', '#passport', '#city', '#extra', '#extra', '#extra']);
  });

  itNeeds(['computed accessibility'], 'reads each step heading one level below the form steps heading', async () => {
    const { check } = await atCheckAnswers();
    expect(computedAccessibility(check.shadowRoot!.querySelector('.heading')!)).to.deep.equal({ role: 'heading', name: 'Хувийн мэдээлэл' });
    expect(check.shadowRoot!.querySelector('.heading')!.getAttribute('aria-level')).to.equal('3');
  });

  it('renders nothing outside ger-form-steps', async () => {
    const el = await fixture<GerCheckAnswers>(html`<ger-check-answers></ger-check-answers>`);
    expect(el.shadowRoot!.children).to.have.length(0);
  });
});

// Outside a step, check answers lists every step, and shows at once.
describeAccessibility(
  'ger-check-answers',
  () => html`<ger-form-steps>
    <ger-form-step heading="Хувийн мэдээлэл">
      <ger-text-field name="name" label="Нэр" value="Болд"></ger-text-field>
      <ger-date-input name="dob" label="Төрсөн огноо" value="1985-03-07"></ger-date-input>
      <ger-text-field name="note" label="Тайлбар"></ger-text-field>
    </ger-form-step>
    <ger-check-answers></ger-check-answers>
  </ger-form-steps>`,
);
