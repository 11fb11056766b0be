import { defineStrings } from './strings.js';

/**
 * Strings of ger-date-input's calendar (date-input/calendar.ts). They load with the calendar, when
 * it is first opened, so a page whose readers type their dates does not download them. Lists are
 * separated by `|`: months as they follow a year, weekdays from Monday (weeks start on Monday in Mongolia).
 */
export const dateCalendarStrings = defineStrings({
  mn: {
    calendarMonths:
      'нэгдүгээр сар|хоёрдугаар сар|гуравдугаар сар|дөрөвдүгээр сар|тавдугаар сар|зургаадугаар сар|долоодугаар сар|наймдугаар сар|есдүгээр сар|аравдугаар сар|арван нэгдүгээр сар|арван хоёрдугаар сар',
    calendarMonthYear: '{year} оны {month}',
    calendarWeekdays: 'Даваа|Мягмар|Лхагва|Пүрэв|Баасан|Бямба|Ням',
    calendarWeekdaysShort: 'Да|Мя|Лх|Пү|Ба|Бя|Ня',
    calendarDay: '{date}, {weekday}',
    calendarToday: 'өнөөдөр',
    calendarUnavailable: 'сонгох боломжгүй',
    calendarPreviousMonth: 'Өмнөх сар',
    calendarNextMonth: 'Дараах сар',
    calendarPreviousYear: 'Өмнөх жил',
    calendarNextYear: 'Дараах жил',
    calendarClose: 'Хаах',
    calendarKeys: 'Сум товчоор өдөр, Page Up, Page Down товчоор сар солино. Enter дарж сонгоно.',
  },
  en: {
    calendarMonths: 'January|February|March|April|May|June|July|August|September|October|November|December',
    calendarMonthYear: '{month} {year}',
    calendarWeekdays: 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday',
    calendarWeekdaysShort: 'Mo|Tu|We|Th|Fr|Sa|Su',
    calendarDay: '{weekday}, {date}',
    calendarToday: 'today',
    calendarUnavailable: 'not available',
    calendarPreviousMonth: 'Previous month',
    calendarNextMonth: 'Next month',
    calendarPreviousYear: 'Previous year',
    calendarNextYear: 'Next year',
    calendarClose: 'Close',
    calendarKeys: 'Arrow keys move by day, Page Up and Page Down by month. Press Enter to choose.',
  },
});
