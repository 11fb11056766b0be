import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { applyTextSpacing, findClippedElements, horizontalOverflow, resetConditions, setNarrowViewport, setTextSize } from '../../test/viewing-conditions.js';
import { itNeeds, press } from '../../test/engine.js';
import { LONG_WORD } from '../../test/hostile.js';
import { describeFormControl } from '../../test/form-control.js';
import { computedAccessibility, deepActiveElement, nextFrame, tokenPx } from '../../test/helpers.js';
import type { GerCheckbox } from './checkbox.js';
import './checkbox.js';

const box = (el: GerCheckbox) => el.shadowRoot!.querySelector('input')!;

describe('ger-checkbox', () => {
  it('is a native checkbox labelled by its content, with a row of the minimum target size', async () => {
    const el = await fixture<GerCheckbox>(html`<ger-checkbox>Би <a href="/terms">нөхцөлийг</a> зөвшөөрч байна</ger-checkbox>`);
    expect(box(el).type).to.equal('checkbox');
    expect(el.shadowRoot!.querySelector('label')!.htmlFor).to.equal('control');
    expect(el.shadowRoot!.querySelector('.choice')!.getBoundingClientRect().height).to.be.at.least(tokenPx('sizeTargetMinimum'));
  });

  itNeeds(['computed accessibility'], 'is named by its slotted label and the required marker', async () => {
    const el = await fixture<GerCheckbox>(html`<ger-checkbox required>Мэдээлэл үнэн зөв</ger-checkbox>`);
    expect(computedAccessibility(box(el))).to.deep.equal({ role: 'checkbox', name: 'Мэдээлэл үнэн зөв (заавал)' });
  });

  it('is ticked with Space and by clicking its label, firing input and change, each with the new state already', async () => {
    const el = await fixture<GerCheckbox>(html`<ger-checkbox label="SMS-ээр мэдэгдэл авах"></ger-checkbox>`);
    let changes = 0;
    const inputs: boolean[] = [];
    el.addEventListener('change', () => changes++);
    // React's onInput={(e) => setChecked(e.currentTarget.checked)} keeps what this reads.
    el.addEventListener('input', () => inputs.push(el.checked));
    await press('Tab');
    expect(deepActiveElement()).to.equal(box(el));
    await press('Space');
    expect(el.checked).to.be.true;
    el.shadowRoot!.querySelector('label')!.click();
    expect(el.checked).to.be.false;
    expect(changes).to.equal(2);
    expect(inputs).to.deep.equal([true, false]);
  });

  it('sends its value only when ticked, "on" by default', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <ger-checkbox name="a" label="A"></ger-checkbox><ger-checkbox name="b" value="yes" label="B" checked></ger-checkbox>
    </form>`);
    await form.querySelector('ger-checkbox')!.updateComplete;
    expect([...new FormData(form)]).to.deep.equal([['b', 'yes']]);
    form.querySelector('ger-checkbox')!.checked = true;
    expect(new FormData(form).get('a')).to.equal('on');
  });

  it('shows its display value as the label text when ticked', async () => {
    const el = await fixture<GerCheckbox>(html`<ger-checkbox checked>Шуудангаар хүргүүлэх</ger-checkbox>`);
    expect(el.displayValue).to.equal('Шуудангаар хүргүүлэх');
    el.checked = false;
    expect(el.displayValue).to.equal('');
  });

  itNeeds(['viewport'], 'wraps a long word at 320 px with 200% text and wide spacing instead of widening the page', async () => {
    try {
      await setNarrowViewport(320);
      setTextSize(200);
      const el = await fixture<GerCheckbox>(html`<ger-checkbox>${LONG_WORD}</ger-checkbox>`);
      applyTextSpacing(el);
      await nextFrame();
      const label = el.shadowRoot!.querySelector('label')!;
      expect(label.getBoundingClientRect().right).to.be.at.most(document.documentElement.clientWidth);
      expect(horizontalOverflow()).to.equal(0);
      expect(findClippedElements(el)).to.deep.equal([]);
    } finally {
      await resetConditions();
    }
  });

  it('goes back on form reset to `defaultChecked`: its `checked` attribute, as a native checkbox', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><ger-checkbox name="agree">Зөвшөөрч байна</ger-checkbox></form>`);
    const el = form.querySelector('ger-checkbox')!;
    el.defaultChecked = true;
    expect(el.hasAttribute('checked')).to.be.true;
    expect(el.checked, 'ticked, as by the attribute').to.be.true;
    el.checked = false;
    form.reset();
    expect(el.checked).to.be.true;
    el.defaultChecked = false;
    expect([el.defaultChecked, el.hasAttribute('checked')]).to.deep.equal([false, false]);
    form.reset();
    expect(el.checked).to.be.false;
  });
});

describe('ger-checkbox: the checked attribute after a click', () => {
  it("keeps the reader's choice when the `checked` attribute is written again, until a form reset", async () => {
    const form = await fixture<HTMLFormElement>(html`<form><ger-checkbox name="agree" value="yes" checked>Мэдээ авна</ger-checkbox></form>`);
    const el = form.querySelector<GerCheckbox>('ger-checkbox')!;
    await el.updateComplete;
    box(el).click();
    await el.updateComplete;
    expect(el.checked, 'the reader unticked it').to.be.false;
    // A fragment a server swaps in writes the default anew.
    el.setAttribute('checked', '');
    await el.updateComplete;
    expect(el.checked, 'the attribute written again').to.be.false;
    el.setAttribute('value', 'agreed');
    box(el).click();
    await el.updateComplete;
    expect(new FormData(form).get('agree'), 'its `value` is what it sends, not the choice: it follows').to.equal('agreed');
    form.reset();
    await el.updateComplete;
    expect(el.checked, 'reset: the default').to.be.true;
    el.removeAttribute('checked');
    await el.updateComplete;
    expect(el.checked, 'after a reset the attribute sets it again').to.be.false;
  });
});

describeFormControl<GerCheckbox>('ger-checkbox', {
  form: () => html`<form><ger-checkbox name="field" value="agree" required>Мэдээлэл үнэн зөв гэдгийг баталж байна</ger-checkbox></form>`,
  fill: (el) => {
    el.checked = true;
  },
  sent: ['agree'],
  missing: { mn: 'Энэ нүдийг тэмдэглэнэ үү.', en: 'Tick this box.' },
});

describeAccessibility(
  'ger-checkbox',
  () => html`<form>
    <ger-checkbox name="agree" required hint="Буруу мэдээлэл өгвөл өргөдөл хүчингүй болно"
      >Миний өгсөн мэдээлэл үнэн зөв болохыг баталж байна</ger-checkbox
    >
    <ger-checkbox name="sms" checked>SMS-ээр мэдэгдэл авах</ger-checkbox>
    <ger-checkbox name="terms" error="Нөхцөлийг зөвшөөрнө үү.">Би <a href="/terms">үйлчилгээний нөхцөлийг</a> зөвшөөрч байна</ger-checkbox>
    <ger-checkbox name="off" disabled label="Идэвхгүй сонголт"></ger-checkbox>
  </form>`,
);
