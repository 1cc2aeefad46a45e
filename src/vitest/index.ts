/**
 * `sec-exhibit/vitest`: a snapshot serializer for exhibit trees and golden tests for a
 * folder of exhibit files. Imports vitest, so it is an entry of its own: the main entry
 * never loads it.
 */
export { exhibitSerializer } from './serializer.js';
export { goldenTests, checkGolden, goldenInputs, expectedPath, type GoldenInput, type GoldenOptions, type GoldenOutput } from './golden.js';
