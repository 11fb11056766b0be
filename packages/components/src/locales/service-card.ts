import { defineStrings } from './strings.js';

/**
 * The card's names for what a service is filtered by: the catalogue's filters say them too, and
 * take only these (the rest of the card's strings would go into the catalogue's first download).
 */
export const serviceFilterStrings = defineStrings({
  mn: {
    serviceCategory: 'Ангилал',
    serviceDelivery: 'Үйлчилгээ авах хэлбэр',
    serviceFee: 'Төлбөр',
    serviceOnline: 'Бүрэн цахимаар',
    serviceHybrid: 'Цахимаар, нэг удаа биечлэн очно',
    serviceInPerson: 'Зөвхөн биечлэн',
    serviceFree: 'Үнэгүй',
  },
  en: {
    serviceCategory: 'Category',
    serviceDelivery: 'How to apply',
    serviceFee: 'Fee',
    serviceOnline: 'Fully online',
    serviceHybrid: 'Online, plus one visit in person',
    serviceInPerson: 'In person only',
    serviceFree: 'Free',
  },
});

/** Strings of ger-service-card, in the built-in languages. */
export const serviceCardStrings = defineStrings({
  mn: {
    ...serviceFilterStrings.mn,
    serviceProcessingTime: 'Шийдвэрлэх хугацаа',
    serviceNew: 'Шинэ',
    serviceUpdated: 'Шинэчлэгдсэн',
    serviceUnavailable: 'Түр ажиллахгүй',
    serviceImmediately: 'Шууд',
    serviceProcessingDays: { other: '{count} ажлын өдөр' },
    serviceStart: 'Үйлчилгээг эхлүүлэх',
  },
  en: {
    ...serviceFilterStrings.en,
    serviceProcessingTime: 'Processing time',
    serviceNew: 'New',
    serviceUpdated: 'Updated',
    serviceUnavailable: 'Temporarily unavailable',
    serviceImmediately: 'Immediately',
    serviceProcessingDays: { one: '{count} working day', other: '{count} working days' },
    serviceStart: 'Start now',
  },
});
