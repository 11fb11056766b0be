import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import {
  applyTextSpacing,
  findClippedElements,
  horizontalOverflow,
  resetConditions,
  setForcedColors,
  setNarrowViewport,
  setTextSize,
} from '../../test/viewing-conditions.js';
import { itNeeds, press } from '../../test/engine.js';
import { captureWarnings, computedAccessibility, findAccessibilityNode, nextFrame, tokenPx } from '../../test/helpers.js';
import { expectNoInjection, LONG_WORD, MARKUP, overflowing } from '../../test/hostile.js';
import type { GerRadioGroup } from '../radio-group/radio-group.js';
import '../radio-group/radio-group.js';
import type { GerRadio } from './radio.js';
import './radio.js';

const part = (radio: GerRadio, name: string) => radio.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
const dotShown = (radio: GerRadio) => part(radio, 'control').classList.contains('checked');
const radios = (root: Element) => [...root.querySelectorAll<GerRadio>('ger-radio')];

const delivery = () => html`
  <ger-radio value="office">Үйлчилгээний төвөөс авах</ger-radio>
  <ger-radio value="post">Шуудангаар хүргүүлэх</ger-radio>
  <ger-radio value="courier">Хүргэлтийн үйлчилгээгээр</ger-radio>
`;

async function group(template = html`<ger-radio-group label="Хүргэлт">${delivery()}</ger-radio-group>`) {
  const el = await fixture<GerRadioGroup>(template);
  await el.updateComplete;
  await Promise.all(radios(el).map((radio) => radio.updateComplete));
  return el;
}

/** The accessibility snapshot's node for the radio named `name`. */
async function radioNode(name: string) {
  return (await findAccessibilityNode((n) => n.role === 'radio' && n.name === name)) as
    { role: string; name: string; checked?: boolean; disabled?: boolean; focused?: boolean } | undefined;
}

