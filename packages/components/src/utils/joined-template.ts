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
  // One pass and no key string to build: the joined strings are found by walking a tree keyed by
  // each part's template (a catalogue calls this once per card, while the page's scripts are cold).
  let node = joined;
  const values: unknown[] = [];
  for (const part of parts) {
    if (!part) continue;
    const key = isEndTag(part) ? part.markup : part.strings;
    let next = node.next.get(key);
    if (!next) node.next.set(key, (next = { next: new Map() }));
    node = next;
    if (!isEndTag(part)) for (const value of part.values) values.push(value);
  }
  return html((node.strings ??= join(parts)), ...values);
}

/** The strings of `parts` as one template's. */
function join(parts: readonly Piece[]): TemplateStringsArray {
  const strings: string[] = [''];
  for (const part of parts) {
    if (!part) continue;
    const [first, ...rest] = isEndTag(part) ? [part.markup] : part.strings;
    strings[strings.length - 1] += first;
    strings.push(...rest);
  }
  return Object.freeze(Object.assign(strings, { raw: [...strings] })) as unknown as TemplateStringsArray;
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

/** A sequence of parts so far: the joined strings when a sequence ends here, and what may follow. */
interface Sequence {
  strings?: TemplateStringsArray;
  /** Keyed by a template's strings (one object per template in the source) or an end tag's markup. */
  next: Map<TemplateStringsArray | string, Sequence>;
}
const joined: Sequence = { next: new Map() };
