import type { Service } from '../service-card/service-card.js';
import { textIn } from '../utils/localized-text.js';

/** The category a service is filtered by: its id, else its name. Shared by the catalogue and its results part. */
export const categoryOf = (service: Service) => (typeof service.categoryId === 'string' && service.categoryId) || textIn(service.category, 'mn');
