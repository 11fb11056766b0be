import { Head, Html, Main, NextScript } from 'next/document';

/** The page's language: Ger's elements take theirs from the nearest `lang`. */
export default function Document() {
  return (
    <Html lang="mn">
      <Head />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
