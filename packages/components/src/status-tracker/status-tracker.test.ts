import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { resetConditions } from '../../test/viewing-conditions.js';
import { itNeeds } from '../../test/engine.js';
import { captureWarnings, computedAccessibility, langOfText } from '../../test/helpers.js';
import { expectNoInjection, LONG_WORD, MARKUP, overflowing } from '../../test/hostile.js';
import type { GerStatusTracker, StatusEvent } from './status-tracker.js';
import './status-tracker.js';

const EVENTS: StatusEvent[] = [
  { status: 'submitted', date: '2026-02-19T09:12:00+08:00', unit: 'Засгийн газрын 1111 төв' },
  { status: 'received', date: '2026-02-19T11:40:00+08:00', unit: 'Засгийн газрын 1111 төв' },
  { status: 'assigned', date: '2026-02-20T10:05:00+08:00', unit: 'Нийслэлийн Засаг даргын Тамгын газар' },
  {
    status: 'info-needed',
    date: '2026-02-24T15:30:00+08:00',
    unit: 'Нийслэлийн Засаг даргын Тамгын газар',
    note: 'Түрээсийн гэрээний хуулбарыг хавсаргана уу.',
  },
  { status: 'in-review', date: '2026-02-27T09:00:00+08:00', unit: 'Нийслэлийн Засаг даргын Тамгын газар' },
];

/** Intl puts a narrow no-break space before AM in some engines: compare words, not space characters. */
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const events = (el: GerStatusTracker) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('.timeline > li')];
const status = (el: GerStatusTracker) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
const overdue = (el: GerStatusTracker) => el.shadowRoot!.querySelector<HTMLElement>('[part="overdue"]');

function tracker(options: { events?: unknown; deadline?: string; now?: string | Date; timeZone?: string; lang?: string } = {}) {
  return fixture<GerStatusTracker>(html`<ger-status-tracker
    reference="EM-2026-004817"
    deadline=${options.deadline ?? '2026-03-20'}
    time-zone=${options.timeZone ?? 'Asia/Ulaanbaatar'}
    lang=${options.lang ?? 'mn'}
    .now=${options.now ?? '2026-03-01T12:00:00+08:00'}
    .events=${options.events ?? EVENTS}
  ></ger-status-tracker>`);
}

