import { defineStrings } from './strings.js';

/** Strings of ger-request-lookup, in the built-in languages. */
export const requestLookupStrings = defineStrings({
  mn: {
    lookupTitle: 'Өргөдөл, гомдлын явц шалгах',
    lookupLabel: 'Өргөдөл, гомдлын дугаар',
    lookupHint: 'Жишээ нь: {example}',
    lookupSubmit: 'Явцыг харах',
    lookupEmpty: 'Өргөдөл, гомдлын дугаараа оруулна уу.',
    lookupInvalid: 'Дугаарыг {example} хэлбэрээр оруулна уу.',
    lookupNotFound: '{reference} дугаартай өргөдөл, гомдол олдсонгүй. Дугаараа шалгаад дахин оролдоно уу, эсвэл 1111 дугаарт залгана уу.',
    lookupChecking: 'Шалгаж байна…',
    lookupFailed: 'Холболтын алдааны улмаас шалгаж чадсангүй. Дахин оролдоно уу, эсвэл 1111 дугаарт залгана уу.',
    lookupSlow: 'Шалгахад удаж байна. Дахин оролдоно уу, эсвэл 1111 дугаарт залгана уу.',
    lookupRetry: 'Дахин оролдох',
    errorPrefix: 'Алдаа:',
  },
  en: {
    lookupTitle: 'Track a request or complaint',
    lookupLabel: 'Reference number',
    lookupHint: 'For example, {example}',
    lookupSubmit: 'Check progress',
    lookupEmpty: 'Enter your reference number.',
    lookupInvalid: 'Enter the reference number in the format {example}.',
    lookupNotFound: 'We could not find a request or complaint with the number {reference}. Check the number and try again, or call 1111.',
    lookupChecking: 'Checking…',
    lookupFailed: 'We could not check the number: the connection failed. Try again, or call 1111.',
    lookupSlow: 'Checking is taking a long time. Try again, or call 1111.',
    lookupRetry: 'Try again',
    errorPrefix: 'Error:',
  },
});
