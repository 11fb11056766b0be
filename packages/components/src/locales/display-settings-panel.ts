import { defineStrings } from './strings.js';

/**
 * Strings of ger-display-settings's panel, in the built-in languages. They load with the panel
 * (display-settings/display-settings-panel.ts), so a page that shows only the button does not download them.
 */
export const displaySettingsPanelStrings = defineStrings({
  mn: {
    textSize: 'Текстийн хэмжээ',
    textSpacing: 'Мөр, үг, үсэг хоорондын зай',
    spacingNormal: 'Энгийн',
    spacingWcag: 'Нэмэгдүүлсэн (WCAG)',
    spacingWide: 'Илүү өргөн',
    colourTheme: 'Өнгөний горим',
    followDevice: 'Төхөөрөмжийн тохиргоог дагах',
    themeLight: 'Цайвар',
    themeNight: 'Шөнийн',
    themeContrast: 'Өндөр контраст',
    themeNow: '(одоо: {theme})',
    motion: 'Хөдөлгөөнт эффект',
    motionReduce: 'Хөдөлгөөнийг багасгах',
    font: 'Үсгийн хэлбэр',
    fontDefault: 'Үндсэн',
    fontLegible: 'Уншихад хялбар',
    resetSettings: 'Анхны тохиргоонд буцаах',
    settingsWereReset: 'Тохиргоог анхны байдалд нь буцаалаа',
    forcedColoursNote: 'Таны төхөөрөмжийн өндөр контрастын өнгө идэвхтэй тул өнгийг төхөөрөмж тогтооно.',
  },
  en: {
    textSize: 'Text size',
    textSpacing: 'Spacing between lines, words and letters',
    spacingNormal: 'Normal',
    spacingWcag: 'Increased (WCAG)',
    spacingWide: 'Wider',
    colourTheme: 'Colour theme',
    followDevice: "Follow my device's setting",
    themeLight: 'Light',
    themeNight: 'Night',
    themeContrast: 'High contrast',
    themeNow: '(now: {theme})',
    motion: 'Motion',
    motionReduce: 'Reduce motion',
    font: 'Font',
    fontDefault: 'Standard',
    fontLegible: 'Easier to read',
    resetSettings: 'Reset to defaults',
    settingsWereReset: 'Settings were reset to the defaults',
    forcedColoursNote: "Your device's contrast colours are on, so your device sets the colours.",
  },
});
