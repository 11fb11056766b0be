import litSSR from '@lit-labs/nextjs';

// Renders every Lit element's shadow root on the server (declarative shadow DOM) and hydrates it in
// the browser. Every browser Ger supports parses declarative shadow DOM, so no polyfill is sent.
const withLitSSR = litSSR({ addDeclarativeShadowDomPolyfill: false });

export default withLitSSR({ reactStrictMode: true });
