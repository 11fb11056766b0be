#!/usr/bin/env node
// Manages agent accounts in the chat server's database:
//   ger-chat-agents add NAME [--role agent|supervisor] [--db chat.db]
//   ger-chat-agents password NAME [--db chat.db]
//   ger-chat-agents disable NAME | enable NAME [--db chat.db]
//   ger-chat-agents list [--db chat.db]
// With --database-url postgres://... (or GER_CHAT_DATABASE_URL) the accounts are those of the
// servers sharing that PostgreSQL instead of the SQLite file.
// Passwords are read from the terminal without echo (or from stdin, one line, when piped), never
// from the command line, where they would stay in the shell history and the process list.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { addAgent, hashPassword, passwordProblem, ROLES } from '../src/accounts.mjs';
import { openStore } from '../src/store/index.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    db: { type: 'string', default: process.env.GER_CHAT_DB ?? 'chat.db' },
    role: { type: 'string', default: 'agent' },
    'database-url': { type: 'string', default: process.env.GER_CHAT_DATABASE_URL },
  },
});
const [command, name] = positionals;

function readPassword(prompt) {
  const input = process.stdin;
  if (!input.isTTY) {
    const lines = createInterface({ input });
    return new Promise((resolve) => lines.once('line', (line) => (lines.close(), resolve(line))));
  }
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.resume();
  return new Promise((resolve) => {
    let typed = '';
    const onData = (chunk) => {
      for (const char of String(chunk)) {
        if (char === '\r' || char === '\n') {
          input.setRawMode(false);
          input.pause();
          input.off('data', onData);
          process.stderr.write('\n');
          return resolve(typed);
        }
        if (char === '\u0003') process.exit(130);
        typed = char === '\u007f' ? typed.slice(0, -1) : typed + char;
      }
    };
    input.on('data', onData);
  });
}

async function newPassword() {
  const password = await readPassword('Password (12 characters or more): ');
  const problem = passwordProblem(password);
  if (problem) throw new Error(`the password must have ${problem}`);
  if (process.stdin.isTTY && (await readPassword('Again: ')) !== password) throw new Error('the two passwords differ');
  return password;
}

const usage =
  'usage: ger-chat-agents add NAME [--role agent|supervisor] | password NAME | disable NAME | enable NAME | list   [--db chat.db | --database-url postgres://...]';
const store = await openStore({ dbPath: values.db, databaseUrl: values['database-url'] || undefined });
try {
  if (command === 'list') {
    for (const agent of await store.listAgents()) console.log(`${agent.name}\t${agent.role}\t${agent.disabled ? 'disabled' : 'active'}`);
  } else if (!name) {
    throw new Error(usage);
  } else if (command === 'add') {
    if (!ROLES.includes(values.role)) throw new Error(`the role is one of: ${ROLES.join(', ')}`);
    await addAgent(store, { name, role: values.role, password: await newPassword() });
    console.log(`Added ${values.role} ${name}.`);
  } else if (command === 'password') {
    if (!(await store.findAgent(name))) throw new Error(`no agent named ${name}`);
    await store.setAgentPassword(name, await hashPassword(await newPassword()));
    console.log(`Changed the password of ${name}.`);
  } else if (command === 'disable' || command === 'enable') {
    // Disabling (like a new password) also ends the agent's sessions: a console still open is
    // closed by the server within its session check (10 s), and refused at its next sign-in.
    if (!(await store.setAgentDisabled(name, command === 'disable'))) throw new Error(`no agent named ${name}`);
    console.log(`${command === 'disable' ? 'Disabled' : 'Enabled'} ${name}.`);
  } else {
    throw new Error(usage);
  }
} catch (error) {
  console.error(`ger-chat-agents: ${error.message}`);
  process.exitCode = 1;
} finally {
  await store.close();
}
