// No import cycles in any package: a part that loads later talks to its host through an interface,
// never through the host's class. dpdm reads TypeScript as written (`./x.js` naming `x.ts`), and
// counts type-only imports and `import()` too: each of them ties the two modules' designs together.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseCircular, parseDependencyTree } from 'dpdm';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const SOURCES = ['packages/*/src/**/*.{ts,mjs,js}', 'packages/*/*.mjs', 'packages/*/scripts/**/*.mjs', 'scripts/**/*.mjs', 'bench/**/*.mjs'];

/**
 * The cycles among `patterns` (relative to `cwd`, which holds the tsconfig.json that resolves
 * TypeScript imports), each as `a -> b -> a`, and relative imports that did not resolve.
 */
async function importCycles(patterns, cwd) {
  // Built output (dist/) is Rollup's chunking, not the source's design: benches import it, so it is not followed.
  const tree = await parseDependencyTree(patterns, { cwd, context: cwd, transform: false, skipDynamicImports: false, exclude: /\/(node_modules|dist)\// });
  const unresolved = Object.values(tree)
    .flatMap((dependencies) => dependencies ?? [])
    .filter((dependency) => dependency.request.startsWith('.') && dependency.id === null)
    .map((dependency) => `${dependency.issuer} imports ${dependency.request}`);
  const cycles = parseCircular(tree).map((cycle) => [...cycle, cycle[0]].join(' -> '));
  return { cycles, unresolved };
}

test('no module imports itself through others, in any package', async () => {
  const { cycles, unresolved } = await importCycles(SOURCES, root);
  // An import the finder could not follow would hide the cycles behind it.
  assert.deepEqual(unresolved, [], `imports that did not resolve:\n${unresolved.join('\n')}`);
  assert.deepEqual(cycles, [], `import cycles:\n${cycles.join('\n')}`);
});

test('the check finds a cycle made of a `.js`-suffixed import and a type-only import', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ger-cycle-'));
  try {
    // As in the repository: TypeScript's own resolution (from tsconfig.json) maps `./x.js` to `x.ts`.
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'bundler' } }));
    writeFileSync(join(dir, 'host.ts'), "import type { Part } from './part.js';\nexport class Host { part?: Part; }\n");
    writeFileSync(join(dir, 'part.ts'), "import type { Host } from './host.js';\nexport class Part { constructor(readonly host: Host) {} }\n");
    writeFileSync(join(dir, 'lazy.ts'), "export const load = () => import('./lazy-back.js');\n");
    writeFileSync(join(dir, 'lazy-back.ts'), "import { load } from './lazy.js';\nexport { load };\n");
    const { cycles, unresolved } = await importCycles(['*.ts'], dir);
    assert.deepEqual(unresolved, []);
    // Which file a cycle is listed from depends on the walk: compare the files in each.
    const members = cycles.map((cycle) => [...new Set(cycle.split(' -> '))].sort().join(' ')).sort();
    assert.deepEqual(members, ['host.ts part.ts', 'lazy-back.ts lazy.ts']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
