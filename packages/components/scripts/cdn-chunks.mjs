// How the autoloader's build groups the code the elements share into files. Every file a page
// downloads costs more than its code: gzip starts each file with an empty dictionary, so the
// `var(--ger-…)` and Lit idioms every element repeats are paid for once per file. Rollup's
// default (one chunk per set of importers) gave the agency site's service page 38 files, 13 KB
// of that cost. So what (nearly) every page needs goes into one file, and what only form
// controls need into another.

/**
 * A module at least this many elements import goes into a shared chunk. Measured on the agency
 * site's five pages (gzip, all pages together): 3 gave 179.7 KB, 4 gave 176.8 KB (the service
 * page 36.0 KB in 20 files), 6 and 9 more again (the small helpers a few elements share became
 * files of a few hundred bytes each). The core chunk then holds some code a page may not use:
 * a few hundred bytes gzip, less than one more file costs.
 */
export const SHARED_BY = 4;

/** Marks an element as a form control: its closure includes the form-control base. */
const FORM_CONTROL_BASE = '/src/base/form-control.ts';

/**
 * Rollup's `output.manualChunks` for the given element entry modules: `core` (Lit, the base
 * element, localization, shared styles and the helpers most elements use), `form-control` (the
 * form-control base, validators and field styles, which only form controls import), and
 * rollup's own grouping for the rest. Only static imports count: a part that loads later stays
 * in a file of its own until it is needed.
 */
export function sharedChunks(entryModules) {
  let chunkOf;
  return (id, { getModuleInfo }) => {
    chunkOf ??= assignChunks(entryModules, getModuleInfo);
    return chunkOf.get(id);
  };
}

function assignChunks(entryModules, getModuleInfo) {
  const importers = new Map();
  const formOnly = new Map();
  for (const entry of entryModules) {
    const closure = staticClosure(entry, getModuleInfo);
    const isFormControl = [...closure].some((id) => id.endsWith(FORM_CONTROL_BASE));
    for (const id of closure) {
      importers.set(id, (importers.get(id) ?? 0) + 1);
      formOnly.set(id, (formOnly.get(id) ?? true) && isFormControl);
    }
  }
  const chunkOf = new Map();
  for (const [id, count] of importers) {
    // An element module stays in its own file, which the autoloader imports by name.
    if (count < SHARED_BY || entryModules.includes(id)) continue;
    chunkOf.set(id, formOnly.get(id) ? 'form-control' : 'core');
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
 * The files each element's file imports statically, directly or not, as paths relative to the
 * autoloader, for `<link rel="modulepreload">`: the autoloader asks for them together with the
 * element's file, so the browser fetches them at once instead of discovering them one import at
 * a time.
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
