// What every page of the site shares: the header's languages and the language the reader chose
// (kept across pages) for the whole page. The Ger elements themselves are loaded by the
// autoloader; the header's menu, the side navigation (with its heading), the footer's links, the
// back link and the start link are written in each page, so they are there before the scripts and
// without them. Pages load this first, so the elements render in the reader's language at once.
const LANG_KEY = 'agency-site-lang';

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
    // Names, not Attr objects: this runs over every element of the page before the elements load.
    for (const name of element.getAttributeNames()) {
      if (!name.startsWith('data-en-')) continue;
      const attribute = name.slice('data-en-'.length);
      const text = attribute === 'text';
      const shown = text ? element.textContent : element.getAttribute(attribute);
      const mn = `data-mn-${attribute}`;
      if (!element.hasAttribute(mn)) element.setAttribute(mn, shown);
      const value = element.getAttribute(`data-${lang}-${attribute}`);
      // Unchanged (a Mongolian page loading) is left alone: no text replaced, no element told.
      if (value === shown) continue;
      if (text) element.textContent = value;
      else element.setAttribute(attribute, value);
    }
  }
}

/** Puts the language on <html> (the components and site.css follow it) and offers the other one. */
function applyLang(lang) {
  document.documentElement.lang = lang;
  swapAttributes(lang);
  // Only with this script: a ?lang= link does nothing without it.
  const header = document.querySelector('ger-header');
  if (header) {
    header.languages = [
      { code: 'mn', href: '?lang=mn' },
      { code: 'en', href: '?lang=en' },
    ];
  }
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
// filters are in the address they came from. The link is written in the page (it works without
// this script); the back link follows a change to it.
const back = document.querySelector('ger-back-link > a');
const cameFrom = document.referrer ? new URL(document.referrer) : undefined;
if (back && cameFrom?.origin === location.origin && cameFrom.pathname === new URL(back.getAttribute('href'), location.href).pathname) {
  // Not its language, though: the reader may have switched since.
  cameFrom.searchParams.delete('lang');
  back.setAttribute('href', cameFrom.href);
}
