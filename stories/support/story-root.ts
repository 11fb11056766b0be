/**
 * The one element a story test renders into, and the one clean-up after each test, shared by the
 * story checks (story-checks.ts) and the passport application test: a test that leaves its page
 * behind (elements still connected, a theme or language still set) would leak into the next.
 */
import { nothing, render } from 'lit';
import { resetConditions } from '../../packages/components/test/viewing-conditions.js';

let root: HTMLElement | undefined;

/** Unrenders the root (its elements disconnect, as on leaving a page) and takes it out of the page. */
function removeStoryRoot(): void {
  if (!root) return;
  render(nothing, root);
  root.remove();
  root = undefined;
}

/** Renders `template` into a fresh root at the end of the page, the previous one removed, as a page load would. */
export function renderStoryRoot(template: unknown): HTMLElement {
  removeStoryRoot();
  root = document.createElement('div');
  root.className = 'ger-story-root';
  document.body.append(root);
  render(template, root);
  return root;
}

/** After each test: the root removed and the page's conditions (theme, language, text size) reset. */
export function cleanUpStoryRootAfterEach(): void {
  afterEach(async () => {
    removeStoryRoot();
    await resetConditions();
  });
}
