import type { ChatEntry, ChatSession } from './chat-session.js';
import type { ChatLimits } from './chat-transport.js';
import type { Params } from '../controllers/localize.js';
import type { TermKey } from '../locales/translation.js';

/** What the panel's parts (message list, composer, forms) need from `<ger-live-chat>`. */
export interface ChatView {
  readonly session: ChatSession;
  readonly limits: ChatLimits;
  t(key: TermKey, params?: Params): string;
  time(iso: string): string;
  size(bytes: number): string;
  limitText(entry: ChatEntry): string;
  retry(entry: ChatEntry): void;
}

/** The composer's state and handlers, kept by the element. */
export interface ComposerView extends ChatView {
  readonly attachmentsAllowed: boolean;
  readonly file?: { name: string; size?: number };
  readonly draftError: string;
  readonly leaving: boolean;
  submit(event: Event): void;
  keydown(event: KeyboardEvent): void;
  input(): void;
  chooseFile(event: Event): void;
  removeFile(): void;
}
