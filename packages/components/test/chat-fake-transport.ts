import type { ChatEvent, ChatProfile, ChatTransport, OutgoingMessage } from '../src/live-chat/chat-transport.js';

/**
 * A scripted transport for the widget's UI tests: the test plays the server with `emit()`.
 * Reliability (reconnects, the outbox, exactly once) is tested against the real server instead.
 */
export class FakeTransport implements ChatTransport {
  readonly sent: OutgoingMessage[] = [];
  readonly typing: boolean[] = [];
  profile?: ChatProfile;
  connects = 0;
  private queue: OutgoingMessage[] = [];
  private readonly listeners = new Set<(event: ChatEvent) => void>();

  constructor(
    private readonly script: ChatEvent[] = [],
    private readonly existing = false,
  ) {}

  connect(profile?: ChatProfile): void {
    this.connects += 1;
    this.profile = profile;
    queueMicrotask(() => this.script.forEach((event) => this.emit(event)));
  }
  disconnect(): void {}
  send(message: OutgoingMessage): void {
    this.sent.push(message);
    this.queue.push(message);
  }
  setTyping(on: boolean): void {
    this.typing.push(on);
  }
  pending(): OutgoingMessage[] {
    return [...this.queue];
  }
  hasConversation(): boolean {
    return this.existing;
  }
  subscribe(listener: (event: ChatEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  emit(event: ChatEvent): void {
    if (event.type === 'ack' || event.type === 'rejected') this.queue = this.queue.filter((m) => m.id !== event.id);
    this.listeners.forEach((listener) => listener(event));
  }
}

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

/** A conversation in progress: the user asked, the bot and an agent answered, one message waits. */
export function conversationScript(): ChatEvent[] {
  return [
    { type: 'connection', state: 'open' },
    { type: 'welcome', limits: { text: 2000, attachment: 1024 * 1024 }, fresh: false },
    { type: 'availability', availability: { status: 'busy', queue: 2 } },
    { type: 'message', message: { id: 'u1', seq: 1, from: 'user', text: 'Гадаад паспорт яаж авах вэ?', at: minutesAgo(5) } },
    {
      type: 'message',
      message: {
        id: 'b1',
        seq: 2,
        from: 'bot',
        text: 'Эдгээр үйлчилгээ танд хэрэгтэй байж магадгүй:',
        at: minutesAgo(5),
        services: [{ id: 'passport-foreign', title: 'Гадаад паспорт захиалах', url: 'https://e-mongolia.mn/' }],
      },
    },
    { type: 'message', message: { id: 'a1', seq: 3, from: 'agent', agent: 'Сараа', text: 'Сайн байна уу? Би туслъя.', at: minutesAgo(1) } },
    { type: 'delivered', upTo: 1 },
  ];
}
