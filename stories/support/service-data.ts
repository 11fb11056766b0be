/**
 * Sample content for the page-shell, notice and tracking stories, in the page language: what a
 * real service would get from its CMS or API.
 */
import type { LanguageOption } from '../../packages/components/src/language-switch/language-switch.js';
import type { Notice } from '../../packages/components/src/notice-list/notice-list.js';
import type { StatusEvent } from '../../packages/components/src/status-tracker/status-tracker.js';
import type { LinkItem } from '../../packages/components/src/utils/links.js';
import { t } from './page.js';

export const languages = (): LanguageOption[] => [
  { code: 'mn', href: '#mn' },
  { code: 'en', href: '#en' },
];

export const navigation = (current = 1): LinkItem[] =>
  [
    { label: t('Нүүр', 'Home'), href: '#home' },
    { label: t('Үйлчилгээ', 'Services'), href: '#services' },
    { label: t('Мэдэгдэл', 'Notices'), href: '#notices' },
    { label: t('Өргөдөл, гомдол', 'Requests and complaints'), href: '#complaints' },
    { label: t('Холбоо барих', 'Contact'), href: '#contact' },
  ].map((link, index) => ({ ...link, current: index === current }));

export const footerLinks = (): LinkItem[] => [
  { label: t('Нууцлалын бодлого', 'Privacy policy'), href: '#privacy' },
  { label: t('Үйлчилгээний нөхцөл', 'Terms of service'), href: '#terms' },
  { label: t('Нээлттэй өгөгдөл', 'Open data'), href: '#open-data' },
];

export const notices = (): Notice[] => [
  {
    title: t('Иргэний үнэмлэх сунгах журамд өөрчлөлт орлоо', 'Changes to the rules for renewing ID cards'),
    href: '#notice-1',
    date: '2026-03-02T09:00:00+08:00',
    agency: t('Улсын бүртгэлийн ерөнхий газар', 'General Authority for State Registration'),
    category: t('Журам', 'Regulation'),
    summary: t('2026 оны 4-р сарын 1-ээс иргэний үнэмлэхийг зөвхөн цахимаар сунгана.', 'From 1 April 2026 ID cards are renewed online only.'),
  },
  {
    title: t('Татварын жилийн тайлан хүлээн авах хугацааг сунгалаа', 'Deadline for annual tax returns extended'),
    href: '#notice-2',
    date: '2026-02-27T16:30:00+08:00',
    agency: t('Татварын ерөнхий газар', 'General Department of Taxation'),
    category: t('Шийдвэр', 'Decision'),
  },
  {
    title: t('Нийслэлийн агаарын чанарын өндөр эрсдэлийн мэдэгдэл', 'High air-pollution risk in the capital'),
    href: '#notice-3',
    date: '2026-02-20',
    agency: t('Онцгой байдлын ерөнхий газар', 'National Emergency Management Agency'),
    category: t('Сэрэмжлүүлэг', 'Warning'),
    summary: t('Гадаа удаан байхгүй байхыг зөвлөж байна.', 'Avoid spending long periods outdoors.'),
  },
  {
    title: t('Цагаан сарын баярын үеийн үйлчилгээний цагийн хуваарь', 'Service hours during the Tsagaan Sar holiday'),
    href: '#notice-4',
    date: '2026-02-10',
    agency: t('Засгийн газрын хэрэгжүүлэгч агентлаг', 'Government implementing agency'),
    category: t('Журам', 'Regulation'),
  },
];

const UNIT_1111 = () => t('Засгийн газрын 1111 төв', 'Government 1111 centre');
const UNIT_CITY = () => t('Нийслэлийн Засаг даргын Тамгын газар', 'Office of the Governor of the Capital City');

/** A complaint on its way: assigned, asked for a document, now in review. */
export const complaintEvents = (): StatusEvent[] => [
  { status: 'submitted', date: '2026-02-19T09:12:00+08:00', unit: UNIT_1111() },
  { status: 'received', date: '2026-02-19T11:40:00+08:00', unit: UNIT_1111() },
  { status: 'assigned', date: '2026-02-20T10:05:00+08:00', unit: UNIT_CITY() },
  {
    status: 'info-needed',
    date: '2026-02-24T15:30:00+08:00',
    unit: UNIT_CITY(),
    note: t('Түрээсийн гэрээний хуулбарыг хавсаргана уу.', 'Please attach a copy of the rental contract.'),
  },
  { status: 'in-review', date: '2026-02-27T09:00:00+08:00', unit: UNIT_CITY() },
];

/** The same complaint, decided and closed. */
export const decidedEvents = (): StatusEvent[] => [
  ...complaintEvents(),
  {
    status: 'decided',
    date: '2026-03-12T14:00:00+08:00',
    unit: UNIT_CITY(),
    note: t('Гомдлыг хүлээн авч, засвар хийхийг үүрэг болголоо.', 'The complaint was upheld and repairs were ordered.'),
  },
  { status: 'closed', date: '2026-03-13T10:00:00+08:00', unit: UNIT_1111() },
];

/** A just-filed complaint: submitted and received the same minute. */
export const filedEvents = (now: Date): StatusEvent[] => [
  { status: 'submitted', date: now.toISOString(), unit: UNIT_1111() },
  { status: 'received', date: now.toISOString(), unit: UNIT_1111() },
];
