// The plugins every bundle of the components uses (the package build and the size benchmark),
// so what is measured is what ships.
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { fileURLToPath } from 'node:url';

const tsconfig = fileURLToPath(new URL('../../../tsconfig.json', import.meta.url));

const srcDir = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * The package's `sideEffects` field speaks of dist/ to the app's bundler, but node-resolve applies
 * it to src/ too, and then drops side-effect imports such as the header's
 * `import '../language-switch/language-switch.js'` (which defines the element it renders).
 * While building, a source module keeps its side effects.
 */
function sourceSideEffects() {
  return {
    name: 'ger-source-side-effects',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && !resolved.external && resolved.id.startsWith(srcDir) ? { ...resolved, moduleSideEffects: true } : null;
    },
  };
}

/**
 * TypeScript through esbuild, then the markup and CSS inside Lit's `html` and `css` templates
 * minified (indentation and comments out; whitespace between inline elements kept as one space).
 */
export function sourcePlugins() {
  return [sourceSideEffects(), nodeResolve(), esbuild({ target: 'es2022', tsconfig }), literalsHtmlCssMinifier({ failOnError: true })];
}

/**
 * The one minifier setting, for what ships and what is measured alike. Three compress passes:
 * each finds what the last one's inlining opened up (about 35 B gzip less per component entry).
 */
export function minify() {
  return terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } });
}
