import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { itNeeds, press } from '../../test/engine.js';
import { captureWarnings, computedAccessibility, deepActiveElement } from '../../test/helpers.js';
import { expectNoInjection, LONG_WORD, MARKUP, overflowing, SCRIPT_URL } from '../../test/hostile.js';
import type { GerSummaryList, SummaryRow } from './summary-list.js';
import './summary-list.js';

const ROWS: SummaryRow[] = [
  { key: 'Нэр', value: 'Болд', actions: [{ href: '#name' }] },
  { key: 'Төрсөн огноо', value: '1985 оны 3-р сарын 7', actions: [{ href: '#dob' }] },
  { key: 'Иргэншил', value: 'Монгол' },
  { key: 'Хаяг', value: 'Баянгол дүүрэг\n3-р хороо', actions: [{ href: '#address', label: 'Засах' }] },
];

const cells = (el: GerSummaryList) =>
  [...el.shadowRoot!.querySelectorAll('.row')].map((row) => [...row.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()));

describe('ger-summary-list', () => {
  it('is a description list: each row a key, its value and its actions', async () => {
    const el = await fixture<GerSummaryList>(html`<ger-summary-list .rows=${ROWS}></ger-summary-list>`);
    const list = el.shadowRoot!.querySelector('dl')!;
    expect([...list.children].every((row) => row.localName === 'div')).to.be.true;
    expect(cells(el)).to.deep.equal([
      ['Нэр', 'Болд', 'Өөрчлөх: Нэр'],
      ['Төрсөн огноо', '1985 оны 3-р сарын 7', 'Өөрчлөх: Төрсөн огноо'],
      ['Иргэншил', 'Монгол'],
      ['Хаяг', 'Баянгол дүүрэг 3-р хороо', 'Засах: Хаяг'],
    ]);
    expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#name', '#dob', '#address']);
    // The key after the action is for screen readers only.
    const hidden = el.shadowRoot!.querySelector('a .visually-hidden')!;
    expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
  });

  it('lines up the values of rows with and without actions, and keeps line breaks', async () => {
    const el = await fixture<GerSummaryList>(html`<div style="inline-size: 48rem"><ger-summary-list .rows=${ROWS}></ger-summary-list></div>`);
    const list = el.querySelector('ger-summary-list')!;
    const values = [...list.shadowRoot!.querySelectorAll<HTMLElement>('.value')];
    const starts = values.map((value) => Math.round(value.getBoundingClientRect().left));
    expect(new Set(starts).size, `value columns start at ${starts.join(', ')}`).to.equal(1);
    const widths = values.map((value) => Math.round(value.getBoundingClientRect().width));
    expect(new Set(widths).size, `value widths ${widths.join(', ')}`).to.equal(1);
    expect(values[3].getBoundingClientRect().height).to.be.greaterThan(values[2].getBoundingClientRect().height * 1.5);
  });

  it('stacks key, value and actions in a narrow column', async () => {
    const box = await fixture<HTMLElement>(html`<div style="inline-size: 18rem"><ger-summary-list .rows=${ROWS}></ger-summary-list></div>`);
    const el = box.querySelector('ger-summary-list')!;
    const [key, value] = [...el.shadowRoot!.querySelector('.row')!.children].map((cell) => cell.getBoundingClientRect());
    expect(value.top).to.be.at.least(key.bottom - 1);
    expect(Math.round(value.left)).to.equal(Math.round(key.left));
  });

  it('takes rows from its children, keeping their markup, with data-href and data-action', async () => {
    const el = await fixture<GerSummaryList>(html`<ger-summary-list>
      <div data-key="Нэр" data-href="#name">Болд</div>
      <div data-key="Бичиг баримт" data-href="#docs" data-action="Нэмэх">
        <ul>
          <li>Иргэний үнэмлэх</li>
          <li><a href="#photo">Зураг</a></li>
        </ul>
      </div>
    </ger-summary-list>`);
    expect(cells(el).map((row) => [row[0], row[2]])).to.deep.equal([
      ['Нэр', 'Өөрчлөх: Нэр'],
      ['Бичиг баримт', 'Нэмэх: Бичиг баримт'],
    ]);
    const slot = el.shadowRoot!.querySelectorAll<HTMLSlotElement>('.value slot')[1];
    expect(slot.assignedElements()[0].querySelector('a')!.getAttribute('href')).to.equal('#photo');
    expect(el.querySelector('ul')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('shows a row added later as a child', async () => {
    const el = await fixture<GerSummaryList>(html`<ger-summary-list><div data-key="Нэр">Болд</div></ger-summary-list>`);
    const row = document.createElement('div');
    row.dataset.key = 'Утас';
    row.textContent = '99112233';
    el.append(row);
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(cells(el).map((cells) => cells[0])).to.deep.equal(['Нэр', 'Утас']);
  });

  it('fires a cancelable ger-summary-action with the row, so an app can handle Change itself', async () => {
    const el = await fixture<GerSummaryList>(html`<ger-summary-list .rows=${ROWS}></ger-summary-list>`);
    el.addEventListener('ger-summary-action', (event) => event.preventDefault(), { once: true });
    const link = el.shadowRoot!.querySelectorAll('a')[1];
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'ger-summary-action');
    expect(event.detail).to.deep.equal({ key: 'Төрсөн огноо', href: '#dob' });
    expect(location.hash).to.not.equal('#dob');
  });

  it('takes Tab through the actions only', async () => {
    const el = await fixture<GerSummaryList>(html`<ger-summary-list .rows=${ROWS}></ger-summary-list>`);
    await press('Tab');
    expect(deepActiveElement()!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Өөрчлөх: Нэр');
    await press('Tab');
    expect(deepActiveElement()).to.equal(el.shadowRoot!.querySelectorAll('a')[1]);
  });

  itNeeds(['computed accessibility'], 'names each action with its key, and its card title is a heading at heading-level', async () => {
    const el = await fixture<GerSummaryList>(
      html`<ger-summary-list lang="en" variant="card" heading="Personal details" heading-level="3" .rows=${[{ key: 'Date of birth', value: '7 March 1985', actions: [{ href: '#dob' }] }]}></ger-summary-list>`,
    );
    // Chromium puts a space before the visually hidden part (a positioned box); it reads the same.
    const link = computedAccessibility(el.shadowRoot!.querySelector('a')!);
    expect(link.role).to.equal('link');
    expect(link.name).to.match(/^Change ?: Date of birth$/);
    const heading = el.shadowRoot!.querySelector('[part="heading"]')!;
    expect(computedAccessibility(heading)).to.deep.equal({ role: 'heading', name: 'Personal details' });
    expect(heading.getAttribute('aria-level')).to.equal('3');
  });

  it('draws a card as a bordered box with its title on a bar', async () => {
    const el = await fixture<GerSummaryList>(html`<ger-summary-list variant="card" heading="Хувийн мэдээлэл" .rows=${ROWS}></ger-summary-list>`);
    const section = getComputedStyle(el.shadowRoot!.querySelector('.section')!);
    expect(section.borderTopStyle).to.equal('solid');
    const plain = await fixture<GerSummaryList>(html`<ger-summary-list .rows=${ROWS}></ger-summary-list>`);
    expect(getComputedStyle(plain.shadowRoot!.querySelector('.section')!).borderTopStyle).to.equal('none');
    expect(plain.shadowRoot!.querySelector('[part="heading"]')).to.be.null;
  });

  it('reads rows from a JSON attribute in plain HTML', async () => {
    const el = await fixture<GerSummaryList>(html`<ger-summary-list rows='[{"key":"Нэр","value":"Болд"}]'></ger-summary-list>`);
    expect(cells(el)).to.deep.equal([['Нэр', 'Болд']]);
  });

  it('keeps hostile data as text, leaves out unsafe links and keyless rows, and warns', async () => {
    let box!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      box = await fixture<HTMLElement>(html`<div style="inline-size: 16rem">
        <ger-summary-list
          variant="tile"
          heading-level="9"
          heading=${MARKUP}
          .rows=${[{ key: MARKUP, value: LONG_WORD, actions: [{ href: SCRIPT_URL }] }, { value: 'no key' }, { key: LONG_WORD, value: MARKUP, actions: [{ href: '#ok' }] }]}
        ></ger-summary-list>
        <ger-summary-list><p>Түлхүүргүй</p></ger-summary-list>
      </div>`);
    });
    const el = box.querySelector('ger-summary-list')!;
    await expectNoInjection(box);
    expect(cells(el)[0].slice(0, 2)).to.deep.equal([MARKUP, LONG_WORD]);
    expect(cells(el)).to.have.length(2);
    expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#ok']);
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('2');
    // The visually hidden key is clipped to 1 px (overflow hidden): its text scrolls nothing.
    expect(overflowing(box).filter((found) => !found.includes('visually-hidden'))).to.deep.equal([]);
    expect(box.querySelector('p')!.getBoundingClientRect().height, 'a child without data-key is not shown').to.equal(0);
    for (const words of ['variant="tile"', 'heading-level="9"', 'no key', 'javascript:', 'data-key'])
      expect(
        warnings.some((warning) => warning.includes(words)),
        `a warning about ${words}: ${warnings.join(' | ')}`,
      ).to.be.true;
  });
});

describeAccessibility('ger-summary-list', () => html`<ger-summary-list variant="card" heading="Хувийн мэдээлэл" .rows=${ROWS}></ger-summary-list>`);
