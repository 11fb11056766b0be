// ESLint for the whole repository: TypeScript and Lit rules for the components and stories,
// plain JavaScript rules for the build, test and benchmark scripts. `npm run lint` runs it.
import js from '@eslint/js';
import litA11y from 'eslint-plugin-lit-a11y';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const browserCode = ['packages/*/src/**/*.ts', 'packages/components/test/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts', 'bench/**/*.ts'];
/** Unused on purpose: `_name`, an object rest that drops a key, an ignored catch. */
const unusedVars = { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true, caughtErrors: 'none' };
const nodeScripts = ['**/*.mjs', '**/*.js', '**/*.cjs'];

export default tseslint.config(
  {
    ignores: ['**/node_modules/', '**/dist/', 'storybook-static/', 'bench/out/', 'coverage/', 'packages/chat-server/data/', '**/*.d.ts'],
  },
  js.configs.recommended,
  {
    files: browserCode,
    extends: [tseslint.configs.recommended, lit.configs['flat/recommended'], wc.configs['flat/recommended'], litA11y.configs.recommended],
    languageOptions: { globals: globals.browser },
    settings: {
      // Ger's base classes extend LitElement: tells eslint-plugin-wc that their subclasses are elements.
      wc: { elementBaseClasses: ['GerElement', 'GerFormAssociatedElement', 'GerFormControl', 'GerFormGroup', 'GerTextControl', 'LitElement'] },
    },
    rules: {
      // One way to declare reactive properties: `static properties`. Decorators make esbuild add its
      // decorator helper to every entry that uses them, bytes a 10 KB budget cannot afford.
      'no-restricted-syntax': [
        'error',
        { selector: 'Decorator', message: 'Declare reactive properties in `static override properties: PropertyDeclarations` (see README, "Conventions").' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['lit/decorators*', '@lit/reactive-element/decorators*'], message: 'Declare reactive properties in `static override properties`.' },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', unusedVars],
      // Global event maps are widened by `interface HTMLElementEventMap extends GerEventMap {}`.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // role="list" on a list styled `list-style: none` is deliberate: WebKit drops the list semantics otherwise.
      'lit-a11y/no-redundant-role': 'off',
      // Lit's base classes always define the lifecycle callbacks, so `super.connectedCallback()` needs no guard.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: nodeScripts,
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 'latest', sourceType: 'module' },
    rules: {
      'no-unused-vars': ['error', unusedVars],
    },
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    files: ['**/*.test.ts', 'packages/components/test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Scripts that run inside a page (benchmark pages, Storybook helpers) see the browser's globals too.
    // Node tests drive pages through Playwright, and their page.evaluate() callbacks run in the page.
    files: ['bench/**/*.mjs', '.storybook/**/*.mjs', 'scripts/wtr-*.mjs', 'packages/*/test/**/*.mjs', 'packages/*/public/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The agency site's own scripts are plain browser modules, with no build step.
    files: ['examples/agency-site/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'module' },
  },
);
