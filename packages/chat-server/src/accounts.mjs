// Agent accounts: passwords hashed with scrypt (node:crypto, memory-hard), sign-in throttled
// per address and per name (createSignIn says how), and sessions that expire. No password, hash or session token is
// ever logged.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { hashToken, newToken } from './store/tokens.mjs';

export const ROLES = ['agent', 'supervisor'];

// OWASP's scrypt setting of equal strength to its first choice: 32 MiB, about 0.1 s a hash.
// The parameters travel in the stored string, so raising them later keeps old hashes valid.
const COST = { N: 2 ** 15, r: 8, p: 3 };
const KEY_BYTES = 32;

const derive = (password, salt, { N, r, p }) =>
  new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key))),
  );

/** `scrypt$N$r$p$salt$hash` (base64url) for `password`. */
export async function hashPassword(password) {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Whether `password` matches `stored`; a damaged hash never matches. */
export async function verifyPassword(password, stored) {
  const [scheme, N, r, p, salt, hash] = String(stored).split('$');
  if (scheme !== 'scrypt' || !salt || !hash || typeof password !== 'string') return false;
  const expected = Buffer.from(hash, 'base64url');
  try {
    const key = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(N), r: Number(r), p: Number(p) });
    return key.length === expected.length && timingSafeEqual(key, expected);
  } catch {
    return false;
  }
}

/** Agent names: what an operator types at the command line and sees in the console. */
export const isAgentName = (name) => typeof name === 'string' && /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,59}$/u.test(name) && name === name.trim();

/**
 * Any control character, tab and line ends too: none is typed into a sign-in form, and the server
 * takes them out of frames (protocol.mjs), so a password holding one could never sign in.
 */
const CONTROL = /\p{Cc}/u;

/** Passwords: long enough to resist guessing once throttled, short enough to hash quickly. */
export const passwordProblem = (password) =>
  typeof password !== 'string' || password.length < 12
    ? 'at least 12 characters'
    : password.length > 256
      ? 'at most 256 characters'
      : CONTROL.test(password)
        ? 'no control characters (tab, line break, escape, delete: an arrow key types one too)'
        : undefined;

/** Adds an agent (role 'agent' or 'supervisor'); throws with a reason an operator can act on. */
export async function addAgent(store, { name, password, role = 'agent' }) {
  if (typeof name === 'string' && CONTROL.test(name)) throw new Error('a name cannot hold control characters (tab, line break, escape, delete)');
  if (!isAgentName(name)) throw new Error('a name is 1-60 letters, digits, spaces, dots, dashes or underscores');
  if (!ROLES.includes(role)) throw new Error(`the role is one of: ${ROLES.join(', ')}`);
  const problem = passwordProblem(password);
  if (problem) throw new Error(`the password must have ${problem}`);
  if (await store.findAgent(name)) throw new Error(`an agent named ${name} exists already`);
  await store.addAgent({ name, role, passwordHash: await hashPassword(password) });
}

/**
 * Wrong guesses per key (an agent name, a client address): after `free` failures each further
 * attempt waits twice as long as the last, up to `maxDelayMs` (or a `reserve`'s own). A success clears the name's count.
 * The counts live in the store, so processes sharing a PostgreSQL share them: a guesser cannot
 * multiply their tries by the number of processes behind the load balancer.
 */
export function signInThrottle(store, { free = 5, baseDelayMs = 1000, maxDelayMs = 15 * 60_000, now = () => Date.now() } = {}) {
  let countedSincePrune = 0;
  /** Milliseconds until `key` may try again (0: now); `maxDelay` as the key's reserve was given it. */
  async function wait(key, maxDelay = maxDelayMs) {
    const entry = await store.signInFailures(key);
    if (!entry || entry.count < free) return 0;
    const delay = Math.min(maxDelay, baseDelayMs * 2 ** (entry.count - free));
    return Math.max(0, entry.last + delay - now());
  }
  async function counted() {
    // Bounded table: now and then, forget keys whose lock ran out long ago.
    countedSincePrune += 1;
    if (countedSincePrune >= 1000) {
      countedSincePrune = 0;
      await store.forgetSignInFailuresBefore(now() - 2 * maxDelayMs);
    }
  }
  return {
    wait,
    async fail(key) {
      await store.recordSignInFailure(key, now());
      await counted();
    },
    /**
     * Counts an attempt on `key` as a failure before its password is checked, in one step with
     * the check of the wait, so guesses sent at once cannot all pass it. Resolves to 0 when
     * counted, or else to the milliseconds to wait (the attempt then not counted). `maxDelay`
     * caps this key's wait below the throttle's own.
     */
    async reserve(key, maxDelay = maxDelayMs) {
      const rule = { free, baseDelayMs, maxDelayMs: Math.min(maxDelay, maxDelayMs) };
      if (!(await store.reserveSignIn(key, now(), rule))) return Math.max(1, await wait(key, rule.maxDelayMs));
      await counted();
      return 0;
    },
    /** Gives back a reserved attempt that turned out not to be a failure. */
    release: (key) => store.releaseSignIn(key),
    clear: (key) => store.clearSignInFailures(key),
  };
}

