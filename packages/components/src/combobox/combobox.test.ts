import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { describeAccessibility } from '../../test/accessibility.js';
import { expectNoAxeViolations } from '../../test/axe.js';
import { composingEnter, itNeeds, press } from '../../test/engine.js';
import { describeFormControl } from '../../test/form-control.js';
import { fakeTimers, watchOnline } from '../../test/clock.js';
import { captureWarnings, computedAccessibility, deepActiveElement } from '../../test/helpers.js';
import { expectNoInjection, MARKUP } from '../../test/hostile.js';
import { fixtureVertical } from '../../test/vertical-script.js';
import { isVerticalWriting } from '../utils/writing-mode.js';
import { mnMongTranslation } from '../locales/mn-Mong.js';
import { TRADITIONAL_SCRIPT, whenStringsLoaded } from '../../test/viewing-conditions.js';
import type { ComboboxOption, GerCombobox } from './combobox.js';
import './combobox.js';
import '../button/button.js';
import '../dialog/dialog.js';

const input = (el: GerCombobox) => el.shadowRoot!.querySelector('input')!;
const listbox = (el: GerCombobox) => el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
const shownLabels = (el: GerCombobox) => [...el.shadowRoot!.querySelectorAll('[role="option"]')].map((option) => option.textContent!.trim());
const status = (el: GerCombobox) => el.shadowRoot!.querySelector('.status')?.textContent?.trim() ?? '';
const activeLabel = (el: GerCombobox) => {
  const id = input(el).getAttribute('aria-activedescendant');
  return id ? el.shadowRoot!.getElementById(id)!.textContent!.trim() : undefined;
};
const announced = () => document.querySelector('[data-ger-announcer]')?.textContent ?? '';

