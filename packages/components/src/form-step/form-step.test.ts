import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { captureConsole, captureWarnings } from '../../test/helpers.js';
import { conditionHolds, type GerFormStep } from './form-step.js';
import './form-step.js';

const data = (entries: [string, string][]) => {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
};

describe('ger-form-step', () => {
  it('shows its content and hides with the hidden attribute', async () => {
    const el = await fixture<GerFormStep>(html`<ger-form-step heading="Хаяг"><p>Асуулт</p></ger-form-step>`);
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    el.hidden = true;
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('applies when its condition holds', async () => {
    const el = await fixture<GerFormStep>(html`<ger-form-step when="delivery=post|courier"></ger-form-step>`);
    expect(el.appliesTo(data([['delivery', 'post']]))).to.be.true;
    expect(el.appliesTo(data([['delivery', 'courier']]))).to.be.true;
    expect(el.appliesTo(data([['delivery', 'office']]))).to.be.false;
    expect(el.appliesTo(data([]))).to.be.false;
    el.condition = (answers) => answers.get('age') === '17';
    expect(el.appliesTo(data([['age', '17']]))).to.be.true;
  });

  it('is shown, with a message, when its condition is no function or throws: a broken rule hides no question', async () => {
    const el = await fixture<GerFormStep>(html`<ger-form-step when="child"></ger-form-step>`);
    const warnings = await captureWarnings(() => {
      el.condition = 5 as unknown as () => boolean;
      expect(el.appliesTo(data([]))).to.be.true;
    });
    expect(warnings.join()).to.contain('condition is not a function; the step is shown');
    const errors = await captureConsole('error', () => {
      el.condition = () => {
        throw new Error('no rule');
      };
      expect(el.appliesTo(data([]))).to.be.true;
    });
    expect(errors.flat().join(' ')).to.contain('condition threw; the step is shown');
  });

  it('reads "name", "name=a|b" and "name!=a" conditions', () => {
    expect(conditionHolds('child', data([['child', 'yes']]))).to.be.true;
    expect(conditionHolds('child', data([['child', '']]))).to.be.false;
    expect(
      conditionHolds(
        'docs=passport',
        data([
          ['docs', 'id'],
          ['docs', 'passport'],
        ]),
      ),
    ).to.be.true;
    expect(conditionHolds('delivery != office', data([['delivery', 'post']]))).to.be.true;
    expect(conditionHolds('delivery!=office', data([['delivery', 'office']]))).to.be.false;
  });

  it('shows the step, with one warning, when the condition cannot be read', async () => {
    let holds = false;
    const warnings = await captureWarnings(() => {
      holds = conditionHolds('=post', data([]));
    });
    expect(holds).to.be.true;
    expect(warnings).to.have.length(1);
    // Not a field name: brackets of a half-written expression, a quote.
    for (const when of ['((', '"delivery"=post', 'delivery)']) {
      const more = await captureWarnings(() => {
        holds = conditionHolds(when, data([['delivery', 'office']]));
      });
      expect(holds, when).to.be.true;
      expect(more.join(), when).to.contain(`when="${when}" cannot be read`);
    }
    // Names as forms write them, in any script.
    expect(conditionHolds('applicant.has-child', data([['applicant.has-child', 'yes']]))).to.be.true;
    expect(conditionHolds('хүүхэд[0]=тийм', data([['хүүхэд[0]', 'үгүй']]))).to.be.false;
  });
});

describeAccessibility(
  'ger-form-step',
  () => html`<ger-form-step heading="Холбоо барих">
    <p>Бид таньтай энэ утсаар холбогдоно.</p>
  </ger-form-step>`,
);
