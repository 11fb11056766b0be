import { html, nothing, type TemplateResult } from 'lit';
import { type HeadingLevel, renderHeading } from '../utils/heading.js';

/** A row's action as it renders: a link, "Change" unless `label` says otherwise. */
export interface RowAction {
  href: string;
  label: string;
}

/** A row as it renders: the key, the value (text or a slot), its actions. */
export interface RenderedRow {
  key: string;
  value: unknown;
  /** The value is the "not given" text: shown muted. */
  empty?: boolean;
  actions: RowAction[];
}

export interface RenderedList {
  rows: RenderedRow[];
  /** A heading above the rows (a card's title), at `level`. */
  heading?: string;
  level: HeadingLevel;
  card?: boolean;
  /** Called on an action's click, before the browser follows its link. */
  onAction?: (event: Event, row: RenderedRow, action: RowAction) => void;
}

/**
 * The one summary list of Ger: a `<dl>` of key / value rows, each action a link whose name
 * ends with the key ("Change" reads "Change: Date of birth"). ger-summary-list renders it from
 * data or children, ger-check-answers from a form's answers; both take `summaryListStyles`.
 */
export function renderSummaryList(list: RenderedList): TemplateResult {
  const withActions = list.rows.some((row) => row.actions.length);
  return html`<section part="section" class="section ${list.card ? 'card' : ''}">
    ${list.heading ? renderHeading(list.level, list.heading, { part: 'heading' }) : nothing}
    <dl part="list" class="list ${withActions ? 'with-actions' : ''}">
      ${list.rows.map(
        (row) => html`<div class="row">
          <dt class="key">${row.key}</dt>
          <dd class="value ${row.empty ? 'empty' : ''}">${row.value}</dd>
          ${
            row.actions.length
              ? html`<dd class="actions">
                ${row.actions.map(
                  (action) =>
                    html`<a class="focusable" href=${action.href} @click=${(event: Event) => list.onAction?.(event, row, action)}
                      >${action.label}<span class="visually-hidden">${`: ${row.key}`}</span></a
                    >`,
                )}
              </dd>`
              : nothing
          }
        </div>`,
      )}
    </dl>
  </section>`;
}
