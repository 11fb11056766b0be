import type { LazyPartHost } from '../base/lazy-part.js';
import type { GerFormStep } from '../form-step/form-step.js';
import type { DraftStore } from '../utils/draft.js';
import type { ErrorLink, Field } from '../utils/form-fields.js';

/** What the page part (page.ts) asks of the drafts part, through the host. */
export interface StepsDrafts {
  /** Forgets the draft: the page has the application. */
  clear(): Promise<void>;
  /** Saves the answers marked sent, as the form is posted: kept until the page that follows says they arrived. */
  markSent(): Promise<void>;
  /** Reads the draft again (the page shown again from the browser's cache after a post). */
  restore(): Promise<void>;
}

/**
 * What the parts of `ger-form-steps` that load later (drafts, the page around the form) may use
 * of it: they talk to this, never to the element's class, so nothing imports in a circle.
 */
export interface FormStepsHost extends LazyPartHost {
  readonly formId: string;
  /** Steps are entries in the browser's history. */
  readonly history: boolean;
  readonly draftVersion: number;
  readonly store?: DraftStore;
  readonly steps: GerFormStep[];
  errors: ErrorLink[];
  /** The step shown, counting every step. */
  readonly current: number;
  /** Sets the step shown (`current`). */
  currentIndex: number;
  readonly updateComplete: Promise<boolean>;
  /** Steps the user has completed. */
  readonly completed: number[];
  activeSteps(): number[];
  fields(indexes?: number[]): Field[];
  setPosition(step: number, done: number[]): void;
  /** Steps the user has completed, and the check-answers step to come back to after a change. */
  readonly nav: { done: Set<number>; returnTo?: number };
  goTo(index: number, focus?: HTMLElement): Promise<void>;
  next(): Promise<void>;
  /** The drafts part, loaded: forms with a `form-id` only. */
  draftKeeper(): Promise<StepsDrafts | undefined>;
  queueSave(): void;
  /** Shows a step's errors in the summary, which takes focus (none: clears them). */
  showErrors(errors: ErrorLink[]): Promise<void>;
}
