#!/usr/bin/env node
// `npm run lint`: ESLint, stylelint (the CSS in the components) and Prettier's check, each run even
// when an earlier one fails, so one run shows every problem. Exits non-zero if any of them failed.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const CHECKS = [
  ['ESLint', ['eslint', '--max-warnings', '0', '.']],
  ['stylelint', ['stylelint', '--max-warnings', '0', 'packages/components/src/**/*.ts']],
  ['Prettier (run `npm run format` to fix)', ['prettier', '--check', '--log-level', 'warn', '.']],
];

const failed = CHECKS.filter(([label, args]) => {
  const ok = spawnSync('npx', ['--no-install', ...args], { cwd: root, stdio: 'inherit' }).status === 0;
  if (!ok) console.error(`✖ ${label} found problems`);
  return !ok;
});
process.exit(failed.length ? 1 : 0);
