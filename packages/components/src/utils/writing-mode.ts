/** True when the element's text runs top to bottom (the traditional Mongol script, `lang="mn-Mong"`). */
export function isVerticalWriting(element: Element): boolean {
  return getComputedStyle(element).writingMode.startsWith('vertical');
}
