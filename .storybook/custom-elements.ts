/**
 * The Custom Elements Manifest for Storybook's autodocs (attributes, slots, parts, events and
 * their JSDoc): the package's own manifest, built by the same module the build uses
 * (packages/components/scripts/manifest.mjs), in memory, so Storybook does not depend on
 * `packages/components/dist` having been built; then shaped for the args table.
 */
// @ts-expect-error: a plain JavaScript build script, without types.
import { buildManifest } from '../packages/components/scripts/manifest.mjs';

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
    declaration.members = declaration.members?.filter((m) => !m.privacy && !m.static && !m.attribute && !m.readonly && !m.name.endsWith('Callback'));
    declaration.slots = declaration.slots?.map((slot) => ({ ...slot, name: slot.name ? `slot="${slot.name}"` : '(default slot)' }));
    declaration.cssParts = declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` }));
  }
  return manifest;
}

export function buildCustomElementsManifest(): unknown {
  return forStorybook(buildManifest() as { modules: ModuleDoc[] });
}
