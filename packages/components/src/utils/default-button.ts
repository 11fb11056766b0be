/** Types of `ger-button` that do not submit; any other value falls back to `submit`, as on a native button. */
const NOT_SUBMIT = ['button', 'reset'];

/**
 * The form's default button: its first submit button in tree order, native or `ger-button` (not
 * one that is a link), one outside the form with `form="…"` too. Enter in a text field submits
 * the form through it, as the browser does for native fields.
 */
export function defaultButton(form: HTMLFormElement | null): HTMLElement | undefined {
  const candidates = (form?.getRootNode() as ParentNode | undefined)?.querySelectorAll<HTMLElement>('button, input, ger-button') ?? [];
  return [...candidates].find((el) => {
    const { type, href, form: owner } = el as HTMLElement & { type?: string; href?: string; form?: HTMLFormElement | null };
    return owner === form && (el.localName === 'ger-button' ? !NOT_SUBMIT.includes(type ?? '') && !href : type === 'submit' || type === 'image');
  });
}
