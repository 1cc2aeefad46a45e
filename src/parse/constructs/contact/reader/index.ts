export { readContactBlock, RELEASE_NUMBER_LABEL, type ContactReading } from './block.js';
export { readTrailerContact } from './trailer.js';
export type { PhoneFound } from './phones.js';
export { isProseContact, proseContactStart, readContactSentence } from './prose.js';
