/**
 * One polite live region for the page, in the light DOM, shared by every element that has
 * something to say (a button that starts loading). A region per element would add an element
 * to each of them, and a region must exist before its text changes to be announced.
 */
let region: HTMLElement | undefined;

function liveRegion(): HTMLElement {
  if (region?.isConnected) return region;
  region = document.createElement('div');
  region.setAttribute('role', 'status');
  region.setAttribute('data-ger-announcer', '');
  // Visually hidden by inline style: the page's CSS may not know this element.
  region.style.cssText = 'position:absolute;inline-size:1px;block-size:1px;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap;';
  document.body.append(region);
  return region;
}

/** Says `message` politely to screen-reader users, in `lang`. */
export function announce(message: string, lang?: string): void {
  const target = liveRegion();
  if (lang) target.lang = lang;
  // Clearing first lets the same message be announced twice in a row.
  target.textContent = '';
  requestAnimationFrame(() => (target.textContent = message));
}
