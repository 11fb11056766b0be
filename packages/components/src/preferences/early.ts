/**
 * The snippet that runs in <head> before first paint (dist/preferences-snippet.js), so a page
 * never flashes the wrong theme or text size before the components load. It shares its code
 * with the store and stays silent: the store warns about bad data once it loads.
 */
import { applyToRoot, readSystemPreferences } from './apply.js';
import { webStorage } from '../utils/storage.js';
import { readPreferences } from './storage.js';

applyToRoot(document.documentElement, readPreferences(webStorage()).preferences, readSystemPreferences());
