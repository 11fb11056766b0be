import { html, type TemplateResult } from 'lit';

/**
 * Joins templates written one after another into one template, for an element that renders only
 * the parts it has data for and is put on a page a thousand times (a service card). Each nested
 * template would cost its own template instance per element (a clone, markers, parts); the
 * joined one costs a single instance, like a flat template that holds only the parts shown.
 *
 * Each part is whole tags written in a child position: an element (`html\`<p>${x}</p>\``), or the
 * opening tag of a wrapper (`html\`<dl>\``) closed by a later `endTag('dl')`; never a piece of a tag.
 * An end tag is never written as a template of its own: the build's template minifier drops an end
 * tag whose start tag is not in the same template, and the wrapper would then swallow what follows.
 * The joined strings come only from those templates and end tags in the source, never
 * from data, so Lit's rule that template strings are written by the developer still holds (the
 * same way `lit/static-html.js` joins its literals). One joined template is kept per sequence of
 * parts, and there are few sequences: parts are not repeated more than a handful of times.
 */
export function joinTemplates(parts: readonly (TemplateResult | EndTag | false | '' | undefined | null)[]): TemplateResult {
  const shown = parts.filter((part): part is TemplateResult | EndTag => Boolean(part));
  const key = shown.map((part) => (isEndTag(part) ? part.markup : idOf(part.strings))).join(',');
  let strings = joined.get(key);
  if (!strings) {
    const joinedStrings: string[] = [''];
    for (const part of shown) {
      const [first, ...rest] = isEndTag(part) ? [part.markup] : part.strings;
      joinedStrings[joinedStrings.length - 1] += first;
      joinedStrings.push(...rest);
    }
    strings = Object.freeze(Object.assign(joinedStrings, { raw: [...joinedStrings] })) as unknown as TemplateStringsArray;
    joined.set(key, strings);
  }
  return html(strings, ...shown.flatMap((part) => (isEndTag(part) ? [] : part.values)));
}

/** The end tag of a wrapper opened by an earlier part of `joinTemplates`. */
export interface EndTag {
  readonly markup: string;
}

/** `</name>`, for `joinTemplates`; the name is written in the source, never taken from data. */
export function endTag(name: 'div' | 'dl' | 'ul' | 'ol' | 'section'): EndTag {
  return { markup: `</${name}>` };
}

const isEndTag = (part: TemplateResult | EndTag): part is EndTag => 'markup' in part;

const joined = new Map<string, TemplateStringsArray>();
const ids = new WeakMap<TemplateStringsArray, number>();
let nextId = 0;

/** A number for each template in the source (its strings are one object for the life of the page). */
function idOf(strings: TemplateStringsArray): number {
  let id = ids.get(strings);
  if (id === undefined) ids.set(strings, (id = nextId++));
  return id;
}