describe('ger-status-tracker', () => {
  afterEach(resetConditions);

  it('marks a reference in Cyrillic as Mongolian on an English page, so an English voice does not misread it', async () => {
    const el = await tracker({ lang: 'en' });
    expect(langOfText(el.shadowRoot!, 'EM-2026-004817'), 'in Latin letters, in the page language').to.equal('en');
    el.reference = 'ПА-2026-001234';
    await el.updateComplete;
    expect(langOfText(el.shadowRoot!, 'ПА-2026-001234')).to.equal('mn');
    expect(langOfText(el.shadowRoot!, 'Reference number'), 'its label').to.equal('en');
  });

  it('lists the events oldest first: status, <time datetime>, responsible unit and note', async () => {
    const el = await tracker({ lang: 'en' });
    const [first, , , fourth] = events(el);
    expect(events(el).map((li) => li.querySelector('.name')!.textContent)).to.deep.equal([
      'Submitted',
      'Received',
      'Assigned',
      'More information needed',
      'In review',
    ]);
    const time = first.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2026-02-19T01:12:00.000Z');
    expect(plain(time.textContent)).to.equal('February 19, 2026 at 9:12 AM');
    expect(first.textContent).to.contain('Responsible unit: Засгийн газрын 1111 төв');
    expect(fourth.querySelector('.note')!.textContent).to.equal('Түрээсийн гэрээний хуулбарыг хавсаргана уу.');
    expect(el.shadowRoot!.querySelector('ol')!.getAttribute('aria-label')).to.equal('Progress');
  });

  it('marks the latest event as the current step and says it in a status region', async () => {
    const el = await tracker();
    expect(events(el).map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, null, null, null, 'step']);
    expect(status(el)).to.equal('Одоогийн төлөв: Хянаж байна');
    // Each step's dot is 1em across, its ring included (centred on the line by that size).
    expect(getComputedStyle(events(el)[0], '::before').boxSizing).to.equal('border-box');
  });

  it('announces a new status: the status region is there before and changes', async () => {
    const el = await tracker();
    const region = el.shadowRoot!.querySelector('[role="status"]');
    el.events = [...EVENTS, { status: 'decided', date: '2026-03-05T16:00:00+08:00', unit: 'Нийслэлийн Засаг даргын Тамгын газар' }];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(region);
    expect(status(el)).to.equal('Одоогийн төлөв: Шийдвэрлэсэн');
  });

  it('shows the reference number and the legal deadline', async () => {
    const el = await tracker();
    const facts = [...el.shadowRoot!.querySelectorAll('dl > div')].map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent!.trim()]);
    expect(facts).to.deep.equal([
      ['Өргөдөл, гомдлын дугаар', 'EM-2026-004817'],
      ['Шийдвэрлэх хуулийн хугацаа', '2026 оны гуравдугаар сарын 20'],
    ]);
    expect(el.shadowRoot!.querySelector('dd time')!.getAttribute('datetime')).to.equal('2026-03-20');
  });

  describe('overdue', () => {
    it('is not shown before the deadline, nor on its last day', async () => {
      expect(overdue(await tracker({ now: '2026-03-19T10:00:00+08:00' }))).to.be.null;
      expect(overdue(await tracker({ now: '2026-03-20T23:59:00+08:00' }))).to.be.null;
    });

    it('says plainly, in the status region, how many days past the legal deadline a request waits for a decision', async () => {
      const el = await tracker({ now: '2026-03-25T10:00:00+08:00' });
      expect(overdue(el)!.textContent!.trim()).to.equal(
        'Хуулийн хугацаа 2026 оны гуравдугаар сарын 20-нд дууссан боловч шийдвэр гараагүй байна: 5 хоног хэтэрсэн.',
      );
      expect(overdue(el)!.closest('[role="status"]')).to.exist;
      const en = await tracker({ now: '2026-03-21T10:00:00+08:00', lang: 'en' });
      expect(overdue(en)!.textContent!.trim()).to.equal('The legal deadline was March 20, 2026 and there is no decision yet: 1 day overdue.');
      const many = await tracker({ now: '2026-04-30T10:00:00+08:00', lang: 'en' });
      expect(overdue(many)!.textContent).to.contain('41 days overdue');
    });

    it('counts days in the time zone of the service: a UTC evening is already the next day in Ulaanbaatar', async () => {
      // 2026-03-20 17:00 UTC is 2026-03-21 01:00 in Ulaanbaatar.
      const ub = await tracker({ now: '2026-03-20T17:00:00Z', lang: 'en' });
      expect(overdue(ub)!.textContent).to.contain('1 day overdue');
      const utc = await tracker({ now: '2026-03-20T17:00:00Z', lang: 'en', timeZone: 'UTC' });
      expect(overdue(utc)).to.be.null;
    });

    it('is not shown once there is a decision', async () => {
      for (const final of ['decided', 'closed']) {
        const el = await tracker({ now: '2026-04-30T10:00:00+08:00', events: [...EVENTS, { status: final, date: '2026-04-01' }] });
        expect(overdue(el), final).to.be.null;
      }
    });
  });

  describe('dates across time zones', () => {
    it('writes a moment in the time zone given, and a day as that day everywhere', async () => {
      const events = [
        { status: 'submitted', date: '2026-02-28T16:00:00Z' },
        { status: 'received', date: '2026-03-02' },
      ];
      const ub = await tracker({ events, lang: 'en' });
      expect([...ub.shadowRoot!.querySelectorAll('.when time')].map((t) => plain(t.textContent))).to.deep.equal(['March 1, 2026 at 12:00 AM', 'March 2, 2026']);
      const la = await tracker({ events, lang: 'en', timeZone: 'America/Los_Angeles' });
      expect([...la.shadowRoot!.querySelectorAll('.when time')].map((t) => plain(t.textContent))).to.deep.equal([
        'February 28, 2026 at 8:00 AM',
        'March 2, 2026',
      ]);
    });

    it('writes Mongolian dates and times in Mongolian in every engine', async () => {
      const el = await tracker({ events: [{ status: 'submitted', date: '2026-02-28T16:05:00Z' }] });
      expect(el.shadowRoot!.querySelector('.when time')!.textContent).to.equal('2026 оны гуравдугаар сарын 1 00:05');
    });
  });

  itNeeds(['computed accessibility'], 'gives the timeline a name and the current step', async () => {
    const el = await tracker();
    expect(computedAccessibility(el.shadowRoot!.querySelector('ol')!)).to.deep.equal({ role: 'list', name: 'Явц' });
    expect(computedAccessibility(el.shadowRoot!.querySelector('[role="status"]')!).role).to.equal('status');
  });

  it('shows an unknown status as given, with a warning, and an event without a valid date without a time', async () => {
    let el!: GerStatusTracker;
    const warnings = await captureWarnings(async () => {
      el = await tracker({ events: [{ status: 'escalated', date: 'yesterday', unit: 'Яам' }] });
    });
    expect(events(el)[0].querySelector('.name')!.textContent).to.equal('escalated');
    expect(events(el)[0].querySelector('time')).to.be.null;
    expect(status(el)).to.equal('Одоогийн төлөв: escalated');
    expect(warnings.some((w) => w.includes('"escalated"'))).to.be.true;
    expect(warnings.some((w) => w.includes('"yesterday"'))).to.be.true;
  });

  it('shows nothing but the reference when there are no events', async () => {
    let el!: GerStatusTracker;
    const warnings = await captureWarnings(async () => {
      el = await tracker({ events: 'not a list' });
    });
    expect(warnings).to.deep.equal(['[ger] <ger-status-tracker> events is not a list.']);
    expect(el.shadowRoot!.querySelector('ol')).to.be.null;
    expect(el.shadowRoot!.querySelector('.reference')!.textContent).to.equal('EM-2026-004817');
  });

  it('keeps hostile data as text in every field: markup, very long words, bad dates', async () => {
    let box!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      box = await fixture<HTMLElement>(html`<div style="inline-size: 18rem">
        <ger-status-tracker
          reference=${MARKUP + LONG_WORD}
          deadline=${MARKUP}
          .now=${'2026-03-01'}
          .events=${[
            { status: MARKUP, date: MARKUP, unit: MARKUP, note: MARKUP },
            { status: 'in-review', date: '2026-13-45', unit: LONG_WORD, note: LONG_WORD },
          ]}
        ></ger-status-tracker>
      </div>`);
    });
    const el = box.querySelector('ger-status-tracker')!;
    await expectNoInjection(box);
    expect(el.shadowRoot!.querySelectorAll('time').length).to.equal(0);
    expect(events(el)[0].textContent).to.contain(MARKUP);
    expect(overflowing(box)).to.deep.equal([]);
    expect(warnings.some((w) => w.includes('deadline'))).to.be.true;
  });
});

describeAccessibility(
  'ger-status-tracker',
  () => html`<section aria-labelledby="request-heading">
    <h2 id="request-heading">Гомдол EM-2026-004817</h2>
    <ger-status-tracker reference="EM-2026-004817" deadline="2026-03-20" .now=${'2026-03-25T10:00:00+08:00'} .events=${EVENTS}></ger-status-tracker>
  </section>`,
);
