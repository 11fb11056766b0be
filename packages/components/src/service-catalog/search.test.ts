import { expect } from '@open-wc/testing';
import { buildIndex, fold, indexBuilder, search, words } from './search.js';

const services = [
  {
    title: { mn: 'Гадаад паспорт захиалах', en: 'Apply for a passport' },
    agency: { mn: 'Улсын бүртгэлийн ерөнхий газар', en: 'General Authority for State Registration' },
  },
  { title: { mn: 'Иргэний үнэмлэх сунгах', en: 'Renew your ID card' }, description: { mn: 'Иргэний үнэмлэхээ сунгуулна.', en: 'Renew your ID card.' } },
  { title: { mn: 'Хүүхдийн мөнгөний олголт шалгах', en: 'Check Child Money payments' } },
  { title: { mn: 'Татварын өргүй тодорхойлолт авах', en: 'Get a tax clearance certificate' }, category: { mn: 'Татвар', en: 'Tax' } },
  {
    title: { mn: 'Газрын төлбөр төлөх', en: 'Pay your land fee' },
    category: { mn: 'Татвар', en: 'Tax' },
    description: { mn: 'Газрын төлбөрөө цахимаар төлнө.', en: 'Pay online.' },
  },
  { title: { mn: 'Цэцэрлэгт бүртгүүлэх (Баян-Өлгий аймаг)', en: 'Apply for a kindergarten place (Bayan-Ölgii aimag)' } },
  { title: { mn: 'Жолоодох эрхийн үнэмлэх сунгах', en: 'Renew your driving licence' }, agency: 'Авто тээврийн үндэсний төв' },
];
const index = buildIndex(services);
const titles = (query: string) => search(index, query).map((i) => (services[i].title as { mn: string }).mn);

describe('fold: one spelling for every way of writing a word', () => {
  it('makes Cyrillic, Latin-typed Mongolian and English meet', () => {
    expect(fold('паспорт')).to.equal('pasport');
    expect(fold('pasport')).to.equal('pasport');
    expect(fold('Passport')).to.equal('pasport');
    expect(fold('үнэмлэх')).to.equal('unemleh');
    expect(fold('unemleh')).to.equal(fold('үнэмлэх'));
  });

  it('ignores case and diacritics, and reads ө/ү as o/u', () => {
    expect(fold('ПАСПОРТ')).to.equal('pasport');
    expect(fold('Ölgii')).to.equal(fold('Өлгий'));
    expect(fold('Sükhbaatar')).to.equal(fold('Сүхбаатар'));
    expect(fold('Өмнөговь')).to.equal('omnogovi');
  });

  it('makes the usual Latin spellings of Mongolian sounds one, and long vowels short', () => {
    expect(fold('khural')).to.equal(fold('хурал'));
    expect(fold('xural')).to.equal(fold('хурал'));
    expect(fold('tsetserleg')).to.equal(fold('цэцэрлэг'));
    expect(fold('cecerleg')).to.equal(fold('цэцэрлэг'));
    expect(fold('zhargal')).to.equal(fold('жаргал'));
    expect(fold('Ulaanbaatar')).to.equal(fold('Улаанбаатар'));
    expect(fold('ulanbatar')).to.equal(fold('Улаанбаатар'));
  });

  it('splits a query into at most 12 distinct words, without words that mean nothing', () => {
    expect(words('Passport for a child, PASSPORT!')).to.deep.equal(['pasport', 'child']);
    expect(words('a b c d e f g h j k l m n o p q r s t u v')).to.have.length(12);
    expect(words('   ')).to.deep.equal([]);
  });
});

