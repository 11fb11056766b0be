import { defineStrings } from './strings.js';

/** Strings of ger-date-input's checks (date-input/checks.ts): what is wrong with a date. */
export const dateChecksStrings = defineStrings({
  mn: {
    dateMissingPart: 'Огноог бүтэн оруулна уу: {part} дутуу байна.',
    dateMissingParts: 'Огноог бүтэн оруулна уу: {first}, {second} дутуу байна.',
    dateParts: 'он|сар|өдөр',
    dateInvalid: 'Байх боломжтой огноо оруулна уу.',
    dateMin: 'Огноо {date} буюу түүнээс хойш байх ёстой.',
    dateMax: 'Огноо {date} буюу түүнээс өмнө байх ёстой.',
    dateUnavailable: 'Энэ өдрийг ({date}) сонгох боломжгүй. Өөр өдөр сонгоно уу.',
  },
  en: {
    dateMissingPart: 'Enter a full date: add the {part}.',
    dateMissingParts: 'Enter a full date: add the {first} and {second}.',
    dateParts: 'year|month|day',
    dateInvalid: 'Enter a real date.',
    dateMin: 'The date must be {date} or later.',
    dateMax: 'The date must be {date} or earlier.',
    dateUnavailable: '{date} is not available. Choose another day.',
  },
});
