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
};
