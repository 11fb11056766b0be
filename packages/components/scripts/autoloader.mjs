// dist/cdn/autoloader.js: the one script tag that loads each Ger element when it first appears
// (src/autoloader.ts). The elements and the code they share are grouped into files as
// cdn-chunks.mjs explains; the autoloader holds, per tag, the file that defines the element and
// the files that file imports (dist/cdn/files.json has the same list). The tags come from the
// manifest, so a new component is covered without editing anything here.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { cdnChunks, staticDependencies } from './cdn-chunks.mjs';
import { distDir, packageDir } from './components.mjs';
import { minify, sourcePlugins } from './rollup-plugins.mjs';

const ENTRY = '\0ger-autoloader';
/** Stands for the tags' files until they are known (see `filesPlugin`). */
const FILES_PLACEHOLDER = '"__GER_FILES__"';
/** `importFile` (src/autoloader.ts) where every file of the build finds it: the core sets it as it starts. */
const IMPORT_FILE = 'globalThis[Symbol.for("ger.importFile")]';

/** Each custom element of the manifest: its tag and the module that declares its class (`src/button/button.ts`). */
export function elementModules(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ tag: d.tagName, module: module.path })),
  );
}

/**
 * The autoloader entry: the runtime, started with each element's files, which map an element's
 * name (its tag less `ger-`) to the file that defines it, followed by the files that one imports,
 * each without `.js`: they are preloaded together, then the first is imported (see `ElementLoaders`).
 */
const ENTRY_SOURCE = `import { importFile, preloadModules, startAutoloader } from ${JSON.stringify(join(packageDir, 'src', 'autoloader.ts'))};
${IMPORT_FILE} = importFile;
const url = (file) => new URL(\`\${file}.js\`, import.meta.url).href;
const autoloader = startAutoloader(
  Object.fromEntries(
    Object.entries(${FILES_PLACEHOLDER}).map(([name, files]) => [
      \`ger-\${name}\`,
      () => {
        const urls = files.split(' ').map(url);
        preloadModules(urls);
        return importFile(urls[0]);
      },
    ]),
  ),
);
/** Loads and watches the Ger elements under a root the autoloader cannot see, such as a closed shadow root. */
export const discover = (root) => autoloader.discover(root);
`;

/** The types of what the entry exports. */
const DECLARATIONS = `/** Loads and watches the Ger elements under a root the autoloader cannot see, such as a closed shadow root. */
export declare function discover(root: Element | Document | ShadowRoot): void;
`;

/**
 * Each \`import()\` of a file of this build (a part that loads later: a chat panel, a table's sorting)
 * goes through \`importFile\`, so that a download that failed on a dropped connection is asked for again
 * at another URL, as the elements' files are: the browser may keep the failure (see \`importFile\`).
 */
function importFilePlugin() {
  return {
    name: 'ger-import-file',
    renderDynamicImport: ({ targetChunk }) => (targetChunk ? { left: `${IMPORT_FILE}(new URL(`, right: ',import.meta.url).href)' } : null),
  };
}

/** The entry as a module that exists only in this build. */
function entryPlugin() {
  return {
    name: 'ger-autoloader-entry',
    resolveId: (id) => (id === ENTRY ? ENTRY : null),
    load: (id) => (id === ENTRY ? ENTRY_SOURCE : null),
  };
}

/**
 * Writes into the autoloader each element's files: the file holding the element's module, then
 * the files it imports, directly or not, less the autoloader itself (which holds the core).
 * `written` gets them too, by tag with `.js`, for `files.json`.
 */
function filesPlugin(elements, written) {
  return {
    name: 'ger-autoloader-files',
    renderChunk(code, chunk, _options, { chunks }) {
      if (chunk.facadeModuleId !== ENTRY) return null;
      const holding = (module) => Object.values(chunks).find((c) => c.moduleIds.includes(module));
      const files = elements.map(({ name, module }) => {
        const file = holding(module)?.fileName;
        if (!file) throw new Error(`No file holds ${module}.`);
        const imports = staticDependencies(chunks, file).filter((f) => f !== chunk.fileName);
        written[`ger-${name}`] = [file, ...imports];
        return [name, [file, ...imports].map((f) => f.replace(/\.js$/, '')).join(' ')];
      });
      if (!code.includes(FILES_PLACEHOLDER)) throw new Error('The autoloader entry lost the placeholder of its files.');
      // `map: null`: only the generated entry's own line changes, and it maps to no source file.
      return { code: code.replace(FILES_PLACEHOLDER, JSON.stringify(Object.fromEntries(files))), map: null };
    },
  };
}

export async function buildAutoloader(manifest) {
  const elements = elementModules(manifest).map(({ tag, module }) => ({ tag, name: tag.replace(/^ger-/, ''), module: join(packageDir, module) }));
  // Each element's module is an entry too, so `dist/cdn/elements/<name>.js` exists for each (for
  // the elements in a shared file, a file that re-exports it from there).
  const input = { autoloader: ENTRY, ...Object.fromEntries(elements.map(({ name, module }) => [name, module])) };
  const grouping = cdnChunks(ENTRY, elements);
  const files = {};
  const bundle = await rollup({
    input,
    // An element's file may also export what its later parts import from it (the table's sorting
    // imports the table's helpers): otherwise rollup adds a file that only re-exports the element.
    preserveEntrySignatures: 'allow-extension',
    plugins: [entryPlugin(), ...sourcePlugins(), filesPlugin(elements, files), importFilePlugin(), minify()],
  });
  try {
    await bundle.write({
      dir: join(distDir, 'cdn'),
      format: 'es',
      sourcemap: true,
      // No hash: a CDN's URL carries the version, and the autoloader's list of files stays small.
      entryFileNames: grouping.fileName,
      chunkFileNames: grouping.fileName,
      manualChunks: grouping.manualChunks,
    });
  } finally {
    await bundle.close();
  }
  writeFileSync(join(distDir, 'cdn', 'autoloader.d.ts'), DECLARATIONS);
  // What a page that knows its elements can ask for beside the autoloader (<link rel="modulepreload">),
  // one round trip sooner: each tag's files, relative to dist/cdn/, the one defining it first.
  writeFileSync(join(distDir, 'cdn', 'files.json'), `${JSON.stringify(files, null, 2)}\n`);
  return elements.length;
}
