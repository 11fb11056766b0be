import { traditionalDate } from './mn-Mong-dates.js';
import { mnMongTranslation } from './mn-Mong.js';

/**
 * Ger's traditional script as it ships: the strings and the date names Intl lacks. The registry
 * imports this the first time an element is in mn-Mong, so other pages never download it. (Typed by
 * where it is used: importing the registry's type here would make an import cycle.)
 */
export const shippedTraditionalScript = { ...mnMongTranslation, $dateNames: traditionalDate };
