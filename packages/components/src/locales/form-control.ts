import { defineStrings } from './strings.js';

/** Strings of every form control (the form-control base): markers, the error prefix, a missing value. */
export const formControlStrings = defineStrings({
  mn: {
    fieldRequired: '(заавал)',
    fieldOptional: '(заавал биш)',
    errorPrefix: 'Алдаа:',
    valueMissing: 'Энэ талбарыг бөглөнө үү.',
  },
  en: {
    fieldRequired: '(required)',
    fieldOptional: '(optional)',
    errorPrefix: 'Error:',
    valueMissing: 'Fill in this field.',
  },
});
