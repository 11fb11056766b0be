import { css, html, nothing, type TemplateResult } from 'lit';
import type { LazyPartHost } from '../base/lazy-part.js';
import { runValidators, type ValidatedControl, type Validator } from '../base/validators.js';
import { fileHandlingStrings } from '../locales/file-handling.js';
import { quietActionStyles } from '../styles/action-quiet.styles.js';
import { formatFileSize } from '../utils/file-size.js';
import { wholeNumber } from '../utils/number.js';
import type { ChosenFile, Uploader } from './chosen-file.js';
import { formatNumber } from '../controllers/localize.js';
import { Retry } from '../controllers/retry.js';

/** The chosen file: name, size, progress and Remove, added to the field as `handling.ts` loads. */
export const fileRowStyles = css`
  .file {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ger-space-xs) var(--ger-space-sm);
    inline-size: 100%;
  }
  .name {
    font-weight: var(--ger-font-weight-bold);
  }
  progress {
    flex: 1 1 8rem;
    block-size: var(--ger-space-xs);
    accent-color: var(--ger-field-selected);
  }
  /* Try again and Remove: together at the row's end, on the next line when the row is full. */
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ger-space-xs);
    margin-inline-start: auto;
  }
`;

/**
 * Join the field's strings and styles as this part loads (see `LazyPartController`). Remove is a
 * quiet action: its look comes with the row, as the field itself shows only "Choose file".
 */
// postcss-lit-disable-next-line -- only sheets joined, no CSS of its own to check
export const styles = css`${quietActionStyles}${fileRowStyles}`;
export { fileHandlingStrings as strings };

/** What the file checks and the upload read of the field. */
export interface FileControl extends ValidatedControl, LazyPartHost {
  /** File types accepted, as the native `accept`. */
  readonly accept: string;
  /** Largest file accepted, in bytes. */
  readonly maxSize?: number;
  readonly uploader?: Uploader;
  /** The page's own checks, run on a chosen file after the type and size. */
  readonly validators: Validator[];
  /** The chosen file as the field keeps it: the failed upload's, until it is removed or replaced. */
  readonly jsonValue: unknown;
  /** Takes a file as if the user chose it: Try again uploads the same file this way. */
  choose(file: File): Promise<void>;
}

/**
 * Uploads of a failed file tried again by themselves, as the connection comes back or after a
 * while (a server error, a link that dropped unseen); then Try again is the reader's. Few: a
 * file can be large, and a mobile plan pays for each try.
 */
const AUTO_RETRIES = 3;

/** A file's name, type and size, as a validator sees it before the field keeps it. */
type FileValidator = Validator<unknown, FileControl>;

/** What the field shows about its file; `choose` reports each change through `show`. */
export interface FileState {
  chosen?: ChosenFile;
  file?: File;
  progress?: number;
  /** Why the file was refused, worded in the field's language at the time it is asked (the reader may switch). */
  rejection?: () => string;
  status?: string;
}

/** Whether a file matches an `accept` list such as `.jpg,.png,image/*`. */
export function accepts(accept: string, file: { name: string; type: string }): boolean {
  const tokens = accept
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter(Boolean);
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return (
    !tokens.length ||
    tokens.some((token) => (token.startsWith('.') ? name.endsWith(token) : token.endsWith('/*') ? type.startsWith(token.slice(0, -1)) : type === token))
  );
}

/**
 * The types of an `accept` list as a reader knows them: `.jpg` and `image/jpeg` as JPG and JPEG,
 * `application/pdf` as PDF (a type's last word, without `x-` or `+xml`), `image/*` in words.
 */
export function typeNames(accept: string, localize: FileControl['localize']): string {
  const names = accept
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter(Boolean)
    .map((token) => {
      if (token === 'image/*') return localize.term('fileTypeImages');
      if (token.startsWith('.')) return token.slice(1).toUpperCase();
      return (token.endsWith('/*') ? token.slice(0, -2) : token.replace(/^.*[/.]/, '').replace(/^x-|\+.*$/g, '')).toUpperCase();
    });
  return [...new Set(names)].join(', ');
}

/** A file of a type the field's `accept` lists (`.jpg,.png`, `image/*`). */
export const fileTypeValidator: FileValidator = {
  key: 'file-type',
  check: (value, control) =>
    accepts(control.accept, value as ChosenFile)
      ? undefined
      : { flag: 'typeMismatch', message: control.localize.term('fileType', { types: typeNames(control.accept, control.localize) }) },
};

/** A file no larger than the field's `max-size`. */
export const fileSizeValidator: FileValidator = {
  key: 'file-size',
  check: (value, control) => {
    const maxSize = wholeNumber(control, 'max-size', control.maxSize, 1, Infinity);
    return (value as ChosenFile).size > maxSize
      ? { flag: 'rangeOverflow', message: control.localize.term('fileTooBig', { max: formatFileSize(maxSize, control.localize) }) }
      : undefined;
  },
};

