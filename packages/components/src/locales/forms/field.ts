import type { StringsPack } from '../translation.js';

/** Every form control: the required and optional markers, the error prefix, a missing value. */
export const fieldStrings: StringsPack<'fieldRequired' | 'fieldOptional' | 'errorPrefix' | 'valueMissing'> = {
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
};
