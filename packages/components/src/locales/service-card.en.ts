import type { ServiceCardTranslation } from './translation.js';

/** ger-service-card in English. */
export const serviceCardEn: ServiceCardTranslation = {
  category: 'Category',
  delivery: 'How to apply',
  fee: 'Fee',
  processingTime: 'Processing time',
  online: 'Fully online',
  hybrid: 'Online, plus one visit in person',
  'in-person': 'In person only',
  new: 'New',
  updated: 'Updated',
  unavailable: 'Temporarily unavailable',
  feeFree: 'Free',
  processingImmediate: 'Immediately',
  processingDays: { one: '{count} working day', other: '{count} working days' },
  startService: 'Start now',
};
