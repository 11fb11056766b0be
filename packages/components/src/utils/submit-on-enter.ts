import { defaultButton } from './default-button.js';

/**
 * Enter in the text box of a Ger control: the form goes through its default button, as for a
 * native field (the box is in a shadow root, so the browser does not count it as the form's). The
 * key is marked handled, so that a default `ger-button`, which listens for Enter in its form's
 * own fields, does not send the form a second time.
 */
export function submitThroughDefaultButton(event: KeyboardEvent, form: HTMLFormElement | null): void {
  const button = !event.defaultPrevented && defaultButton(form);
  if (button) {
    event.preventDefault();
    button.click();
  }
}
