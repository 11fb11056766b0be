// What every page of the site shares: the header's menu and languages, the footer's links, and
// the language the reader chose (kept across pages). The Ger elements themselves are loaded by
// the autoloader; this only gives them the data that HTML attributes cannot carry.
const LANG_KEY = 'agency-site-lang';
const PAGES = [
  { id: 'home', href: 'index.html', mn: 'Нүүр', en: 'Home' },
  { id: 'service', href: 'service.html', mn: 'Паспорт', en: 'Passport' },
  { id: 'track', href: 'track.html', mn: 'Хүсэлт шалгах', en: 'Track a request' },
  { id: 'contact', href: 'contact.html', mn: 'Холбоо барих', en: 'Contact' },
];
// The footer links to help and the accessibility statement by itself (its attributes).
const FOOTER_LINKS = [{ href: 'contact.html#privacy', mn: 'Нууцлалын бодлого', en: 'Privacy policy' }];

/** The reader's language: the stored choice, else the page's own (Mongolian). */
function readLang() {
  try {
    const stored = localStorage.getItem(LANG_KEY);
    if (stored === 'mn' || stored === 'en') return stored;
  } catch {
    // Storage can be blocked (private mode): the page's language stays.
  }
  return document.documentElement.lang === 'en' ? 'en' : 'mn';
}

function storeLang(lang) {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Not kept across pages, but this page still switches.
  }
}

/** Puts the language on <html> (the components follow it) and relabels the shared frame. */
function applyLang(lang) {
  document.documentElement.lang = lang;
  const current = document.body.dataset.page;
  const header = document.querySelector('ger-header');
  if (header) {
    header.navigation = PAGES.map((page) => ({ label: page[lang], href: page.href, current: page.id === current }));
    header.languages = [
      { code: 'mn', href: '?lang=mn' },
      { code: 'en', href: '?lang=en' },
    ];
  }
  const footer = document.querySelector('ger-footer');
  if (footer) footer.links = FOOTER_LINKS.map((link) => ({ label: link[lang], href: link.href }));
}

// A link with ?lang= (the language switch without JavaScript's help, or a shared link) wins.
const asked = new URLSearchParams(location.search).get('lang');
if (asked === 'mn' || asked === 'en') storeLang(asked);
applyLang(readLang());

// With JavaScript the switch happens in place, and is kept for the next pages.
document.addEventListener('ger-language-select', (event) => {
  event.preventDefault();
  storeLang(event.detail.lang);
  applyLang(event.detail.lang);
});
