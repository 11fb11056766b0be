import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';
import { buildCustomElementsManifest } from './custom-elements.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const MANIFEST_ID = 'virtual:ger-custom-elements';

/** Serves the Custom Elements Manifest, rebuilt from the component source, to preview.ts. */
function customElementsManifest(): Plugin {
  return {
    name: 'ger-custom-elements-manifest',
    resolveId: (source) => (source === MANIFEST_ID ? `\0${MANIFEST_ID}` : undefined),
    load(id) {
      if (id !== `\0${MANIFEST_ID}`) return undefined;
      return `export default ${JSON.stringify(buildCustomElementsManifest())};`;
    },
  };
}

/**
 * packages/components/package.json declares `"sideEffects": ["./dist/*.js", ...]`, right for the
 * published files; but stories import the source, which that list does not cover, so a production
 * build drops `import '.../skip-link.js'` (imported only for its `customElements.define`) and the
 * element is never defined. The source files of components do have side effects: say so.
 */
function componentSourceHasSideEffects(): Plugin {
  const source = `${root}packages/components/src/`;
  return {
    name: 'ger-component-source-side-effects',
    transform(_code, id) {
      return id.startsWith(source) ? { code: _code, map: null, moduleSideEffects: true } : undefined;
    },
  };
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../docs/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig) {
    viteConfig.plugins = [...(viteConfig.plugins ?? []), customElementsManifest(), componentSourceHasSideEffects()];
    viteConfig.build = { ...viteConfig.build, chunkSizeWarningLimit: 1500 };
    return viteConfig;
  },
};

export default config;
