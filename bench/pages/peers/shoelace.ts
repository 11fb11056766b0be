// Shoelace 2's card, imported by itself (cherry-picked), as its docs recommend.
import '@shoelace-style/shoelace/dist/components/card/card.js';
