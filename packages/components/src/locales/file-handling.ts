import { fileSizeStrings } from './file-size.js';
import { defineStrings } from './strings.js';

/** Strings of ger-file-upload once a file is chosen (file-upload/handling.ts): checks, upload, removal. */
export const fileHandlingStrings = defineStrings({
  mn: {
    ...fileSizeStrings.mn,
    fileRemove: 'Устгах',
    fileRemoved: 'Файлыг устгалаа',
    fileUploading: 'Байршуулж байна: {percent}',
    fileUploaded: 'Байршуулсан: {name}',
    fileChosen: 'Сонгосон: {name}. Маягтыг илгээхэд хамт илгээгдэнэ.',
    fileTooBig: 'Файл хэт том байна. Хамгийн ихдээ {max} байх ёстой.',
    fileType: 'Энэ төрлийн файл хүлээн авахгүй. Зөвшөөрөгдөх төрөл: {types}.',
    fileTypeImages: 'зураг',
    fileUploadFailed: 'Файлыг байршуулж чадсангүй. Дахин оролдоно уу.',
    fileRetry: 'Дахин оролдох',
  },
  en: {
    ...fileSizeStrings.en,
    fileRemove: 'Remove',
    fileRemoved: 'File removed',
    fileUploading: 'Uploading: {percent}',
    fileUploaded: 'Uploaded: {name}',
    fileChosen: 'Chosen: {name}. It will be sent with the form.',
    fileTooBig: 'The file is too big. It must be {max} or smaller.',
    fileType: 'This type of file is not accepted. Allowed types: {types}.',
    fileTypeImages: 'images',
    fileUploadFailed: 'The file could not be uploaded. Try again.',
    fileRetry: 'Try again',
  },
});
