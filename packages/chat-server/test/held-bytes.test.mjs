// The ceilings on what the server holds for a client's sockets (held-bytes.mjs), on stand-in sockets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createHeldBytes } from '../src/held-bytes.mjs';

function setup() {
  const closed = [];
  const held = createHeldBytes({ socketBytes: 1000, addressBytes: 1500, close: (socket) => closed.push(socket.name) });
  const socket = (name, { buffered = 0, waiting = 0, address = 'a' } = {}) => {
    const made = { name, bufferedAmount: buffered, state: { address, waitingBytes: waiting } };
    held.add(made);
    return made;
  };
  return { held, closed, socket };
}

test('over the address ceiling, the sockets that hold the most are closed, not a neighbour who reads', () => {
  const { held, closed, socket } = setup();
  socket('stuck', { waiting: 900 });
  socket('behind', { buffered: 500 });
  const phone = socket('phone', { buffered: 40 });
  const reader = socket('reader');
  assert.equal(held.admit(phone, 200), true);
  assert.deepEqual(closed, ['stuck']);
  // One that holds nothing always gets its frame, however large.
  assert.equal(held.admit(reader, 1000), true);
  assert.deepEqual(closed, ['stuck', 'behind']);
});

test('over its own ceiling a socket is closed, once, and other addresses are not counted with it', () => {
  const { held, closed, socket } = setup();
  // Over its own ceiling and its address's: closed once.
  const big = socket('big', { buffered: 1600 });
  socket('elsewhere', { buffered: 900, address: 'b' });
  held.sweep([big]);
  assert.deepEqual(closed, ['big']);
  assert.equal(held.admit(socket('small', { buffered: 10, address: 'b' }), 100), true);
  assert.deepEqual(closed, ['big']);
});

test('a socket removed from its address (a signed-in agent) counts by itself only', () => {
  const { held, closed, socket } = setup();
  const agent = socket('agent', { buffered: 900 });
  held.remove(agent);
  const other = socket('other', { buffered: 700 });
  assert.equal(held.admit(other, 100), true);
  assert.equal(held.admit(agent, 50), true);
  assert.equal(held.admit(agent, 200), false);
  assert.deepEqual(closed, ['agent']);
});
