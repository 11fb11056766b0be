// Builds @ger/components: one ESM entry per component (Lit left to the app's bundler) and one
// all-in-one CDN file with Lit inside, minified, for a plain <script type="module">.
import { join } from 'node:path';
import { componentNames, distDir, srcDir } from './packages/components/scripts/components.mjs';
import { minify, sourcePlugins } from './packages/components/scripts/rollup-plugins.mjs';

// locales/mn-Mong.js registers the traditional script's strings up front (they otherwise load on first use).
const entries = Object.fromEntries([
  ['index', join(srcDir, 'index.ts')],
  ['locales/mn-Mong', join(srcDir, 'locales', 'mn-Mong-entry.ts')],
  ...componentNames().map((name) => [name, join(srcDir, name, `${name}.ts`)]),
]);

export default [
  {
    input: entries,
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
    plugins: sourcePlugins(),
    output: { dir: distDir, format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
  },
  {
    input: join(srcDir, 'index.ts'),
    plugins: [...sourcePlugins(), minify()],
    // One file: code components load on demand (the live chat's panel, form checks, drafts) is inlined here.
    output: { file: join(distDir, 'cdn', 'ger.min.js'), format: 'es', sourcemap: true, inlineDynamicImports: true },
  },
];
