// dist/cdn/autoloader.js: the one script tag that loads each Ger element when it first appears
// (src/autoloader.ts), with one chunk per element at dist/cdn/elements/<name>.js and the code
// they share (Lit, the base classes) in dist/cdn/chunks/. The tags come from the manifest, so a
// new component is covered without editing anything here.
import terser from '@rollup/plugin-terser';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { distDir, packageDir } from './components.mjs';
import { sourcePlugins } from './rollup-plugins.mjs';

const ENTRY = '\0ger-autoloader';

/** Each custom element of the manifest: its tag and the module that declares its class (`src/button/button.ts`). */
export function elementModules(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ tag: d.tagName, module: module.path })),
  );
}

/** The autoloader entry: the runtime started with an `import()` per tag. */
function entrySource(elements) {
  const loaders = elements.map(({ tag, module }) => `  ${JSON.stringify(tag)}: () => import(${JSON.stringify(join(packageDir, module))}),`);
  return `import { startAutoloader } from ${JSON.stringify(join(packageDir, 'src', 'autoloader.ts'))};
const autoloader = startAutoloader({
${loaders.join('\n')}
});
/** Loads and watches the Ger elements under a root the autoloader cannot see, such as a closed shadow root. */
export const discover = (root) => autoloader.discover(root);
`;
}

/** The types of what the entry exports. */
const DECLARATIONS = `/** Loads and watches the Ger elements under a root the autoloader cannot see, such as a closed shadow root. */
export declare function discover(root: Element | Document | ShadowRoot): void;
`;

/** The entry as a module that exists only in this build. */
function entryPlugin(source) {
  return {
    name: 'ger-autoloader-entry',
    resolveId: (id) => (id === ENTRY ? ENTRY : null),
    load: (id) => (id === ENTRY ? source : null),
  };
}

export async function buildAutoloader(manifest) {
  const elements = elementModules(manifest);
  // Each element's module is an entry too, so its chunk has a stable name the autoloader imports.
  const input = {
    autoloader: ENTRY,
    ...Object.fromEntries(elements.map(({ module }) => [module.split('/').at(-1).replace(/\.ts$/, ''), join(packageDir, module)])),
  };
  const bundle = await rollup({
    input,
    plugins: [entryPlugin(entrySource(elements)), ...sourcePlugins(), terser({ ecma: 2022, module: true, format: { comments: false } })],
  });
  try {
    await bundle.write({
      dir: join(distDir, 'cdn'),
      format: 'es',
      sourcemap: true,
      entryFileNames: (chunk) => (chunk.name === 'autoloader' ? 'autoloader.js' : 'elements/[name].js'),
      chunkFileNames: 'chunks/[name]-[hash].js',
    });
  } finally {
    await bundle.close();
  }
  writeFileSync(join(distDir, 'cdn', 'autoloader.d.ts'), DECLARATIONS);
  return elements.length;
}
