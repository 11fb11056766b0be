import { html, nothing } from 'lit';
import type { LazyPartHost } from '../base/lazy-part.js';
import type { PreferencesController } from '../controllers/preferences.js';
import { displaySettingsPanelStrings } from '../locales/display-settings-panel.js';
import type { TermKey } from '../locales/translation.js';
import { FONT_CHOICES, MOTION_CHOICES, TEXT_SIZES, TEXT_SPACINGS, THEME_CHOICES, type DisplayPreferences } from '../preferences/model.js';
import { displaySettingsPanelStyles } from './display-settings-panel.styles.js';
import { formatNumber } from '../controllers/localize.js';

/** The panel's styles and strings join the element's as it loads (see `LazyPartController`). */
export { displaySettingsPanelStyles as styles, displaySettingsPanelStrings as strings };

/** What the panel needs of ger-display-settings: never its class, so neither imports the other. */
export interface DisplaySettingsPanelHost extends LazyPartHost {
  readonly preferences: PreferencesController;
  /** Changes preferences on the user's behalf and says so politely in the live region. */
  change(apply: () => void, announcement: string): void;
  /** Escape in the panel: closes it and gives focus back to the button. */
  closePanel(): void;
}

type Key = keyof DisplayPreferences;

interface Group {
  key: Key;
  legend: TermKey;
  values: readonly (string | number)[];
  label: (value: string | number) => string;
}

const THEME_TERMS: Record<string, TermKey> = { system: 'followDevice', light: 'themeLight', night: 'themeNight', contrast: 'themeContrast' };
const SPACING_TERMS: Record<string, TermKey> = { normal: 'spacingNormal', wcag: 'spacingWcag', wide: 'spacingWide' };
const MOTION_TERMS: Record<string, TermKey> = { system: 'followDevice', reduce: 'motionReduce' };
const FONT_TERMS: Record<string, TermKey> = { default: 'fontDefault', legible: 'fontLegible' };

/** The open panel: a radio group per setting and a reset link. Rendered only while open. */
export function renderPanel(host: DisplaySettingsPanelHost) {
  const current = host.preferences.preferences;
  const forcedColours = host.preferences.system.forcedColors;
  const keydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    host.closePanel();
  };
  const reset = () => host.change(() => host.preferences.reset(), host.localize.term('settingsWereReset'));
  return html`<div part="panel" id="panel" class="panel" @keydown=${keydown}>
    ${groups(host).map((group) => renderGroup(host, group, current[group.key], group.key === 'theme' && forcedColours))}
    <button part="reset" class="control reset focusable" type="button" @click=${reset}>${host.localize.term('resetSettings')}</button>
  </div>`;
}

function groups(host: DisplaySettingsPanelHost): Group[] {
  const { localize } = host;
  const percent = (value: string | number) => formatNumber(localize, Number(value) / 100, { style: 'percent' });
  const term = (terms: Record<string, TermKey>) => (value: string | number) => localize.term(terms[String(value)]);
  return [
    { key: 'textSize', legend: 'textSize', values: TEXT_SIZES, label: percent },
    { key: 'textSpacing', legend: 'textSpacing', values: TEXT_SPACINGS, label: term(SPACING_TERMS) },
    { key: 'theme', legend: 'colourTheme', values: THEME_CHOICES, label: term(THEME_TERMS) },
    { key: 'motion', legend: 'motion', values: MOTION_CHOICES, label: term(MOTION_TERMS) },
    { key: 'font', legend: 'font', values: FONT_CHOICES, label: term(FONT_TERMS) },
  ];
}

function renderGroup(host: DisplaySettingsPanelHost, group: Group, selected: string | number, forcedColours: boolean) {
  const { localize, preferences } = host;
  // Under forced colours no theme is in use: the system's colours are (the note says so).
  const now =
    group.key === 'theme' && selected === 'system' && !forcedColours ? localize.term('themeNow', { theme: localize.term(THEME_TERMS[preferences.theme]) }) : '';
  const choose = (value: string | number) =>
    host.change(() => preferences.set({ [group.key]: value } as Partial<DisplayPreferences>), `${localize.term(group.legend)}: ${group.label(value)}`);
  return html`<fieldset>
    <legend>${localize.term(group.legend)}</legend>
    ${forcedColours ? html`<p id="forced-note">${localize.term('forcedColoursNote')}</p>` : nothing}
    <div class="options">
      ${group.values.map(
        (value) => html`<label class="control option">
          <input
            class="focusable"
            type="radio"
            name=${group.key}
            .value=${String(value)}
            ?checked=${value === selected}
            aria-describedby=${forcedColours ? 'forced-note' : nothing}
            @change=${() => choose(value)}
          />
          <span class="text">${group.label(value)}${value === selected && now ? ` ${now}` : nothing}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}
