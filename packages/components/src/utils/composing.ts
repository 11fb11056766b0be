/**
 * The key belongs to an input method's composition (typing Mongolian or Japanese through one):
 * the Enter that confirms the composed text must not also send the form or the message. Safari
 * sends that Enter with `isComposing` false but `keyCode` 229, as browsers mark every key the
 * input method takes.
 */
export const isComposing = (event: KeyboardEvent): boolean => event.isComposing || event.keyCode == 229;
