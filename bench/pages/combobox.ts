// The page side of bench/combobox.mjs: typing into a ger-combobox of 5,000 bags, key by key,
// beside a native <input list> with a <datalist> of the same options.
import '../../packages/components/src/combobox/combobox.js';
import type { GerCombobox } from '../../packages/components/src/combobox/combobox.js';
import { allBagOptions } from '../../stories/support/places.js';

declare global {
  interface Window {
    comboboxBench: {
      setup(variant: 'ger' | 'native'): Promise<number>;
      type(text: string, gap: number): Promise<number>;
    };
  }
}

let combobox: GerCombobox | undefined;
let field: HTMLInputElement | undefined;

/** Forces style and layout now: the list is on screen at the next paint without more work. */
const layout = (element: Element) => element.getBoundingClientRect().height;
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

window.comboboxBench = {
  /** Builds the field with its 5,000 options; returns how many options the data set has. */
  async setup(variant) {
    const options = allBagOptions('mn');
    const root = document.getElementById('root')!;
    if (variant === 'ger') {
      combobox = document.createElement('ger-combobox');
      combobox.label = 'Баг, хороо';
      combobox.options = options;
      root.append(combobox);
      await combobox.updateComplete;
      field = combobox.shadowRoot!.querySelector('input')!;
    } else {
      root.innerHTML = '<label for="bag">Баг, хороо</label><input id="bag" list="bags" autocomplete="off"><datalist id="bags"></datalist>';
      const list = root.querySelector('datalist')!;
      list.append(...options.map(({ value, label }) => Object.assign(document.createElement('option'), { value: label, label: value })));
      field = root.querySelector('input')!;
    }
    field.focus();
    layout(root);
    await wait(300);
    return options.length;
  },

  /**
   * One keystroke, `gap` ms after the previous one: the field gets its new text and an input
   * event; timed until the page is styled and laid out with the new list.
   */
  async type(text, gap) {
    await wait(gap);
    const started = performance.now();
    field!.value = text;
    field!.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    if (combobox) await combobox.updateComplete;
    layout(document.body);
    return performance.now() - started;
  },
};
