import type { StringsPack } from '../translation.js';

/** ger-file-upload. */
export const fileStrings: StringsPack<
  | 'fileChoose'
  | 'fileDrop'
  | 'fileNone'
  | 'fileRemove'
  | 'fileRemoved'
  | 'fileUploading'
  | 'fileUploaded'
  | 'fileMissing'
  | 'fileTooBig'
  | 'fileType'
  | 'fileUploadFailed'
> = {
  mn: {
    fileChoose: 'Файл сонгох',
    fileDrop: 'эсвэл файлаа энд чирж оруулна уу',
    fileNone: 'Файл сонгоогүй байна',
    fileRemove: 'Устгах',
    fileRemoved: 'Файлыг устгалаа',
    fileUploading: 'Байршуулж байна: {percent}',
    fileUploaded: 'Байршуулсан: {name}',
    fileMissing: 'Файл сонгоно уу.',
    fileTooBig: 'Файл хэт том байна. Хамгийн ихдээ {max} байх ёстой.',
    fileType: 'Энэ төрлийн файл хүлээн авахгүй. Зөвшөөрөгдөх төрөл: {types}.',
    fileUploadFailed: 'Файлыг байршуулж чадсангүй. Дахин оролдоно уу.',
  },
  en: {
    fileChoose: 'Choose file',
    fileDrop: 'or drop a file here',
    fileNone: 'No file chosen',
    fileRemove: 'Remove',
    fileRemoved: 'File removed',
    fileUploading: 'Uploading: {percent}',
    fileUploaded: 'Uploaded: {name}',
    fileMissing: 'Choose a file.',
    fileTooBig: 'The file is too big. It must be {max} or smaller.',
    fileType: 'This type of file is not accepted. Allowed types: {types}.',
    fileUploadFailed: 'The file could not be uploaded. Try again.',
  },
};
