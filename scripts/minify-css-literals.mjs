// A rollup plugin that minifies the CSS inside Lit's css`...` literals: comments and the
// whitespace around punctuation go, so every component ships fewer bytes. Literals with a
// ${...} interpolation are left alone (Ger's styles use var(--ger-...) and need none).
const CSS_LITERAL = /\bcss`([^`$\\]*)`/g;

/** The same CSS with comments and needless whitespace removed. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyCssLiterals() {
  return {
    name: 'ger-minify-css-literals',
    transform(code, id) {
      if (!/\.[cm]?[jt]s$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(CSS_LITERAL, (_, css) => `css\`${minifyCss(css)}\``), map: null };
    },
  };
}
