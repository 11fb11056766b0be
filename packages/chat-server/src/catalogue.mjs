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

/** A searchable catalogue over `services` (the shape above). */
export function createCatalogue(services = SAMPLE_SERVICES) {
  const indexed = services
    .filter((service) => service && typeof service.id === 'string' && service.title?.mn)
    .map((service) => ({
      service,
      words: [...new Set(words([service.title.mn, service.title.en ?? '', ...(service.keywords ?? [])].join(' ')))],
    }));
  return {
    size: indexed.length,
    /** The services that best match the user's words, best first. */
    search(text, limit = 3) {
      const query = words(text);
      if (!query.length) return [];
      return indexed
        .map((entry) => ({
          service: entry.service,
          score: query.reduce((sum, q) => sum + Math.max(0, ...entry.words.map((w) => matches(q, w))), 0),
        }))
        .filter((hit) => hit.score > 0)
        .sort((a, b) => b.score - a.score)
        .slice(0, limit)
        .map((hit) => hit.service);
    },
  };
}

/** Reads a catalogue from a JSON file holding an array of services. */
export const loadCatalogue = (path) => createCatalogue(JSON.parse(readFileSync(path, 'utf8')));
