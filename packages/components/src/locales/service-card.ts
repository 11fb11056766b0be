import { serviceCardEn } from './service-card.en.js';
import { serviceCardMn } from './service-card.mn.js';
import type { FeatureTranslations, ServiceCardTranslation } from './translation.js';

/** The strings of ger-service-card, in every language it ships with. */
export const serviceCardStrings: FeatureTranslations<ServiceCardTranslation> = { mn: serviceCardMn, en: serviceCardEn };
