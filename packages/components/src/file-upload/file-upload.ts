import { html, nothing, type PropertyDeclarations } from 'lit';
import { type FieldValue, GerFormControl } from '../base/form-control.js';
import { defineElement } from '../base/ger-element.js';
import { LazyPartController } from '../base/lazy-part.js';
import { requiredValidator, type ValidationResult, type Validator } from '../base/validators.js';
import { secondaryActionStyles } from '../styles/action-secondary.styles.js';
import { actionShapeStyles } from '../styles/action-shape.styles.js';
import { fieldStyles } from '../styles/field.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { fileUploadStyles } from './file-upload.styles.js';
import type { ChosenFile, Uploader } from './chosen-file.js';
import type { FileControl, FileHandling } from './handling.js';
import { fileUploadStrings } from '../locales/file-upload.js';
import { formControlStrings } from '../locales/form-control.js';
import { combineStrings } from '../locales/strings.js';

export type { ChosenFile, Uploader };

const REQUIRED = requiredValidator('fileMissing');

/**
 * @tagname ger-file-upload
 * @summary Choose a file with a button or drop it on the box; type and size are checked at once.
 *
 * Without `uploader` the file is sent with the form (use `enctype="multipart/form-data"`).
 * With `uploader` it is uploaded as soon as it is chosen, with a progress bar, and the form sends
 * the server's reference; only then can a draft keep it, since a file's content is never stored
 * in the browser. A failed upload keeps the file, with Try again, and sends it again by itself
 * when the connection comes back or after a while (up to three times). Progress, success,
 * removal and errors are announced to screen readers.
 *
 * @csspart base - The field.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart drop-zone - The box files can be dropped on.
 * @csspart button - The "Choose file" button.
 * @csspart file - The chosen file: name, size, progress and Remove.
 *
 * @fires change - When a file is chosen, uploaded, rejected or removed.
 *
 * @cssprop --ger-border-width-thick - Control borders (inputs, secondary buttons).
 * @cssprop --ger-button-border-width - Border of every button variant (transparent on filled ones, so sizes match and forced-colors mode shows an edge).
 * @cssprop --ger-button-font-weight - Button label weight.
 * @cssprop --ger-button-min-size - Minimum block and inline size of a button: the 44 px target.
 * @cssprop --ger-button-padding-block - Block padding.
 * @cssprop --ger-button-padding-inline - Inline padding.
 * @cssprop --ger-button-primary-background - Primary button fill.
 * @cssprop --ger-button-primary-background-hover - Primary button fill on hover.
 * @cssprop --ger-button-primary-foreground - Primary button label.
 * @cssprop --ger-button-quiet-foreground - Quiet button label: looks like a link, works like a button.
 * @cssprop --ger-button-quiet-foreground-hover - Quiet button label on hover.
 * @cssprop --ger-button-radius - Corner radius of buttons.
 * @cssprop --ger-button-secondary-background - Secondary button fill.
 * @cssprop --ger-button-secondary-background-hover - Secondary button fill on hover.
 * @cssprop --ger-button-secondary-border - Secondary button border: the brand colour, at least 3:1 on the surface.
 * @cssprop --ger-button-secondary-foreground - Secondary button label.
 * @cssprop --ger-button-secondary-foreground-hover - Secondary button label on hover (on the brand tint).
 * @cssprop --ger-color-border-control - Borders of inputs and controls: 3:1 against surfaces (WCAG 1.4.11).
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-field-drop-zone - Background of the file drop area.
 * @cssprop --ger-field-error - Error message text and the bar beside an invalid field: 4.5:1 as text on the page.
 * @cssprop --ger-field-error-bar-width - Bar on the inline-start edge of a field with an error.
 * @cssprop --ger-field-gap - Space between a field's label, hint, error message and control.
 * @cssprop --ger-field-hint - Hint text under a label.
 * @cssprop --ger-field-label-font-weight - Weight of field labels and group legends.
 * @cssprop --ger-field-selected - Fill of a ticked checkbox, dot of a selected radio, current step: 3:1 on the page.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-font-weight-regular - Body text.
 * @cssprop --ger-input-border-invalid - Field border when invalid; always paired with an error message.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-line-height-heading - Headings; leaves room for Cyrillic diacritics (Й, Ё) when lines wrap.
 * @cssprop --ger-line-height-tight - Single-line UI text: buttons, tags. Never for paragraphs.
 * @cssprop --ger-radius-md - Buttons, cards and banners.
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 * @cssstate user-invalid - The value is wrong and the user has changed it or tried to submit: the error shows.
 *
 * @cssprop --ger-border-width-thin - Decorative dividers.
 * @cssprop --ger-duration-fast - Hover and press feedback.
 * @cssprop --ger-easing-standard - Movement within the page.
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerFileUpload extends GerFormControl implements FileControl {
  static override styles = [...sharedStyles, fieldStyles, actionShapeStyles, secondaryActionStyles, fileUploadStyles];
  static override properties: PropertyDeclarations = {
    accept: {},
    maxSize: { type: Number, attribute: 'max-size' },
    uploader: { attribute: false },
    chosen: { state: true },
    progress: { state: true },
    rejection: { state: true },
    status: { state: true },
    dragging: { state: true },
  };
  static override strings = combineStrings(formControlStrings, fileUploadStrings);

  /** File types accepted, as the native `accept`: `.jpg,.png` or `image/*`. */
  accept = '';

  /** Largest file accepted, in bytes. */
  maxSize?: number;

  /** Uploads the file when chosen (see `Uploader`); without it the file goes with the form. */
  uploader?: Uploader;

  private chosen?: ChosenFile;
  private progress?: number;
  private rejection?: () => string;
  private status = '';
  private dragging = false;

  private file?: File;
  private abort?: AbortController;
  private handling?: FileHandling;

  /** The checks, the file row and their messages: a part loaded as the field appears. */
  private readonly handlingPart = new LazyPartController(this, {
    load: () => import('./handling.js'),
    loaded: (module) => {
      this.handling = new module.FileHandling(this);
    },
  });

  get jsonValue(): FieldValue {
    return this.chosen ?? null;
  }
  /** Restores an uploaded file (one with a `ref`); a file that was never uploaded cannot come back. */
  set jsonValue(value) {
    const file = value as ChosenFile | null;
    this.chosen = file?.ref ? { ...file, size: +file.size || 0 } : undefined;
    this.file = undefined;
  }

  override get displayValue(): string {
    return this.chosen?.name ?? '';
  }

  protected override formValue(): File | string | null {
    return this.chosen?.ref ?? this.file ?? null;
  }

  protected restoreDefault(): void {
    this.clear();
    // No file is sent any more: a status still naming one would mislead a screen reader.
    this.status = '';
  }

  protected override builtInValidators(): Validator[] {
    return [REQUIRED];
  }

  /** A refused file, or one still uploading, blocks the form; then the validators. */
  protected override validate(): ValidationResult | undefined {
    const rejection = this.rejection?.();
    if (rejection) return { flag: 'customError', message: rejection };
    if (this.progress != null) return { flag: 'customError', message: this.handling!.uploading(this.progress) };
    return super.validate();
  }

  /** Takes a file as if the user chose it: checks it, keeps it and uploads it (with `uploader`). */
  async choose(file: File): Promise<void> {
    await this.handlingPart.load();
    this.clear();
    this.touched = true;
    const abort = (this.abort = new AbortController());
    await this.handling!.choose(file, abort.signal, (state) => Object.assign(this, state));
    if (!abort.signal.aborted) this.changed();
  }

  private clear() {
    this.abort?.abort();
    this.chosen = this.file = this.progress = this.rejection = undefined;
  }

  /** Removes the file (and stops its upload); focus goes back to the "Choose file" button. */
  removeFile(): void {
    this.clear();
    this.status = this.handling?.removed() ?? '';
    this.renderRoot.querySelector<HTMLElement>('.control')?.focus();
    this.changed();
  }

  /** Takes the first file picked or dropped, unless the field is disabled. */
  private take(files: FileList | null | undefined) {
    const file = files?.[0];
    if (file && !this.isDisabled) void this.choose(file);
  }

  private handlePick(event: Event) {
    const picker = event.target as HTMLInputElement;
    this.take(picker.files);
    // Emptied, so picking the same file again is a change too.
    picker.value = '';
  }

  private handleDrop(event: DragEvent) {
    event.preventDefault();
    this.dragging = false;
    this.take(event.dataTransfer?.files);
  }

  private handleDragOver(event: DragEvent) {
    event.preventDefault();
    this.dragging = !this.isDisabled;
  }

  override render() {
    const chosen = this.chosen;
    return this.renderField(
      html`<div
        part="drop-zone"
        class="drop ${this.dragging ? 'dragging' : ''}"
        @dragover=${this.handleDragOver}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this.handleDrop}
      >
        <button
          part="button"
          id="control"
          class="action secondary control focusable"
          type="button"
          ?disabled=${this.isDisabled}
          aria-labelledby="label control"
          aria-describedby=${this.describedBy(chosen ? 'file-name file-size' : '') || nothing}
          @click=${() => this.renderRoot.querySelector('input')!.click()}
        >
          ${this.localize.term('fileChoose')}
        </button>
        <span class="hint">${this.localize.term('fileDrop')}</span>
        <!-- The native file input, hidden: the button and the drop zone stand for it. -->
        <input type="file" hidden accept=${this.accept || nothing} @change=${this.handlePick} />
        ${chosen && this.handling ? this.handling.renderFile(chosen, this.progress, this.isDisabled, () => this.removeFile()) : nothing}
      </div>
      <div class="visually-hidden" role="status">${this.status}</div>`,
    );
  }
}

defineElement('ger-file-upload', GerFileUpload);

declare global {
  interface HTMLElementTagNameMap {
    'ger-file-upload': GerFileUpload;
  }
}
