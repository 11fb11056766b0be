// The framework types of @ger/components, written from the Custom Elements Manifest by
// scripts/integrations.mjs into dist/types/:
//   jsx.d.ts        JSX/TSX (Preact, Solid, …): `CustomElements`, props keyed as in HTML
//   jsx-react.d.ts  React 19 without the wrappers: `ReactCustomElements`, the same props on top of
//                   React's own DOM props and events (`onClick`, `onInput`, `className`, `ref`)
//   vue.d.ts        Vue 3: `GlobalComponents`, keyed as vue-tsc checks a template: camelCase props
//                   (`:max-size` is `maxSize`) and `onGerDismiss` for `@ger-dismiss`
// The generic generators (custom-element-jsx-integration, custom-element-vuejs-integration) wrote
// Vue's keys as HTML's (`"max-size"`, `"onger-dismiss"`), which vue-tsc never matches, so nothing
// was checked; typed every native event `CustomEvent<never>`; offered read-only getters as props;
// and gave JSX no DOM events, so React refused `onClick`. Here each framework gets its own names.
//
// A listener of a Ger event gets `CustomEvent<GerEventDetails["ger-x"]>`; of a native event
// (`input`, `change`), `GerNativeEvent<GerX>`: `currentTarget` is the element, so
// `event.currentTarget.value` is typed.

const eventsModule = '../base/events.js';

/** `src/button/button.ts` -> `../button/button.js`, the declaration's path seen from dist/types/. */
const typePath = (modulePath) => `../${modulePath.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;

/** `ger-step-change` -> `GerStepChange`, `input` -> `Input`. */
const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());

/** Text inside a `/** … *\/` comment: no early close, each line starred. */
function comment(text, indent = '  ') {
  const body = String(text ?? '')
    .trim()
    .replace(/\*\//g, '*\\/');
  if (!body) return '';
  const lines = body.split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} *${line ? ` ${line}` : ''}`).join('\n')}\n${indent} */\n`;
}

const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

/**
 * The public API of each element, as the frameworks set it: the properties one can set (public,
 * not static, not read-only: `displayValue` or `form` would throw when set), each with its
 * attribute if it has one, and the events it fires.
 */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => {
        const settable = (declaration.members ?? []).filter(
          (member) =>
            member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#'),
        );
        const props = settable.map((member) => ({
          field: member.name,
          attribute: member.attribute,
          type: `${declaration.name}["${member.name}"]`,
          description: member.deprecated
            ? `@deprecated ${member.deprecated === true ? '' : member.deprecated}\n${member.description ?? ''}`
            : member.description,
        }));
        // An attribute with no public property behind it is still written in HTML, as a string.
        for (const attribute of declaration.attributes ?? []) {
          if (!attribute.fieldName && !props.some((prop) => prop.attribute === attribute.name)) {
            props.push({ field: undefined, attribute: attribute.name, type: 'string', description: attribute.description });
          }
        }
        const events = [];
        for (const event of declaration.events ?? []) {
          if (event.name && !events.some((e) => e.name === event.name)) events.push({ name: event.name, description: event.description });
        }
        return {
          className: declaration.name,
          tag: declaration.tagName,
          path: typePath(module.path),
          doc: elementDoc(declaration),
          props,
          events,
        };
      }),
  );
}

/** The element's comment: its summary and description, then its slots, events and CSS parts. */
function elementDoc(declaration) {
  const list = (title, items, format) => (items?.length ? `\n\n${title}:\n${items.map(format).join('\n')}` : '');
  return (
    [declaration.summary, declaration.description].filter(Boolean).join('\n\n') +
    list('Slots', declaration.slots, (slot) => `- ${slot.name ? `\`${slot.name}\`` : '(default)'}: ${slot.description ?? ''}`) +
    list('Events', declaration.events, (event) => `- \`${event.name}\`: ${event.description ?? ''}`) +
    list('CSS parts', declaration.cssParts, (part) => `- \`${part.name}\`: ${part.description ?? ''}`)
  );
}

/** The listener type of an event on `element`. */
const listener = (element, name) =>
  name.startsWith('ger-') ? `(event: CustomEvent<GerEventDetails[${JSON.stringify(name)}]>) => void` : `(event: GerNativeEvent<${element.className}>) => void`;

function imports(elements, extra = '') {
  return (
    `import type { GerEventDetails, GerNativeEvent } from "${eventsModule}";\n${extra}\n` +
    elements.map((element) => `import type { ${element.className} } from "${element.path}";\n`).join('')
  );
}

/**
 * One element's own props: keyed by `propName(prop)`, events by `eventProp(name)`. A property with
 * an attribute is one prop (by the attribute's name in HTML-like JSX, the property's in Vue).
 */
function propsType(element, exported, propName, eventProp) {
  const lines = [];
  const seen = new Set();
  for (const prop of element.props) {
    const name = propName(prop);
    if (seen.has(name)) continue;
    seen.add(name);
    lines.push(`${comment(prop.description)}  ${key(name)}?: ${prop.type};`);
  }
  for (const event of element.events) {
    const name = eventProp(event.name);
    if (seen.has(name)) continue;
    seen.add(name);
    lines.push(`${comment(event.description)}  ${key(name)}?: ${listener(element, event.name)};`);
  }
  return `${exported ? 'export ' : ''}type ${element.className}Props = {\n${lines.join('\n')}\n};\n`;
}

