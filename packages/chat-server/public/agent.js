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
    busy: 'Сервер олон нэвтрэлт шалгаж байна: {seconds} секундын дараа дахин оролдоно уу.',
    expired: 'Нэвтрэлтийн хугацаа дууссан. Дахин нэвтэрнэ үү.',
    user: 'Иргэн',
    agent: 'Ажилтан',
    bot: 'Шуурхай хариулт',
    reference: 'Лавлах дугаар: {reference}',
    lost: 'Холболт тасарлаа. Дахин холбогдож байна…',
    attachment: 'Хавсралт: {name}',
    sending: 'Илгээж байна…',
    forbidden: 'Энэ яриаг өөр ажилтан хариулж байна.',
    returned: 'Таны хариулт илгээгдсэнгүй: бичсэн зүйл тань хариултын талбарт байна.',
    tooLarge: 'Хариулт хэт урт байна: {limit} тэмдэгтээс ихгүй байх ёстой. Бичсэн зүйл тань хариултын талбарт байна.',
    slowDown: 'Хэт олон үйлдэл зэрэг хийгдлээ. Удахгүй дахин илгээнэ.',
    failed: 'Сервер энэ үйлдлийг хүлээж авсангүй ({code}).',
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
    busy: 'The server is busy checking sign-ins: try again in {seconds} seconds.',
    expired: 'Your session has ended. Please sign in again.',
    user: 'Citizen',
    agent: 'Agent',
    bot: 'Instant answers',
    reference: 'Reference number: {reference}',
    lost: 'Connection lost. Reconnecting…',
    attachment: 'Attachment: {name}',
    sending: 'Sending…',
    forbidden: 'Another agent is answering this conversation.',
    returned: 'Your reply was not sent: its text is back in the reply field.',
    tooLarge: 'The reply is too long: {limit} characters at most. Its text is back in the reply field.',
    slowDown: 'Too many actions at once. Sending again in a moment.',
    failed: 'The server refused that action ({code}).',
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
/** What this tab's agent is in the middle of: the open conversation and unconfirmed replies. */
const WORK_KEY = 'ger:agent-work';
const SIGN_IN_REFUSALS = ['unauthorized', 'throttled', 'busy', 'session-expired'];
let socket;
/** The conversation shown, and whether its history came on this connection. */
let current;
let opened = false;
/** The agent opened it (focus goes to the reply field); a reconnect leaves focus where it is. */
let focusOnOpen = false;
let status = 'online';
let credentials;
let retry = 0;
/** Why the server refused the last sign-in ('unauthorized', 'throttled', 'busy', 'session-expired'). */
let refusal;
/** Sign-out asked for, and whether its frame went out (until it has, a lost connection reconnects). */
let signingOut = false;
let signOutSent = false;
/** Frames the rate limit refused in a row: each wait before sending again is twice as long. */
let limitedInARow = 0;
let limitTimer;
/**
 * Replies the server has not confirmed, in the order typed: id -> { conversation, id, text }.
 * Each is sent again after every sign-in until its `ack` (or its own echo) says it is stored; the
 * server stores one message per id, so sending twice never shows twice.
 */
const outbox = new Map();
/** The agent whose work the tab holds: another agent signing in here does not send it. */
let workAgent;

// Session storage keeps what a reload must not lose; blocked storage only means a reload forgets it.
const readKey = (key) => {
  try {
    return sessionStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
};
const writeKey = (key, value) => {
  try {
    if (value === undefined) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, value);
  } catch {
    // storage blocked: kept in this page only
  }
};
const saveWork = () =>
  writeKey(
    WORK_KEY,
    current === undefined && !outbox.size ? undefined : JSON.stringify({ agent: workAgent, conversation: current, replies: [...outbox.values()] }),
  );

