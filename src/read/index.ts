/** `read`: one entry for any exhibit input. */
export { read, type ReadOptions } from './read.js';
export { ReadError, type ReadErrorCode } from './errors.js';
export {
  ReadResultSchema,
  ReadExhibitSchema,
  ExhibitContextSchema,
  ContextFilerSchema,
  InputKindSchema,
  ExhibitFormatSchema,
  EncodingSchema,
  ReadWarningSchema,
  type ReadResult,
  type ReadExhibit,
  type ExhibitContext,
  type ContextFiler,
  type InputKind,
  type ExhibitFormat,
} from './schema.js';
