// The card's own bundle (card.js): Preact and the card UI, loaded on the first hover (see ../lazy-card.ts).
export { createCardHost } from './card-host.ts';
