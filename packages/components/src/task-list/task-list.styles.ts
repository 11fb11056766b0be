import { css } from 'lit';

export const taskListStyles = css`
  /* The host is a box: an author lays it out, measures it, scrolls to it and clicks it. */
  :host {
    display: block;
    color: var(--ger-color-text);
  }
  .count {
    margin-block: 0 var(--ger-space-md);
  }
  .heading {
    margin-block: var(--ger-space-xl) var(--ger-space-sm);
    font-size: var(--ger-font-size-lg);
    font-weight: var(--ger-font-weight-bold);
    line-height: var(--ger-line-height-heading);
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    border-block-start: var(--ger-border-width-thin) solid var(--ger-color-border);
  }
  .task {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    justify-content: space-between;
    gap: var(--ger-space-xs) var(--ger-space-md);
    padding-block: var(--ger-space-sm);
    padding-inline: var(--ger-space-2xs);
    border-block-end: var(--ger-border-width-thin) solid var(--ger-color-border);
  }
  /* The name takes the room; the status keeps to its words. */
  .name {
    flex: 1 1 16em;
    min-inline-size: 0;
  }
  a {
    color: var(--ger-color-link);
    text-underline-offset: 0.15em;
  }
  /* The whole row is the link's target, as the row reads as one thing. */
  a::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .linked:hover {
    background: var(--ger-color-surface-sunken);
  }
  .linked:hover a {
    color: var(--ger-color-link-hover);
    text-decoration-thickness: 0.15em;
  }
  .hint {
    margin-block-start: var(--ger-space-2xs);
    color: var(--ger-color-text-muted);
  }
  @media (forced-colors: active) {
    a {
      color: LinkText;
    }
  }
`;
