import { html, isServer, nothing, type PropertyDeclarations } from 'lit';
import { jsonList, listOf, text } from '../base/converters.js';
import { defineElement, GerElement } from '../base/ger-element.js';
import { nearestLang } from '../controllers/localize.js';
import { languageSwitchStrings } from '../locales/language-switch.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { traditionalScriptStyles } from '../styles/traditional-script.styles.js';
import { checkedUrl } from '../utils/url.js';
import { warnOnce } from '../utils/warn.js';
import { languageSwitchStyles } from './language-switch.styles.js';

/** One version of the page: its language and where it is. */
export interface LanguageOption {
  /** BCP 47 code, e.g. `mn`, `en`, `kk`. */
  code: string;
  /** The page in that language: http, https or relative. */
  href: string;
  /** The language's name in itself; by default `Intl.DisplayNames` gives it ("Монгол", "English"). */
  name?: string;
}

const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

/**
 * Names of the languages Mongolia's public sites offer, in themselves, where browsers' `Intl` data
 * is not enough: Chromium names Mongolian "Mongolian" even in Mongolian, and Kazakh and Russian
 * "қазақ тілі", "русский". Chinese, Korean and Japanese come from `Intl` as their speakers write them.
 */
const OWN_NAMES: Record<string, string> = {
  mn: 'Монгол',
  'mn-mong': 'ᠮᠣᠩᠭᠣᠯ',
  en: 'English',
  kk: 'Қазақ',
  ru: 'Русский',
};

/** A language's name in that language, capitalized as that language does. */
function ownName(code: string): string {
  const known = OWN_NAMES[code.toLowerCase()];
  if (known) return known;
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}

/**
 * @tagname ger-language-switch
 * @summary Links to this page in the other languages, each language named in itself.
 *
 * A navigation landmark with a list: every other language is a link with `hreflang` and `lang`
 * (so a screen reader pronounces "English" in English); the page's own language is shown as
 * text with `aria-current="true"`. Mongolian in the traditional script (`mn-Mong`, ᠮᠣᠩᠭᠣᠯ) is
 * set vertically, as the script is written, also in a horizontal page.
 *
 * @csspart list - The list of languages.
 * @csspart link - A link to another language.
 * @csspart current - The page's own language.
 *
 * @fires ger-language-select - A language was chosen; `preventDefault()` keeps the page (switch in place).
 *
 * @cssprop --ger-border-width-heavy - Accent bars: banners, error summary, selected tab.
 * @cssprop --ger-color-brand - Strong brand fill: primary buttons, selected states. Also for icons and borders on surfaces (3:1). Large headings may use it as text (3:1).
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-link - Links.
 * @cssprop --ger-color-link-hover - Links on hover.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-radius-sm - Inputs and small controls.
 * @cssprop --ger-size-target-minimum - Minimum size of every interactive target: 44 px at default text size (WCAG 2.5.5 AAA, the Ger standard).
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 *
 * @cssprop --ger-font-family-mongolian - The traditional Mongol script (lang="mn-Mong"): Noto Sans Mongolian (the face to self-host), Windows' Mongolian Baiti, Menksoft's Unicode faces, Apple's, then the system's for Latin and Cyrillic words within. No web-font download.
 * @cssprop --ger-letter-spacing-mongolian - Always zero for the traditional Mongol script: it is cursive, and spacing letters breaks their joining in some engines. WCAG 1.4.12's letter spacing does not apply to it (its understanding document exempts scripts that do not use the property); word spacing and line height do.
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerLanguageSwitch extends GerElement {
  static override styles = [...sharedStyles, traditionalScriptStyles, languageSwitchStyles];
  static override properties: PropertyDeclarations = {
    languages: { converter: jsonList },
    current: {},
  };
  static override strings = languageSwitchStrings;

  /** The versions of the page: `[{ "code": "mn", "href": "/mn/" }, { "code": "en", "href": "/en/" }]` (JSON in HTML). */
  languages: LanguageOption[] = [];

  /** The page's own language; by default the nearest `lang` attribute. */
  current = '';

  private get options(): { code: string; href: string | undefined; name: string }[] {
    return listOf(this.languages, '<ger-language-switch> languages').flatMap((item) => {
      const code = text(item.code);
      if (!LANGUAGE_CODE.test(code)) {
        warnOnce(`<ger-language-switch> "${code.slice(0, 40)}" is not a language code.`);
        return [];
      }
      return [{ code, href: checkedUrl(text(item.href), '<ger-language-switch> href'), name: text(item.name) || ownName(code) }];
    });
  }

  /**
   * The longest code the page's language starts with (`mn-Mong-MN` is `mn-Mong`, not `mn`), else
   * one that starts with the page's (`mn` is `mn-MN`).
   */
  private currentCode(codes: string[]): string | undefined {
    // The page's own tag, not the language its strings resolved to (mn while mn-Mong's load).
    const page = (this.current || (isServer ? '' : nearestLang(this)) || this.localize.lang).toLowerCase();
    const lower = codes.map((code) => code.toLowerCase());
    const startsWith = (tag: string, prefix: string) => tag === prefix || tag.startsWith(`${prefix}-`);
    const within = lower.filter((code) => startsWith(page, code)).sort((a, b) => b.length - a.length)[0];
    return codes[within ? lower.indexOf(within) : lower.findIndex((code) => startsWith(code, page))];
  }

  override render() {
    const options = this.options;
    if (!options.length) return nothing;
    const current = this.currentCode(options.map((option) => option.code));
    // The language chosen in place keeps focus, and its place in the tab order until focus leaves
    // it: Chromium tabs from an element out of the order (tabindex -1) at the end of a shadow root
    // back to the root's first link, not on to the next control.
    const focused = (this.renderRoot as ShadowRoot | undefined)?.activeElement?.getAttribute('lang');
    return html`<nav aria-label=${this.localize.term('languageSwitch')}>
      <ul part="list" class="list">
        ${options.map(({ code, href, name }) => {
          // One element whether it is a link or the current language, so that focus stays on it when
          // a switch in place turns the chosen link into the current language (focusable by script).
          const here = code === current || !href;
          return html`<li>
            <a
              part=${here ? 'current' : 'link'}
              class="item focusable"
              href=${here ? nothing : href}
              hreflang=${code}
              tabindex=${here ? (code === focused ? '0' : '-1') : nothing}
              lang=${code}
              aria-current=${code === current ? 'true' : nothing}
              @blur=${() => this.requestUpdate()}
              @click=${(event: MouseEvent) => here || this.emit('ger-language-select', { lang: code, href }, true) || event.preventDefault()}
              ><span class="text">${name}</span></a
            >
          </li>`;
        })}
      </ul>
    </nav>`;
  }
}

defineElement('ger-language-switch', GerLanguageSwitch);

declare global {
  interface HTMLElementTagNameMap {
    'ger-language-switch': GerLanguageSwitch;
  }
}
