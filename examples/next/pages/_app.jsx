import '@ger/tokens/css/ger.css';

export default function App({ Component, pageProps }) {
  return <Component {...pageProps} />;
}
