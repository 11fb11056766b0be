import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const storiesDir = fileURLToPath(new URL('../stories/', import.meta.url));

/**
 * Serves `/__ger/stories.js`: a module importing every `stories/*.stories.ts`, so the story
 * test checks a new story without anyone listing it. `GER_STORIES=dialog,consent-banner` limits
 * it to those files while working on them. `?part=2&parts=3` serves every third file from the
 * second on (the story checks run in parts, stories/support/story-checks.ts); `storyFileCount`
 * says how many there are in all the parts.
 */
const only = process.env.GER_STORIES?.split(',').filter(Boolean) ?? [];

/** A whole number from 1 to `max` from a query value, or undefined. */
function wholeNumber(value, max = Infinity) {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : undefined;
}

export function storiesPlugin() {
  return {
    name: 'ger-stories',
    serve(context) {
      if (context.path !== '/__ger/stories.js') return undefined;
      const files = readdirSync(storiesDir)
        .filter((file) => file.endsWith('.stories.ts'))
        .filter((file) => !only.length || only.includes(file.replace(/\.stories\.ts$/, '')))
        .sort();
      const parts = wholeNumber(context.query.parts) ?? 1;
      const part = wholeNumber(context.query.part, parts) ?? 1;
      const inPart = files.filter((_, i) => i % parts === part - 1);
      const imports = inPart.map((file, i) => `import * as s${i} from '/stories/${file}';`).join('\n');
      const entries = inPart.map((file, i) => `[${JSON.stringify(file)}, s${i}]`).join(', ');
      return { body: `${imports}\nexport const storyModules = [${entries}];\nexport const storyFileCount = ${files.length};\n`, type: 'js' };
    },
  };
}
