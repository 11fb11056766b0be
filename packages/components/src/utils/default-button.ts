/**
 * The form's default button: its first submit button in tree order, native or `ger-button` (not
 * one that is a link), one outside the form with `form="…"` too. Enter in a text field submits
 * the form through it, as the browser does for native fields.
 */
export function defaultButton(form: HTMLFormElement | null): HTMLElement | undefined {
  const candidates = (form?.getRootNode() as ParentNode | undefined)?.querySelectorAll<HTMLElement>('button, input, ger-button') ?? [];
  return [...candidates].find((el) => {
    const { type, href, form: owner } = el as HTMLElement & { type?: string; href?: string; form?: HTMLFormElement | null };
    // A ger-button of any type but `button` and `reset` submits: an unknown type falls back to `submit`, as on a native button.
    return owner == form && (el.localName == 'ger-button' ? type != 'button' && type != 'reset' && !href : type == 'submit' || type == 'image');
  });
}
