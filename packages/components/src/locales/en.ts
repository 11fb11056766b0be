import type { Translation } from './translation.js';

/** English. */
export const en: Translation = {
  $code: 'en',
  $name: 'English',

  loading: 'Loading',
  opensInNewTab: '(opens in a new tab)',
  skipToContent: 'Skip to main content',
  dismiss: 'Dismiss',
  dismissNotification: 'Dismiss notification: {heading}',
  bannerInformation: 'Important',
  bannerSuccess: 'Success',
  bannerWarning: 'Warning',
  bannerDanger: 'There is a problem',
  resultCount: { one: '{count} result found', other: '{count} results found' },

  // Display settings
  displaySettings: 'Display settings',
  textSize: 'Text size',
  textSpacing: 'Spacing between lines, words and letters',
  spacingNormal: 'Normal',
  spacingWcag: 'Increased (WCAG)',
  spacingWide: 'Wider',
  colourTheme: 'Colour theme',
  themeSystem: "Follow my device's setting",
  themeLight: 'Light',
  themeNight: 'Night',
  themeContrast: 'High contrast',
  themeNow: '(now: {theme})',
  motion: 'Motion',
  motionSystem: "Follow my device's setting",
  motionReduce: 'Reduce motion',
  font: 'Font',
  fontDefault: 'Standard',
  fontLegible: 'Easier to read',
  resetSettings: 'Reset to defaults',
  settingsWereReset: 'Settings were reset to the defaults',
  settingChanged: '{setting}: {value}',
  forcedColoursNote: "Your device's contrast colours are on, so your device sets the colours.",
  nightMode: 'Night mode',
};
