/**
 * Builds the Custom Elements Manifest of packages/components from the TypeScript source, in
 * memory, for Storybook's autodocs (attributes, slots, parts, events and their JSDoc).
 *
 * Storybook must not depend on `packages/components/dist` having been built, so it runs the
 * analyzer itself. Ger defines elements with `defineElement('ger-x', GerX)` rather than
 * `customElements.define`, which the analyzer does not know: a small plugin teaches it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as analyzer from '@custom-elements-manifest/analyzer';
// @ts-expect-error: the analyzer ships this plugin as plain JavaScript without types.
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';

interface Named {
  name: string;
  description?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  readonly?: boolean;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  members?: Named[];
  slots?: Named[];
  cssParts?: Named[];
}
interface ModuleDoc {
  path: string;
  declarations: Declaration[];
  exports?: { kind: string; name: string; declaration: { name: string; module: string } }[];
}

type TS = typeof import('typescript');
type Plugin = { name: string; [phase: string]: unknown };
/** The analyzer's own TypeScript: its syntax kinds must match the AST it walks. Its types omit these exports. */
const { create, ts } = analyzer as unknown as {
  create(options: { modules: import('typescript').SourceFile[]; plugins: Plugin[]; context: object }): unknown;
  ts: TS;
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Reads `defineElement('ger-x', GerX)` as the analyzer reads `customElements.define`. */
function defineElementPlugin(): Plugin {
  return {
    name: 'ger-define-element',
    analyzePhase({ node, moduleDoc }: { node: import('typescript').Node; moduleDoc: ModuleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
      const declaration = moduleDoc.declarations.find((d) => d.name === element.text);
      if (declaration) {
        declaration.tagName = tag.text;
        declaration.customElement = true;
      }
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, module: moduleDoc.path } },
      ];
    },
  };
}

/**
 * Shapes the manifest for Storybook's args table, which keys every row by name in one list:
 * only the public API (no private, protected or static members, no property that merely backs an
 * attribute, no lifecycle callback, no read-only getter), and slots and parts named so they
 * cannot collide with an attribute (the banner has both a `heading` attribute and a `heading` part).
 */
function forStorybook(manifest: { modules: ModuleDoc[] }): { modules: ModuleDoc[] } {
  for (const declaration of manifest.modules.flatMap((m) => m.declarations)) {
    if (!declaration.tagName) continue;
    declaration.description = [declaration.summary, declaration.description].filter(Boolean).join('\n\n');
    declaration.members = declaration.members?.filter(
      (m) => !m.privacy && !m.static && !m.attribute && !m.readonly && !m.name.endsWith('Callback'),
    );
    declaration.slots = declaration.slots?.map((slot) => ({ ...slot, name: slot.name ? `slot="${slot.name}"` : '(default slot)' }));
    declaration.cssParts = declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` }));
  }
  return manifest;
}

export function buildCustomElementsManifest(root: string): unknown {
  const srcDir = join(root, 'packages/components/src');
  const modules = sourceFiles(srcDir).map((file) =>
    ts.createSourceFile(relative(root, file), readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true),
  );
  const manifest = create({ modules, plugins: [...litPlugin(), defineElementPlugin()], context: { dev: false } });
  return forStorybook(manifest as { modules: ModuleDoc[] });
}
