/**
 * Cities whose names are two or three capitalised words, and so look like a person's name
 * ("New York", "San Francisco"). Contact lines name them after an agency ("Pemberton &
 * Hale, New York"); they are never the contact. Single-word cities need no list: a
 * person's name has two words or more.
 */
const CITIES = new Set([
  'new york', 'new york city', 'los angeles', 'san francisco', 'san diego', 'san jose', 'san antonio', 'san mateo',
  'santa clara', 'santa monica', 'santa barbara', 'palo alto', 'menlo park', 'mountain view', 'redwood city',
  'silicon valley', 'las vegas', 'salt lake city', 'kansas city', 'st louis', 'saint louis', 'st paul',
  'new orleans', 'new haven', 'fort worth', 'fort lauderdale', 'el paso', 'oklahoma city', 'jersey city',
  'long island', 'long beach', 'newport beach', 'white plains', 'grand rapids', 'little rock', 'des moines',
  'baton rouge', 'corpus christi', 'colorado springs', 'ann arbor', 'beverly hills', 'west palm beach',
  'palm beach', 'boca raton', 'washington dc', 'research triangle park', 'cedar rapids', 'sioux falls',
  'hong kong', 'tel aviv', 'mexico city', 'sao paulo', 'buenos aires', 'rio de janeiro', 'cape town',
  'new delhi', 'kuala lumpur', 'quebec city', 'thunder bay', 'st johns', 'saint john',
]);

/** Whether `text` is one of those cities, whatever its case and periods ("St. Louis"). */
export function isMultiWordCity(text: string): boolean {
  return CITIES.has(text.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim());
}
