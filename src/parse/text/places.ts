/**
 * Cities whose names look like a person's name ("New York", "San Francisco"). Contact lines
 * name them after an agency ("Pemberton & Hale, New York"); they are never the contact.
 */
import { MULTI_WORD_CITIES } from '../lexicon/index.js';

/** Whether `text` is one of those cities, whatever its case and periods ("St. Louis"). */
export function isMultiWordCity(text: string): boolean {
  return MULTI_WORD_CITIES.has(text.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim());
}