describe('ger-radio', () => {
  afterEach(resetConditions);

  it('renders a circle and its slotted text in a row at least the minimum target size tall', async () => {
    const el = await fixture<GerRadio>(html`<ger-radio value="post">Шуудангаар хүргүүлэх</ger-radio>`);
    expect(part(el, 'control').localName).to.equal('span');
    const slot = part(el, 'label').querySelector('slot')!;
    expect(
      slot
        .assignedNodes()
        .map((node) => node.textContent)
        .join(''),
    ).to.equal('Шуудангаар хүргүүлэх');
    expect(el.getBoundingClientRect().height).to.be.at.least(tokenPx('sizeTargetMinimum'));
    expect(part(el, 'control').getBoundingClientRect().width, 'the circle is drawn').to.be.greaterThan(10);
  });

  it('takes value, checked and disabled as properties and attributes; only disabled is reflected', async () => {
    const el = await fixture<GerRadio>(html`<ger-radio value="mn" checked>Монгол</ger-radio>`);
    expect(el.value).to.equal('mn');
    expect(el.checked).to.be.true;
    expect(el.disabled).to.be.false;
    expect(dotShown(el), 'the checked attribute shows the dot').to.be.true;
    el.checked = false;
    el.disabled = true;
    await el.updateComplete;
    expect(dotShown(el)).to.be.false;
    expect(el.hasAttribute('disabled'), 'disabled is reflected for :host([disabled]) styles').to.be.true;
    expect(el.hasAttribute('checked'), 'the checked attribute is the default and stays as written').to.be.true;
    el.setAttribute('value', 'en');
    el.removeAttribute('disabled');
    await el.updateComplete;
    expect(el.value).to.equal('en');
    expect(el.disabled).to.be.false;
  });

  it('keeps its checked attribute as the default while the group chooses another answer, so reset goes back to it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <ger-radio-group name="delivery" label="Хүргэлт">
        <ger-radio value="office">A</ger-radio><ger-radio value="post" checked>B</ger-radio>
      </ger-radio-group>
    </form>`);
    const el = form.querySelector('ger-radio-group')!;
    await el.updateComplete;
    const [office, post] = radios(el);
    office.click();
    await el.updateComplete;
    expect([office.checked, post.checked]).to.deep.equal([true, false]);
    expect(post.hasAttribute('checked')).to.be.true;
    expect(office.hasAttribute('checked')).to.be.false;
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('post');
    expect([office.checked, post.checked]).to.deep.equal([false, true]);
  });

  it('dims a disabled answer', async () => {
    const el = await group(html`<ger-radio-group label="x"><ger-radio value="a">A</ger-radio><ger-radio value="b" disabled>B</ger-radio></ger-radio-group>`);
    const [a, b] = radios(el);
    expect(Number(getComputedStyle(a).opacity)).to.equal(1);
    expect(Number(getComputedStyle(b).opacity)).to.be.lessThan(1);
    expect(getComputedStyle(b).cursor).to.equal('not-allowed');
  });

  it('is inert outside a group: it shows its checked attribute, but takes no focus, no click and fires nothing', async () => {
    let events = 0;
    const count = () => events++;
    for (const type of ['input', 'change']) document.addEventListener(type, count);
    try {
      const warnings = await captureWarnings(async () => {
        const box = await fixture<HTMLElement>(html`<div>
          <button>before</button><ger-radio value="a">A</ger-radio><ger-radio value="b" checked>B</ger-radio><button>after</button>
        </div>`);
        const [a, b] = radios(box);
        await a.updateComplete;
        expect(dotShown(a)).to.be.false;
        expect(dotShown(b)).to.be.true;
        a.click();
        await a.updateComplete;
        expect(a.checked, 'a click does not check a lone radio').to.be.false;
        expect(b.checked, 'nor uncheck another').to.be.true;
        box.querySelector('button')!.focus();
        await press('Tab');
        expect(document.activeElement, 'no Tab stop without a group').to.equal(box.querySelectorAll('button')[1]);
      });
      expect(events).to.equal(0);
      expect(warnings, 'rendering alone is documented, not an error').to.deep.equal([]);
    } finally {
      for (const type of ['input', 'change']) document.removeEventListener(type, count);
    }
  });

  itNeeds(['computed accessibility'], 'is a radio named by its text, in a group and alone', async () => {
    const el = await group();
    expect(computedAccessibility(radios(el)[1])).to.deep.equal({ role: 'radio', name: 'Шуудангаар хүргүүлэх' });
    const lone = await fixture<GerRadio>(html`<ger-radio lang="en" value="en">English</ger-radio>`);
    expect(computedAccessibility(lone)).to.deep.equal({ role: 'radio', name: 'English' });
  });

  itNeeds(['accessibility snapshot'], 'tells screen readers whether it is checked and whether it is disabled', async () => {
    const el = await group(html`<ger-radio-group label="Хүргэлт" value="post">
      <ger-radio value="office">Үйлчилгээний төвөөс авах</ger-radio>
      <ger-radio value="post">Шуудангаар хүргүүлэх</ger-radio>
      <ger-radio value="courier" disabled>Хүргэлтийн үйлчилгээгээр</ger-radio>
    </ger-radio-group>`);
    const office = await radioNode('Үйлчилгээний төвөөс авах');
    const post = await radioNode('Шуудангаар хүргүүлэх');
    const courier = await radioNode('Хүргэлтийн үйлчилгээгээр');
    expect(office, 'radio in the accessibility tree').to.exist;
    expect([office!.checked ?? false, post!.checked, courier!.checked ?? false]).to.deep.equal([false, true, false]);
    expect([office!.disabled ?? false, courier!.disabled]).to.deep.equal([false, true]);

    radios(el)[0].click();
    await el.updateComplete;
    await radios(el)[0].updateComplete;
    expect((await radioNode('Үйлчилгээний төвөөс авах'))!.checked, 'checked follows the choice').to.equal(true);
    expect((await radioNode('Шуудангаар хүргүүлэх'))!.checked ?? false).to.equal(false);

    el.disabled = true;
    await el.updateComplete;
    await Promise.all(radios(el).map((radio) => radio.updateComplete));
    expect((await radioNode('Үйлчилгээний төвөөс авах'))!.disabled, 'a disabled group disables each radio').to.equal(true);
  });

  it('shows a focus ring on its circle when reached by keyboard', async () => {
    const el = await group();
    const circle = part(radios(el)[0], 'control');
    expect(getComputedStyle(circle).outlineStyle).to.equal('none');
    await press('Tab');
    expect(document.activeElement).to.equal(radios(el)[0]);
    expect(radios(el)[0].matches(':focus-visible')).to.be.true;
    expect(getComputedStyle(circle).outlineStyle).to.equal('solid');
    expect(parseFloat(getComputedStyle(circle).outlineWidth)).to.be.at.least(2);
  });

  itNeeds(['media emulation'], 'keeps its circle, dot and focus ring under forced colours', async () => {
    await setForcedColors(true);
    const el = await group(html`<ger-radio-group label="Хүргэлт" value="post">${delivery()}</ger-radio-group>`);
    const [office, post] = radios(el).map((radio) => getComputedStyle(part(radio, 'control')));
    expect(office.borderStyle).to.equal('solid');
    expect(post.backgroundColor, 'the dot is drawn in a different system colour from an empty circle').to.not.equal(office.backgroundColor);
    await press('Tab');
    expect(document.activeElement).to.equal(radios(el)[1]);
    expect(post.outlineStyle).to.equal('solid');
  });

  it('as part of a group: Tab reaches the checked radio, the arrows move focus and choice, Space chooses (APG)', async () => {
    const box = await fixture<HTMLElement>(html`<div>
      <button>before</button>
      <ger-radio-group label="Хүргэлт" value="post">${delivery()}</ger-radio-group>
      <button>after</button>
    </div>`);
    const el = box.querySelector('ger-radio-group')!;
    await el.updateComplete;
    const [office, post, courier] = radios(el);
    box.querySelector('button')!.focus();
    await press('Tab');
    expect(document.activeElement, 'Tab enters at the checked radio').to.equal(post);
    await press('ArrowDown');
    await el.updateComplete;
    expect(document.activeElement).to.equal(courier);
    expect([office.checked, post.checked, courier.checked]).to.deep.equal([false, false, true]);
    expect(dotShown(courier)).to.be.true;
    expect([office.tabIndex, post.tabIndex, courier.tabIndex], 'roving tabindex').to.deep.equal([-1, -1, 0]);
    await press('Tab');
    expect(document.activeElement, 'one Tab stop for the group').to.equal(box.querySelectorAll('button')[1]);
    office.focus();
    await press('Space');
    await el.updateComplete;
    expect(el.value).to.equal('office');
    expect(office.checked).to.be.true;
  });

  it('is chosen by a click anywhere on it, its circle included; the group fires one input and one change', async () => {
    const el = await group();
    const seen: string[] = [];
    // Like a native radio: input bubbles out of shadow roots (composed), change bubbles but is not composed.
    const record = (event: Event) => seen.push(`${event.type}:${(event.target as Element).localName}:${event.bubbles}:${event.composed}`);
    document.addEventListener('input', record);
    document.addEventListener('change', record);
    try {
      part(radios(el)[2], 'control').click();
      await el.updateComplete;
      expect(el.value).to.equal('courier');
      expect(document.activeElement, 'a click focuses the radio').to.equal(radios(el)[2]);
      expect(seen).to.deep.equal(['input:ger-radio-group:true:true', 'change:ger-radio-group:true:false']);
      part(radios(el)[2], 'label').click();
      expect(seen.length, 'choosing the chosen answer again fires nothing').to.equal(2);
    } finally {
      document.removeEventListener('input', record);
      document.removeEventListener('change', record);
    }
  });

  it('cannot be chosen while disabled, by click or arrow key', async () => {
    const el = await group(html`<ger-radio-group label="x">
      <ger-radio value="a">A</ger-radio><ger-radio value="b" disabled>B</ger-radio><ger-radio value="c">C</ger-radio>
    </ger-radio-group>`);
    let changes = 0;
    el.addEventListener('change', () => changes++);
    const [, b] = radios(el);
    b.click();
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(b.checked).to.be.false;
    expect(b.tabIndex).to.equal(-1);
    expect(changes).to.equal(0);
  });

  it('tells its group when it is disabled or its value changes after rendering', async () => {
    const el = await group();
    const [office, post] = radios(el);
    expect(office.tabIndex).to.equal(0);
    office.disabled = true;
    await office.updateComplete;
    await el.updateComplete;
    await nextFrame();
    expect(
      radios(el).map((radio) => radio.tabIndex),
      'a disabled radio is no longer the Tab stop',
    ).to.deep.equal([-1, 0, -1]);
    el.value = 'express';
    await el.updateComplete;
    post.value = 'express';
    await post.updateComplete;
    await el.updateComplete;
    await nextFrame();
    expect(post.checked, 'the radio now carrying the chosen value is checked').to.be.true;
  });

  it('keeps hostile data as text: markup in its value and label, a very long word wraps', async () => {
    const box = await fixture<HTMLElement>(html`<div style="inline-size: 18rem">
      <ger-radio-group label="Хүргэлт">
        <ger-radio value=${MARKUP}>${MARKUP}</ger-radio>
        <ger-radio value="long">${LONG_WORD}</ger-radio>
      </ger-radio-group>
    </div>`);
    const el = box.querySelector('ger-radio-group')!;
    await el.updateComplete;
    radios(el)[0].click();
    await el.updateComplete;
    await expectNoInjection(box);
    expect(el.value).to.equal(MARKUP);
    expect(overflowing(box)).to.deep.equal([]);
  });

  itNeeds(['viewport'], 'fits 320 px at 200% text with WCAG 1.4.12 spacing: no text box wider than it shows', async () => {
    await setNarrowViewport(320);
    setTextSize(200);
    const el = await group(html`<ger-radio-group label="Иргэний үнэмлэхээ хэрхэн авах вэ?" value="post">
      <ger-radio value="office">Үйлчилгээний төвөөс өөрөө ирж авах</ger-radio>
      <ger-radio value="post">Шуудангаар хүргүүлэх</ger-radio>
      <ger-radio value="courier">Хүргэлтийн үйлчилгээгээр</ger-radio>
      <ger-radio value="long">${LONG_WORD}</ger-radio>
    </ger-radio-group>`);
    applyTextSpacing(el);
    await nextFrame();
    await nextFrame();
    const wide = radios(el)
      .flatMap((radio) => [radio, part(radio, 'label')])
      .filter((box) => box.scrollWidth > box.clientWidth + 1)
      .map((box) => `${box.localName}.${box.className} ${box.scrollWidth}>${box.clientWidth}`);
    expect(wide).to.deep.equal([]);
    expect(horizontalOverflow()).to.equal(0);
    expect(findClippedElements(el)).to.deep.equal([]);
  });
});

describeAccessibility(
  'ger-radio',
  () => html`<form>
    <ger-radio-group name="delivery" label="Паспортоо хэрхэн авах вэ?" value="post">
      <ger-radio value="office">Үйлчилгээний төвөөс авах</ger-radio>
      <ger-radio value="post">Шуудангаар хүргүүлэх</ger-radio>
      <ger-radio value="courier" disabled>Хүргэлтийн үйлчилгээгээр (түр боломжгүй)</ger-radio>
    </ger-radio-group>
    <ger-radio-group name="language" label="Language for letters" lang="en" disabled value="en">
      <ger-radio value="mn">Монгол</ger-radio>
      <ger-radio value="en">English</ger-radio>
    </ger-radio-group>
  </form>`,
);
