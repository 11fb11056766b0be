import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { GerFormControl, type Problem } from '../base/form-control.js';
import { defineElement } from '../base/ger-element.js';
import { fileStrings } from '../locales/forms/file.js';
import { addStrings } from '../locales/registry.js';
import { actionStyles } from '../styles/action.styles.js';
import { fieldStyles } from '../styles/field.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { fileUploadStyles } from './file-upload.styles.js';

addStrings(fileStrings);

/**
 * Sends a file to the server as soon as it is chosen and resolves to the server's reference for
 * it, which the form then sends instead of the file. Call `progress` with 0 to 1 as it goes;
 * stop when `signal` aborts (the user removed the file).
 */
export type Uploader = (file: File, progress: (fraction: number) => void, signal: AbortSignal) => Promise<string>;

/** What the control knows of its file: sent as JSON and kept in drafts (never the file's content). */
export interface ChosenFile {
  name: string;
  size: number;
  type: string;
  /** The server's reference, once uploaded with `uploader`. */
  ref?: string;
}

/** Whether a file matches an `accept` list such as `.jpg,.png,image/*`. */
export function accepts(accept: string, file: { name: string; type: string }): boolean {
  const tokens = accept.split(',').map((token) => token.trim().toLowerCase()).filter(Boolean);
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return (
    !tokens.length ||
    tokens.some((token) => (token.startsWith('.') ? name.endsWith(token) : token.endsWith('/*') ? type.startsWith(token.slice(0, -1)) : type === token))
  );
}

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
export class GerFileUpload extends GerFormControl {
  static override styles = [...sharedStyles, fieldStyles, actionStyles, fileUploadStyles];

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

  @query('input[type="file"]') private picker!: HTMLInputElement;
  @query('#control') private button!: HTMLButtonElement;

  get jsonValue() {
    return this.chosen ? { ...this.chosen } : null;
  }
  /** Restores an uploaded file (one with a `ref`); a file that was never uploaded cannot come back. */
  set jsonValue(value) {
    const file = value as ChosenFile | null;
    this.chosen = file?.ref ? { name: String(file.name), size: Number(file.size) || 0, type: String(file.type ?? ''), ref: String(file.ref) } : undefined;
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

  protected validate(): Problem | undefined {
    if (this.rejection) return { flag: 'customError', message: this.rejection };
    if (this.progress != null) return { flag: 'customError', message: this.uploading() };
    return this.required && !this.chosen ? { flag: 'valueMissing', message: this.localize.term('fileMissing') } : undefined;
  }

  private uploading(): string {
    return this.localize.term('fileUploading', { percent: this.localize.number(this.progress ?? 0, { style: 'percent' }) });
  }

  private size(bytes: number): string {
    const mega = bytes >= 1e6;
    return this.localize.number(bytes / (mega ? 1e6 : 1e3), { style: 'unit', unit: mega ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 });
  }

  /** Takes a file as if the user chose it: checks it, keeps it and uploads it (with `uploader`). */
  async choose(file: File): Promise<void> {
    this.clear();
    this.touched = true;
    const { maxSize } = this;
    if (!accepts(this.accept, file)) {
      const types = this.accept.replace(/\./g, '').toUpperCase().replace(/\s*,\s*/g, ', ');
      this.rejection = this.localize.term('fileType', { types });
    } else if (maxSize && file.size > maxSize) {
      this.rejection = this.localize.term('fileTooBig', { max: this.size(maxSize) });
    }
    if (this.rejection) {
      this.status = this.rejection;
      this.changed();
      return;
    }
    this.file = file;
    this.chosen = { name: file.name, size: file.size, type: file.type };
    if (this.uploader) await this.upload(file, this.uploader);
    else this.status = this.localize.term('fileUploaded', { name: file.name });
    this.changed();
  }

  private async upload(file: File, uploader: Uploader) {
    const abort = (this.abort = new AbortController());
    this.progress = 0;
    this.status = this.uploading();
    try {
      const ref = await uploader(file, (fraction) => (this.progress = Math.min(1, Math.max(0, fraction))), abort.signal);
      if (abort.signal.aborted) return;
      this.chosen = { ...this.chosen!, ref };
      this.file = undefined;
      this.status = this.localize.term('fileUploaded', { name: file.name });
    } catch {
      if (abort.signal.aborted) return;
      this.chosen = this.file = undefined;
      this.rejection = this.status = this.localize.term('fileUploadFailed');
    } finally {
      if (!abort.signal.aborted) this.progress = undefined;
    }
  }

  private clear() {
    this.abort?.abort();
    this.chosen = this.file = this.progress = undefined;
    this.rejection = '';
  }

  /** Removes the file (and stops its upload); focus goes back to the "Choose file" button. */
  removeFile(): void {
    this.clear();
    this.status = this.localize.term('fileRemoved');
    this.button?.focus();
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
    const percent = Math.round((this.progress ?? 0) * 100);
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
          aria-labelledby="label choose"
          aria-describedby=${this.describedBy(chosen ? 'file' : '') || nothing}
          aria-invalid=${this.showError ? 'true' : nothing}
          @click=${() => this.picker.click()}
        >
          <span id="choose">${this.localize.term('fileChoose')}</span>
        </button>
        <span class="hint">${this.localize.term('fileDrop')}</span>
        <input type="file" hidden tabindex="-1" accept=${this.accept || nothing} @change=${this.handlePick} />
        ${chosen
          ? html`<div part="file" class="file" id="file">
              <span class="name">${chosen.name}</span>
              <span class="size">${this.size(chosen.size)}</span>
              ${this.progress != null ? html`<progress max="100" .value=${percent} aria-label=${this.uploading()}></progress>` : nothing}
              <button
                class="action quiet remove focusable"
                type="button"
                aria-label=${`${this.localize.term('fileRemove')}: ${chosen.name}`}
                ?disabled=${this.isDisabled}
                @click=${this.removeFile}
              >
                ${this.localize.term('fileRemove')}
              </button>
            </div>`
          : html`<span class="none">${this.localize.term('fileNone')}</span>`}
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
