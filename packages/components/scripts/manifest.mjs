// The one Custom Elements Manifest of @ger/components, from the TypeScript source: the build
// writes it to dist/custom-elements.json, and Storybook (.storybook/custom-elements.ts) builds it
// with this same function for its docs tables, so both describe the components the same way
// and Storybook does not need dist/ to have been built first.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import { dependenciesPlugin } from './cem-dependencies.mjs';
import { internalMembersPlugin } from './cem-internal.mjs';
import { packageDir, srcDir } from './components.mjs';

/** The component source: every .ts file of src/ but tests and declarations, in a stable order. */
function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(path);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
    });
}

/**
 * Ger defines elements with `defineElement('ger-x', GerX)` (defined once, however many bundles
 * import it), which the analyzer does not know: read it as it reads `customElements.define`.
 */
function defineElementPlugin() {
  return {
    name: 'ger-define-element',
    analyzePhase({ node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
      const declaration = moduleDoc.declarations.find((d) => d.name === element.text);
      if (declaration) {
        declaration.tagName = tag.text;
        declaration.customElement = true;
      }
      const definition = { kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, module: moduleDoc.path } };
      if (!moduleDoc.exports?.some((e) => e.kind === definition.kind && e.name === definition.name)) {
        moduleDoc.exports = [...(moduleDoc.exports ?? []), definition];
      }
    },
  };
}

/** The manifest (schema 2.x): module paths relative to the package, as `src/button/button.ts`. */
export function buildManifest() {
  const modules = sourceFiles(srcDir).map((file) => ts.createSourceFile(relative(packageDir, file), readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true));
  return create({ modules, plugins: [...litPlugin(), defineElementPlugin(), dependenciesPlugin(), internalMembersPlugin()], context: { dev: false } });
}
