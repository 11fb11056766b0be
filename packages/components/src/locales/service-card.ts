import { defineStrings } from './strings.js';

/** Strings of ger-service-card, in the built-in languages. */
export const serviceCardStrings = defineStrings({
  mn: {
    serviceCategory: 'Ангилал',
    serviceDelivery: 'Үйлчилгээ авах хэлбэр',
    serviceFee: 'Төлбөр',
    serviceProcessingTime: 'Шийдвэрлэх хугацаа',
    serviceOnline: 'Бүрэн цахимаар',
    serviceHybrid: 'Цахимаар, нэг удаа биечлэн очно',
    serviceInPerson: 'Зөвхөн биечлэн',
    serviceNew: 'Шинэ',
    serviceUpdated: 'Шинэчлэгдсэн',
    serviceUnavailable: 'Түр ажиллахгүй',
    serviceFree: 'Үнэгүй',
    serviceImmediately: 'Шууд',
    serviceProcessingDays: { other: '{count} ажлын өдөр' },
    serviceStart: 'Үйлчилгээг эхлүүлэх',
  },
  en: {
    serviceCategory: 'Category',
    serviceDelivery: 'How to apply',
    serviceFee: 'Fee',
    serviceProcessingTime: 'Processing time',
    serviceOnline: 'Fully online',
    serviceHybrid: 'Online, plus one visit in person',
    serviceInPerson: 'In person only',
    serviceNew: 'New',
    serviceUpdated: 'Updated',
    serviceUnavailable: 'Temporarily unavailable',
    serviceFree: 'Free',
    serviceImmediately: 'Immediately',
    serviceProcessingDays: { one: '{count} working day', other: '{count} working days' },
    serviceStart: 'Start now',
  },
});
