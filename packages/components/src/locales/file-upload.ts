import { defineStrings } from './strings.js';

/** Strings of ger-file-upload shown before any file is chosen. */
export const fileUploadStrings = defineStrings({
  mn: {
    fileChoose: 'Файл сонгох',
    fileDrop: 'эсвэл файлаа энд чирж оруулна уу',
    fileMissing: 'Файл сонгоно уу.',
  },
  en: {
    fileChoose: 'Choose file',
    fileDrop: 'or drop a file here',
    fileMissing: 'Choose a file.',
  },
});