/**
 * What `ger-file-upload` needs once a file is chosen: the type and size checks, the chosen file
 * with its progress and Remove button, and what is said about them. A module of its own, loaded
 * as the field appears, so the field's own download stays small.
 */
export class FileHandling {
  /**
   * The file whose upload failed, kept with its row and Try again: the reader need not find it
   * again (on a phone, in the gallery). Not sent with the form: it was not uploaded.
   */
  private failed?: { file: File; chosen: ChosenFile };
  /**
   * The failed file goes again by itself, if the field still has it (Ger's one retry schedule,
   * only while the field is in the page). A reader on Try again is moved as their own press
   * would move them: the button gives way to the progress bar.
   */
  private readonly again: Retry;

  constructor(private readonly host: FileControl) {
    this.again = new Retry(host, () => {
      const { failed } = this;
      if (failed && host.jsonValue === failed.chosen) {
        if (host.renderRoot.querySelector('.retry:focus')) this.retry();
        else void host.choose(failed.file);
      }
    });
  }

  /** Uploads the failed file again, keeping focus in its row (Try again gives way to the progress bar). */
  private retry() {
    const { failed, host } = this;
    host.renderRoot.querySelector<HTMLElement>('.remove')?.focus();
    // A second click may come after the first has started the upload: it is not sent twice.
    if (failed) void host.choose(failed.file);
  }

  private get localize() {
    return this.host.localize;
  }

  /** Why the file is refused (its type, its size, a check of the page's own), or `''`. */
  refusal(file: File): string {
    const { name, size, type } = file;
    return runValidators({ name, size, type }, this.host, [fileTypeValidator, fileSizeValidator, ...this.host.validators])?.message ?? '';
  }

  /**
   * Checks the file, then keeps it or uploads it, reporting each step through `show`. Resolves
   * when the file is refused, kept or uploaded (or the upload failed or was stopped).
   */
  async choose(file: File, signal: AbortSignal, show: (state: FileState) => void) {
    const { uploader } = this.host;
    // This upload is the try: none waits meanwhile. Tries by themselves are counted per file: a
    // file chosen anew starts again.
    this.again.wait(false, this.failed?.file !== file);
    this.failed = undefined;
    const rejection = () => this.refusal(file);
    const refused = rejection();
    if (refused) return show({ rejection, status: refused });
    const chosen = { name: file.name, size: file.size, type: file.type };
    // Kept to go with the form: nothing has reached the agency yet, and the status says so.
    if (!uploader) return show({ chosen, file, status: this.localize.term('fileChosen', { name: file.name }) });
    show({ chosen, file, progress: 0, status: this.uploading(0) });
    try {
      const ref = await uploader(file, (fraction) => show({ progress: Math.min(1, Math.max(0, fraction)) }), signal);
      if (!signal.aborted) show({ chosen: { ...chosen, ref }, file: undefined, progress: undefined, status: this.uploaded(file.name) });
    } catch (error) {
      if (signal.aborted) return;
      console.warn('[ger] <ger-file-upload> upload failed:', error);
      // The file stays, with Try again, and goes again by itself (`again`), a few times.
      this.failed = { file, chosen };
      this.again.wait(this.again.tries < AUTO_RETRIES);
      const failed = () => this.localize.term('fileUploadFailed');
      show({ file: undefined, progress: undefined, rejection: failed, status: failed() });
    }
  }

  uploading(progress: number): string {
    return this.localize.term('fileUploading', { percent: formatNumber(this.localize, progress, { style: 'percent' }) });
  }

  uploaded(name: string): string {
    return this.localize.term('fileUploaded', { name });
  }

  removed(): string {
    return this.localize.term('fileRemoved');
  }

  size(bytes: number): string {
    return formatFileSize(bytes, this.localize);
  }

  /** The chosen file: name, size, progress while uploading, Try again after a failed upload, and Remove. */
  renderFile(chosen: ChosenFile, progress: number | undefined, disabled: boolean, remove: () => void): TemplateResult {
    const { localize } = this;
    const label = localize.term('fileRemove');
    const retry = localize.term('fileRetry');
    return html`<div part="file" class="file" id="file">
      <span class="name" id="file-name">${chosen.name}</span>
      <span class="size" id="file-size">${this.size(chosen.size)}</span>
      ${progress != null ? html`<progress max="100" .value=${Math.round(progress * 100)} aria-label=${this.uploading(progress)}></progress>` : nothing}
      <span class="actions">
        ${
          this.failed?.chosen === chosen
            ? html`<button class="action quiet retry focusable" type="button" aria-label=${`${retry}: ${chosen.name}`} ?disabled=${disabled} @click=${() => this.retry()}>
              ${retry}
            </button>`
            : nothing
        }
        <button class="action quiet remove focusable" type="button" aria-label=${`${label}: ${chosen.name}`} ?disabled=${disabled} @click=${remove}>
          ${label}
        </button>
      </span>
    </div>`;
  }
}
