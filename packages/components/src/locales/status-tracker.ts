import { defineStrings } from './strings.js';

/** Strings of ger-status-tracker, in the built-in languages. */
export const statusTrackerStrings = defineStrings({
  mn: {
    statusSubmitted: 'Илгээсэн',
    statusReceived: 'Хүлээн авсан',
    statusAssigned: 'Хариуцагчид шилжүүлсэн',
    statusInReview: 'Хянаж байна',
    statusInfoNeeded: 'Нэмэлт мэдээлэл шаардлагатай',
    statusDecided: 'Шийдвэрлэсэн',
    statusClosed: 'Хаасан',
    currentStatus: 'Одоогийн төлөв: {status}',
    referenceNumber: 'Өргөдөл, гомдлын дугаар',
    legalDeadline: 'Шийдвэрлэх хуулийн хугацаа',
    // Mongolian nouns do not change after a number: one form for every count.
    overdue: { other: 'Хуулийн хугацаа {date}-нд дууссан боловч шийдвэр гараагүй байна: {count} хоног хэтэрсэн.' },
    progress: 'Явц',
    responsibleUnit: 'Хариуцсан нэгж',
  },
  en: {
    statusSubmitted: 'Submitted',
    statusReceived: 'Received',
    statusAssigned: 'Assigned',
    statusInReview: 'In review',
    statusInfoNeeded: 'More information needed',
    statusDecided: 'Decided',
    statusClosed: 'Closed',
    currentStatus: 'Current status: {status}',
    referenceNumber: 'Reference number',
    legalDeadline: 'Legal deadline for a decision',
    overdue: {
      one: 'The legal deadline was {date} and there is no decision yet: {count} day overdue.',
      other: 'The legal deadline was {date} and there is no decision yet: {count} days overdue.',
    },
    progress: 'Progress',
    responsibleUnit: 'Responsible unit',
  },
});