/** Focuses the text box with its text selected, as Tab into it would, and types `text`. */
async function typeInto(el: GerCombobox, text: string) {
  // The list is a part that loads as the field appears: type once it is there, as a reader would.
  await el.updateComplete;
  input(el).focus();
  input(el).select();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function key(el: GerCombobox, name: string) {
  await press(name);
  await el.updateComplete;
}

const aimags = () => html`<ger-combobox label="Аймаг">
  <option value="arkhangai">Архангай</option>
  <option value="bayan-olgii">Баян-Өлгий</option>
  <option value="bulgan">Булган</option>
  <option value="tov">Төв</option>
  <option value="khovsgol">Хөвсгөл</option>
  <option value="uvs">Увс</option>
</ger-combobox>`;

describe('ger-combobox', () => {
  afterEach(() => document.querySelector('[data-ger-announcer]')?.remove());

  itNeeds(['computed accessibility'], 'is a combobox named by its label, controlling a listbox', async () => {
    const el = await fixture<GerCombobox>(html`<ger-combobox label="Сум" required></ger-combobox>`);
    expect(computedAccessibility(input(el))).to.deep.equal({ role: 'combobox', name: 'Сум (заавал)' });
    expect(input(el).getAttribute('aria-controls')).to.equal('listbox');
    expect(input(el).getAttribute('aria-autocomplete')).to.equal('list');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
  });

  itNeeds(
    ['vertical form controls'],
    "set vertically (mn-Mong), the list opens to the right; Right and Left move through it, Down and Up are the caret's",
    async () => {
      const el = await fixtureVertical<GerCombobox>(aimags());
      await el.updateComplete;
      expect(isVerticalWriting(input(el)), 'the text box runs top to bottom').to.be.true;
      input(el).focus();
      await key(el, 'ArrowRight');
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      expect(activeLabel(el), 'Right opens on the first option').to.equal('Архангай');
      const box = input(el).getBoundingClientRect();
      const popup = el.shadowRoot!.querySelector('.popup')!.getBoundingClientRect();
      expect(popup.left, 'the list opens at the block end, right of the text box').to.be.at.least(box.right - 1);
      await key(el, 'ArrowRight');
      expect(activeLabel(el)).to.equal('Баян-Өлгий');
      await key(el, 'ArrowLeft');
      expect(activeLabel(el)).to.equal('Архангай');
      await key(el, 'ArrowDown');
      expect(activeLabel(el), 'Down moves the caret and lets the option go').to.be.undefined;
      await key(el, 'ArrowRight');
      expect(activeLabel(el), 'Right goes back into the list').to.equal('Архангай');
      await key(el, 'Enter');
      expect(el.value).to.equal('arkhangai');
    },
  );

  it('matches the way Mongolians type: Latin letters, without ө/ү, with a typo', async () => {
    const el = await fixture<GerCombobox>(aimags());
    await typeInto(el, 'hovs');
    expect(shownLabels(el)).to.deep.equal(['Хөвсгөл']);
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    await typeInto(el, 'tov');
    expect(shownLabels(el)).to.deep.equal(['Төв']);
    await typeInto(el, 'arhngai');
    expect(shownLabels(el), 'one letter missing').to.deep.equal(['Архангай']);
    await typeInto(el, 'olgii');
    expect(shownLabels(el), 'the second word of a name').to.deep.equal(['Баян-Өлгий']);
    await typeInto(el, 'zzzz');
    expect(shownLabels(el)).to.deep.equal([]);
    expect(status(el)).to.equal('Тохирох сонголт олдсонгүй');
  });

  it('narrows the list on first letters that also spell a short word ("ба", "in", "to")', async () => {
    const el = await fixture<GerCombobox>(aimags());
    // "ба" (and), "in", "to" are stop words of the catalogue's search; here they start a name.
    for (const typed of ['б', 'ба', 'ba', 'бая']) {
      await typeInto(el, typed);
      expect(shownLabels(el), typed).to.deep.equal(typed === 'б' ? ['Баян-Өлгий', 'Булган'] : ['Баян-Өлгий']);
    }
    const countries = await fixture<GerCombobox>(html`<ger-combobox label="Country" lang="en">
      <option value="in">India</option>
      <option value="id">Indonesia</option>
      <option value="mn">Mongolia</option>
      <option value="za">South Africa</option>
      <option value="kr">South Korea</option>
      <option value="tt">Trinidad and Tobago</option>
      <option value="to">Tonga</option>
    </ger-combobox>`);
    await typeInto(countries, 'in');
    expect(shownLabels(countries)).to.deep.equal(['India', 'Indonesia']);
    await typeInto(countries, 'to');
    expect(shownLabels(countries)).to.have.members(['Trinidad and Tobago', 'Tonga']);
    await typeInto(countries, 'a');
    expect(shownLabels(countries)).to.have.members(['South Africa', 'Trinidad and Tobago']);
    await typeInto(countries, 'south a');
    expect(shownLabels(countries), 'the word being typed counts').to.deep.equal(['South Africa']);
    await typeInto(countries, 'trinidad an');
    expect(shownLabels(countries)).to.deep.equal(['Trinidad and Tobago']);
  });

  it('moves through the options with the arrow keys, wrapping, and fills the text box on Enter', async () => {
    const el = await fixture<GerCombobox>(aimags());
    let changes = 0;
    el.addEventListener('change', () => changes++);
    input(el).focus();
    await key(el, 'ArrowDown');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(activeLabel(el), 'Down opens on the first option').to.equal('Архангай');
    await key(el, 'ArrowUp');
    expect(activeLabel(el), 'Up from the first wraps to the last').to.equal('Увс');
    await key(el, 'ArrowDown');
    await key(el, 'ArrowDown');
    expect(activeLabel(el)).to.equal('Баян-Өлгий');
    expect(el.value, 'moving does not choose').to.equal('');
    await key(el, 'Enter');
    expect(input(el).value).to.equal('Баян-Өлгий');
    expect(el.value).to.equal('bayan-olgii');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(input(el).hasAttribute('aria-activedescendant')).to.be.false;
    expect(deepActiveElement(), 'focus stays in the text box').to.equal(input(el));
    expect(changes).to.equal(1);
    expect(el.displayValue).to.equal('Баян-Өлгий');
  });

  it('opens with Alt+Down without choosing, Up opens on the last, and Escape closes, then clears', async () => {
    const el = await fixture<GerCombobox>(aimags());
    input(el).focus();
    // A key event, not the driver: WebKit's driver cannot hold Alt down.
    input(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(activeLabel(el)).to.equal(undefined);
    await key(el, 'ArrowUp');
    expect(activeLabel(el), 'Up from the text in the open list goes to the last').to.equal('Увс');
    await key(el, 'Home');
    await key(el, 'Escape');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    await key(el, 'ArrowUp');
    expect(activeLabel(el)).to.equal('Увс');
    await key(el, 'Home');
    expect(activeLabel(el), 'Home goes back to the text').to.equal(undefined);
    await key(el, 'Escape');
    await sendKeys({ type: 'bul' });
    await key(el, 'Escape');
    expect(input(el).value, 'the first Escape only closes').to.equal('bul');
    await key(el, 'Escape');
    expect(input(el).value, 'the second clears').to.equal('');
  });

  it('keeps typed text that is no option as the value, and takes an option spelled another way', async () => {
    const el = await fixture<GerCombobox>(html`<form>${aimags()}<button>Send</button></form>`);
    const box = el.querySelector('ger-combobox')!;
    await typeInto(box, 'Dalanzadgad');
    input(box).blur();
    await box.updateComplete;
    expect(box.value).to.equal('Dalanzadgad');
    await typeInto(box, 'hovsgol');
    input(box).blur();
    await box.updateComplete;
    expect(box.value, 'the option spelled in Latin letters').to.equal('khovsgol');
    expect(input(box).value).to.equal('Хөвсгөл');
  });

  it('answers with the typed text when Enter sends the form, before focus leaves', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>${aimags()}<ger-button type="submit">Илгээх</ger-button></form>`);
    const box = form.querySelector('ger-combobox')!;
    box.setAttribute('name', 'aimag');
    const sent: (FormDataEntryValue | null)[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      sent.push(new FormData(form).get('aimag'));
    });
    await typeInto(box, 'Dalanzadgad');
    await key(box, 'Enter');
    await waitUntil(() => sent.length > 0, 'the form is sent');
    expect(sent).to.deep.equal(['Dalanzadgad']);
    await typeInto(box, 'hovsgol');
    await key(box, 'ArrowDown');
    await key(box, 'Escape');
    await key(box, 'Enter');
    await waitUntil(() => sent.length > 1, 'the form is sent again');
    expect(sent[1], 'the option the text names').to.equal('khovsgol');
  });

  it('with restrict, Enter on refused text puts it back and does not send the form', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>${aimags()}<ger-button type="submit">Илгээх</ger-button></form>`);
    const box = form.querySelector('ger-combobox')!;
    box.restrict = true;
    box.value = 'tov';
    let sent = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      sent++;
    });
    await typeInto(box, 'Dalanzadgad');
    await key(box, 'Enter');
    await aTimeout(50);
    expect(sent, 'not sent').to.equal(0);
    expect(input(box).value).to.equal('Төв');
    await waitUntil(() => announced().includes('Dalanzadgad'), 'the refusal is said', { timeout: 2000 });
  });

  it('Escape that empties the text box empties the value too', async () => {
    const el = await fixture<GerCombobox>(aimags());
    el.value = 'tov';
    await el.updateComplete;
    const events: string[] = [];
    el.addEventListener('input', () => events.push(`input ${el.value}`));
    el.addEventListener('change', () => events.push(`change ${el.value}`));
    input(el).focus();
    await key(el, 'Escape');
    expect(input(el).value).to.equal('');
    expect(el.value, 'what the form sends is what the box shows').to.equal('');
    expect(events, 'a framework bound to input hears it too').to.deep.equal(['input ', 'change ']);
  });

  it('keeps the box the reader emptied when options come (the option marked selected is only a default)', async () => {
    const el = await fixture<GerCombobox>(
      html`<ger-combobox label="Аймаг"><option value="tov" selected>Төв</option><option value="uvs">Увс</option></ger-combobox>`,
    );
    await el.updateComplete;
    expect(el.value).to.equal('tov');
    input(el).focus();
    await key(el, 'Escape');
    input(el).blur();
    expect(el.value).to.equal('');
    // More options arrive (a page that fills the list as it goes).
    el.append(Object.assign(document.createElement('option'), { value: 'bulgan', textContent: 'Булган' }));
    await aTimeout(0);
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(input(el).value).to.equal('');
  });

  it('with restrict, puts refused text back and says why', async () => {
    const el = await fixture<GerCombobox>(aimags());
    el.restrict = true;
    el.value = 'tov';
    await el.updateComplete;
    expect(input(el).value).to.equal('Төв');
    await typeInto(el, 'Dalanzadgad');
    input(el).blur();
    await el.updateComplete;
    expect(el.value).to.equal('tov');
    expect(input(el).value).to.equal('Төв');
    const notice = el.shadowRoot!.querySelector('#notice')!.textContent!;
    expect(notice).to.equal('“Dalanzadgad” жагсаалтад алга. Жагсаалтаас сонгоно уу.');
    expect(input(el).getAttribute('aria-describedby')).to.contain('notice');
    // Said on the next animation frame, which a loaded machine may give later than 50 ms.
    await waitUntil(() => announced() === notice, 'the refusal is announced as it is shown', { timeout: 2000 });
    el.value = 'not-an-aimag';
    expect(el.validity.badInput, 'a value from a script that is no option').to.be.true;
  });

  it('with restrict, words its notice anew when the page changes language', async () => {
    const el = await fixture<GerCombobox>(aimags());
    el.restrict = true;
    await typeInto(el, 'Zavkhan'); // no key twice in a row: WebKit's driver drops a repeated key
    input(el).blur();
    await el.updateComplete;
    const notice = () => el.shadowRoot!.querySelector('#notice')!.textContent;
    expect(notice()).to.equal('“Zavkhan” жагсаалтад алга. Жагсаалтаас сонгоно уу.');
    const lang = document.documentElement.lang;
    try {
      // As a site switching language in place does: <html lang>, and nothing else.
      document.documentElement.lang = 'en';
      await waitUntil(() => notice() !== '“Zavkhan” жагсаалтад алга. Жагсаалтаас сонгоно уу.', 'the notice follows the page', { timeout: 2000 });
      expect(notice()).to.equal('“Zavkhan” is not in the list. Choose an option from the list.');
      expect(input(el).getAttribute('aria-describedby')).to.contain('notice');
    } finally {
      document.documentElement.lang = lang;
    }
  });

  it('renders only the first 50 of 5,000 options and says how many more there are', async () => {
    const many: ComboboxOption[] = Array.from({ length: 5000 }, (_, i) => ({ value: `bag-${i}`, label: `${i + 1}-р баг` }));
    const el = await fixture<GerCombobox>(html`<ger-combobox label="Баг" .options=${many}></ger-combobox>`);
    input(el).focus();
    await key(el, 'ArrowDown');
    expect(shownLabels(el)).to.have.length(50);
    expect(status(el)).to.equal(`Өөр ${new Intl.NumberFormat('mn').format(4950)} байна: үргэлжлүүлэн бичнэ үү`);
    await sendKeys({ type: '4987' }); // no key twice in a row: WebKit's driver drops a repeated key
    await el.updateComplete;
    expect(shownLabels(el)[0]).to.equal('4987-р баг');
  });

  it('announces the number of matches once typing pauses', async () => {
    const el = await fixture(html`<div lang="en">${aimags()}</div>`);
    const box = el.querySelector('ger-combobox')!;
    await typeInto(box, 'b');
    expect(announced(), 'not while typing').to.equal('');
    await aTimeout(700);
    expect(announced()).to.equal(`${shownLabels(box).length} options available`);
  });

  it('chooses an option on a click, keeping focus in the text box', async () => {
    const el = await fixture<GerCombobox>(aimags());
    input(el).focus();
    await key(el, 'ArrowDown');
    const option = el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')[2];
    option.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    option.click();
    await el.updateComplete;
    expect(el.value).to.equal('bulgan');
    expect(listbox(el).closest('.popup')!.hasAttribute('hidden')).to.be.true;
  });

  it('asks search(), cancelling the request for older text, and says it is searching', async () => {
    const el = await fixture<GerCombobox>(html`<ger-combobox label="Улс"></ger-combobox>`);
    const signals: [string, AbortSignal][] = [];
    el.search = (query, signal) => {
      signals.push([query, signal]);
      return new Promise((resolve) => setTimeout(() => resolve([{ value: query, label: `${query} улс` }]), 100));
    };
    // "ja" in one input (pasted): two keys can come further apart than the search waits on a busy machine.
    await el.updateComplete;
    input(el).focus();
    input(el).value = 'ja';
    input(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
    await el.updateComplete;
    expect(status(el)).to.equal('Хайж байна…');
    await aTimeout(250);
    await sendKeys({ type: 'p' });
    await el.updateComplete;
    await aTimeout(400);
    await el.updateComplete;
    expect(signals.map(([query]) => query)).to.deep.equal(['ja', 'jap']);
    expect(signals[0][1].aborted, 'the older request is cancelled').to.be.true;
    expect(shownLabels(el)).to.deep.equal(['jap улс']);
    await key(el, 'ArrowDown');
    await key(el, 'Enter');
    expect(el.value).to.equal('jap');
    expect(el.displayValue).to.equal('jap улс');
  });

  it('says when search() fails, and warns in the console', async () => {
    const el = await fixture<GerCombobox>(html`<ger-combobox label="Улс"></ger-combobox>`);
    el.search = () => Promise.reject(new Error('offline'));
    const warnings = await captureWarnings(async () => {
      await typeInto(el, 'mon');
      await aTimeout(300);
      await el.updateComplete;
    });
    expect(status(el)).to.equal('Сонголтуудыг ачаалж чадсангүй. Дахин оролдох');
    expect(warnings.join(' ')).to.contain('search failed');
  });

  it('leaves out options without a text value, with one warning, and shows hostile labels as text', async () => {
    const el = await fixture<GerCombobox>(html`<ger-combobox label="Сум"></ger-combobox>`);
    const warnings = await captureWarnings(async () => {
      el.options = [{ value: 'x', label: MARKUP }, { label: 'no value' }, null, { value: 7, label: 7 }] as unknown as ComboboxOption[];
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    input(el).focus();
    await key(el, 'ArrowDown');
    expect(shownLabels(el)).to.deep.equal([MARKUP, '7']);
    await expectNoInjection(el);
  });

  it('Enter that chooses does not reach the form around it', async () => {
    const el = await fixture(html`<div>${aimags()}</div>`);
    const box = el.querySelector('ger-combobox')!;
    let reached = 0;
    el.addEventListener('keydown', (event) => (event as KeyboardEvent).key === 'Enter' && reached++);
    await box.updateComplete;
    input(box).focus();
    await key(box, 'ArrowDown');
    await key(box, 'Enter');
    expect(reached).to.equal(0);
    await key(box, 'Enter');
    expect(reached, 'with nothing to choose, Enter goes on (a form step continues)').to.equal(1);
  });

  it("leaves the input method its Enter (Safari's: keyCode 229): nothing is chosen and the form is not sent", async () => {
    const form = await fixture<HTMLFormElement>(html`<form>${aimags()}<ger-button type="submit">Илгээх</ger-button></form>`);
    const box = form.querySelector('ger-combobox')!;
    let sent = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      sent++;
    });
    await typeInto(box, 'hovsgol');
    await key(box, 'ArrowDown');
    expect(activeLabel(box)).to.equal('Хөвсгөл');
    const left = composingEnter(input(box));
    await box.updateComplete;
    expect([box.value, activeLabel(box), sent], 'nothing chosen, the list still open, nothing sent').to.deep.equal(['', 'Хөвсгөл', 0]);
    expect(left, 'left to the input method').to.be.true;
    await key(box, 'Enter');
    expect(box.value, 'the next Enter chooses').to.equal('khovsgol');
  });

  it('with restrict, clears a value that is not among new options (another aimag’s soum)', async () => {
    const el = await fixture<GerCombobox>(html`<ger-combobox label="Сум" restrict></ger-combobox>`);
    el.options = [{ value: 'tariat', label: 'Тариат' }];
    el.value = 'tariat';
    await el.updateComplete;
    expect(input(el).value).to.equal('Тариат');
    el.options = [{ value: 'zuunmod', label: 'Зуунмод' }];
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(input(el).value).to.equal('');
  });
});

