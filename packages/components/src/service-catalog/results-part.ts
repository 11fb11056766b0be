/**
 * What the catalogue needs once it has services to show: the search, the progressive list, the
 * cards and the pagination. It loads beside the data, so the search form is on the page without waiting for
 * it, and it is not part of the catalogue's first download.
 */
import { defineElement } from '../base/ger-element.js';
import { GerPagination } from '../pagination/pagination.js';
import { GerServiceCard } from '../service-card/service-card.js';

// The card and pagination modules define themselves; said again here because bundlers may leave
// out a bare `import '…/service-card.js'` when the package declares its source free of side effects.
defineElement('ger-service-card', GerServiceCard);
defineElement('ger-pagination', GerPagination);

export { buildIndex, search } from './search.js';
export { ProgressiveList } from './progressive-list.js';
export { paginate, renderPagination } from './paging.js';
