// GC Design System's card, from its custom-elements build (no lazy loader), with what it renders.
import { defineCustomElement } from '@cdssnc/gcds-components/dist/components/gcds-card.js';

defineCustomElement();
