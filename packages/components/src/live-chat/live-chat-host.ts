import type { LazyPartHost } from '../base/lazy-part.js';
import type { ChatTransport } from './chat-transport.js';

/**
 * What the chat panel, loaded later, may use of `ger-live-chat`: it talks to this, never to the
 * element's class, so the launcher and the panel never import each other.
 */
export interface LiveChatHost extends LazyPartHost {
  readonly server: string;
  readonly transport?: ChatTransport;
  readonly open: boolean;
  readonly prechat: boolean;
  readonly attachments: boolean;
  readonly maxAttachmentSize: number;
  readonly hotline: string;
  readonly openingHours: string;
  /** Messages received while the panel was closed. */
  unread: number;
}
