import { defineStrings } from './strings.js';

/** Strings of ger-task-list, in the built-in languages. */
export const taskListStrings = defineStrings({
  mn: {
    taskCompleted: 'Бөглөсөн',
    taskInProgress: 'Бөглөж байна',
    taskNotStarted: 'Эхлээгүй',
    taskCannotStart: 'Одоогоор эхлэх боломжгүй',
    // Written without a case ending after the numbers, which would change with each number.
    taskCount: { other: 'Нийт {count} хэсгээс {done} нь бөглөгдсөн' },
  },
  en: {
    taskCompleted: 'Completed',
    taskInProgress: 'In progress',
    taskNotStarted: 'Not started',
    taskCannotStart: 'Cannot start yet',
    taskCount: { one: '{done} of {count} section completed', other: '{done} of {count} sections completed' },
  },
});
