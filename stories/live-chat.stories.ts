import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/live-chat/live-chat.js';
import { conversationScript, FakeTransport } from '../packages/components/test/chat-fake-transport.js';
import { t } from './support/page.js';

interface LiveChatArgs {
  /** The chat server's WebSocket URL. `npm start` runs Ger's reference server at this address. */
  server: string;
  /** Plays a recorded conversation instead of connecting (for the docs without a server). */
  recorded: boolean;
  open: boolean;
  prechat: boolean;
  attachments: boolean;
  hotline: string;
  openingHours: string;
}

/** `npm start` starts the reference chat server here, beside Storybook (scripts/start.mjs). */
const LOCAL_SERVER = 'ws://127.0.0.1:8787/chat';

function liveChat(args: LiveChatArgs) {
  return html`<div class="ger-demo">
    <p>${t('Баруун доод буланд байгаа "Тусламж" товчийг дарна уу.', 'Press the “Help” button in the bottom corner.')}</p>
    <ger-live-chat
      server=${args.recorded ? '' : args.server}
      .transport=${args.recorded ? new FakeTransport(conversationScript(), true) : undefined}
      ?open=${args.open}
      ?prechat=${args.prechat}
      ?attachments=${args.attachments}
      hotline=${args.hotline}
      opening-hours=${args.openingHours}
    ></ger-live-chat>
  </div>`;
}

const meta: Meta<LiveChatArgs> = {
  title: 'Components/Live chat',
  component: 'ger-live-chat',
  tags: ['autodocs'],
  parameters: {
    // The launcher is fixed to the corner of the page: each example gets a page of its own.
    docs: {
      story: { inline: false, iframeHeight: 640 },
      description: {
        component: `Live help that **never loses a message** and works with a keyboard and a screen reader.

- The launcher says whether the panel is open (\`aria-expanded\`) and how many messages are unread. It moves to the
  other corner rather than cover the focused element.
- The panel is **not modal**: Tab leaves it, Escape closes it and returns focus to the launcher. On a phone it
  takes the whole screen.
- The conversation is a \`role="log"\`: screen readers read incoming messages as they arrive, never the user's own.
  Enter sends, Shift+Enter adds a line. Each own message shows *sending*, *sent*, *delivered* or *not sent* (with retry).
- Messages wait in an outbox in \`localStorage\` until the server confirms them: typed offline, or just before a
  reload, they are sent when the connection returns, exactly once (client-generated ids, never matched by text).
- With no agent online, the instant-answers bot suggests services (Latin-typed Mongolian too), and the user can leave
  a message and get a reference number; the hotline **1111** is always shown.

\`npm start\` runs Ger's reference chat server (packages/chat-server) beside Storybook, so the **Live server** story
talks to a real server; its agent console is at http://127.0.0.1:8787/agent (the key is printed in the terminal).
Any backend can be connected by setting the \`transport\` property to an object implementing \`ChatTransport\`.`,
      },
    },
  },
  argTypes: {
    server: { control: 'text' },
    recorded: { control: 'boolean', table: { category: 'story' } },
    hotline: { control: 'text' },
    openingHours: { control: 'text', name: 'opening-hours' },
  },
  args: { server: LOCAL_SERVER, recorded: false, open: false, prechat: false, attachments: false, hotline: '1111', openingHours: '' },
  render: (args) => liveChat(args),
};
export default meta;

type Story = StoryObj<LiveChatArgs>;

/** Connected to the reference server that `npm start` runs (ws://127.0.0.1:8787/chat). */
export const LiveServer: Story = { name: 'Live server', args: { prechat: true, attachments: true } };

/** A recorded conversation, open: the bot's suggestion, an agent's answer, a place in the queue. */
export const Recorded: Story = { args: { recorded: true, open: true, attachments: true } };
