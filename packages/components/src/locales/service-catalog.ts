import { serviceCatalogEn } from './service-catalog.en.js';
import { serviceCatalogMn } from './service-catalog.mn.js';
import type { FeatureTranslations, ServiceCatalogTranslation } from './translation.js';

/** The strings of ger-service-catalog, in every language it ships with. */
export const serviceCatalogStrings: FeatureTranslations<ServiceCatalogTranslation> = { mn: serviceCatalogMn, en: serviceCatalogEn };
