import type { ChatEntry } from './chat-session.js';

/** The conversation as plain text, one line per message, for the user to keep. */
export function transcriptText(title: string, entries: ChatEntry[], line: (entry: ChatEntry) => string): string {
  return [title, '', ...entries.map(line)].join('\n') + '\n';
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
