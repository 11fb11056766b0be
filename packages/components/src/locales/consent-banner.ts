import { defineStrings } from './strings.js';

/** Strings of ger-consent-banner, in the built-in languages. */
export const consentBannerStrings = defineStrings({
  mn: {
    consentHeading: 'Энэ сайтын күүки',
    consentQuestion: 'Сайт ажиллахад шаардлагатай күүкиг бид ашигладаг. Үйлчилгээгээ сайжруулахын тулд хэмжилтийн күүки ашиглахыг зөвшөөрөх үү?',
    consentAccept: 'Хэмжилтийн күүкиг зөвшөөрөх',
    consentReject: 'Хэмжилтийн күүкиас татгалзах',
    consentDetails: 'Күүкийн тухай дэлгэрэнгүй',
    consentAccepted: 'Та хэмжилтийн күүкиг зөвшөөрлөө.',
    consentRejected: 'Та хэмжилтийн күүкиас татгалзлаа.',
    consentChangeLater: 'Сонголтоо хэзээ ч өөрчилж болно.',
    consentHide: 'Энэ мэдээг хаах',
  },
  en: {
    consentHeading: 'Cookies on this site',
    consentQuestion: 'We use essential cookies to make this service work. May we also use analytics cookies to improve it?',
    consentAccept: 'Accept analytics cookies',
    consentReject: 'Reject analytics cookies',
    consentDetails: 'View cookies',
    consentAccepted: 'You have accepted analytics cookies.',
    consentRejected: 'You have rejected analytics cookies.',
    consentChangeLater: 'You can change your cookie settings at any time.',
    consentHide: 'Hide cookie message',
  },
});
