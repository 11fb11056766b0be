// Ger's service card, as a page that uses only it ships it.
import '../../../packages/components/src/service-card/service-card.js';