const header = (what) => `// ${what}\n// Generated from the Custom Elements Manifest by scripts/integrations.mjs: do not edit.\n`;

/** dist/types/jsx.d.ts: each element's props keyed as in HTML (`"prefix-text"`, `"onger-dismiss"`, `oninput`). */
export function jsxTypes(manifest) {
  const elements = elementsOf(manifest);
  return `${header('JSX types of the Ger elements, for a framework whose JSX sets attributes and listens to events by their HTML names.')}${imports(elements)}
/**
 * This type can be used to create scoped tags for your components.
 *
 * \`\`\`ts
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements extends ScopedElements<"test-", ""> {}
 *   }
 * }
 * \`\`\`
 */
export type ScopedElements<Prefix extends string = "", Suffix extends string = ""> = {
  [Key in keyof CustomElements as \`\${Prefix}\${Key}\${Suffix}\`]: CustomElements[Key];
};

/** What every element takes besides its own props, as JSX frameworks name it. */
export type BaseProps = {
  /** Content added between the opening and closing tags of the element */
  children?: any;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined>;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl";
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string;
  /** A unique identifier for the element. */
  id?: string;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number;
  /** Specifies the language of the element. */
  lang?: string;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: unknown | ((e: unknown) => void);
  /** Adds a reference for a custom element slot */
  slot?: string;
  /** Prop for setting inline styles */
  style?: Record<string, string | number>;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number;
  /** Specifies the tooltip text for the element. */
  title?: string;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no";
};

${elements
  .map((element) =>
    propsType(
      element,
      true,
      (prop) => prop.attribute ?? prop.field,
      (name) => `on${name}`,
    ),
  )
  .join('\n')}
/** Each element's own props (no \`BaseProps\`), by tag. */
export type ElementProps = {
${elements.map((element) => `  ${JSON.stringify(element.tag)}: ${element.className}Props;`).join('\n')}
};

/** Each element's class, by tag. */
export type ElementClasses = {
${elements.map((element) => `  ${JSON.stringify(element.tag)}: ${element.className};`).join('\n')}
};

/** Add to your framework's \`JSX.IntrinsicElements\`. */
export type CustomElements = {
${elements.map((element) => `${comment(element.doc)}  ${JSON.stringify(element.tag)}: Partial<${element.className}Props & BaseProps>;`).join('\n')}
};
`;
}

/** dist/types/jsx-react.d.ts: the JSX props on React's own props for each element's class. */
export function reactJsxTypes() {
  return `${header("React 19's JSX types of the Ger elements.")}import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type { ElementClasses, ElementProps } from "./jsx.js";

/**
 * Each element's JSX props on React's own props for its class: \`className\`, \`style\`, \`ref\`,
 * \`key\`, \`onClick\`, \`onInput\` (\`event.currentTarget\` is the element) and the rest. Its own
 * props win where both name one. Extend React's \`JSX.IntrinsicElements\` with it:
 *
 * \`\`\`ts
 * import type { ReactCustomElements } from "@ger/components/jsx-react";
 * declare module "react" {
 *   namespace JSX {
 *     interface IntrinsicElements extends ReactCustomElements {}
 *   }
 * }
 * \`\`\`
 */
export type ReactCustomElements = {
  [Tag in keyof ElementProps]: ElementProps[Tag] &
    Omit<DetailedHTMLProps<HTMLAttributes<ElementClasses[Tag]>, ElementClasses[Tag]>, keyof ElementProps[Tag]>;
};
`;
}

/** dist/types/vue.d.ts: camelCase props and `onGerDismiss`-style events, over Vue's own HTML attributes. */
export function vueTypes(manifest) {
  const elements = elementsOf(manifest);
  return `${header('Vue 3 types of the Ger elements: `/// <reference types="@ger/components/vue" />` once, and vue-tsc checks their props and events.')}${imports(elements, 'import type { DefineComponent, HTMLAttributes } from "vue";\n')}
// vue-tsc reads \`:max-size\` as the prop \`maxSize\` and \`@ger-dismiss\` as \`onGerDismiss\`.
${elements
  .map((element) =>
    propsType(
      element,
      false,
      (prop) => prop.field ?? prop.attribute.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase()),
      (name) => `on${pascal(name)}`,
    ),
  )
  .join('\n')}
/**
 * An element's own props over Vue's attributes and DOM events (\`id\`, \`@click\`), which its own
 * replace; and \`slot\` and \`data-*\`, which Vue's lack (vue-tsc looks up \`data-testid\` as \`dataTestid\`).
 */
type WithHtml<Props> = Props & Omit<HTMLAttributes, keyof Props> & { slot?: string; [data: \`data\${Capitalize<string>}\`]: unknown };

export type CustomElements = {
${elements.map((element) => `${comment(element.doc)}  ${JSON.stringify(element.tag)}: DefineComponent<WithHtml<${element.className}Props>>;`).join('\n')}
};

declare module "vue" {
  interface GlobalComponents extends CustomElements {}
}
`;
}
