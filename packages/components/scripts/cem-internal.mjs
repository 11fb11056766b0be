// A Custom Elements Manifest analyzer plugin: what is not public API stays out of the manifest.
// The analyzer drops a member marked `@internal` or `@ignore`, but its Lit plugin adds back every
// entry of `static properties`, and lists each as an attribute, `state: true` ones too. So the
// editor data, the Vue and JSX types and the docs offered internal state as attributes and props
// (a combobox's `text`, a file upload's `chosen` and `progress`, every control's `touched`).
// Lit gives a `state: true` property no attribute; here it has none either, and a member marked
// `@internal`/`@ignore` is removed again.

/** The JSDoc tag names on a node. */
const tagNames = (node) => (node.jsDoc ?? []).flatMap((doc) => doc.tags ?? []).map((tag) => tag.tagName.getText());

/** The entries of `static properties = { … }` whose options say `state: true`. */
function stateProperties(ts, classNode) {
  const declaration = classNode.members.find(
    (member) =>
      ts.isPropertyDeclaration(member) &&
      member.name.getText() === 'properties' &&
      member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword),
  );
  const object = declaration?.initializer;
  if (!object || !ts.isObjectLiteralExpression(object)) return [];
  return object.properties
    .filter((entry) => ts.isPropertyAssignment(entry) && ts.isObjectLiteralExpression(entry.initializer))
    .filter((entry) =>
      entry.initializer.properties.some(
        (option) => ts.isPropertyAssignment(option) && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword,
      ),
    )
    .map((entry) => entry.name.getText());
}

export function internalMembersPlugin() {
  return {
    name: 'ger-internal-members',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = moduleDoc?.declarations?.find((doc) => doc.name === node.name.getText());
      if (!declaration) return;
      const internal = new Set(
        node.members
          .filter((member) => member.name && tagNames(member).some((tag) => tag === 'internal' || tag === 'ignore'))
          .map((member) => member.name.getText()),
      );
      const state = new Set(stateProperties(ts, node));
      declaration.members = declaration.members?.filter((member) => !internal.has(member.name));
      declaration.attributes = declaration.attributes?.filter((attribute) => !internal.has(attribute.fieldName) && !state.has(attribute.fieldName));
      for (const member of declaration.members ?? []) {
        if (!state.has(member.name)) continue;
        delete member.attribute;
        delete member.reflects;
      }
    },
  };
}
