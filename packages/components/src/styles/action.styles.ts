import { css } from 'lit';
import { primaryActionStyles } from './action-primary.styles.js';
import { quietActionStyles } from './action-quiet.styles.js';
import { actionShapeStyles } from './action-shape.styles.js';

/**
 * The one button look: `ger-button` and the buttons a component draws itself (Continue, Back,
 * Choose file, the chat's Send) without importing it. Class `action` (primary), or with
 * `quiet`; `secondary` needs `secondaryActionStyles` as well. Hover, `:active`, disabled and
 * forced colours are defined here only; ger-button adds its sizes and danger variant.
 *
 * Nothing but the parts between the backticks: a `css` template with text around its parts is
 * shipped unminified.
 */
// postcss-lit-disable-next-line -- only sheets joined, no CSS of its own to check
export const actionStyles = css`${actionShapeStyles}${primaryActionStyles}${quietActionStyles}`;
