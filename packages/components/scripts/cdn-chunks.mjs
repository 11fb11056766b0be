// How the autoloader's build groups the elements and the code they share into files. Every file
// a page downloads costs more than its code: gzip starts each file with an empty dictionary, so
// the `var(--ger-…)` and Lit idioms every element repeats are paid for once per file (on the
// agency site's service page, 22 files cost 9.3 KB more than the same code in one). So:
// - `autoloader.js` itself holds the core: Lit, the base element, localization and the helpers
//   several elements share. Every page that has a Ger element needs them, so they come with the
//   script tag instead of in a file of their own; no element is defined by it.
// - `chunks/shell.js`, the page shell: the elements every agency page has (the skip link,
//   header, language switch, display-settings trigger and its store, footer);
// - `chunks/form-control.js`: what only form controls need (the form-control base, validators);
// - one file per other element, holding what only it needs; a part that lives only inside
//   another element (an accordion section) in its parent's file;
// - larger code that a few elements share, grouped by rollup (one file per set of importers);
//   but code the shell shares with another element is in the core: left to rollup, it would go
//   into the shell's file, and a side navigation on a site with a header of its own would download
//   the whole shell for its disclosure controller. Pages with the shell download it either way.
// Parts that load on first use (dynamic imports) stay in files of their own: the display settings'
// panel, and their store, which most readers never need (see controllers/preferences.ts).
//
// Measured and left as it is (service page, gzip, 32.5 KB in 10 files and the head snippet): the shell inside
// `autoloader.js` saves 1.1 KB on every agency page but gives 6.7 KB to a page with no shell
// element; the service page's six elements in one file save 3.2 KB more there but add 8.1 KB
// to the passport page (which uses one of them); both together still leave 28.1 KB.

/**
 * The page shell's elements: on every page of an agency site, so they are never downloaded for
 * nothing and one file holds them all. The header renders the language switch and the display
 * settings' trigger.
 */
export const SHELL = ['skip-link', 'header', 'language-switch', 'display-settings', 'footer'];

/**
 * Elements that live only inside another, which imports them: one file holds both. (A checkbox
 * or a tag also stands alone, so it keeps its own file.)
 */
export const PARTS_OF = { 'accordion-section': 'accordion', radio: 'radio-group', 'tab-panel': 'tabs' };

/**
 * Shared code goes into the core (or, for form controls only, into `form-control`) when at least
 * this many groups of elements import it (the shell's elements count as one group, a parent and
 * its parts as one), or when it is small (characters before minifying): then a file of its own
 * would cost nearly as much as its code. Measured on the agency site (gzip, service page / all
 * five pages): 700 gave 32.9 / 164.0 KB, 1400 gave 33.6 / 168.2 KB (every page then carries more
 * code it does not use than the files it saves).
 */
export const SHARED_BY = 4;
export const SMALL_MODULE = 700;

/** Marks an element as a form control: its closure includes the form-control base. */
const FORM_CONTROL_BASE = '/src/base/form-control.ts';

/** The group of the autoloader's own file, and the shell's. */
const CORE = 'autoloader';
const SHELL_GROUP = 'shell';

/**
 * The grouping for the autoloader's `entry` module and the elements (`{ name, module }`, modules as
 * absolute paths): `manualChunks` for rollup's output (the core with the entry, the shell,
 * form-control, parts put with their parent element, as above), and `fileName`, its
 * `entryFileNames` and `chunkFileNames`: the core is `autoloader.js`, any other group
 * `chunks/<group>.js` (also when rollup makes it the file of one of its elements), an element's
 * own file `elements/<name>.js`, other shared or later-loading code `chunks/<name>.js`.
 */
export function cdnChunks(entry, elements) {
  let chunkOf;
  return {
    manualChunks(id, { getModuleInfo }) {
      chunkOf ??= assignChunks(entry, elements, getModuleInfo);
      return chunkOf.get(id);
    },
    fileName(chunk) {
      const group = chunk.moduleIds.map((id) => chunkOf?.get(id)).find(Boolean);
      if (group === CORE) return `${CORE}.js`;
      if (group) return `chunks/${group}.js`;
      return chunk.isEntry ? 'elements/[name].js' : 'chunks/[name].js';
    },
  };
}

function assignChunks(entry, elements, getModuleInfo) {
  const moduleOf = new Map(elements.map(({ name, module }) => [name, module]));
  for (const [part, parent] of Object.entries(PARTS_OF)) {
    if (!staticClosure(moduleOf.get(parent), getModuleInfo).has(moduleOf.get(part)))
      throw new Error(`PARTS_OF: <ger-${parent}> does not import <ger-${part}>; fix the list.`);
  }
  // Elements that always load together count as one importer: the shell's, and a parent with its parts.
  const groupOf = (name) => (SHELL.includes(name) ? SHELL_GROUP : (PARTS_OF[name] ?? name));
  const groups = new Map();
  for (const { name, module } of elements) groups.set(groupOf(name), [...(groups.get(groupOf(name)) ?? []), module]);

  const importers = new Map();
  const formOnly = new Map();
  for (const [group, modules] of groups) {
    const closure = new Set(modules.flatMap((module) => [...staticClosure(module, getModuleInfo)]));
    const isFormControl = [...closure].some((id) => id.endsWith(FORM_CONTROL_BASE));
    for (const id of closure) {
      importers.set(id, [...(importers.get(id) ?? []), group]);
      formOnly.set(id, (formOnly.get(id) ?? true) && isFormControl);
    }
  }
  const chunkOf = new Map([[entry, CORE]]);
  for (const [id, [group, ...others]] of importers) {
    const size = getModuleInfo(id)?.code?.length ?? Infinity;
    // One group's own code: in its file (an element alone: its own, which rollup makes).
    if (others.length === 0) {
      if (group === SHELL_GROUP || Object.values(PARTS_OF).includes(group)) chunkOf.set(id, group);
    } else if (others.length + 1 >= SHARED_BY || size <= SMALL_MODULE || [group, ...others].includes(SHELL_GROUP)) {
      chunkOf.set(id, formOnly.get(id) ? 'form-control' : CORE);
    }
  }
  return chunkOf;
}

/** `entry` and every module it imports statically, directly or not. */
function staticClosure(entry, getModuleInfo) {
  const seen = new Set();
  const pending = [entry];
  while (pending.length) {
    const id = pending.pop();
    if (seen.has(id)) continue;
    seen.add(id);
    pending.push(...(getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * The files a file imports statically, directly or not: the autoloader asks for them together
 * with the element's file (`<link rel="modulepreload">`), so the browser fetches them at once
 * instead of discovering them one import at a time.
 */
export function staticDependencies(chunks, fileName) {
  const seen = new Set();
  const pending = [...(chunks[fileName]?.imports ?? [])];
  while (pending.length) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    pending.push(...(chunks[file]?.imports ?? []));
  }
  return [...seen].sort();
}
