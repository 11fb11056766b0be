import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const srcDir = join(packageDir, 'src');
export const distDir = join(packageDir, 'dist');

/** Folders of src/ that hold shared code, not a component. */
const SHARED = new Set(['base', 'controllers', 'locales', 'styles', 'utils']);

/** Every component: a folder `src/<name>/` with `<name>.ts` in it. */
export function componentNames() {
  return readdirSync(srcDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !SHARED.has(entry.name))
    .map((entry) => entry.name)
    .filter((name) => existsSync(join(srcDir, name, `${name}.ts`)))
    .sort();
}
