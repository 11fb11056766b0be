import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { resetConditions } from '../../test/viewing-conditions.js';
import { itNeeds, press } from '../../test/engine.js';
import { captureWarnings, computedAccessibility, deepActiveElement, textWithoutLoneSpaces, until } from '../../test/helpers.js';
import { expectNoInjection, LONG_WORD, MARKUP, overflowing, SCRIPT_URL } from '../../test/hostile.js';
import type { GerNoticeList, Notice } from './notice-list.js';
import './notice-list.js';
import { storageKey } from '../utils/storage.js';

const NOTICES: Notice[] = [
  {
    title: 'Иргэний үнэмлэх сунгах журамд өөрчлөлт орлоо',
    href: '#n1',
    date: '2026-03-01T09:00:00+08:00',
    agency: 'Улсын бүртгэлийн ерөнхий газар',
    category: 'Журам',
    summary: '2026 оны 4-р сарын 1-ээс эхлэн хүчинтэй.',
  },
  { title: 'Татварын тайлан хүлээн авах хугацаа сунгагдлаа', href: '#n2', date: '2026-02-25', agency: 'Татварын ерөнхий газар', category: 'Шийдвэр' },
  { title: 'Цагаан сарын амралтын үеийн үйлчилгээ', date: '2026-02-10', agency: 'Засгийн газрын хэрэгжүүлэгч агентлаг', category: 'Журам' },
];

let keys = 0;
/** Each test its own feed, so visits remembered by one never leak into another. */
const freshKey = () => `test-${Date.now()}-${keys++}`;
const visitKey = (key: string) => storageKey('notices-visit', key);