describe('search', () => {
  it('finds Cyrillic titles from Latin-typed Mongolian', () => {
    expect(titles('pasport')[0]).to.equal('Гадаад паспорт захиалах');
    expect(titles('unemleh')).to.have.members(['Иргэний үнэмлэх сунгах', 'Жолоодох эрхийн үнэмлэх сунгах']);
  });

  it('finds the same from Cyrillic, English and any case', () => {
    for (const query of ['паспорт', 'passport', 'ПАСПОРТ', 'PaSpOrT']) expect(titles(query)[0], query).to.equal('Гадаад паспорт захиалах');
    expect(titles('child money')).to.deep.equal(['Хүүхдийн мөнгөний олголт шалгах']);
  });

  it('reads o or u for ө and u for ү', () => {
    expect(titles('huuhdiin mongo')).to.deep.equal(['Хүүхдийн мөнгөний олголт шалгах']);
    expect(titles('xuuxdiin mungu')).to.deep.equal(['Хүүхдийн мөнгөний олголт шалгах']);
    expect(titles('olgii')[0]).to.equal('Цэцэрлэгт бүртгүүлэх (Баян-Өлгий аймаг)');
    expect(titles('ulgii')[0]).to.equal('Цэцэрлэгт бүртгүүлэх (Баян-Өлгий аймаг)');
  });

  it('finds words from their beginning, as they are typed', () => {
    expect(titles('pas')[0]).to.equal('Гадаад паспорт захиалах');
    expect(titles('цэцэр')).to.deep.equal(['Цэцэрлэгт бүртгүүлэх (Баян-Өлгий аймаг)']);
  });

  it('forgives a small typo in words of four letters or more, and not in shorter ones', () => {
    expect(titles('pasprot')[0]).to.equal('Гадаад паспорт захиалах');
    expect(titles('pasort')[0]).to.equal('Гадаад паспорт захиалах');
    expect(titles('tsetserleh')).to.deep.equal(['Цэцэрлэгт бүртгүүлэх (Баян-Өлгий аймаг)']);
    expect(titles('pis')).to.deep.equal([]);
    expect(titles('qqqqqq')).to.deep.equal([]);
  });

  it('needs every word to match somewhere in the service', () => {
    expect(titles('unemleh sungah')).to.have.members(['Иргэний үнэмлэх сунгах', 'Жолоодох эрхийн үнэмлэх сунгах']);
    expect(titles('unemleh jolood')).to.deep.equal(['Жолоодох эрхийн үнэмлэх сунгах']);
    expect(titles('pasport bqbq')).to.deep.equal([]);
  });

  it('ranks services whose title matches before those that only mention the words', () => {
    // "Газрын төлбөр төлөх" mentions tax only in its category; the tax clearance has it in its title.
    expect(titles('tatvar')).to.deep.equal(['Татварын өргүй тодорхойлолт авах', 'Газрын төлбөр төлөх']);
    // The agency's words count, below titles.
    expect(titles('avto teever')).to.deep.equal(['Жолоодох эрхийн үнэмлэх сунгах']);
  });

  it('reads a query of stop words only as the start of a word, not as an empty query', () => {
    // "ба" (and) is also how баримт, Баян-Өлгий begin: typing it must not list every service.
    expect(words('ба')).to.deep.equal(['ba']);
    expect(titles('ба')).to.deep.equal(['Цэцэрлэгт бүртгүүлэх (Баян-Өлгий аймаг)']);
    expect(titles('or')).to.deep.equal(['Татварын өргүй тодорхойлолт авах']);
    expect(titles('a')).to.have.members([
      'Гадаад паспорт захиалах',
      'Татварын өргүй тодорхойлолт авах',
      'Цэцэрлэгт бүртгүүлэх (Баян-Өлгий аймаг)',
      'Жолоодох эрхийн үнэмлэх сунгах',
    ]);
    // With other words, stop words still mean nothing; asked to, search counts every word.
    expect(titles('passport for')).to.deep.equal(['Гадаад паспорт захиалах']);
    expect(titles('renew your id an')).to.deep.equal(['Иргэний үнэмлэх сунгах']);
    expect(search(index, 'renew your id an', true)).to.deep.equal([]);
  });

  it('returns everything in the original order for an empty query', () => {
    expect(search(index, '')).to.deep.equal(services.map((_, i) => i));
    expect(search(index, ' ,. ')).to.deep.equal(services.map((_, i) => i));
  });

  it('indexes any data without throwing', () => {
    const odd = buildIndex([null, 'text', 42, { title: 7 }, { title: { mn: null, en: ['x'] } }, { title: Object.create(null) }] as never[]);
    expect(search(odd, '7')).to.deep.equal([3]);
    expect(search(odd, 'x')).to.deep.equal([]);
  });
});

describe('indexBuilder: the index built a few items at a time', () => {
  const many = Array.from({ length: 300 }, (_, i) => services[i % services.length]);

  it('builds in steps the same index as at once, and stops at its budget', () => {
    const builder = indexBuilder(many);
    let steps = 1;
    while (!builder.step(0)) steps++;
    // A budget of 0 still adds the 16 items between two readings of the clock.
    expect(steps).to.equal(Math.ceil(many.length / 16));
    expect(builder.index).to.deep.equal(buildIndex(many));
  });

  it('finishes at once when the index is wanted before the steps are done', () => {
    const builder = indexBuilder(many);
    expect(builder.step(0)).to.be.false;
    const { index } = builder;
    expect(index.size).to.equal(many.length);
    expect(search(index, 'pasport')).to.deep.equal(search(buildIndex(many), 'pasport'));
    expect(builder.step(0)).to.be.true;
    expect(builder.index).to.equal(index);
  });
});
