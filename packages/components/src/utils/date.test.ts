import { expect } from '@open-wc/testing';
import { captureWarnings } from '../../test/helpers.js';
import { dayNumber, DEFAULT_TIME_ZONE, parseDate, validTimeZone } from './date.js';

describe('dates from data', () => {
  it('reads a day as a calendar day and a moment with its offset as a moment', () => {
    const day = parseDate('2026-03-01', 'test')!;
    expect(day.dayOnly).to.be.true;
    expect(day.datetime).to.equal('2026-03-01');
    expect(day.date.toISOString()).to.equal('2026-03-01T00:00:00.000Z');
    const moment = parseDate('2026-03-01T09:30:00+08:00', 'test')!;
    expect(moment.dayOnly).to.be.false;
    expect(moment.datetime).to.equal('2026-03-01T01:30:00.000Z');
    expect(parseDate('2026-03-01T01:30Z', 'test')!.datetime).to.equal('2026-03-01T01:30:00.000Z');
    expect(parseDate(new Date(Date.UTC(2026, 2, 1)), 'test')!.datetime).to.equal('2026-03-01T00:00:00.000Z');
  });

  it('refuses what is not a date, or a moment without an offset, with a warning naming where', async () => {
    const bad = ['2026-02-30', '2026-13-01', '01.03.2026', 'yesterday', '2026-03-01T09:30:00', '<img src=x>', 20260301, {}];
    const warnings = await captureWarnings(() => {
      for (const value of bad) expect(parseDate(value, 'notice date'), JSON.stringify(value)).to.be.undefined;
    });
    expect(warnings.length).to.equal(bad.length);
    expect(warnings.every((w) => w.includes('notice date'))).to.be.true;
    expect(parseDate('', 'x')).to.be.undefined;
    expect(parseDate(undefined, 'x')).to.be.undefined;
  });

  it('counts calendar days in a time zone', () => {
    const utcEvening = parseDate('2026-03-20T17:00:00Z', 'test')!;
    expect(dayNumber(utcEvening, 'Asia/Ulaanbaatar') - dayNumber(utcEvening, 'UTC')).to.equal(1);
    const day = parseDate('2026-03-20', 'test')!;
    expect(dayNumber(day, 'Pacific/Pago_Pago')).to.equal(dayNumber(day, 'Pacific/Kiritimati'));
    expect(dayNumber(parseDate('2026-03-21', 'test')!, 'UTC') - dayNumber(day, 'UTC')).to.equal(1);
  });

  it('uses the time zone Intl knows, else Ulaanbaatar with a warning', async () => {
    expect(validTimeZone('Europe/Berlin')).to.equal('Europe/Berlin');
    expect(validTimeZone('')).to.equal(DEFAULT_TIME_ZONE);
    const warnings = await captureWarnings(() => expect(validTimeZone('Nowhere/Atlantis')).to.equal(DEFAULT_TIME_ZONE));
    expect(warnings).to.have.length(1);
  });
});
