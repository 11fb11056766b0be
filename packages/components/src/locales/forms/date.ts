import type { StringsPack } from '../translation.js';

/** ger-date-input. Fields come in Mongolian order: year, month, day. */
export const dateStrings: StringsPack<
  'dateYear' | 'dateMonth' | 'dateDay' | 'dateFormat' | 'dateMissing' | 'dateIncomplete' | 'dateInvalid' | 'dateMin' | 'dateMax'
> = {
  mn: {
    dateYear: 'Он',
    dateMonth: 'Сар',
    dateDay: 'Өдөр',
    // A date in words, written out here: Chromium has no Mongolian calendar data and would say "March 7, 1990".
    dateFormat: '{year} оны {month}-р сарын {day}',
    dateMissing: 'Огноог оруулна уу.',
    dateIncomplete: 'Огноог бүтэн оруулна уу: он, сар, өдөр.',
    dateInvalid: 'Байх боломжтой огноо оруулна уу.',
    dateMin: 'Огноо {date} буюу түүнээс хойш байх ёстой.',
    dateMax: 'Огноо {date} буюу түүнээс өмнө байх ёстой.',
  },
  en: {
    dateYear: 'Year',
    dateMonth: 'Month',
    dateDay: 'Day',
    // Empty: Intl formats English dates.
    dateFormat: '',
    dateMissing: 'Enter a date.',
    dateIncomplete: 'Enter a full date: year, month and day.',
    dateInvalid: 'Enter a real date.',
    dateMin: 'The date must be {date} or later.',
    dateMax: 'The date must be {date} or earlier.',
  },
};
