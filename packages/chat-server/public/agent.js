// The agent console: sign in with your name and password, see the queue, open a conversation,
// answer. The session (not the password) is kept for this tab, so a reconnect needs no password.
// Built from Ger components on a plain page; all text goes in through textContent.
const STRINGS = {
  mn: {
    title: 'Ажилтны самбар',
    signIn: 'Нэвтрэх',
    signOut: 'Гарах',
    name: 'Нэвтрэх нэр',
    password: 'Нууц үг',
    queue: 'Дараалал',
    conversation: 'Яриа',
    pick: 'Дарааллаас яриа сонгоно уу.',
    reply: 'Хариулт',
    send: 'Илгээх',
    hint: 'Enter дарж илгээнэ, Shift+Enter дарж шинэ мөр нэмнэ.',
    online: 'Онлайн',
    away: 'Завсарлах',
    back: 'Онлайн болох',
    onBreak: 'Завсарласан',
    signedOut: 'Нэвтрээгүй',
    waiting: 'Хүлээж байна',
    with: 'Ажилтан: {agent}',
    count: 'Хүлээж буй яриа: {count}',
    empty: 'Дараалал хоосон.',
    anonymous: 'Нэргүй иргэн',
    refused: 'Нэвтэрч чадсангүй: нэр, нууц үгээ шалгана уу.',
    throttled: 'Олон удаа буруу оролдсон тул {seconds} секундын дараа дахин оролдоно уу.',
    expired: 'Нэвтрэлтийн хугацаа дууссан. Дахин нэвтэрнэ үү.',
    user: 'Иргэн',
    agent: 'Ажилтан',
    bot: 'Шуурхай хариулт',
    reference: 'Лавлах дугаар: {reference}',
    lost: 'Холболт тасарлаа. Дахин холбогдож байна…',
    attachment: 'Хавсралт: {name}',
  },
  en: {
    title: 'Agent console',
    signIn: 'Sign in',
    signOut: 'Sign out',
    name: 'User name',
    password: 'Password',
    queue: 'Queue',
    conversation: 'Conversation',
    pick: 'Choose a conversation from the queue.',
    reply: 'Reply',
    send: 'Send',
    hint: 'Press Enter to send, Shift+Enter for a new line.',
    online: 'Online',
    away: 'Take a break',
    back: 'Go online',
    onBreak: 'On a break',
    signedOut: 'Signed out',
    waiting: 'Waiting',
    with: 'With {agent}',
    count: 'Waiting conversations: {count}',
    empty: 'The queue is empty.',
    anonymous: 'Anonymous citizen',
    refused: 'Could not sign in: check your name and password.',
    throttled: 'Too many wrong attempts: try again in {seconds} seconds.',
    expired: 'Your session has ended. Please sign in again.',
    user: 'Citizen',
    agent: 'Agent',
    bot: 'Instant answers',
    reference: 'Reference number: {reference}',
    lost: 'Connection lost. Reconnecting…',
    attachment: 'Attachment: {name}',
  },
};
const params = new URLSearchParams(location.search);
const lang = params.get('lang') === 'en' ? 'en' : 'mn';
document.documentElement.lang = lang;
const t = (key, values = {}) => STRINGS[lang][key].replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
for (const element of document.querySelectorAll('[data-t]')) element.textContent = t(element.dataset.t);
document.title = `Ger: ${t('title')}`;

const $ = (id) => document.getElementById(id);
const make = (tag, text, attrs = {}) => {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  return element;
};

const SESSION_KEY = 'ger:agent-session';
let socket;
let current;
let status = 'online';
let credentials;
let retry = 0;
/** Why the server refused the last sign-in ('unauthorized', 'throttled', 'session-expired'). */
let refusal;
let signingOut = false;

const savedSession = () => {
  try {
    return sessionStorage.getItem(SESSION_KEY) ?? undefined;
  } catch {
    return undefined;
  }
};
const saveSession = (session) => {
  try {
    if (session) sessionStorage.setItem(SESSION_KEY, session);
    else sessionStorage.removeItem(SESSION_KEY);
  } catch {
    // storage blocked: the agent signs in again after a reload
  }
};

function notice(text, variant = 'danger') {
  const box = $('notice');
  box.replaceChildren();
  if (!text) return;
  const banner = make('ger-notification-banner', undefined, { variant });
  banner.append(make('p', text));
  box.append(banner);
}

function send(frame) {
  if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
}

