// stylelint rule `ger/system-colours-in-forced-colours`: CSS system colours (Canvas, CanvasText,
// Highlight…) only inside `@media (forced-colors: active)`. There they are the user's own colours;
// anywhere else they bypass Ger's colour tokens and its contrast-checked themes.
import stylelint from 'stylelint';

const ruleName = 'ger/system-colours-in-forced-colours';
const SYSTEM_COLOUR =
  /\b(AccentColor|AccentColorText|ActiveText|ButtonBorder|ButtonFace|ButtonText|Canvas|CanvasText|Field|FieldText|GrayText|Highlight|HighlightText|LinkText|Mark|MarkText|SelectedItem|SelectedItemText|VisitedText)\b/;
const messages = stylelint.utils.ruleMessages(ruleName, {
  outside: (colour) => `System colour "${colour}" outside @media (forced-colors: active): use a colour token, var(--ger-color-…).`,
});

const insideForcedColours = (node) => {
  for (let parent = node.parent; parent; parent = parent.parent) if (parent.type === 'atrule' && /forced-colors\s*:\s*active/.test(parent.params)) return true;
  return false;
};

const rule = (enabled) => (root, result) => {
  if (!enabled) return;
  root.walkDecls((decl) => {
    if (decl.prop.startsWith('--')) return;
    const colour = SYSTEM_COLOUR.exec(decl.value)?.[1];
    if (colour && !insideForcedColours(decl)) stylelint.utils.report({ ruleName, result, node: decl, word: colour, message: messages.outside(colour) });
  });
};
rule.ruleName = ruleName;
rule.messages = messages;

export default stylelint.createPlugin(ruleName, rule);
