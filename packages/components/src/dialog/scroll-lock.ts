/**
 * Keeps the page still behind modal dialogs: one lock per open modal, the page scrolls again
 * when the last one closes. Where the page shows a scrollbar, its gutter is kept
 * (`scrollbar-gutter: stable`), so hiding the scrollbar moves nothing sideways.
 */
let locks = 0;
let saved: { overflow: string; gutter: string } | undefined;

export function lockPageScroll(): void {
  if (locks++ > 0) return;
  const root = document.documentElement;
  saved = { overflow: root.style.overflow, gutter: root.style.scrollbarGutter };
  if (window.innerWidth > root.clientWidth) root.style.scrollbarGutter = 'stable';
  root.style.overflow = 'hidden';
}

export function unlockPageScroll(): void {
  if (locks === 0 || --locks > 0) return;
  const root = document.documentElement;
  root.style.overflow = saved!.overflow;
  root.style.scrollbarGutter = saved!.gutter;
}