function connect() {
  socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/agent`);
  socket.onopen = () => send({ type: 'agent-hello', ...credentials });
  socket.onmessage = (event) => receive(JSON.parse(event.data));
  socket.onclose = (event) => {
    if (event.code === 1008 || signingOut) {
      saveSession(undefined);
      credentials = undefined;
      if (!signingOut)
        notice(
          refusal?.code === 'throttled'
            ? t('throttled', { seconds: refusal.retryAfter ?? 60 })
            : t(refusal?.code === 'session-expired' ? 'expired' : 'refused'),
        );
      signingOut = false;
      $('signin').hidden = false;
      $('console').hidden = true;
      $('status-toggle').hidden = true;
      $('sign-out').hidden = true;
      $('agent-password').value = '';
      return;
    }
    notice(t('lost'), 'warning');
    setTimeout(connect, Math.min(10_000, 500 * 2 ** retry++));
  };
}

function showStatus() {
  const tag = $('status-tag');
  tag.variant = status === 'online' ? 'success' : 'warning';
  tag.textContent = t(status === 'online' ? 'online' : 'onBreak');
  $('status-toggle').textContent = t(status === 'online' ? 'away' : 'back');
}

function renderQueue(items) {
  const waiting = items.filter((item) => item.waiting).length;
  $('queue-count').textContent = items.length ? t('count', { count: waiting }) : t('empty');
  $('queue').replaceChildren(
    ...items.map((item) => {
      const button = make('button', undefined, { type: 'button', 'aria-current': String(item.conversation === current) });
      button.append(make('span', `${item.name || t('anonymous')}${item.topic ? ` — ${item.topic}` : ''}`));
      const tag = make('ger-tag', item.waiting ? t('waiting') : item.agent ? t('with', { agent: item.agent }) : '#' + item.conversation, {
        variant: item.waiting ? 'warning' : 'neutral',
      });
      button.append(tag);
      button.addEventListener('click', () => open(item.conversation));
      return make('li').appendChild(button).parentElement;
    }),
  );
}

function addMessage(message) {
  if ($('message-list').querySelector(`[data-seq="${Number(message.seq)}"]`)) return;
  const who = message.from === 'agent' ? message.agent || t('agent') : t(message.from === 'bot' ? 'bot' : 'user');
  const item = make('li', undefined, { class: message.from, 'data-seq': String(message.seq) });
  item.append(make('span', who, { class: 'who' }), make('span', message.text));
  if (message.attachment) item.append(make('span', ` (${t('attachment', { name: message.attachment.name })})`));
  if (message.reference) item.append(make('span', ` — ${t('reference', { reference: message.reference })}`, { class: 'muted' }));
  $('message-list').append(item);
  $('messages').scrollTop = $('messages').scrollHeight;
  if (message.from === 'user') acknowledge(message.seq);
}

// The user hears "delivered" for the latest message shown, at most four times a second: a
// receipt per message would spend the connection's rate limit (30 frames, then 15 a second) on
// a long history, and the server refuses what goes over it.
let receipt;
function flushReceipt() {
  clearTimeout(receipt?.timer);
  if (receipt) send({ type: 'received', conversation: receipt.conversation, seq: receipt.seq });
  receipt = undefined;
}
function acknowledge(seq) {
  if (receipt && receipt.conversation !== current) flushReceipt();
  if (receipt) receipt.seq = Math.max(receipt.seq, seq);
  else receipt = { conversation: current, seq, timer: setTimeout(flushReceipt, 250) };
}

function open(conversation) {
  current = conversation;
  $('message-list').replaceChildren();
  send({ type: 'open', conversation });
}

function receive(frame) {
  if (frame.type === 'error' && ['unauthorized', 'throttled', 'session-expired'].includes(frame.code)) {
    refusal = frame;
  } else if (frame.type === 'agent-welcome') {
    retry = 0;
    refusal = undefined;
    // Reconnects sign in with the session; the password is not kept.
    credentials = { session: frame.session };
    saveSession(frame.session);
    notice('');
    $('signin').hidden = true;
    $('console').hidden = false;
    $('status-toggle').hidden = false;
    $('sign-out').hidden = false;
    showStatus();
    if (status !== 'online') send({ type: 'status', status });
  } else if (frame.type === 'queue') {
    renderQueue(frame.items);
  } else if (frame.type === 'history' && frame.conversation === current) {
    const name = frame.name || t('anonymous');
    $('conversation-heading').textContent = `${t('conversation')}: ${name}`;
    $('conversation-info').textContent = [frame.topic, frame.reference && t('reference', { reference: frame.reference })].filter(Boolean).join(' · ');
    $('reply-form').hidden = false;
    frame.messages.forEach(addMessage);
    $('reply-text').focus();
  } else if (frame.type === 'message' && frame.conversation === current) {
    addMessage(frame);
  }
}

// Enter in a field sends the form, as with a native submit button (ger-button is not one the
// browser uses for implicit submission).
$('signin-form').addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
    event.preventDefault();
    event.currentTarget.requestSubmit();
  }
});

$('signin-form').addEventListener('submit', (event) => {
  event.preventDefault();
  credentials = { name: $('agent-name').value.trim(), password: $('agent-password').value };
  $('agent-password').value = '';
  connect();
});

$('sign-out').addEventListener('click', () => {
  signingOut = true;
  send({ type: 'sign-out' });
});

$('status-toggle').addEventListener('click', () => {
  status = status === 'online' ? 'away' : 'online';
  send({ type: 'status', status });
  showStatus();
});

let lastTyping = 0;
const reply = () => {
  const text = $('reply-text').value.trim();
  if (!text || current === undefined) return;
  send({ type: 'reply', conversation: current, id: crypto.randomUUID().replace(/-/g, ''), text });
  send({ type: 'typing', conversation: current, on: false });
  $('reply-text').value = '';
};
$('reply-form').addEventListener('submit', (event) => {
  event.preventDefault();
  reply();
});
$('reply-text').addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    reply();
  }
});
$('reply-text').addEventListener('input', () => {
  if (Date.now() - lastTyping > 3000 && current !== undefined) {
    lastTyping = Date.now();
    send({ type: 'typing', conversation: current, on: true });
  }
});

// A session from earlier in this tab signs in again without the password.
if (savedSession()) {
  credentials = { session: savedSession() };
  connect();
}
