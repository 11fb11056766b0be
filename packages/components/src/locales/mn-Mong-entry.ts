/**
 * The public entry `@ger/components/locales/mn-Mong.js`: importing it registers the traditional
 * script's strings at once. Elements load them by themselves the first time they are in mn-Mong;
 * a page or a server render that imports this up front shows no Cyrillic strings meanwhile.
 */
import './mn-Mong-shipped.js';

export { mnMongTranslation } from './mn-Mong.js';
