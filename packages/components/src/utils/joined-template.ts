import { html, type TemplateResult } from 'lit';

/** A part of `joinTemplates`: a template, an end tag, or nothing (a part not shown). */
type Piece = TemplateResult | EndTag | false | '' | undefined | null;

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
export function joinTemplates(parts: readonly Piece[]): TemplateResult {
  // One pass, few allocations: a catalogue calls this once per card.
  let key = '';
  const values: unknown[] = [];
  for (const part of parts) {
    if (!part) continue;
    if (isEndTag(part)) {
      key += part.markup;
    } else {
      key += `${idOf(part.strings)},`;
      values.push(...part.values);
    }
  }
  return html(joined.get(key) ?? join(key, parts), ...values);
}

/** The strings of `parts` as one template's, kept under `key`. */
function join(key: string, parts: readonly Piece[]): TemplateStringsArray {
  const strings: string[] = [''];
  for (const part of parts) {
    if (!part) continue;
    const [first, ...rest] = isEndTag(part) ? [part.markup] : part.strings;
    strings[strings.length - 1] += first;
    strings.push(...rest);
  }
  const frozen = Object.freeze(Object.assign(strings, { raw: [...strings] })) as unknown as TemplateStringsArray;
  joined.set(key, frozen);
  return frozen;
}

/** The end tag of a wrapper opened by an earlier part of `joinTemplates`. */
export interface EndTag {
  readonly markup: string;
}

/** `</name>`, for `joinTemplates`; the name is written in the source, never taken from data. */
export function endTag(name: EndTagName): EndTag {
  return (endTags[name] ??= { markup: `</${name}>` });
}
type EndTagName = 'div' | 'dl' | 'ul' | 'ol' | 'section';
const endTags: Partial<Record<EndTagName, EndTag>> = {};

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
