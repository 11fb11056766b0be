import { traditionalDate } from './mn-Mong-dates.js';
import { mnMongTranslation } from './mn-Mong.js';
import type { RegisteredTranslation } from './registry.js';

/**
 * Ger's traditional script as it ships: the strings and the date names Intl lacks. The registry
 * imports this the first time an element is in mn-Mong, so other pages never download it.
 */
export const shippedTraditionalScript: RegisteredTranslation = { ...mnMongTranslation, $dateNames: traditionalDate };
