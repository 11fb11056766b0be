import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const storiesDir = fileURLToPath(new URL('../stories/', import.meta.url));

/**
 * Serves `/__ger/stories.js`: a module importing every `stories/*.stories.ts`, so the story
 * test checks a new story without anyone listing it. `GER_STORIES=dialog,consent-banner` limits
 * it to those files while working on them.
 */
const only = process.env.GER_STORIES?.split(',').filter(Boolean) ?? [];

export function storiesPlugin() {
  return {
    name: 'ger-stories',
    serve(context) {
      if (context.path !== '/__ger/stories.js') return undefined;
      const files = readdirSync(storiesDir)
        .filter((file) => file.endsWith('.stories.ts'))
        .filter((file) => !only.length || only.includes(file.replace(/\.stories\.ts$/, '')))
        .sort();
      const imports = files.map((file, i) => `import * as s${i} from '/stories/${file}';`).join('\n');
      const entries = files.map((file, i) => `[${JSON.stringify(file)}, s${i}]`).join(', ');
      return { body: `${imports}\nexport const storyModules = [${entries}];\n`, type: 'js' };
    },
  };
}
