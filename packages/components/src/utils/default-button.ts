/** Types of `ger-button` that do not submit; any other value falls back to `submit`, as on a native button. */
const NOT_SUBMIT = ['button', 'reset'];

/**
 * The form's default button: its first submit button, native or `ger-button` (not one that is a
 * link). Enter in a text field submits the form through it, as the browser does for native fields.
 */
export function defaultButton(form: HTMLFormElement | null): HTMLElement | undefined {
  const candidates = form?.querySelectorAll<HTMLElement>('button, input[type="submit"], input[type="image"], ger-button') ?? [];
  return [...candidates].find((el) => {
    const { type, href } = el as HTMLElement & { type?: string; href?: string };
    return el.localName === 'ger-button' ? !NOT_SUBMIT.includes(type ?? '') && !href : type === 'submit' || type === 'image';
  });
}

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
