// Packs every public workspace package (`npm pack`) into one folder: what a user would install
// from the registry. The publish checks and the tested installs read these tarballs.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** The workspace packages that are published (not `private`): `{ name, dir }`. */
export function publicPackages() {
  const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return workspaces
    .map((workspace) => ({ dir: join(root, workspace), manifest: JSON.parse(readFileSync(join(root, workspace, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => !manifest.private)
    .map(({ dir, manifest }) => ({ name: manifest.name, dir }));
}

/** Packs each public package into `destination`; returns `{ name, dir, tarball, files }` (files as npm lists them). */
export function packAll(destination) {
  return publicPackages().map(({ name, dir }) => {
    const [result] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    return { name, dir, tarball: join(destination, result.filename), files: result.files.map((file) => file.path) };
  });
}
