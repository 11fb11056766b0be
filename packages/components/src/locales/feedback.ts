import { defineStrings } from './strings.js';

/** Strings of ger-feedback, in the built-in languages. */
export const feedbackStrings = defineStrings({
  mn: {
    feedbackQuestion: 'Энэ үйлчилгээ танд хэрэгтэй байсан уу?',
    yes: 'Тийм',
    no: 'Үгүй',
    ratingLegend: 'Үйлчилгээг 1-ээс 5 хүртэл оноогоор үнэлнэ үү (заавал биш)',
    ratingLowest: 'Маш муу',
    ratingHighest: 'Маш сайн',
    commentLabel: 'Сэтгэгдэл (заавал биш)',
    commentHint: 'Нэр, регистрийн дугаар, утасны дугаар зэрэг хувийн мэдээллээ бүү бичээрэй.',
    sendFeedback: 'Санал илгээх',
    feedbackThanks: 'Санал хүсэлт өгсөнд баярлалаа. Бид үүнийг үйлчилгээгээ сайжруулахад ашиглана.',
    feedbackSending: 'Илгээж байна…',
    feedbackFailed: 'Санал хүсэлт илгээгдсэнгүй. Дахин илгээнэ үү. Холболт тасарсан бол сэргэхэд илгээгдэнэ.',
    feedbackSlow: 'Илгээхэд удаж байна. Дахин илгээнэ үү.',
  },
  en: {
    feedbackQuestion: 'Was this service helpful?',
    yes: 'Yes',
    no: 'No',
    ratingLegend: 'Rate the service from 1 to 5 (optional)',
    ratingLowest: 'Very poor',
    ratingHighest: 'Very good',
    commentLabel: 'Comments (optional)',
    commentHint: 'Do not include personal details such as your name, register number or phone number.',
    sendFeedback: 'Send feedback',
    feedbackThanks: 'Thank you for your feedback. We use it to improve the service.',
    feedbackSending: 'Sending…',
    feedbackFailed: 'Your feedback was not sent. Send it again. If you are offline, it will be sent when you are back online.',
    feedbackSlow: 'Sending is taking a long time. Send it again.',
  },
});
