// The plugins every bundle of the components uses (the package build and the size benchmark),
// so what is measured is what ships.
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { fileURLToPath } from 'node:url';

const tsconfig = fileURLToPath(new URL('../../../tsconfig.json', import.meta.url));

/**
 * TypeScript through esbuild, then the markup and CSS inside Lit's `html` and `css` templates
 * minified (indentation and comments out; whitespace between inline elements kept as one space).
 */
export function sourcePlugins() {
  return [nodeResolve(), esbuild({ target: 'es2022', tsconfig }), literalsHtmlCssMinifier({ failOnError: true })];
}
