// The service catalogue the instant-answers bot searches. The reference server ships a small
// sample; the real eMongolia catalogue (about 1,450 services) plugs in through the same shape:
//   createCatalogue(services) where each service is
//   { id: string, title: { mn: string, en?: string }, keywords?: string[], url?: string }
// and `createChatServer({ catalogue })` or `ger-chat-server --catalogue services.json`.
import { readFileSync } from 'node:fs';
import { distance, words } from './fold.mjs';

/** A few real eMongolia service titles, enough to exercise the bot until the full data lands. */
export const SAMPLE_SERVICES = [
  { id: 'passport-foreign', title: { mn: 'Гадаад паспорт захиалах', en: 'Apply for a foreign passport' }, keywords: ['гадаад паспорт', 'passport'] },
  { id: 'id-card-replace', title: { mn: 'Иргэний үнэмлэх нөхөн авах', en: 'Replace a citizen ID card' }, keywords: ['иргэний үнэмлэх', 'id card'] },
  { id: 'birth-certificate', title: { mn: 'Төрсний гэрчилгээний лавлагаа', en: 'Birth certificate record' }, keywords: ['төрсөн', 'birth'] },
  { id: 'marriage-record', title: { mn: 'Гэрлэлтийн лавлагаа', en: 'Marriage record' }, keywords: ['гэрлэлт', 'marriage'] },
  { id: 'address-record', title: { mn: 'Оршин суугаа хаягийн лавлагаа', en: 'Residential address record' }, keywords: ['хаяг', 'address'] },
  { id: 'criminal-record', title: { mn: 'Ял шийтгэлийн тодорхойлолт', en: 'Criminal record certificate' }, keywords: ['ял', 'criminal'] },
  {
    id: 'social-insurance',
    title: { mn: 'Нийгмийн даатгалын шимтгэл төлөлтийн лавлагаа', en: 'Social insurance contributions record' },
    keywords: ['даатгал', 'нддш', 'insurance'],
  },
  { id: 'driving-licence', title: { mn: 'Жолоочийн үнэмлэхийн лавлагаа', en: 'Driving licence record' }, keywords: ['жолооч', 'driver', 'licence'] },
  { id: 'vehicle-record', title: { mn: 'Тээврийн хэрэгслийн лавлагаа', en: 'Vehicle record' }, keywords: ['машин', 'vehicle', 'car'] },
  { id: 'property-record', title: { mn: 'Үл хөдлөх хөрөнгийн лавлагаа', en: 'Real estate record' }, keywords: ['орон сууц', 'байр', 'property'] },
  { id: 'pension-record', title: { mn: 'Тэтгэврийн лавлагаа', en: 'Pension record' }, keywords: ['тэтгэвэр', 'pension'] },
  { id: 'tax-record', title: { mn: 'Татвар төлөлтийн лавлагаа', en: 'Tax payment record' }, keywords: ['татвар', 'tax'] },
];

function matches(query, word) {
  if (word === query) return 3;
  if (query.length >= 3 && word.startsWith(query)) return 2;
  if (query.length >= 4 && distance(query, word, query.length >= 7 ? 2 : 1) <= (query.length >= 7 ? 2 : 1)) return 1;
  // Inflected forms: "паспортын" starts with the word "паспорт".
  if (word.length >= 4 && query.startsWith(word)) return 2;
  return 0;
}

// A message may hold 2,000 characters of anything; the bot looks at this many distinct words of
// it, each cut to this length, so the work per message stays small whatever is sent.
export const MAX_QUERY_WORDS = 16;
export const MAX_WORD_LENGTH = 40;

/** `word` with up to `depth` letters taken out, itself included. */
function deletions(word, depth) {
  const found = new Set([word]);
  let layer = [word];
  for (let d = 0; d < depth; d += 1) {
    const next = [];
    for (const w of layer) {
      for (let i = 0; i < w.length; i += 1) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!found.has(shorter)) (found.add(shorter), next.push(shorter));
      }
    }
    layer = next;
  }
  return found;
}

/**
 * The catalogue's vocabulary, indexed once: each word's services, the words under each prefix,
 * and each word under its forms with one or two letters deleted. Two words within k edits share
 * such a form (the SymSpell idea), so a typo is found by lookups, not by comparing every word.
 */
function indexWords(entries) {
  const services = new Map();
  const prefixes = new Map();
  const nearby = new Map();
  entries.forEach((entry, index) => {
    for (const word of entry.words) {
      if (!services.has(word)) {
        services.set(word, []);
        for (let end = 3; end <= word.length; end += 1) {
          const prefix = word.slice(0, end);
          if (!prefixes.has(prefix)) prefixes.set(prefix, []);
          prefixes.get(prefix).push(word);
        }
        if (word.length >= 2) {
          for (const form of deletions(word, 2)) {
            if (!nearby.has(form)) nearby.set(form, []);
            nearby.get(form).push(word);
          }
        }
      }
      services.get(word).push(index);
    }
  });
  /** Every catalogue word `matches` could score above 0 for `query`. */
  function candidates(query) {
    const found = new Set(prefixes.get(query) ?? []);
    if (services.has(query)) found.add(query);
    if (query.length >= 4) {
      const edits = query.length >= 7 ? 2 : 1;
      for (const form of deletions(query, edits)) for (const word of nearby.get(form) ?? []) found.add(word);
      for (let end = 4; end < query.length; end += 1) if (services.has(query.slice(0, end))) found.add(query.slice(0, end));
    }
    return found;
  }
  return { services, candidates };
}

/** A searchable catalogue over `services` (the shape above). */
export function createCatalogue(services = SAMPLE_SERVICES) {
  const indexed = services
    .filter((service) => service && typeof service.id === 'string' && service.title?.mn)
    .map((service) => ({
      service,
      words: [...new Set(words([service.title.mn, service.title.en ?? '', ...(service.keywords ?? [])].join(' ')))],
    }));
  const index = indexWords(indexed);
  return {
    size: indexed.length,
    /** The services that best match the user's words, best first. */
    search(text, limit = 3) {
      const query = [...new Set(words(String(text).slice(0, 4000)).map((q) => q.slice(0, MAX_WORD_LENGTH)))].slice(0, MAX_QUERY_WORDS);
      /** entry index -> summed score: each query word adds its best match in that entry. */
      const scores = new Map();
      for (const q of query) {
        const best = new Map();
        for (const word of index.candidates(q)) {
          const score = matches(q, word);
          if (!score) continue;
          for (const entry of index.services.get(word)) best.set(entry, Math.max(best.get(entry) ?? 0, score));
        }
        for (const [entry, score] of best) scores.set(entry, (scores.get(entry) ?? 0) + score);
      }
      return [...scores]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, limit)
        .map(([entry]) => indexed[entry].service);
    },
  };
}

/** Reads a catalogue from a JSON file holding an array of services. */
export const loadCatalogue = (path) => createCatalogue(JSON.parse(readFileSync(path, 'utf8')));
