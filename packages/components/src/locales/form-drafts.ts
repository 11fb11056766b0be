import { defineStrings } from './strings.js';

/** Strings of ger-form-steps' drafts (form-steps/drafts.ts): restored, sent, discarded, not loaded, unreadable, saved, not saved. */
export const formDraftsStrings = defineStrings({
  mn: {
    draftRestored: 'Таны хадгалсан ноорогийг сэргээлээ. Зогссон алхмаасаа үргэлжлүүлнэ үү.',
    draftDiscard: 'Ноорогийг устгаад шинээр эхлэх',
    draftUnreadable: 'Хадгалсан ноорог уншигдахгүй байсан тул маягт хоосноор эхэллээ.',
    draftOutdated: 'Маягт шинэчлэгдсэн тул өмнөх ноорогийг ашиглах боломжгүй. Маягтыг шинээр бөглөнө үү.',
    draftSaved: 'Ноорог хадгалагдсан: {time}',
    // Back at a form posted before: the post may have failed (offline), so the answers were kept.
    draftSent: 'Энэ маягтыг илгээсэн ({time}). Хүлээн авсан тухай мэдэгдэл харагдаагүй бол хариултаа шалгаад дахин илгээнэ үү.',
    // The store could not be asked (offline, a server error): the draft is still there.
    draftUnavailable: 'Хадгалсан ноорогийг ачаалж чадсангүй. Бид дахин оролдоно.',
    draftNotSaved: 'Ноорог хадгалагдсангүй. Бид дахин оролдоно.',
  },
  en: {
    draftRestored: 'We restored your saved draft. Carry on from the step where you stopped.',
    draftDiscard: 'Discard the draft and start again',
    draftUnreadable: 'Your saved draft could not be read, so the form starts empty.',
    draftOutdated: 'The form has changed since your draft was saved, so it starts empty.',
    draftSaved: 'Draft saved at {time}',
    draftSent: 'You sent this form on {time}. If you did not see a notice that it was received, check your answers and send it again.',
    draftUnavailable: 'Your saved draft could not be loaded. We will try again.',
    draftNotSaved: 'Draft not saved. We will try again.',
  },
});
