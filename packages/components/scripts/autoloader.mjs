// dist/cdn/autoloader.js: the one script tag that loads each Ger element when it first appears
// (src/autoloader.ts), with one chunk per element at dist/cdn/elements/<name>.js and the code
// they share in dist/cdn/chunks/ (grouped as cdn-chunks.mjs explains). The tags come from the
// manifest, so a new component is covered without editing anything here.
import terser from '@rollup/plugin-terser';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { sharedChunks, staticDependencies } from './cdn-chunks.mjs';
import { distDir, packageDir } from './components.mjs';
import { sourcePlugins } from './rollup-plugins.mjs';

const ENTRY = '\0ger-autoloader';
/** Replaced, once the files are known, by each tag's static dependencies (see `dependenciesPlugin`). */
/** Stands for a tag's dependencies until the files are known (see `dependenciesPlugin`); `*`: those of every element. */
const placeholder = (tag) => JSON.stringify(`__GER_DEPENDENCIES__${tag}`);
const EVERY_ELEMENT = '*';

/** Each custom element of the manifest: its tag and the module that declares its class (`src/button/button.ts`). */
export function elementModules(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ tag: d.tagName, module: module.path })),
  );
}

/**
 * The autoloader entry: the runtime started with an `import()` per tag, each preceded by the
 * preload of the files that element's file imports (so they download at the same time).
 */
function entrySource(elements) {
  const loaders = elements.map(
    ({ tag, module }) => `  ${JSON.stringify(tag)}: element(() => import(${JSON.stringify(join(packageDir, module))}), ${placeholder(tag)}),`,
  );
  return `import { preloadModules, startAutoloader } from ${JSON.stringify(join(packageDir, 'src', 'autoloader.ts'))};
const shared = ${placeholder(EVERY_ELEMENT)};
const element = (load, dependencies) => () => {
  preloadModules([...shared, ...dependencies].map((file) => new URL(file, import.meta.url).href));
  return load();
};
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

/**
 * Writes into the autoloader each tag's static dependencies: the files its element's file
 * imports, directly or not, less those the autoloader has loaded itself. What every element
 * imports (the core chunk) is written once.
 */
function dependenciesPlugin(elements) {
  return {
    name: 'ger-autoloader-dependencies',
    renderChunk(code, chunk, _options, { chunks }) {
      if (chunk.facadeModuleId !== ENTRY) return null;
      const loaded = new Set([chunk.fileName, ...staticDependencies(chunks, chunk.fileName)]);
      const fileOf = new Map(Object.values(chunks).map((c) => [c.facadeModuleId, c.fileName]));
      const own = new Map(
        elements.map(({ tag, module }) => [tag, staticDependencies(chunks, fileOf.get(join(packageDir, module))).filter((file) => !loaded.has(file))]),
      );
      const shared = [...own.values()].reduce((common, files) => common.filter((file) => files.includes(file)));
      const lists = new Map([[EVERY_ELEMENT, shared], ...[...own].map(([tag, files]) => [tag, files.filter((file) => !shared.includes(file))])]);
      for (const tag of lists.keys()) if (!code.includes(placeholder(tag))) throw new Error(`The autoloader entry lost the placeholder of ${tag}.`);
      // `map: null`: only the generated entry's own lines change, and they map to no source file.
      return { code: [...lists].reduce((result, [tag, files]) => result.replace(placeholder(tag), JSON.stringify(files)), code), map: null };
    },
  };
}

export async function buildAutoloader(manifest) {
  const elements = elementModules(manifest);
  const elementEntries = elements.map(({ module }) => join(packageDir, module));
  // Each element's module is an entry too, so its chunk has a stable name the autoloader imports.
  const input = {
    autoloader: ENTRY,
    ...Object.fromEntries(elementEntries.map((module) => [module.split('/').at(-1).replace(/\.ts$/, ''), module])),
  };
  const bundle = await rollup({
    input,
    // An element's file may also export what its later parts import from it (the table's sorting
    // imports the table's helpers): otherwise rollup adds a file that only re-exports the element.
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      entryPlugin(entrySource(elements)),
      ...sourcePlugins(),
      dependenciesPlugin(elements),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  });
  try {
    await bundle.write({
      dir: join(distDir, 'cdn'),
      format: 'es',
      sourcemap: true,
      entryFileNames: (chunk) => (chunk.name === 'autoloader' ? 'autoloader.js' : 'elements/[name].js'),
      // No hash: the element files have none either (a CDN's URL carries the version), and the
      // autoloader's list of dependencies stays small.
      chunkFileNames: 'chunks/[name].js',
      manualChunks: sharedChunks(elementEntries),
    });
  } finally {
    await bundle.close();
  }
  writeFileSync(join(distDir, 'cdn', 'autoloader.d.ts'), DECLARATIONS);
  return elements.length;
}
