import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/combobox/combobox.js';
import type { ComboboxSearch, GerCombobox } from '../packages/components/src/combobox/combobox.js';
import { countryOptions } from './support/countries.js';
import { divisionOptions } from './support/mongolia.js';
import { pageLang, t } from './support/page.js';
import { allBagOptions, bagOptions, soumOptions } from './support/places.js';

interface ComboboxArgs {
  required: boolean;
  restrict: boolean;
  disabled: boolean;
}

const meta: Meta<ComboboxArgs> = {
  title: 'Components/Form/Combobox',
  component: 'ger-combobox',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `A text field that suggests options as you type, for long lists: every soum, every bag, every
country. People type a few letters instead of scrolling hundreds of names, in Cyrillic or in Latin letters, with or
without ө and ү, with a small typo (\`hovsgol\`, \`Хөвсгөл\` and \`khuvsgul\` all find Хөвсгөл), the way the service
catalogue's search matches. The arrow keys move through the suggestions, Enter fills the field, Escape closes the list;
the number of matches is announced to screen readers once typing pauses. Only the first 50 matches are shown, with
"N more: keep typing", so 5,000 options stay fast.

**When to use it.** More than about 20 options, or options people know by name and would rather type (their soum,
their country). Options come from \`<option>\` children, from the \`options\` property (value and label), or, for
lists too large to send to the page, from a \`search\` function that asks the server (older requests are cancelled).

**When not to.** Fewer than about 7 options: radios, all visible at once. Up to about 20, or when people need to see
every option to decide: \`ger-select\`, the native list, the most reliable on phones and with screen readers. A
free answer with no list: \`ger-text-field\`.

**Free text or the list only.** By default text that is none of the options is kept as the answer (a soum the list
lacks). Set \`restrict\` when only an option will do: other text is put back to the last choice with a message, and
a value that is no option (an old draft) is reported as an error.

**When the server does not answer.** A failed \`search\` is said in the list, with Try again; it is asked again as the
reader types on, and by itself when the connection comes back or after a while, while the list is open or text waits
for it. With \`restrict\`, text left while the options could not load is
kept, not refused: the field says it could not be checked, the form waits, and a search that answers later chooses it
(or refuses it, if it is no option).`,
      },
    },
  },
  argTypes: {
    required: { control: 'boolean' },
    restrict: { control: 'boolean', description: 'Only an option can be the answer.' },
    disabled: { control: 'boolean' },
  },
  args: { required: true, restrict: false, disabled: false },
  render: (args) => html`<div class="ger-demo">
    <ger-combobox
      name="aimag"
      label=${t('Аймаг, нийслэл', 'Province or capital')}
      hint=${t('Кирилл эсвэл латин үсгээр бичиж болно', 'Type in Cyrillic or Latin letters')}
      .options=${divisionOptions(pageLang())}
      ?required=${args.required}
      ?restrict=${args.restrict}
      ?disabled=${args.disabled}
    ></ger-combobox>
  </div>`,
};
export default meta;

type Story = StoryObj<ComboboxArgs>;

/** Ulaanbaatar and the 21 aimags: type `hovs` or `Өмнө`. */
export const Default: Story = {};

/** Options written as `<option>` children, one chosen. */
export const Options: Story = {
  render: () => html`<div class="ger-demo">
    <ger-combobox name="centre" label=${t('Үйлчилгээний төв', 'Service centre')} value="erdenet">
      <option value="ub">${t('Улаанбаатар', 'Ulaanbaatar')}</option>
      <option value="darkhan">${t('Дархан', 'Darkhan')}</option>
      <option value="erdenet">${t('Эрдэнэт', 'Erdenet')}</option>
      <option value="choibalsan" disabled>${t('Чойбалсан (түр хаалттай)', 'Choibalsan (closed for now)')}</option>
    </ger-combobox>
  </div>`,
};

/** The field's text box, once its list part has loaded (`updateComplete` waits for it), focused. */
async function focusedInput(canvasElement: HTMLElement): Promise<HTMLInputElement> {
  const combobox = canvasElement.querySelector('ger-combobox')!;
  await combobox.updateComplete;
  const input = combobox.shadowRoot!.querySelector('input')!;
  input.focus();
  return input;
}

