/**
 * The key belongs to an input method's composition (typing Mongolian or Japanese through one):
 * the Enter that confirms the composed text must not also send the form or the message, nor the
 * Escape that cancels it close a menu or a panel. Safari sends that key with `isComposing` false
 * but `keyCode` 229, as browsers mark every key the input method takes.
 */
export const isComposing = (event: KeyboardEvent): boolean => event.isComposing || event.keyCode == 229;
