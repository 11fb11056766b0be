// What every page of the site shares: the header's menu and languages, the footer's links, and
// the language the reader chose (kept across pages) for the whole page. The Ger elements
// themselves are loaded by the autoloader; this only gives them the data that HTML attributes
// cannot carry. Pages load it first, so the elements render in the reader's language at once.
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

/**
 * What cannot be written as twins (site.css shows the reader's): attributes, `data-en-label` for
 * `label` (the Mongolian kept in `data-mn-label`), and `data-en-text` for the text of a <title>,
 * an <option> or an element that reads its own text (a radio's, into check answers).
 */
function swapAttributes(lang) {
  for (const element of document.querySelectorAll('*')) {
    for (const { name } of [...element.attributes]) {
      const attribute = /^data-en-(.+)/.exec(name)?.[1];
      if (!attribute) continue;
      const text = attribute === 'text';
      const mn = `data-mn-${attribute}`;
      if (!element.hasAttribute(mn)) element.setAttribute(mn, text ? element.textContent : element.getAttribute(attribute));
      const value = element.getAttribute(`data-${lang}-${attribute}`);
      if (text) element.textContent = value;
      else element.setAttribute(attribute, value);
    }
  }
}

/** Puts the language on <html> (the components and site.css follow it) and relabels the shared frame. */
function applyLang(lang) {
  document.documentElement.lang = lang;
  swapAttributes(lang);
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

// With JavaScript the switch happens in place, and is kept for the next pages. A ?lang= in the
// address would bring the old language back on reload or Back: it goes.
document.addEventListener('ger-language-select', (event) => {
  event.preventDefault();
  storeLang(event.detail.lang);
  applyLang(event.detail.lang);
  const url = new URL(location.href);
  url.searchParams.delete('lang');
  history.replaceState(history.state, '', url);
});

// "Back to all services" returns to the catalogue as the reader left it: their search and
// filters are in the address they came from.
const back = document.querySelector('ger-back-link');
const cameFrom = document.referrer ? new URL(document.referrer) : undefined;
if (back && cameFrom?.origin === location.origin && cameFrom.pathname === new URL(back.getAttribute('href'), location.href).pathname) {
  // Not its language, though: the reader may have switched since.
  cameFrom.searchParams.delete('lang');
  back.setAttribute('href', cameFrom.href);
}
