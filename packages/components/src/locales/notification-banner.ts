import { defineStrings } from './strings.js';

/** Strings of ger-notification-banner, in the built-in languages. */
export const notificationBannerStrings = defineStrings({
  mn: {
    dismissNotification: 'Мэдэгдлийг хаах: {heading}',
    bannerInformation: 'Чухал',
    bannerSuccess: 'Амжилттай',
    bannerWarning: 'Анхааруулга',
    bannerDanger: 'Анхаар, алдаа гарлаа',
  },
  en: {
    dismissNotification: 'Dismiss notification: {heading}',
    bannerInformation: 'Important',
    bannerSuccess: 'Success',
    bannerWarning: 'Warning',
    bannerDanger: 'There is a problem',
  },
});
