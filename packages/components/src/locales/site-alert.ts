import { defineStrings } from './strings.js';

/** Strings of ger-site-alert, in the built-in languages. */
export const siteAlertStrings = defineStrings({
  mn: {
    siteAlertEmergency: 'Онцгой байдлын мэдээ',
    siteAlertWarning: 'Үйлчилгээний анхааруулга',
    siteAlertInformation: 'Үйлчилгээний мэдээлэл',
    hideAlert: 'Энэ мэдээг хураах',
    showAlert: 'Мэдээг дэлгэж харах',
  },
  en: {
    siteAlertEmergency: 'Emergency alert',
    siteAlertWarning: 'Service alert',
    siteAlertInformation: 'Service notice',
    hideAlert: 'Hide this alert',
    showAlert: 'Show the alert',
  },
});
