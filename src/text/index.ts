/** Text for NLP: the body of an exhibit as clean paragraphs mapped back to the source. */
export { bodyText, sourceOffset, type BodyText, type BodyBlock, type BodyBlockKind, type TextSegment } from './body.js';
