import { css } from 'lit';

export const headerStyles = css`
  :host {
    display: block;
  }

  /* The header is the container: the menu collapses when the header is narrow, which is also
     when the reader enlarges text (the breakpoint is in em), not only on a phone. */
  .header {
    container-type: inline-size;
    background: var(--ger-color-surface-raised);
    color: var(--ger-color-text);
    border-block-end: var(--ger-border-width-heavy) solid var(--ger-color-brand);
  }

  .bar,
  .menu {
    max-inline-size: var(--ger-size-page-max);
    margin-inline: auto;
    padding-inline: var(--ger-space-md);
  }
  /* The display settings' panel opens over the page under the bar (their \`overlay\`). */
  .bar {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--ger-space-sm) var(--ger-space-md);
    padding-block: var(--ger-space-sm);
  }

  .home {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ger-space-sm);
    max-inline-size: 100%;
    min-block-size: var(--ger-size-target-minimum);
    border-radius: var(--ger-radius-sm);
    color: inherit;
    text-decoration: none;
  }
  .home:hover .service {
    text-decoration: underline;
  }
  ::slotted([slot='logo']) {
    flex: none;
    max-block-size: 3em;
  }
  .names {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  .service {
    font-size: var(--ger-font-size-xl);
    font-weight: var(--ger-font-weight-bold);
    line-height: var(--ger-line-height-heading);
  }
  .agency {
    color: var(--ger-color-text-muted);
    font-size: var(--ger-font-size-sm);
  }
  /* Columns about as tall as the names beside them; a longer name takes more columns. On a narrow
     screen or with large text, one column as tall as the name needs: there, more columns would be
     wider than the screen. On a page in the traditional script the whole header runs vertically and
     the name runs as long as it needs. */
  /* The script's own column spacing: its letters are wider than a heading's line height. */
  .agency-mong {
    flex: none;
    max-inline-size: 5em;
    line-height: var(--ger-line-height-mongolian);
  }
  @container (inline-size < 30em) {
    .agency-mong {
      max-inline-size: none;
    }
  }
  :host(:lang(mn-Mong)) .agency-mong {
    flex: 0 1 auto;
    max-inline-size: none;
  }

  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ger-space-xs);
    max-inline-size: 100%;
  }
  /* The slotted search form is a flex item of its own: a row of its own, only when there is one. */
  ::slotted([slot='search']) {
    flex: 1 1 100%;
    max-inline-size: 100%;
  }

  .nav {
    border-block-start: var(--ger-border-width-thin) solid var(--ger-color-border);
  }
  .menu {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--ger-space-lg);
    margin-block: 0;
    list-style: none;
  }
  .menu li {
    max-inline-size: 100%;
  }
  .link {
    display: inline-flex;
    align-items: center;
    max-inline-size: 100%;
    min-block-size: var(--ger-size-target-minimum);
    padding-block: var(--ger-space-2xs);
    border-block-end: var(--ger-border-width-heavy) solid transparent;
    color: var(--ger-color-link);
    font-weight: var(--ger-font-weight-medium);
    text-decoration: none;
  }
  a.link:hover {
    color: var(--ger-color-link-hover);
    text-decoration: underline;
  }
  .link[aria-current] {
    border-block-end-color: var(--ger-color-brand);
    color: var(--ger-color-text);
    font-weight: var(--ger-font-weight-bold);
  }

  .menu-button {
    display: none;
    margin-block: var(--ger-space-xs);
    margin-inline: var(--ger-space-md);
    font-weight: var(--ger-font-weight-bold);
  }
  .menu-button svg {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  @container (inline-size < 48em) {
    .menu-button {
      display: inline-flex;
    }
    .menu {
      flex-direction: column;
      padding-block-end: var(--ger-space-sm);
    }
    .menu:not(.open) {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .header {
      border-block-end-color: CanvasText;
    }
    /* The system's colours would paint every link's transparent bar: the current page's only. */
    .link {
      border-block-end-color: Canvas;
      color: LinkText;
    }
    .link[aria-current] {
      border-block-end-color: CanvasText;
    }
    .menu-button {
      border-color: ButtonText;
    }
  }
`;