/** The work saved before a reload; returns the conversation that was open, if any. */
function loadWork() {
  try {
    const work = JSON.parse(readKey(WORK_KEY) ?? 'null');
    if (!work) return undefined;
    workAgent = typeof work.agent === 'string' ? work.agent : undefined;
    for (const { conversation, id, text } of Array.isArray(work.replies) ? work.replies : []) {
      if (Number.isInteger(conversation) && typeof id === 'string' && typeof text === 'string') outbox.set(id, { conversation, id, text });
    }
    return Number.isInteger(work.conversation) ? work.conversation : undefined;
  } catch {
    console.warn('Ger agent console: the saved conversation and unsent replies could not be read.');
    return undefined;
  }
}

let noticeKey;
/** Shows one notice (`key` names it, so only that one is taken away later); no text clears it. */
function notice(text, variant = 'danger', key = undefined) {
  const box = $('notice');
  box.replaceChildren();
  noticeKey = key;
  // A danger banner is an alert and speaks for itself; a warning's is a region, which a screen
  // reader does not announce when it appears ("connection lost"): the status line says it.
  $('announcement').textContent = variant === 'danger' ? '' : text;
  if (!text) return;
  const banner = make('ger-notification-banner', undefined, { variant });
  banner.append(make('p', text));
  box.append(banner);
}

/**
 * Sends a frame if the connection is open and says whether it went. What must not be lost
 * (status, the open conversation, replies, a sign-out) is sent again by `sync` after each
 * sign-in; typing and receipts are momentary (the next open acknowledges again).
 */
function send(frame) {
  if (socket?.readyState !== WebSocket.OPEN) return false;
  socket.send(JSON.stringify(frame));
  return true;
}

/**
 * Tells the server all this console holds that it may not have: after each sign-in (a new
 * connection knows nothing), after the rate limit refused a frame, and on sign-out (replies
 * still sending go before it). Twice is harmless: open and status are idempotent, and replies
 * are stored once per id. Replies go before the status: under the rate limit they matter more.
 */
function sync() {
  if (current !== undefined && !opened) send({ type: 'open', conversation: current });
  for (const entry of outbox.values()) send({ type: 'reply', ...entry });
  send({ type: 'status', status });
  if (signingOut) signOutSent = send({ type: 'sign-out' }) || signOutSent;
}