/** The list open as a reader pressing ↓ twice would have it: every option, the second one active. */
export const OpenList: Story = {
  name: 'Open list',
  play: async ({ canvasElement }) => {
    const input = await focusedInput(canvasElement);
    for (let i = 0; i < 2; i++) input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
  },
};

/** Types into the field as a reader would: the list opens with the matches. */
function typeText(text: string): Story['play'] {
  return async ({ canvasElement }) => {
    const input = await focusedInput(canvasElement);
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
}

/** Text that matches nothing: the list says so, and the text is kept as the answer (not with `restrict`). */
export const NoMatches: Story = { name: 'No matches', play: typeText('Лондон') };

/** With `restrict`: text that is no option is put back, with a message. */
export const Restricted: Story = { args: { restrict: true, required: true } };

/** An error from the server, shown at once. */
export const WithError: Story = {
  render: () => html`<div class="ger-demo">
    <ger-combobox
      name="aimag"
      label=${t('Аймаг, нийслэл', 'Province or capital')}
      .options=${divisionOptions(pageLang())}
      required
      error=${t('Аймаг, нийслэлээ сонгоно уу.', 'Select your province or the capital.')}
    ></ger-combobox>
  </div>`,
};

export const Disabled: Story = { args: { disabled: true } };

/** The next list follows the answer before: clear and refill it when its parent changes. */
function follow(event: Event) {
  const lang = pageLang();
  const changed = event.currentTarget as GerCombobox;
  const form = changed.closest('.ger-demo')!;
  const [aimag, soum, bag] = [...form.querySelectorAll('ger-combobox')];
  if (changed === aimag) {
    soum.value = '';
    soum.options = soumOptions(aimag.value, lang);
  }
  bag.value = changed === aimag ? '' : bag.value;
  bag.options = bagOptions(aimag.value, soum.value, lang);
}

/** Address by aimag → soum → bag: each list holds the places of the answer before it. */
export const Address: Story = {
  render: () => {
    const lang = pageLang();
    return html`<div class="ger-demo">
      <ger-combobox name="aimag" label=${t('Аймаг, нийслэл', 'Province or capital')} .options=${divisionOptions(lang)} value="arkhangai" restrict required @change=${follow}></ger-combobox>
      <ger-combobox name="soum" label=${t('Сум, дүүрэг', 'Soum or district')} .options=${soumOptions('arkhangai', lang)} restrict required @change=${follow}></ger-combobox>
      <ger-combobox name="bag" label=${t('Баг, хороо', 'Bag or khoroo')} .options=${[]} restrict required></ger-combobox>
    </div>`;
  },
};

/** Every country, named in the page language by the browser: type `japan`, `Япон` or `mongol`. */
export const CountryPicker: Story = {
  render: () => html`<div class="ger-demo">
    <ger-combobox name="country" label=${t('Улс', 'Country')} .options=${countryOptions(pageLang())} restrict></ger-combobox>
  </div>`,
};

/** All 5,000 bags and khoroos in one list: only the first 50 matches are drawn. */
export const FiveThousandOptions: Story = {
  name: '5,000 options',
  render: () => html`<div class="ger-demo">
    <ger-combobox name="bag" label=${t('Баг, хороо', 'Bag or khoroo')} .options=${allBagOptions(pageLang())}></ger-combobox>
  </div>`,
};

/** A stand-in for a server: answers after 400 ms, at most 20 matches, and honours the abort signal. */
function bagServer(lang: string): ComboboxSearch {
  const bags = allBagOptions(lang);
  return (query, signal) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const words = query.toLowerCase().split(/\s+/);
        resolve(bags.filter((bag) => words.every((word) => bag.label.toLowerCase().includes(word))).slice(0, 20));
      }, 400);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('Superseded', 'AbortError'));
      });
    });
}

/** Options from a `search` function that asks a server, with "Searching…" while it answers. */
export const ServerSearch: Story = {
  render: () => html`<div class="ger-demo">
    <ger-combobox
      name="bag"
      label=${t('Баг, хороо', 'Bag or khoroo')}
      hint=${t('Нэрийнх нь эхний үсгүүдийг бичнэ үү', 'Type the first letters of its name')}
      .search=${bagServer(pageLang())}
      restrict
    ></ger-combobox>
  </div>`,
};
