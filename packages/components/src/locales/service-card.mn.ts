import type { ServiceCardTranslation } from './translation.js';

/** ger-service-card in Mongolian (Cyrillic): the default. */
export const serviceCardMn: ServiceCardTranslation = {
  category: 'Ангилал',
  delivery: 'Үйлчилгээ авах хэлбэр',
  fee: 'Төлбөр',
  processingTime: 'Шийдвэрлэх хугацаа',
  online: 'Бүрэн цахимаар',
  hybrid: 'Цахимаар, нэг удаа биечлэн очно',
  'in-person': 'Зөвхөн биечлэн',
  new: 'Шинэ',
  updated: 'Шинэчлэгдсэн',
  unavailable: 'Түр ажиллахгүй',
  feeFree: 'Үнэгүй',
  processingImmediate: 'Шууд',
  processingDays: { other: '{count} ажлын өдөр' },
  startService: 'Үйлчилгээг эхлүүлэх',
};