function connect() {
  socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/agent`);
  socket.onopen = () => send({ type: 'agent-hello', ...credentials });
  socket.onmessage = (event) => receive(JSON.parse(event.data));
  socket.onclose = () => {
    opened = false;
    // A refused sign-in or a finished sign-out; any other close (the network, a restart, the
    // server's rate limit) reconnects.
    if (refusal || signOutSent) return signedOut();
    notice(t('lost'), 'warning');
    setTimeout(connect, Math.min(10_000, 500 * 2 ** retry++));
  };
}

function signedOut() {
  writeKey(SESSION_KEY, undefined);
  credentials = undefined;
  if (signingOut) {
    // The work of this sign-in ends with it. (After a refused sign-in it waits for the next one.)
    outbox.clear();
    showPicker();
  } else {
    notice(
      ['throttled', 'busy'].includes(refusal?.code)
        ? t(refusal.code, { seconds: refusal.retryAfter ?? 60 })
        : t(refusal?.code === 'session-expired' ? 'expired' : 'refused'),
    );
  }
  signingOut = false;
  signOutSent = false;
  $('signin').hidden = false;
  $('console').hidden = true;
  $('status-toggle').hidden = true;
  $('sign-out').hidden = true;
  $('agent-password').value = '';
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

function messageItem(message) {
  const who = message.from === 'agent' ? message.agent || t('agent') : t(message.from === 'bot' ? 'bot' : 'user');
  const item = make('li', undefined, { class: message.from });
  item.append(make('span', who, { class: 'who' }), make('span', message.text));
  if (message.attachment) item.append(make('span', ` (${t('attachment', { name: message.attachment.name })})`));
  if (message.reference) item.append(make('span', ` — ${t('reference', { reference: message.reference })}`, { class: 'muted' }));
  return item;
}

/** A reply the server does not have yet, said to be sending (in words, for screen readers too). */
function pendingItem(entry) {
  const item = messageItem({ from: 'agent', agent: workAgent, text: entry.text });
  item.classList.add('pending');
  item.dataset.id = entry.id;
  item.querySelector('.who').append(make('span', ` · ${t('sending')}`, { class: 'state' }));
  return item;
}

/**
 * Puts a stored message in seq order: after the stored messages before it, before the ones after
 * it and before replies still sending. A line already in place is not moved (a screen reader
 * would announce it again).
 */
function place(item, seq) {
  const list = $('message-list');
  let before = null;
  for (let node = list.lastElementChild; node; node = node.previousElementSibling) {
    if (node === item) continue;
    if (!node.classList.contains('pending') && Number(node.dataset.seq) < seq) break;
    before = node;
  }
  if (item.parentNode !== list || item.nextElementSibling !== before) list.insertBefore(item, before);
  $('messages').scrollTop = $('messages').scrollHeight;
}

function addMessage(message) {
  const seq = Number(message.seq);
  if (!Number.isInteger(seq) || $('message-list').querySelector(`[data-seq="${seq}"]`)) return;
  // The echo of this console's own reply: its line stops saying "sending" instead of showing twice.
  if (message.from === 'agent' && replyStored(message.id, seq)) return;
  const item = messageItem(message);
  item.dataset.seq = String(seq);
  place(item, seq);
  if (message.from === 'user') acknowledge(seq);
}

/** The server holds reply `id` as message `seq`; returns whether a line sending it became that message. */
function replyStored(id, seq) {
  if (!outbox.delete(id)) return false;
  saveWork();
  settled();
  const item = [...$('message-list').querySelectorAll('li.pending')].find((li) => li.dataset.id === id);
  if (!item || !Number.isInteger(seq)) return false;
  item.classList.remove('pending');
  item.querySelector('.state').remove();
  item.dataset.seq = String(seq);
  place(item, seq);
  return true;
}

/** Replies the server refused leave the outbox; their text goes back into the reply field, so nothing typed is lost. */
function takeBack(entries) {
  const field = $('reply-text');
  for (const entry of entries) {
    outbox.delete(entry.id);
    [...$('message-list').querySelectorAll('li.pending')].find((li) => li.dataset.id === entry.id)?.remove();
  }
  saveWork();
  field.value = [...entries.map((entry) => entry.text), field.value].filter((text) => text.trim()).join('\n\n');
  if (entries.length && current !== undefined) $('reply-form').hidden = false;
  return entries.length;
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

/** The conversation panel as before any conversation is chosen. */
function showPicker() {
  current = undefined;
  opened = false;
  saveWork();
  $('conversation-heading').textContent = t('conversation');
  $('conversation-info').textContent = t('pick');
  $('message-list').replaceChildren();
  $('reply-form').hidden = true;
}

/** Shows `conversation` (with its replies still sending) and asks for its history. */
function open(conversation, asked = true) {
  current = conversation;
  opened = false;
  focusOnOpen = asked;
  saveWork();
  $('conversation-heading').textContent = t('conversation');
  $('conversation-info').textContent = '';
  $('reply-form').hidden = true;
  $('message-list').replaceChildren(...[...outbox.values()].filter((entry) => entry.conversation === conversation).map(pendingItem));
  send({ type: 'open', conversation });
}

function showHistory(frame) {
  opened = true;
  settled();
  const name = frame.name || t('anonymous');
  $('conversation-heading').textContent = `${t('conversation')}: ${name}`;
  $('conversation-info').textContent = [frame.topic, frame.reference && t('reference', { reference: frame.reference })].filter(Boolean).join(' · ');
  $('reply-form').hidden = false;
  frame.messages.forEach(addMessage);
  // Receipts lost with a connection are sent again: the latest user message shown is acknowledged.
  const lastUser = [...$('message-list').querySelectorAll('li.user')].at(-1);
  if (lastUser) acknowledge(Number(lastUser.dataset.seq));
  if (focusOnOpen) $('reply-text').focus();
  focusOnOpen = false;
}

function welcomed(frame) {
  retry = 0;
  refusal = undefined;
  // Reconnects sign in with the session; the password is not kept.
  credentials = { session: frame.session };
  writeKey(SESSION_KEY, frame.session);
  if (workAgent !== undefined && workAgent !== frame.name) {
    outbox.clear();
    showPicker();
  }
  workAgent = frame.name;
  saveWork();
  notice('');
  $('signin').hidden = true;
  $('console').hidden = false;
  $('status-toggle').hidden = false;
  $('sign-out').hidden = false;
  showStatus();
  sync();
}

/** Something went through: the rate limit's back-off starts again from its shortest wait. */
function settled() {
  limitedInARow = 0;
  if (noticeKey === 'slowDown') notice('');
}

/** The rate limit refused a frame (which one it does not say): everything unconfirmed goes again after a pause. */
function slowDown() {
  notice(t('slowDown'), 'warning', 'slowDown');
  if (limitTimer) return;
  limitTimer = setTimeout(
    () => {
      limitTimer = undefined;
      sync();
    },
    1000 * 2 ** Math.min(limitedInARow++, 4),
  );
}

function refused(frame) {
  const code = String(frame.code).slice(0, 40);
  if (SIGN_IN_REFUSALS.includes(code)) {
    refusal = frame; // the close that follows says it
  } else if (code === 'rate-limited') {
    slowDown();
  } else if (code === 'too-large') {
    takeBack(outbox.has(frame.id) ? [outbox.get(frame.id)] : []);
    notice(t('tooLarge', { limit: Number.isInteger(frame.limit) ? frame.limit : '' }));
  } else if (code === 'forbidden' && Number.isInteger(frame.conversation)) {
    // Another agent holds the conversation: every reply to it would be refused the same way.
    const returned = takeBack([...outbox.values()].filter((entry) => entry.conversation === frame.conversation));
    // The refusals of an open and of the replies after it come one after another: one notice says it.
    const key = `forbidden:${frame.conversation}`;
    if (returned || noticeKey !== key) notice(returned ? `${t('forbidden')} ${t('returned')}` : t('forbidden'), 'danger', key);
    if (frame.conversation === current && !opened && !returned) showPicker();
  } else {
    console.warn(`Ger agent console: the server refused a frame (${code}).`);
    notice(t('failed', { code }));
  }
}

function receive(frame) {
  if (frame.type === 'error') refused(frame);
  else if (frame.type === 'agent-welcome') welcomed(frame);
  else if (frame.type === 'ack') replyStored(frame.id, Number(frame.seq));
  else if (frame.type === 'queue') renderQueue(frame.items);
  else if (frame.type === 'history' && frame.conversation === current) showHistory(frame);
  else if (frame.type === 'message' && frame.conversation === current) addMessage(frame);
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
  refusal = undefined;
  $('agent-password').value = '';
  connect();
});

$('sign-out').addEventListener('click', () => {
  signingOut = true;
  // While disconnected, the sign-out goes after the next sign-in.
  sync();
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
  const entry = { conversation: current, id: crypto.randomUUID().replace(/-/g, ''), text };
  outbox.set(entry.id, entry);
  saveWork();
  $('message-list').append(pendingItem(entry));
  $('messages').scrollTop = $('messages').scrollHeight;
  send({ type: 'reply', ...entry });
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

// A reload keeps the open conversation and the replies still sending; a session from earlier in
// this tab signs in again without the password.
const reopen = loadWork();
if (reopen !== undefined) open(reopen, false);
if (readKey(SESSION_KEY)) {
  credentials = { session: readKey(SESSION_KEY) };
  connect();
}
