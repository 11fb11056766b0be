import { html, nothing, type PropertyDeclarations } from 'lit';
import { jsonList, listOf, text } from '../base/converters.js';
import { defineElement, GerElement } from '../base/ger-element.js';
import type { TermKey } from '../locales/translation.js';
import { taskListStrings } from '../locales/task-list.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { sizeContainerStyles } from '../styles/size-container.styles.js';
import '../tag/tag.js';
import type { TagVariant } from '../tag/tag.js';
import { headingLevel, renderHeading } from '../utils/heading.js';
import { checkedUrl } from '../utils/url.js';
import { warnOnce } from '../utils/warn.js';
import { taskListStyles } from './task-list.styles.js';
import { formatNumber, pluralTerm } from '../controllers/localize.js';

/** Each status: its words and its tag's colour (the words carry the meaning, the colour repeats it). */
const STATUSES = {
  completed: { term: 'taskCompleted', variant: 'success' },
  'in-progress': { term: 'taskInProgress', variant: 'info' },
  'not-started': { term: 'taskNotStarted', variant: 'neutral' },
  'cannot-start': { term: 'taskCannotStart', variant: 'neutral' },
} as const satisfies Record<string, { term: TermKey; variant: TagVariant }>;

export type TaskStatus = keyof typeof STATUSES;

/** A task as data gives it. */
export interface TaskItem {
  /** The task's name: "Хувийн мэдээлэл" / "Personal details". */
  label: string;
  /** Where the task is done: http, https or relative. Without it (or when it cannot start yet) the name is plain text. */
  href?: string;
  /** `completed`, `in-progress`, `not-started` (default) or `cannot-start`. */
  status?: TaskStatus;
  /** A line under the name: what the task asks for, or why it cannot start yet. */
  hint?: string;
}

/** Tasks under a heading of their own. */
export interface TaskGroup {
  heading?: string;
  tasks: TaskItem[];
}

interface Task {
  label: string;
  href?: string;
  status: TaskStatus;
  hint: string;
}

/**
 * @tagname ger-task-list
 * @summary The overview of a long application: each section a link with its status, and how many are completed.
 *
 * Each task is a link to where it is done (the whole row is the target) with its status as a
 * `ger-tag`: completed, in progress, not started, or cannot start yet, in which case the name is
 * plain text. Above the tasks, "3 of 7 sections completed" is read out again whenever it changes.
 * Tasks come from `tasks`, or from `groups` when sections fall under headings (JSON attributes in
 * plain HTML).
 *
 * @csspart count - The number of completed tasks.
 * @csspart heading - A group's heading.
 * @csspart list - A list of tasks.
 * @csspart task - One task.
 *
 * @dependency ger-tag
 *
 * @cssprop --ger-border-width-thin - Decorative dividers.
 * @cssprop --ger-color-border - Decorative dividers only (no contrast requirement). Never the only outline of a control.
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-link - Links.
 * @cssprop --ger-color-link-hover - Links on hover.
 * @cssprop --ger-color-surface-sunken - Wells, code blocks, table stripes.
 * @cssprop --ger-color-text - Body text.
 * @cssprop --ger-color-text-muted - Secondary text: hints, captions, metadata. Still 4.5:1 on every surface.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-size-lg - 20 px at default text size. Lead paragraphs, small headings.
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-line-height-heading - Headings; leaves room for Cyrillic diacritics (Й, Ё) when lines wrap.
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-space-xl - 32 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerTaskList extends GerElement {
  static override styles = [...sharedStyles, sizeContainerStyles, taskListStyles];
  static override strings = taskListStrings;
  static override properties: PropertyDeclarations = {
    tasks: { converter: jsonList },
    groups: { converter: jsonList },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The tasks, in the order they are done (one group without a heading). */
  tasks: TaskItem[] = [];

  /** Tasks under headings; used instead of `tasks` when given. */
  groups: TaskGroup[] = [];

  /** Level of the groups' headings in the page outline, 1 to 6. */
  headingLevel = 2;

  /** Groups from data: tasks without a label left out, unknown statuses and unsafe links fixed, each with a warning. */
  private cleanGroups(): { heading: string; tasks: Task[] }[] {
    const where = '<ger-task-list>';
    const groups = listOf(this.groups, `${where} groups`);
    const given = groups.length ? groups : [{ tasks: this.tasks }];
    return given.map((group) => ({
      heading: text(group.heading),
      tasks: listOf(group.tasks, `${where} tasks`).flatMap((item) => {
        const label = text(item.label);
        if (!label) {
          warnOnce(`${where} a task has no label; it is left out.`);
          return [];
        }
        return [{ label, href: checkedUrl(text(item.href), `${where} "${label}"`), status: this.statusOf(item.status, label), hint: text(item.hint) }];
      }),
    }));
  }

  private statusOf(status: unknown, label: string): TaskStatus {
    if (status == null || status === '') return 'not-started';
    if (typeof status === 'string' && Object.hasOwn(STATUSES, status)) return status as TaskStatus;
    warnOnce(`<ger-task-list> "${label}": status "${String(status)}" is not one of ${Object.keys(STATUSES).join(', ')}; using "not-started".`);
    return 'not-started';
  }

  private renderTask(task: Task, id: string) {
    const { term, variant } = STATUSES[task.status];
    const link = task.href && task.status !== 'cannot-start';
    const described = `${task.hint ? `${id}-hint ` : ''}${id}-status`;
    return html`<li part="task" class="task ${link ? 'linked' : ''}">
      <div class="name">
        ${link ? html`<a class="focusable" href=${task.href!} aria-describedby=${described}>${task.label}</a>` : html`<span class="text">${task.label}</span>`}
        ${task.hint ? html`<div class="hint" id="${id}-hint">${task.hint}</div>` : nothing}
      </div>
      <div class="status" id="${id}-status"><ger-tag variant=${variant}>${this.localize.term(term)}</ger-tag></div>
    </li>`;
  }

  override render() {
    const groups = this.cleanGroups();
    const all = groups.flatMap((group) => group.tasks);
    if (!all.length) return nothing;
    const done = all.filter((task) => task.status === 'completed').length;
    const level = headingLevel(this, this.headingLevel, 2);
    return html`<p part="count" class="count" role="status">${pluralTerm(this.localize, 'taskCount', all.length, { done: formatNumber(this.localize, done) })}</p>
      ${groups.map(
        (group, g) => html`${group.heading ? renderHeading(level, group.heading, { part: 'heading' }) : nothing}
          <ul part="list" class="list">
            ${group.tasks.map((task, t) => this.renderTask(task, `task-${g}-${t}`))}
          </ul>`,
      )}`;
  }
}

defineElement('ger-task-list', GerTaskList);

declare global {
  interface HTMLElementTagNameMap {
    'ger-task-list': GerTaskList;
  }
}
