/**
 * What a story needs around it, shared by Storybook (.storybook/preview.ts) and the story test
 * (stories/support/story-checks.ts), so both show and check the same page.
 */

/**
 * The page language, as components read it: stories write their content in both languages and
 * follow the `lang` on `<html>` (the toolbar's Language menu, or the test).
 */
export function pageLang(): 'mn' | 'en' {
  return typeof document !== 'undefined' && document.documentElement.lang.startsWith('en') ? 'en' : 'mn';
}

/** Picks the Mongolian or English text for the current page language. */
export function t(mn: string, en: string): string {
  return pageLang() === 'en' ? en : mn;
}

/**
 * The rest of a page built on Ger, written with tokens only: links, the focus ring, and the plain
 * HTML the stories put around components (text, a form field, a table). ger.css itself gives the
 * root the theme's background, text colour, font and text spacing; a real service page brings
 * rules like these for its own content.
 */
export const PAGE_CSS = `
body {
  background: var(--ger-color-surface);
  color: var(--ger-color-text);
}
a {
  color: var(--ger-color-link);
  text-underline-offset: 0.15em;
}
a:visited {
  color: var(--ger-color-link-visited);
}
a:hover {
  color: var(--ger-color-link-hover);
  text-decoration-thickness: 0.15em;
}
/* On a banner's tint the message colour is the one declared for it: links take it, underlined. */
ger-notification-banner a,
ger-notification-banner a:visited,
ger-notification-banner a:hover {
  color: inherit;
}
:focus-visible {
  outline: var(--ger-focus-ring-width) solid var(--ger-color-focus-ring);
  outline-offset: var(--ger-focus-ring-offset);
}
.ger-demo p {
  margin-block: 0 var(--ger-paragraph-spacing);
  max-inline-size: var(--ger-size-measure);
}
.ger-demo :is(h1, h2, h3) {
  margin-block: 0 var(--ger-space-sm);
  line-height: var(--ger-line-height-heading);
}
.ger-demo h1 {
  font-size: var(--ger-font-size-2xl);
}
.ger-demo h2 {
  font-size: var(--ger-font-size-xl);
}
/* Doubled class: wins over the heading and paragraph margins above. */
.ger-demo-stack.ger-demo-stack > * + * {
  margin-block-start: var(--ger-space-md);
}
.ger-demo-row {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--ger-space-sm);
}
.ger-demo-hint {
  color: var(--ger-color-text-muted);
  font-size: var(--ger-font-size-sm);
}
.ger-demo label {
  display: block;
  margin-block-end: var(--ger-space-2xs);
  font-weight: var(--ger-font-weight-bold);
}
.ger-demo input[type='text'],
.ger-demo input[type='email'],
.ger-demo input[type='tel'],
.ger-demo select {
  box-sizing: border-box;
  inline-size: 100%;
  max-inline-size: 24rem;
  min-block-size: var(--ger-size-target-minimum);
  padding-inline: var(--ger-space-xs);
  border: var(--ger-border-width-thick) solid var(--ger-color-border-control);
  border-radius: var(--ger-radius-sm);
  background: var(--ger-color-surface);
  color: var(--ger-color-text);
  font: inherit;
}
.ger-demo-scroll {
  max-inline-size: 100%;
  overflow-x: auto;
}
.ger-demo table {
  border-collapse: collapse;
  inline-size: 100%;
}
.ger-demo caption {
  margin-block-end: var(--ger-space-xs);
  font-weight: var(--ger-font-weight-bold);
  text-align: start;
}
.ger-demo :is(th, td) {
  padding-block: var(--ger-space-xs);
  padding-inline: var(--ger-space-sm) 0;
  border-block-end: var(--ger-border-width-thin) solid var(--ger-color-border);
  text-align: start;
  vertical-align: top;
}
.ger-demo :is(th, td):first-child {
  padding-inline-start: 0;
}
.ger-demo ul.ger-demo-plain {
  margin: 0;
  padding: 0;
  list-style: none;
}
`;

let adopted: CSSStyleSheet | undefined;

/** Adds the page styles to the document once. */
export function adoptPageStyles(doc: Document = document): void {
  if (adopted && doc.adoptedStyleSheets.includes(adopted)) return;
  adopted ??= new CSSStyleSheet();
  adopted.replaceSync(PAGE_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, adopted];
}