const notices = (el: GerNoticeList) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.notice')];
const titles = (el: GerNoticeList) => notices(el).map((n) => n.querySelector('.title')!.textContent!.replace(/\s+/g, ' ').trim());
const times = (el: GerNoticeList) => [...el.shadowRoot!.querySelectorAll('time')].map((t) => [t.getAttribute('datetime'), t.textContent!.trim()]);
const status = (el: GerNoticeList) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
const radio = (el: GerNoticeList, value: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;

function list(items: Notice[], attributes: { timeZone?: string; key?: string; lang?: string } = {}) {
  return fixture<GerNoticeList>(
    html`<ger-notice-list .notices=${items} storage-key=${attributes.key ?? freshKey()} time-zone=${attributes.timeZone ?? 'Asia/Ulaanbaatar'} lang=${attributes.lang ?? 'mn'}></ger-notice-list>`,
  );
}

describe('ger-notice-list', () => {
  afterEach(resetConditions);

  it('shows each notice: its title as a heading link, date, agency, category and summary', async () => {
    const el = await list(NOTICES);
    const first = notices(el)[0];
    const title = first.querySelector('.title')!;
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.getAttribute('aria-level')).to.equal('3');
    expect(title.querySelector('a')!.getAttribute('href')).to.equal('#n1');
    expect(first.querySelector('.meta')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '2026 оны гуравдугаар сарын 1 Улсын бүртгэлийн ерөнхий газар Журам',
    );
    expect(first.querySelector('.summary')!.textContent).to.equal('2026 оны 4-р сарын 1-ээс эхлэн хүчинтэй.');
    expect(notices(el)[2].querySelector('.title a'), 'no href: the title is text').to.be.null;
  });

  it('writes dates through Intl in the page language, with <time datetime>', async () => {
    const el = await list(NOTICES, { lang: 'en' });
    expect(times(el)).to.deep.equal([
      ['2026-03-01T01:00:00.000Z', 'March 1, 2026'],
      ['2026-02-25', 'February 25, 2026'],
      ['2026-02-10', 'February 10, 2026'],
    ]);
  });

  describe('dates across time zones', () => {
    const moments = (dates: string[]) => dates.map((date, i) => ({ title: `Мэдэгдэл ${i}`, date }));

    it('puts a moment on the day it is in Ulaanbaatar, including UTC midnight', async () => {
      // 16:00 UTC is midnight in Ulaanbaatar (UTC+8): already the next day there.
      const el = await list(moments(['2026-02-28T16:00:00Z', '2026-03-01T00:00:00Z', '2026-02-28T15:59:00Z']), { lang: 'en' });
      expect(times(el).map(([, text]) => text)).to.deep.equal(['March 1, 2026', 'March 1, 2026', 'February 28, 2026']);
    });

    it('puts the same moment on the reader’s own day in another zone', async () => {
      const el = await list(moments(['2026-03-01T00:00:00Z', '2026-03-01T00:00:00Z']), { lang: 'en', timeZone: 'America/New_York' });
      expect(times(el)[0][1]).to.equal('February 28, 2026');
      const utc = await list(moments(['2026-03-01T00:00:00Z']), { lang: 'en', timeZone: 'UTC' });
      expect(times(utc)[0][1]).to.equal('March 1, 2026');
    });

    it('shows a day-only date (kept as UTC midnight) as that day in every zone', async () => {
      for (const timeZone of ['Asia/Ulaanbaatar', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
        const el = await list(moments(['2026-03-01']), { lang: 'en', timeZone });
        expect(times(el)[0], timeZone).to.deep.equal(['2026-03-01', 'March 1, 2026']);
      }
    });

    it('writes the Mongolian date in Mongolian in every engine (Chromium has no Mongolian in Intl)', async () => {
      const el = await list(moments(['2026-02-28T16:00:00Z', '2026-09-09', '2026-12-31T15:59:59Z']));
      expect(times(el).map(([, text]) => text)).to.deep.equal([
        '2026 оны гуравдугаар сарын 1',
        '2026 оны есдүгээр сарын 9',
        '2026 оны арван хоёрдугаар сарын 31',
      ]);
    });

    it('falls back to Ulaanbaatar for an unknown time zone, with a warning', async () => {
      let el!: GerNoticeList;
      const warnings = await captureWarnings(async () => {
        el = await list(moments(['2026-02-28T16:00:00Z']), { lang: 'en', timeZone: 'Mars/Olympus' });
      });
      expect(times(el)[0][1]).to.equal('March 1, 2026');
      expect(warnings.some((w) => w.includes('Mars/Olympus'))).to.be.true;
    });
  });

  describe('"new" since the last visit', () => {
    it('marks nothing on a first visit, and remembers this visit for the next', async () => {
      const key = freshKey();
      const before = Date.now();
      const el = await list(NOTICES, { key });
      expect(el.shadowRoot!.querySelectorAll('.new').length).to.equal(0);
      expect(Number(localStorage.getItem(visitKey(key)))).to.be.within(before, Date.now());
      localStorage.removeItem(visitKey(key));
    });

    it('marks notices published after the previous visit, in words, and counts them', async () => {
      const key = freshKey();
      localStorage.setItem(visitKey(key), String(Date.parse('2026-02-26T12:00:00+08:00')));
      const el = await list(NOTICES, { key });
      const marked = notices(el).map((n) => n.querySelector('.new')?.textContent ?? '');
      expect(marked).to.deep.equal(['Шинэ', '', '']);
      expect(titles(el)[0]).to.equal('Шинэ Иргэний үнэмлэх сунгах журамд өөрчлөлт орлоо');
      expect(status(el)).to.equal('3 мэдэгдэл харагдаж байна. Таныг сүүлд зочилсноос хойш 1 шинэ мэдэгдэл нэмэгдсэн.');
      localStorage.removeItem(visitKey(key));
    });

    it('keeps words apart for screen readers: the badge and the title, the date, agency and category, the two counts', async () => {
      const key = freshKey();
      localStorage.setItem(visitKey(key), String(Date.parse('2026-02-26T12:00:00+08:00')));
      const el = await list(NOTICES, { key });
      const first = notices(el)[0];
      // A space alone in its text node beside Lit's markers is left out by Chromium: each space is in a text node with words.
      expect(textWithoutLoneSpaces(first.querySelector('.title')!)).to.equal('Шинэ Иргэний үнэмлэх сунгах журамд өөрчлөлт орлоо');
      expect(textWithoutLoneSpaces(first.querySelector('.meta')!)).to.equal('2026 оны гуравдугаар сарын 1 Улсын бүртгэлийн ерөнхий газар Журам');
      expect(textWithoutLoneSpaces(el.shadowRoot!.querySelector('[role="status"]')!)).to.equal(
        '3 мэдэгдэл харагдаж байна. Таныг сүүлд зочилсноос хойш 1 шинэ мэдэгдэл нэмэгдсэн.',
      );
      localStorage.removeItem(visitKey(key));
    });

    itNeeds(['computed accessibility'], "names a new notice's heading with the badge and the title apart", async () => {
      const key = freshKey();
      localStorage.setItem(visitKey(key), String(Date.parse('2026-02-26T12:00:00+08:00')));
      const el = await list(NOTICES, { key });
      // A no-break space (read as a space) keeps the badge with the title on screen.
      expect(computedAccessibility(notices(el)[0].querySelector('.title')!).name).to.equal('Шинэ\u00a0Иргэний үнэмлэх сунгах журамд өөрчлөлт орлоо');
      localStorage.removeItem(visitKey(key));
    });

    it('counts a day-only notice as new from the day after the visit (in Ulaanbaatar)', async () => {
      const key = freshKey();
      // 2026-02-24 20:00 in Ulaanbaatar.
      localStorage.setItem(visitKey(key), String(Date.parse('2026-02-24T12:00:00Z')));
      const el = await list(
        [
          { title: 'Өмнөх өдөр', date: '2026-02-24' },
          { title: 'Дараа өдөр', date: '2026-02-25' },
        ],
        { key },
      );
      expect(notices(el).map((n) => Boolean(n.querySelector('.new')))).to.deep.equal([false, true]);
      localStorage.removeItem(visitKey(key));
    });

    it('compares every list and render on the page with the same previous visit', async () => {
      const key = freshKey();
      localStorage.setItem(visitKey(key), String(Date.parse('2026-02-26T00:00:00Z')));
      const first = await list(NOTICES, { key });
      const second = await list(NOTICES, { key });
      expect(first.shadowRoot!.querySelectorAll('.new').length).to.equal(1);
      expect(second.shadowRoot!.querySelectorAll('.new').length).to.equal(1);
      localStorage.removeItem(visitKey(key));
    });

    it('takes the previous visit from since when the site knows it (a signed-in reader)', async () => {
      const el = await fixture<GerNoticeList>(html`<ger-notice-list since="2026-02-20" storage-key=${freshKey()} .notices=${NOTICES}></ger-notice-list>`);
      expect(notices(el).map((n) => Boolean(n.querySelector('.new')))).to.deep.equal([true, true, false]);
    });

    it('works without localStorage (blocked, or on the server)', async () => {
      const getItem = Storage.prototype.getItem;
      Storage.prototype.getItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      try {
        const el = await list(NOTICES);
        expect(notices(el).length).to.equal(3);
      } finally {
        Storage.prototype.getItem = getItem;
      }
    });
  });

  describe('filtering by category', () => {
    it('offers "all" and each category as radio buttons in a labelled group', async () => {
      const el = await list(NOTICES);
      expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal('Ангиллаар шүүх');
      const labels = [...el.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
      expect(labels).to.deep.equal(['Бүгд', 'Журам', 'Шийдвэр']);
      expect(radio(el, '').checked).to.be.true;
    });

    it('shows only the chosen category and says how many, politely', async () => {
      const el = await list(NOTICES);
      radio(el, 'Журам').click();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Иргэний үнэмлэх сунгах журамд өөрчлөлт орлоо', 'Цагаан сарын амралтын үеийн үйлчилгээ']);
      expect(status(el)).to.equal('2 мэдэгдэл харагдаж байна.');
      radio(el, '').click();
      await el.updateComplete;
      expect(notices(el).length).to.equal(3);
    });

    it('works with the keyboard: Tab into the group, arrows choose', async () => {
      const el = await list(NOTICES);
      await press('Tab');
      expect(deepActiveElement()).to.equal(radio(el, ''));
      await press('ArrowRight');
      await el.updateComplete;
      expect(radio(el, 'Журам').checked).to.be.true;
      expect(notices(el).length).to.equal(2);
      await press('ArrowRight');
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Татварын тайлан хүлээн авах хугацаа сунгагдлаа']);
      await press('Tab');
      expect(deepActiveElement()!.getAttribute('href')).to.equal('#n2');
    });

    it('set vertically (lang="mn-Mong"), Down and Right both choose the next category', async () => {
      const el = await list(NOTICES, { lang: 'mn-Mong' });
      expect(getComputedStyle(el).writingMode).to.equal('vertical-lr');
      radio(el, '').focus();
      await press('ArrowDown');
      await el.updateComplete;
      expect(radio(el, 'Журам').checked).to.be.true;
      await press('ArrowRight');
      await el.updateComplete;
      expect(radio(el, 'Шийдвэр').checked).to.be.true;
      await press('ArrowUp');
      await el.updateComplete;
      expect(radio(el, 'Журам').checked).to.be.true;
    });

    it('writes its dates in the traditional script on a mn-Mong page (not in Cyrillic)', async () => {
      const el = await list(NOTICES, { lang: 'mn-Mong' });
      const firstDate = () => el.shadowRoot!.querySelector('time')?.textContent ?? '';
      // The script's strings, with their date writer, load the first time an element is in it.
      await until(() => /[\u1820-\u18AF]/.test(firstDate()), 5000, 'a date in the traditional script');
      expect(firstDate()).not.to.match(/[а-яөү]/i);
    });

    it('has no filter for a single category', async () => {
      const el = await list([NOTICES[0], NOTICES[2]]);
      expect(el.shadowRoot!.querySelector('fieldset')).to.be.null;
    });

    itNeeds(['computed accessibility'], 'gives screen readers a group named by its legend, of named radios', async () => {
      const el = await list(NOTICES);
      expect(computedAccessibility(el.shadowRoot!.querySelector('fieldset')!)).to.deep.equal({ role: 'group', name: 'Ангиллаар шүүх' });
      expect(computedAccessibility(radio(el, 'Журам'))).to.deep.equal({ role: 'radio', name: 'Журам' });
    });
  });

  it('says so when there are no notices', async () => {
    const el = await list([], { lang: 'en' });
    expect(el.shadowRoot!.textContent).to.contain('There are no notices to show.');
  });

  it('takes the title level from heading-level, falling back to 3 with a warning', async () => {
    const el = await fixture<GerNoticeList>(html`<ger-notice-list heading-level="2" .notices=${NOTICES}></ger-notice-list>`);
    expect(el.shadowRoot!.querySelector('.title')!.getAttribute('aria-level')).to.equal('2');
    let bad!: GerNoticeList;
    const warnings = await captureWarnings(async () => {
      bad = await fixture<GerNoticeList>(html`<ger-notice-list heading-level="9" .notices=${NOTICES}></ger-notice-list>`);
    });
    expect(bad.shadowRoot!.querySelector('.title')!.getAttribute('aria-level')).to.equal('3');
    expect(warnings.some((w) => w.includes('heading-level="9"'))).to.be.true;
  });

  it('keeps hostile data as text in every field, and leaves out what is not a notice', async () => {
    let box!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      box = await fixture<HTMLElement>(html`<div style="inline-size: 18rem">
        <ger-notice-list
          storage-key=${freshKey()}
          .notices=${[
            { title: MARKUP, href: SCRIPT_URL, date: MARKUP, agency: MARKUP, category: MARKUP, summary: MARKUP },
            { title: LONG_WORD, href: '#long', date: '2026-02-30', agency: LONG_WORD, category: LONG_WORD, summary: LONG_WORD },
            { title: '', date: '2026-01-01' },
            { title: { toString: () => MARKUP }, date: 20260101 },
            42,
          ]}
        ></ger-notice-list>
      </div>`);
    });
    const el = box.querySelector('ger-notice-list')!;
    await expectNoInjection(box);
    expect(notices(el).length).to.equal(2);
    expect(titles(el)[0]).to.equal(MARKUP);
    expect(el.shadowRoot!.querySelectorAll('time').length, 'no date from a bad value').to.equal(0);
    expect([...el.shadowRoot!.querySelectorAll('.notice a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#long']);
    expect(overflowing(box)).to.deep.equal([]);
    expect(warnings.some((w) => w.includes('is not an ISO 8601 date'))).to.be.true;
    expect(warnings.some((w) => w.includes('has no title'))).to.be.true;
  });
});

describeAccessibility(
  'ger-notice-list',
  () => html`<section aria-labelledby="notices-heading">
    <h2 id="notices-heading">Мэдэгдэл, шийдвэр</h2>
    <ger-notice-list storage-key="a11y" .notices=${NOTICES}></ger-notice-list>
  </section>`,
);
