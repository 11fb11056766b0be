/**
 * What the catalogue needs once it has services to show: the search, the filters' matching, the
 * progressive list, the cards and the pagination. It loads beside the data, so the search form is
 * on the page without waiting for it, and it is not part of the catalogue's first download. The
 * catalogue hands it plain values (no import of the catalogue's class).
 */
import { defineElement } from '../base/ger-element.js';
import { GerPagination } from '../pagination/pagination.js';
import { GerServiceCard, type Service } from '../service-card/service-card.js';
import { categoryOf } from './category.js';
import { ProgressiveList } from './progressive-list.js';
import { indexBuilder, search, type IndexBuilder, type SearchIndex } from './search.js';

// The card and pagination modules define themselves; said again here because bundlers may leave
// out a bare `import '…/service-card.js'` when the package declares its source free of side effects.
defineElement('ger-service-card', GerServiceCard);
defineElement('ger-pagination', GerPagination);

export { followPage, paginate, renderPageHeading, renderPagination } from './paging.js';

/** Each list of services' search index, built once: the catalogue gives a new list when its services change. */
const indexes = new WeakMap<readonly Service[], IndexBuilder>();

function builderOf(services: readonly Service[]): IndexBuilder {
  let builder = indexes.get(services);
  if (!builder) indexes.set(services, (builder = indexBuilder(services)));
  return builder;
}

/** The search index of `services`; what is not built yet is built now. */
export function indexOf(services: readonly Service[]): SearchIndex {
  return builderOf(services).index;
}

/**
 * Builds the search index of `services` between other work, a few milliseconds per task, so that
 * the reader's first keystroke neither waits for all of it nor for one long task (the catalogue
 * starts it once the cards are shown). A search before it is done builds the rest at once.
 * Returns what stops it: for services replaced or a catalogue taken out of the page.
 */
export function prepareIndex(services: readonly Service[]): () => void {
  const builder = builderOf(services);
  let timer: ReturnType<typeof setTimeout>;
  const step = () => {
    if (!builder.step(8)) timer = setTimeout(step);
  };
  timer = setTimeout(step);
  return () => clearTimeout(timer);
}

/** A fee from data that may be anything: a number, or NaN. */
const feeOf = (service: Service) => (typeof service.fee === 'number' || typeof service.fee === 'string' ? Number(service.fee) : NaN);

/**
 * The services that match the search and the filters (each `''` for any), as their places in
 * `services`: ranked by the search when there is one, in the list's order otherwise.
 */
export function matching(services: readonly Service[], query: string, category: string, delivery: string, fee: string): number[] {
  const ranked = query ? search(indexOf(services), query) : services.map((_, i) => i);
  return ranked.filter((i) => {
    const service = services[i];
    return (
      (!category || categoryOf(service) === category) &&
      (!delivery || service.delivery === delivery) &&
      (!fee || (fee === 'free' ? feeOf(service) === 0 : feeOf(service) > 0))
    );
  });
}

/**
 * Shows `shown` in `list` as cards, in order, at the heading level and variant given, each made
 * or brought up to date when the list reaches it: each service keeps its item (in `items`) while
 * the list of services stays, so only what changed moves. Returns the list's progressive filler,
 * to be given back the next time.
 */
export function showCards(
  list: HTMLUListElement,
  progressive: ProgressiveList<Service> | undefined,
  items: Map<Service, HTMLLIElement>,
  shown: readonly Service[],
  headingLevel: number,
  variant: string,
): ProgressiveList<Service> {
  progressive ??= new ProgressiveList(list);
  progressive.show(shown, (service) => {
    let item = items.get(service);
    if (!item) {
      item = document.createElement('li');
      item.append(document.createElement('ger-service-card'));
      items.set(service, item);
    }
    Object.assign(item.firstElementChild!, { service, headingLevel, variant });
    return item;
  });
  return progressive;
}

/** Resolves when `list` holds every card it was given (the progressive filler is done) and each has rendered. */
export async function cardsShown(list: HTMLUListElement, progressive?: ProgressiveList<Service>): Promise<void> {
  await progressive?.complete;
  await Promise.all([...list.children].map((item) => (item.firstElementChild as GerServiceCard).updateComplete));
}
