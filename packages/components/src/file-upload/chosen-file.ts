/**
 * Sends a file to the server as soon as it is chosen and resolves to the server's reference for
 * it, which the form then sends instead of the file. Call `progress` with 0 to 1 as it goes;
 * stop when `signal` aborts (the user removed the file).
 */
export type Uploader = (file: File, progress: (fraction: number) => void, signal: AbortSignal) => Promise<string>;

/** What the control knows of its file: sent as JSON and kept in drafts (never the file's content). */
export type ChosenFile = {
  name: string;
  size: number;
  type: string;
  /** The server's reference, once uploaded with `uploader`. */
  ref?: string;
};