/**
 * The soum search of a service's server, through the page's `fetch`, which the test cuts (the
 * request fails as on a dropped mobile link, or the server answers 500) and brings back.
 */
function soumServer() {
  const real = window.fetch;
  // `hold`: the answers wait for it (a slow link), so a test knows what came first.
  const server = { down: true as boolean | 'error', calls: 0, hold: Promise.resolve(), restore: () => (window.fetch = real) };
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (!String(input).startsWith('/api/soums')) return real(input, init);
    server.calls++;
    if (server.down === 'error') return new Response('Server error', { status: 500 });
    if (server.down) throw new TypeError('Failed to fetch');
    await server.hold;
    // The server's own search, by the Latin spelling's first letters ('t' finds both).
    const query = new URL(String(input), location.href).searchParams.get('q')!.toLowerCase();
    const soums = [
      { value: 'arkhangai-tariat', label: 'Тариат', latin: 'tariat' },
      { value: 'arkhangai-tsenkher', label: 'Цэнхэр', latin: 'tsenkher' },
    ].filter((soum) => soum.latin.startsWith(query));
    return new Response(JSON.stringify(soums), { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return server;
}

/** `search` as a page writes it: the server's answer, or an error the combobox must handle. */
const searchSoums = async (query: string, signal: AbortSignal) => {
  const response = await fetch(`/api/soums?q=${encodeURIComponent(query)}`, { signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
};

describe('ger-combobox: search on a failing connection', () => {
  let server: ReturnType<typeof soumServer>;
  beforeEach(() => (server = soumServer()));
  afterEach(() => {
    server.restore();
    document.querySelector('[data-ger-announcer]')?.remove();
  });

  const notice = (el: GerCombobox) => el.shadowRoot!.querySelector('#notice')?.textContent?.trim() ?? '';

  /** Waits for the `calls`th search to have answered (or failed): the list no longer says it is searching. A loaded machine may split the typing into more searches. */
  const searched = (el: GerCombobox, server: { calls: number }, calls = 1) =>
    waitUntil(() => server.calls >= calls && !status(el).endsWith('…'), 'the search answered', { timeout: 3000 });

  async function soumField(lang = 'mn') {
    const form = await fixture<HTMLFormElement>(
      html`<form lang=${lang}><ger-combobox name="soum" label="Сум" restrict required></ger-combobox><button>Дараах</button></form>`,
    );
    const el = form.querySelector('ger-combobox')!;
    el.search = searchSoums;
    await el.updateComplete;
    return { form, el };
  }

  it('with restrict, keeps text left after a failed search, says so, and checks it when the connection is back', async () => {
    const { form, el } = await soumField();
    let changes = 0;
    el.addEventListener('change', () => changes++);
    let failedStatus = '';
    await captureWarnings(async () => {
      await typeInto(el, 'tariat');
      await searched(el, server);
      failedStatus = status(el);
      form.querySelector('button')!.focus();
      await el.updateComplete;
    });
    expect(input(el).value, 'what the reader typed is not erased').to.equal('tariat');
    expect(failedStatus, 'the list said the options did not load').to.equal('Сонголтуудыг ачаалж чадсангүй. Дахин оролдох');
    const unchecked = 'Сонголтуудыг ачаалж чадаагүй тул жагсаалтаас шалгаж чадсангүй: “tariat”.';
    expect(notice(el), 'not "not in the list": the list never came').to.equal(unchecked);
    expect(input(el).getAttribute('aria-describedby')).to.contain('notice');
    await waitUntil(() => announced() === unchecked, 'the notice is said as it is shown', { timeout: 2000 });
    expect(el.checkValidity(), 'the form waits for the check rather than sending nothing').to.be.false;
    expect(el.validationMessage).to.equal('Жагсаалтаас сонгоно уу.');
    expect(changes).to.equal(0);

    server.down = false;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => el.value === 'arkhangai-tariat', 'checked, and chosen, once the connection is back', { timeout: 3000 });
    await el.updateComplete;
    expect(input(el).value).to.equal('Тариат');
    expect(notice(el)).to.equal('');
    expect(el.checkValidity()).to.be.true;
    expect(new FormData(form).get('soum')).to.equal('arkhangai-tariat');
    expect(changes).to.equal(1);
  });

  it('with restrict, a failed search does not refuse the option chosen before, typed again', async () => {
    server.down = false;
    const { el } = await soumField();
    await typeInto(el, 'tar');
    await searched(el, server);
    await key(el, 'ArrowDown');
    await key(el, 'Enter');
    expect(el.value).to.equal('arkhangai-tariat');
    // The reader looks at another soum, then comes back to theirs as the link drops.
    await typeInto(el, 'tse');
    await searched(el, server, 2);
    expect(shownLabels(el)).to.deep.equal(['Цэнхэр']);
    server.down = true;
    await captureWarnings(async () => {
      await typeInto(el, 'Tariat');
      await searched(el, server, 3);
      input(el).blur();
      await el.updateComplete;
    });
    expect(el.value).to.equal('arkhangai-tariat');
    expect(input(el).value).to.equal('Тариат');
    expect(notice(el)).to.equal('');
  });

  it('judges text left before the search answered by that answer: kept if an option, refused if not', async () => {
    server.down = false;
    let answer!: () => void;
    server.hold = new Promise((resolve) => (answer = resolve));
    const { el } = await soumField('en');
    await typeInto(el, 'tsenkher');
    input(el).blur();
    await el.updateComplete;
    expect(input(el).value, 'not refused against no list').to.equal('tsenkher');
    answer();
    await waitUntil(() => el.value === 'arkhangai-tsenkher', 'the answer that came chose it', { timeout: 3000 });
    await typeInto(el, 'zavkhan'); // no key twice in a row: WebKit's driver drops a repeated key
    input(el).blur();
    await waitUntil(() => notice(el) !== '', 'the answer that came refused it', { timeout: 3000 });
    expect(notice(el)).to.equal('“zavkhan” is not in the list. Choose an option from the list.');
    expect(el.value).to.equal('arkhangai-tsenkher');
    await waitUntil(() => announced() === notice(el), 'the refusal is said', { timeout: 2000 });
  });

  it('asks again with Try again in the list, from the keyboard, and when the connection comes back with the list open', async () => {
    server.down = 'error';
    const { el } = await soumField('en');
    await captureWarnings(async () => {
      await typeInto(el, 't');
      await waitUntil(() => status(el) === 'The options could not be loaded. Try again', 'failed', { timeout: 3000 });
      await waitUntil(() => announced() === 'The options could not be loaded.', 'and says so to a screen reader', { timeout: 3000 });
      expect(server.calls).to.equal(1);
      // The server answers again; nothing tells the page, so the reader asks.
      server.down = false;
      const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('.status button')!;
      await press('Tab');
      expect(deepActiveElement(), 'Tab from the text box reaches Try again').to.equal(retry);
      await press('Enter');
      await el.updateComplete;
      expect(deepActiveElement(), 'back in the text box, the list open').to.equal(input(el));
      await waitUntil(() => shownLabels(el).length === 2, 'the options came', { timeout: 3000 });
      await waitUntil(() => announced() === '2 options available', 'and are counted aloud', { timeout: 3000 });
      expect(server.calls).to.equal(2);
      server.down = true;
      await typeInto(el, 'ta');
      await waitUntil(() => status(el).startsWith('The options could not be loaded.'), 'failed again', { timeout: 3000 });
      server.down = false;
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => shownLabels(el).length === 1, 'asked again by itself once the connection is back', { timeout: 3000 });
      expect(shownLabels(el)).to.deep.equal(['Тариат']);
    });
  });

  it('words its failure and Try again in Mongolian, English and the traditional script', async () => {
    const expected = {
      mn: ['Сонголтуудыг ачаалж чадсангүй.', 'Дахин оролдох', 'Сонголтуудыг ачаалж чадаагүй тул жагсаалтаас шалгаж чадсангүй: “tariat”.'],
      en: ['The options could not be loaded.', 'Try again', 'The options could not be loaded, so “tariat” could not be checked against the list.'],
      'mn-Mong': [
        mnMongTranslation.comboboxSearchFailed,
        mnMongTranslation.comboboxRetry,
        (mnMongTranslation.comboboxUnchecked as string).replace('{text}', 'tariat'),
      ],
    };
    for (const [lang, [failed, retry, unchecked]] of Object.entries(expected)) {
      const { form, el } = await soumField(lang);
      if (lang === TRADITIONAL_SCRIPT) await whenStringsLoaded(lang);
      await captureWarnings(async () => {
        await typeInto(el, 'tariat');
        await waitUntil(() => el.shadowRoot!.querySelector('.status button'), `${lang}: failed`, { timeout: 3000 });
        expect(status(el)).to.equal(`${failed} ${retry}`);
        form.querySelector('button')!.focus();
        await el.updateComplete;
      });
      expect(notice(el), lang).to.equal(unchecked);
      const retryAfter = el.shadowRoot!.querySelector('#notice + button')!;
      expect(retryAfter.textContent!.trim()).to.equal(retry);
      await waitUntil(() => announced() === unchecked, `${lang}: said`, { timeout: 2000 });
    }
  });

  /**
   * Puts `text` in the box as typing does, without the test runner's keys (they set a timer of
   * 20 s that a fake clock would keep).
   */
  async function typeText(el: GerCombobox, text: string) {
    await el.updateComplete;
    input(el).focus();
    input(el).value = text;
    input(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
  }

  /** Types `text`, waits for its search to fail (within 2 s: a fake clock keeps longer timers) and leaves the field. */
  async function leaveUnchecked(form: HTMLFormElement, el: GerCombobox, text = 'tariat') {
    await captureWarnings(async () => {
      await typeText(el, text);
      await waitUntil(() => server.calls && !status(el).endsWith('…'), 'the search failed', { timeout: 1500 });
      form.querySelector('button')!.focus();
      await el.updateComplete;
    });
  }

  it('with restrict, asks again by itself after a while when no `online` comes (a server error), and judges the text left', async () => {
    server.down = 'error';
    const clock = fakeTimers();
    try {
      const { form, el } = await soumField();
      await leaveUnchecked(form, el);
      expect(notice(el)).to.equal('Сонголтуудыг ачаалж чадаагүй тул жагсаалтаас шалгаж чадсангүй: “tariat”.');
      server.down = false;
      expect(clock.runLast()).to.equal(2000);
      await waitUntil(() => el.value === 'arkhangai-tariat', 'checked, and chosen, with no online event', { timeout: 1500 });
      expect(input(el).value).to.equal('Тариат');
      expect(notice(el)).to.equal('');
      expect(clock.pending).to.have.length(0);
    } finally {
      clock.restore();
    }
  });

  it('waits longer after each failure, says a failure again only once, and says the answer when it comes', async () => {
    server.down = 'error';
    const clock = fakeTimers();
    try {
      const { form, el } = await soumField();
      await leaveUnchecked(form, el);
      const unchecked = 'Сонголтуудыг ачаалж чадаагүй тул жагсаалтаас шалгаж чадсангүй: “tariat”.';
      await waitUntil(() => announced() === unchecked, 'the notice is said');
      // Said: each try by itself that fails again says nothing more (the notice stays under the field).
      document.querySelector('[data-ger-announcer]')!.textContent = 'said before';
      await captureWarnings(async () => {
        for (const [i, wait] of [2000, 4000, 8000].entries()) {
          expect(clock.runLast()).to.equal(wait);
          await waitUntil(() => server.calls === i + 2 && clock.pending.length === 1, `try ${i + 1} failed`, { timeout: 1500 });
        }
        await aTimeout(700);
      });
      expect(announced(), 'not said again').to.equal('said before');
      expect(notice(el)).to.equal(unchecked);
      server.down = false;
      clock.runLast();
      await waitUntil(() => el.value === 'arkhangai-tariat', 'chosen once the server answers', { timeout: 1500 });
    } finally {
      clock.restore();
    }
  });

  it('asks again a search its removal stopped once it is back in the page, and judges the text left by it', async () => {
    const { form, el } = await soumField();
    server.down = false;
    // The server is slow: the search is still under way as the reader leaves and the field is taken away.
    let slow = true;
    el.search = (query, signal) =>
      slow ? new Promise((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('Stopped', 'AbortError')))) : searchSoums(query, signal);
    await typeText(el, 'tariat');
    form.querySelector('button')!.focus();
    await el.updateComplete;
    expect(input(el).value, 'kept for the search to judge').to.equal('tariat');
    const page = form.parentNode!;
    form.remove();
    slow = false;
    await aTimeout(300);
    expect(server.calls, 'nothing asked for a field no one sees').to.equal(0);
    page.append(form);
    await waitUntil(() => el.value === 'arkhangai-tariat', 'asked again, and chosen, once back in the page', { timeout: 3000 });
    expect(input(el).value).to.equal('Тариат');
  });

  it('leaves no retry waiting once removed, and waits again when it is put back', async () => {
    const clock = fakeTimers();
    const online = watchOnline();
    try {
      const { form, el } = await soumField();
      await leaveUnchecked(form, el);
      expect(online.count).to.equal(1);
      expect(clock.pending).to.have.length(1);
      const page = form.parentNode!;
      form.remove();
      expect(online.count, 'no listener left').to.equal(0);
      expect(clock.pending, 'no timer left').to.have.length(0);
      server.down = false;
      window.dispatchEvent(new Event('online'));
      await aTimeout(300);
      expect(server.calls, 'nothing asked for a field no one sees').to.equal(1);
      page.append(form);
      await el.updateComplete;
      expect(online.count, 'put back, it waits again').to.equal(1);
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => el.value === 'arkhangai-tariat', 'checked once back and online', { timeout: 1500 });
      expect(online.count).to.equal(0);
      expect(clock.pending).to.have.length(0);
    } finally {
      clock.restore();
      online.restore();
    }
  });

  it('moves a reader on Try again under the field into it when the search goes again by itself', async () => {
    const { form, el } = await soumField();
    await leaveUnchecked(form, el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#notice + button')!.focus();
    server.down = false;
    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect(deepActiveElement(), 'in the text box: Try again left with the failure').to.equal(input(el));
    await waitUntil(() => shownLabels(el).length === 1, 'the options came', { timeout: 3000 });
  });

  it('Try again under the field takes the reader back into it, with the list asked again', async () => {
    const { form, el } = await soumField();
    await captureWarnings(async () => {
      await typeInto(el, 'tariat');
      await searched(el, server);
      form.querySelector('button')!.focus();
      await el.updateComplete;
    });
    server.down = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('#notice + button')!.click();
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(input(el));
    expect(input(el).value).to.equal('tariat');
    await waitUntil(() => shownLabels(el).length === 1, 'the options came', { timeout: 3000 });
    expect(notice(el)).to.equal('');
  });

  it('a form reset puts the box back and lets go of text left unchecked', async () => {
    const { form, el } = await soumField();
    await captureWarnings(async () => {
      await typeInto(el, 'tariat');
      await searched(el, server);
      form.querySelector('button')!.focus();
      await el.updateComplete;
    });
    expect(notice(el)).not.to.equal('');
    form.reset();
    await el.updateComplete;
    expect(input(el).value).to.equal('');
    expect(notice(el)).to.equal('');
    expect(el.validity.valueMissing, 'only "required" is left to say').to.be.true;
    expect(el.validity.badInput).to.be.false;
    server.down = false;
    window.dispatchEvent(new Event('online'));
    await aTimeout(400);
    expect(el.value, 'nothing is chosen behind the reader’s back').to.equal('');
  });
});

describeFormControl<GerCombobox>('ger-combobox', {
  form: () => html`<form>
    <ger-combobox name="field" label="Аймаг" required>
      <option value="orkhon">Орхон</option>
      <option value="selenge">Сэлэнгэ</option>
    </ger-combobox>
  </form>`,
  fill: (el) => {
    el.value = 'selenge';
  },
  sent: ['selenge'],
  missing: { mn: 'Энэ талбарыг бөглөнө үү.', en: 'Fill in this field.' },
  defaultValue: 'orkhon',
});

describe('ger-combobox: accessibility with the list open', () => {
  it('in a dialog, opens its list in the flow so no option is cut off by the dialog', async () => {
    const dialog = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<ger-dialog open heading="Гэр бүлийн гишүүн нэмэх">
        ${aimags()}
        <ger-button slot="actions">Нэмэх</ger-button>
      </ger-dialog>`,
    );
    const el = dialog.querySelector('ger-combobox')!;
    await dialog.updateComplete;
    await typeInto(el, '');
    await key(el, 'ArrowDown');
    await waitUntil(() => shownLabels(el).length === 6, 'the list opened');
    /** What a click at the middle of `target` lands on, through shadow roots. */
    const hit = (target: Element) => {
      const box = target.getBoundingClientRect();
      let found = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      while (found?.shadowRoot) {
        const inner = found.shadowRoot.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        if (!inner || inner === found) break;
        found = inner;
      }
      return found;
    };
    // The dialog grows to hold the list (there is room on the screen): every option shows at once.
    for (const option of el.shadowRoot!.querySelectorAll('[role="option"]')) {
      expect(hit(option) === option || option.contains(hit(option)), `${option.textContent!.trim()} can be seen and clicked`).to.be.true;
    }
    // The button that shows the options stays beside the text box, as tall as it.
    const [button, box] = [el.shadowRoot!.querySelector('.toggle')!, input(el)].map((part) => part.getBoundingClientRect());
    expect([button.top, button.bottom]).to.deep.equal([box.top, box.bottom]);
    // Outside such a box the list still opens over what follows.
    dialog.remove();
    const plain = await fixture<GerCombobox>(aimags());
    await typeInto(plain, '');
    await key(plain, 'ArrowDown');
    await waitUntil(() => shownLabels(plain).length === 6, 'the list opened');
    expect(getComputedStyle(plain.shadowRoot!.querySelector('.popup')!).position).to.equal('absolute');
  });

  it('passes axe with the list open and an option active', async () => {
    const el = await fixture<GerCombobox>(aimags());
    input(el).focus();
    await key(el, 'ArrowDown');
    await expectNoAxeViolations(el);
  });
});

describeAccessibility(
  'ger-combobox',
  () => html`<form>
    <ger-combobox name="aimag" label="Аймаг, нийслэл" hint="Латин үсгээр бичиж болно" value="tov" required>
      <option value="arkhangai">Архангай</option>
      <option value="tov">Төв</option>
    </ger-combobox>
    <ger-combobox name="soum" label="Сум, дүүрэг" error="Сумаа сонгоно уу."></ger-combobox>
  </form>`,
);