/**
 * Password checks at once (each a scrypt: 32 MiB and about 0.1 s on the thread pool):
 * `perAddress` for one client address, `total` in all, and up to `waiting` more wait their
 * turn, in order. `enter(address)` resolves to a function that ends the check, or to undefined
 * when there is no room: one address cannot keep the others' sign-ins waiting.
 */
export function passwordCheckQueue({ perAddress = 2, total = 4, waiting = 50 } = {}) {
  const byAddress = new Map();
  const queue = [];
  let running = 0;
  return {
    async enter(address) {
      const mine = byAddress.get(address) ?? 0;
      if (mine >= perAddress || (running >= total && queue.length >= waiting)) return undefined;
      byAddress.set(address, mine + 1);
      if (running < total) running += 1;
      else await new Promise((resolve) => queue.push(resolve));
      return () => {
        const left = byAddress.get(address) - 1;
        if (left) byAddress.set(address, left);
        else byAddress.delete(address);
        // A check that ends hands its place to the first in line.
        if (queue.length) queue.shift()();
        else running -= 1;
      };
    },
  };
}

/** A compare that costs as much as a real one, so an unknown name takes as long as a wrong password. */
let dummyHash;
const dummy = () => (dummyHash ??= hashPassword(randomBytes(12).toString('hex')));

/** Answer to a sign-in that found no room among the password checks (./passwordCheckQueue). */
const BUSY = { refused: 'busy', retryAfterMs: 1000 };

/** The longest a name's own throttle holds a sign-in back (an address's may hold it 15 minutes). */
const NAME_MAX_DELAY_MS = 60_000;
/** An address an agent signed in from this recently is hers: her name's throttle does not apply there. */
const KNOWN_ADDRESS_MS = 30 * 86_400_000;

/**
 * Signs agents in: `{ name, password }` or `{ session }` -> `{ agent, session }` or `{ refused, retryAfterMs? }`.
 * `sessionHours`: how long a session lasts after it is made; `passwordChecks`: see passwordCheckQueue.
 */
export function createSignIn(store, { sessionHours = 12, throttle = signInThrottle(store), passwordChecks } = {}) {
  const checks = passwordCheckQueue(passwordChecks);
  async function withPassword(name, password, address) {
    const done = await checks.enter(address);
    if (!done) return BUSY;
    try {
      return await checkPassword(name, password, address);
    } finally {
      done();
    }
  }
  /**
   * Two throttles, so that guessing is slow and a stranger cannot lock an agent out (OWASP: lock
   * out by account and anyone can deny it; throttle per source and slow, do not lock, per account):
   * - per client address, the full rule (5 free, then twice as long each time, up to 15
   *   minutes): one address guesses little, whatever names it tries;
   * - per agent name, the same rule held to a minute at most, and not at all for an address the
   *   agent signed in from in the last 30 days. Guesses spread over many addresses reach a name
   *   about once a minute (1,440 a day against a 12-character password), and a stranger can
   *   neither keep her from signing in where she works, nor hold a new address back more than a
   *   minute a try. (It used to lock the name for up to 15 minutes for everyone: a few guesses an
   *   hour from rotating addresses kept the agent out.)
   */
  async function checkPassword(name, password, address) {
    const known = typeof name === 'string' && (await store.signedInFrom(name, address, Date.now() - KNOWN_ADDRESS_MS));
    // The address first: a throttled address never touches a name's count.
    const keys = known ? [`address:${address}`] : [`address:${address}`, `name:${name}`];
    for (const [i, key] of keys.entries()) {
      const wait = await throttle.reserve(key, i > 0 ? NAME_MAX_DELAY_MS : undefined);
      if (wait > 0) {
        if (i > 0) await throttle.release(keys[0]);
        return { refused: 'throttled', retryAfterMs: wait };
      }
    }
    const agent = typeof name === 'string' ? await store.findAgent(name) : undefined;
    const ok = agent ? await verifyPassword(password, agent.password_hash) : (await verifyPassword(String(password), await dummy()), false);
    // A failure stays counted (it was counted before the check).
    if (!ok || agent.disabled) return { refused: 'unauthorized' };
    await Promise.all([
      throttle.release(keys[0]),
      throttle.clear(`name:${name}`),
      store.rememberSignIn(name, address, Date.now(), Date.now() - KNOWN_ADDRESS_MS),
    ]);
    const session = newToken();
    await store.createSession(hashToken(session), agent.id, new Date(Date.now() + sessionHours * 3_600_000).toISOString());
    return { agent, session };
  }
  return {
    async signIn({ name, password, session }, address) {
      if (typeof session === 'string' && session) {
        const agent = await store.agentBySession(hashToken(session));
        return agent ? { agent, session } : { refused: 'session-expired' };
      }
      // A name no account can have, or a password none can (too long, a control character):
      // refused before anything is counted or checked. (Counted first, a megabyte name was stored
      // as a throttle key per guess, and on PostgreSQL a long one failed its index after the
      // address's guess was counted.)
      if (!isAgentName(name) || typeof password !== 'string' || password.length > 256 || CONTROL.test(password)) return { refused: 'unauthorized' };
      return withPassword(name, password, address);
    },
    signOut: (session) => (typeof session === 'string' ? store.deleteSession(hashToken(session)) : undefined),
    /** Whether a session still holds: not signed out or expired, nor ended by a disable or a new password. */
    holds: async (session) => typeof session === 'string' && Boolean(await store.agentBySession(hashToken(session))),
  };
}
