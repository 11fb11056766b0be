import { isVerticalWriting } from './writing-mode.js';

/** Vertical-lr is horizontal-tb with x and y swapped: each arrow stands for its mirror across the diagonal. */
const MIRRORED: Record<string, string> = { ArrowLeft: 'ArrowUp', ArrowRight: 'ArrowDown', ArrowUp: 'ArrowLeft', ArrowDown: 'ArrowRight' };

/**
 * The key as a widget laid out in horizontal writing reads it: the one way to map arrow keys for a
 * widget whose items follow the writing mode (tabs, accordion headings, a calendar's weeks, a
 * list's options). Write the key map for horizontal writing; set vertically (traditional Mongol
 * script) Down moves along the line as Right does across, Right moves to the next line as Down does.
 * Ger's languages are all left to right, so right-to-left is not mirrored.
 */
export function horizontalKey(event: KeyboardEvent, widget: Element): string {
  return (isVerticalWriting(widget) && MIRRORED[event.key]) || event.key;
}
