import { traditionalDate } from './mn-Mong-dates.js';
import { mnMongTranslation } from './mn-Mong.js';
import { registerShippedTranslation } from './registered.js';

/**
 * Ger's traditional script as it ships: the strings and the date names Intl lacks, registered on
 * import. The registry imports this the first time an element is in mn-Mong, so other pages never
 * download it; `@ger/components/locales/mn-Mong.js` imports it up front.
 */
registerShippedTranslation({ ...mnMongTranslation, $formatDate: traditionalDate });
