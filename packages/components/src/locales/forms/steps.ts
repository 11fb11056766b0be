import type { StringsPack } from '../translation.js';

/** ger-form-steps, ger-check-answers and ger-error-summary. */
export const stepsStrings: StringsPack<
  | 'errorPrefix'
  | 'stepOf'
  | 'stepsLabel'
  | 'stepDone'
  | 'stepContinue'
  | 'stepBack'
  | 'stepSkip'
  | 'stepSubmit'
  | 'stepErrorTitle'
  | 'draftRestored'
  | 'draftDiscard'
  | 'draftUnreadable'
  | 'draftOutdated'
  | 'draftSaved'
  | 'answerChange'
  | 'answerNotGiven'
  | 'fieldOptional'
> = {
  mn: {
    errorPrefix: 'Алдаа:',
    stepOf: 'Алхам {current}/{total}',
    stepsLabel: 'Өргөдлийн алхмууд',
    stepDone: '(бөглөсөн)',
    stepContinue: 'Үргэлжлүүлэх',
    stepBack: 'Буцах',
    stepSkip: 'Энэ алхмыг алгасах',
    stepSubmit: 'Илгээх',
    stepErrorTitle: 'Алдаа: {title}',
    draftRestored: 'Таны хадгалсан ноорогийг сэргээлээ. Зогссон алхмаасаа үргэлжлүүлнэ үү.',
    draftDiscard: 'Ноорогийг устгаад шинээр эхлэх',
    draftUnreadable: 'Хадгалсан ноорог уншигдахгүй байсан тул маягт хоосноор эхэллээ.',
    draftOutdated: 'Маягт шинэчлэгдсэн тул өмнөх ноорогийг ашиглах боломжгүй. Маягтыг шинээр бөглөнө үү.',
    draftSaved: 'Ноорог хадгалагдсан: {time}',
    answerChange: 'Өөрчлөх',
    answerNotGiven: 'Бөглөөгүй',
    fieldOptional: '(заавал биш)',
  },
  en: {
    errorPrefix: 'Error:',
    stepOf: 'Step {current} of {total}',
    stepsLabel: 'Application steps',
    stepDone: '(completed)',
    stepContinue: 'Continue',
    stepBack: 'Back',
    stepSkip: 'Skip this step',
    stepSubmit: 'Submit',
    stepErrorTitle: 'Error: {title}',
    draftRestored: 'We restored your saved draft. Carry on from the step where you stopped.',
    draftDiscard: 'Discard the draft and start again',
    draftUnreadable: 'Your saved draft could not be read, so the form starts empty.',
    draftOutdated: 'The form has changed since your draft was saved, so it starts empty.',
    draftSaved: 'Draft saved at {time}',
    answerChange: 'Change',
    answerNotGiven: 'Not given',
    fieldOptional: '(optional)',
  },
};
