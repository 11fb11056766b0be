// A Custom Elements Manifest analyzer plugin: `@dependency ger-x` in a class comment becomes the
// declaration's `dependencies` list (the analyzer has no such tag of its own), so docs and editors
// can say which Ger elements a component renders and loads with it.
export function dependenciesPlugin() {
  return {
    name: 'ger-dependencies',
    analyzePhase({ ts, node, moduleDoc }) {
      if (node.kind !== ts.SyntaxKind.ClassDeclaration || !node.name) return;
      const declaration = moduleDoc?.declarations?.find((doc) => doc.name === node.name.getText());
      const tags = (node.jsDoc ?? []).flatMap((doc) => doc.tags ?? []);
      const dependencies = tags
        .filter((tag) => tag.tagName.getText() === 'dependency')
        .map((tag) => String(tag.comment ?? '').trim())
        .filter(Boolean);
      if (declaration && dependencies.length) declaration.dependencies = dependencies;
    },
  };
}
