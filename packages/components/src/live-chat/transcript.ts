import type { ChatEntry } from './chat-session.js';

/** The conversation as plain text, one line per message, for the user to keep. */
export function transcriptText(title: string, entries: ChatEntry[], line: (entry: ChatEntry) => string): string {
  return [title, '', ...entries.map(line)].join('\n') + '\n';
}

/**
 * Message text made safe for a transcript line: every line after the first is indented, so no
 * message can start a line of its own that looks like "[time] Agent: ...", and direction
 * overrides that could reorder what is shown are dropped.
 */
export function transcriptBody(text: string): string {
  return text.replace(/[\u202a-\u202e\u2066-\u2069]/g, '').replace(/\r\n?|[\n\u0085\u2028\u2029\v\f]/g, '\n    ');
}

/** Saves `text` as a file through a temporary blob: link (no server round trip). */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
