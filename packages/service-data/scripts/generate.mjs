#!/usr/bin/env node
// Writes services.json from src/ (deterministic: run it twice, get the same file).
//   node scripts/generate.mjs           write the file
//   node scripts/generate.mjs --check   fail if the file is not what src/ generates
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateServices } from '../src/generate.mjs';

export const SERVICES_FILE = fileURLToPath(new URL('../services.json', import.meta.url));

/** One service per line: small diffs when the sources change. */
export function serialize(services) {
  return `[\n${services.map((service) => JSON.stringify(service)).join(',\n')}\n]\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = serialize(generateServices());
  if (process.argv.includes('--check')) {
    if (readFileSync(SERVICES_FILE, 'utf8') !== text) {
      console.error('services.json is out of date: run npm run generate -w @ger/service-data');
      process.exit(1);
    }
    console.log('services.json is up to date');
  } else {
    writeFileSync(SERVICES_FILE, text);
    console.log(`Wrote ${SERVICES_FILE}`);
  }
}
