/** Collects console warnings while `action` runs; restores console.warn afterwards. */
export async function captureWarnings(action: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await action();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** The element focused inside shadow roots, followed all the way down. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits for the next animation frame. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** A node of the browser's accessibility tree, as a screen reader receives it. */
export interface AccessibilityNode {
  role: string;
  name: string;
  disabled?: boolean;
  pressed?: boolean | 'mixed';
  expanded?: boolean;
  level?: number;
  children?: AccessibilityNode[];
}

/** Finds the first node of the page's accessibility tree that matches. */
export async function findAccessibilityNode(match: (node: AccessibilityNode) => boolean): Promise<AccessibilityNode | undefined> {
  const { a11ySnapshot } = await import('@web/test-runner-commands');
  const tree = (await a11ySnapshot({})) as unknown as AccessibilityNode;
  const visit = (node: AccessibilityNode): AccessibilityNode | undefined =>
    match(node) ? node : node.children?.map(visit).find(Boolean);
  return visit(tree);
}

/** The role and accessible name Chromium computes for an element (a test-only browser flag). */
export function computedAccessibility(element: Element): { role: string; name: string } {
  const info = element as Element & { computedRole?: string; computedName?: string };
  if (info.computedRole === undefined) throw new Error('Chromium was started without ComputedAccessibilityInfo');
  return { role: info.computedRole ?? '', name: info.computedName ?? '' };
}
