import { html, nothing } from 'lit';
import { property, query, state } from '../base/decorators.js';
import { type FieldValue, GerFormControl } from '../base/form-control.js';
import { defineElement } from '../base/ger-element.js';
import { LazyPartController } from '../base/lazy-part.js';
import { requiredValidator, type ValidationResult, type Validator } from '../base/validators.js';
import { secondaryActionStyles } from '../styles/action-secondary.styles.js';
import { actionStyles } from '../styles/action.styles.js';
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
 * in the browser. Progress, success, removal and errors are announced to screen readers.
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
 */
export class GerFileUpload extends GerFormControl implements FileControl {
  static override styles = [...sharedStyles, fieldStyles, actionStyles, secondaryActionStyles, fileUploadStyles];
  static override strings = combineStrings(formControlStrings, fileUploadStrings);

  /** File types accepted, as the native `accept`: `.jpg,.png` or `image/*`. */
  @property() accept = '';

  /** Largest file accepted, in bytes. */
  @property({ type: Number, attribute: 'max-size' }) maxSize?: number;

  /** Uploads the file when chosen (see `Uploader`); without it the file goes with the form. */
  @property({ attribute: false }) uploader?: Uploader;

  @state() private chosen?: ChosenFile;
  @state() private progress?: number;
  @state() private rejection = '';
  @state() private status = '';
  @state() private dragging = false;

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

  /** The native file input (the only `<input>` inside), hidden: the button and the drop zone stand for it. */
  @query('input') private picker!: HTMLInputElement;

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
  }

  protected override builtInValidators(): Validator[] {
    return [REQUIRED];
  }

  /** A refused file, or one still uploading, blocks the form; then the validators. */
  protected override validate(): ValidationResult | undefined {
    if (this.rejection) return { flag: 'customError', message: this.rejection };
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
    this.chosen = this.file = this.progress = undefined;
    this.rejection = '';
  }

  /** Removes the file (and stops its upload); focus goes back to the "Choose file" button. */
  removeFile(): void {
    this.clear();
    this.status = this.handling?.removed() ?? '';
    this.renderRoot.querySelector<HTMLElement>('.control')?.focus();
    this.changed();
  }

  private handlePick() {
    const file = this.picker.files?.[0];
    this.picker.value = '';
    if (file) void this.choose(file);
  }

  private handleDrop(event: DragEvent) {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file && !this.isDisabled) void this.choose(file);
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
          aria-describedby=${this.describedBy(chosen ? 'file' : '') || nothing}
          @click=${() => this.picker.click()}
        >
          ${this.localize.term('fileChoose')}
        </button>
        <span class="hint">${this.localize.term('fileDrop')}</span>
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
