// The service card as minimal static HTML: the baseline of bench/peer-cards.mjs, and the markup
// and styles the bare Lit card renders in its shadow root.

export const CARD_CSS = `
.card { display: block; padding: 1rem; border: 1px solid #8a94a3; border-radius: 0.5rem; }
.card h2 { margin: 0 0 0.5rem; font-size: 1.25rem; }
.card p { margin: 0.5rem 0 0; }
.card .agency { color: #4a5462; font-size: 0.875rem; }`;

/** `&`, `<`, `>` and `"` as entities: the texts go into markup and attributes. */
export const escapeHtml = (text) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The card's inner markup (texts already escaped). */
export const cardBody = ({ title, href, agency, description }) => `<h2><a href="${href}">${title}</a></h2><p class="agency">${agency}</p><p>${description}</p>`;
