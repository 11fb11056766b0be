import { expect, fixture, html } from '@open-wc/testing';
import { Outbox } from '../live-chat/outbox.js';
import '../site-alert/site-alert.js';
import { DRAFT_PREFIX, localStorageStore } from './draft.js';
import { type KeyValueStorage, readStored, STORAGE_PREFIX, storageKey, webStorage, writeStored } from './storage.js';

function memoryStorage(data = new Map<string, string>()): KeyValueStorage & { data: Map<string, string> } {
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const refusing = (error = new Error('The quota has been exceeded')): KeyValueStorage => ({
  getItem: () => {
    throw new Error('access denied');
  },
  setItem: () => {
    throw error;
  },
  removeItem: () => {
    throw error;
  },
});

describe('storage', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('ger')) localStorage.removeItem(key);
    sessionStorage.clear();
  });

  it('names every key under one prefix', () => {
    expect(STORAGE_PREFIX).to.equal('ger:');
    expect(storageKey('draft', 'passport')).to.equal('ger:draft:passport');
    expect(DRAFT_PREFIX).to.equal('ger:draft:');
  });

  it('reads, writes and removes in localStorage by default, sessionStorage on request', () => {
    expect(writeStored('ger:test', 'a')).to.be.true;
    expect(localStorage.getItem('ger:test')).to.equal('a');
    expect(readStored('ger:test')).to.equal('a');
    writeStored('ger:test', null);
    expect(readStored('ger:test')).to.be.null;
    writeStored('ger:test', 'tab', { storage: webStorage('session') });
    expect(sessionStorage.getItem('ger:test')).to.equal('tab');
    expect(readStored('ger:test')).to.be.null;
  });

  it('never throws: blocked or full storage reads as nothing and says why to whoever asks', () => {
    const problems: string[] = [];
    const options = { storage: refusing(), onProblem: (problem: string) => problems.push(problem) };
    expect(readStored('ger:x', options)).to.be.null;
    expect(writeStored('ger:x', 'a', options)).to.be.false;
    expect(writeStored('ger:x', null, options)).to.be.false;
    expect(problems).to.deep.equal([
      'storage cannot be read (access denied)',
      'storage cannot be written (The quota has been exceeded)',
      'storage cannot be written (The quota has been exceeded)',
    ]);
    expect(readStored('ger:x', { storage: null })).to.be.null;
    expect(writeStored('ger:x', 'a', { storage: null })).to.be.false;
  });

  it('moves what was stored under a former key, once, and removes the former key', () => {
    const moves = [
      ['ger-draft:passport', storageKey('draft', 'passport')],
      ['ger-chat:wss://chat.example.mn/chat', storageKey('chat', 'wss://chat.example.mn/chat')],
      ['ger-site-alert:flood-2026', storageKey('site-alert', 'flood-2026')],
      ['ger-notices-visit:notices', storageKey('notices-visit', 'notices')],
    ];
    for (const [former, key] of moves) {
      const storage = memoryStorage(new Map([[former, 'kept']]));
      expect(readStored(key, { storage }), key).to.equal('kept');
      expect([...storage.data], key).to.deep.equal([[key, 'kept']]);
      expect(readStored(key, { storage }), key).to.equal('kept');
    }
    // The new key wins over a former one; a key that had no former form, or another site's key, is left alone.
    const storage = memoryStorage(
      new Map([
        ['ger-draft:a', 'old'],
        ['ger:draft:a', 'new'],
        ['ger-display-preferences', 'x'],
        ['draft:a', 'y'],
      ]),
    );
    expect(readStored('ger:draft:a', { storage })).to.equal('new');
    expect(readStored('ger:display-preferences', { storage })).to.be.null;
    expect(storage.data.get('ger-display-preferences')).to.equal('x');
    expect(storage.data.get('draft:a')).to.equal('y');
  });

  it('still uses a former value when it cannot be moved (storage full), and removing forgets both', () => {
    const storage = memoryStorage(new Map([['ger-site-alert:a', 'hidden']]));
    const full = {
      ...storage,
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(readStored('ger:site-alert:a', { storage: full })).to.equal('hidden');
    expect(storage.data.get('ger-site-alert:a')).to.equal('hidden');
    writeStored('ger:site-alert:a', null, { storage });
    expect(storage.data.size).to.equal(0);
  });

  it('keeps what readers stored before: a folded site alert, a draft, a chat outbox', async () => {
    localStorage.setItem('ger-site-alert:flood', 'hidden');
    const alert = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<ger-site-alert dismissible alert-id="flood" heading="Үер">Гол үерлэж байна.</ger-site-alert>`,
    );
    expect(alert.shadowRoot!.querySelector('[part="toggle"]')!.getAttribute('aria-expanded')).to.equal('false');
    expect(localStorage.getItem('ger:site-alert:flood')).to.equal('hidden');
    expect(localStorage.getItem('ger-site-alert:flood')).to.be.null;

    localStorage.setItem('ger-draft:passport', '{"version":1}');
    expect(await localStorageStore.get(`${DRAFT_PREFIX}passport`)).to.equal('{"version":1}');

    const saved = { token: 't1', outbox: [{ id: 'm1', text: 'Сайн байна уу' }] };
    localStorage.setItem('ger-chat:wss://chat.example.mn/chat', JSON.stringify(saved));
    const outbox = new Outbox(storageKey('chat', 'wss://chat.example.mn/chat'));
    expect(outbox.token).to.equal('t1');
    expect(outbox.items().map((item) => item.id)).to.deep.equal(['m1']);
  });
});
