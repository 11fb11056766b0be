// Builds @ger/components: one ESM entry per component (Lit left to the app's bundler) and one
// all-in-one CDN file with Lit inside, minified, for a plain <script type="module">.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { join } from 'node:path';
import { componentNames, distDir, srcDir } from './packages/components/scripts/components.mjs';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });
const entries = Object.fromEntries([
  ['index', join(srcDir, 'index.ts')],
  ...componentNames().map((name) => [name, join(srcDir, name, `${name}.ts`)]),
]);

export default [
  {
    input: entries,
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
    plugins: [minifyCssLiterals(), nodeResolve(), typescript()],
    output: { dir: distDir, format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
  },
  {
    input: join(srcDir, 'index.ts'),
    plugins: [minifyCssLiterals(), nodeResolve(), typescript(), terser({ ecma: 2022, module: true, format: { comments: false } })],
    output: { file: join(distDir, 'cdn', 'ger.min.js'), format: 'es', sourcemap: true },
  },
];
