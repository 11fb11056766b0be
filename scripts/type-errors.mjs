// Type-checks source texts in memory, in one TypeScript program: the Node tests that prove the
// generated types (JSX, Vue, React wrappers) accept what is right and refuse what is wrong.
import ts from 'typescript';

/**
 * `sources` maps a name to a module's text; each is checked as if it were the file `path(name)`
 * (so its imports resolve from there). Returns each name's error messages. Library files are not
 * checked themselves (skipLibCheck, for time), unless `libCheck`: then the declaration files the
 * modules reach are checked too (as a project with `skipLibCheck: false` does), and their errors
 * are returned under `libraries`, each prefixed with its file.
 */
export function typeErrors(sources, path, { jsx = false, libCheck = false } = {}) {
  const files = Object.keys(sources).map(path);
  const options = {
    strict: true,
    noEmit: true,
    skipLibCheck: !libCheck,
    ...(jsx ? { jsx: ts.JsxEmit.ReactJSX } : {}),
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const text = new Map(files.map((file, i) => [file, Object.values(sources)[i]]));
  const { readFile, fileExists } = host;
  host.readFile = (name) => text.get(name) ?? readFile(name);
  host.fileExists = (name) => text.has(name) || fileExists(name);
  const program = ts.createProgram(files, options, host);
  const message = (d) => ts.flattenDiagnosticMessageText(d.messageText, '\n');
  const errors = Object.fromEntries(
    Object.keys(sources).map((name, i) => [name, ts.getPreEmitDiagnostics(program, program.getSourceFile(files[i])).map(message)]),
  );
  if (libCheck) {
    errors.libraries = program
      .getSourceFiles()
      .filter((file) => file.isDeclarationFile)
      .flatMap((file) => program.getSemanticDiagnostics(file).map((d) => `${file.fileName}: ${message(d)}`));
  }
  return errors;
}
