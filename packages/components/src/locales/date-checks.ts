import { defineStrings } from './strings.js';

/** Strings of ger-date-input's checks (date-input/checks.ts): dates in words and what is wrong. */
export const dateChecksStrings = defineStrings({
  mn: {
    // A date in words, written out here: Chromium has no Mongolian calendar data and would say "March 7, 1990".
    dateFormat: '{year} оны {month}-р сарын {day}',
    dateIncomplete: 'Огноог бүтэн оруулна уу: он, сар, өдөр.',
    dateInvalid: 'Байх боломжтой огноо оруулна уу.',
    dateMin: 'Огноо {date} буюу түүнээс хойш байх ёстой.',
    dateMax: 'Огноо {date} буюу түүнээс өмнө байх ёстой.',
  },
  en: {
    // Empty: Intl formats English dates.
    dateFormat: '',
    dateIncomplete: 'Enter a full date: year, month and day.',
    dateInvalid: 'Enter a real date.',
    dateMin: 'The date must be {date} or later.',
    dateMax: 'The date must be {date} or earlier.',
  },
});
