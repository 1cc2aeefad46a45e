/**
 * The lexicon: every list written once, in lower case, each word once; and each list does
 * the one job its rules ask of it, shown on a release's words.
 */
import { describe, expect, it } from 'vitest';
import * as L from '../src/parse/lexicon/index.js';

describe('lexicon', () => {
  it.each(Object.entries(L.LEXICON))('%s: lower case, trimmed, each word once', (_name, list) => {
    expect(list.words.length).toBeGreaterThan(0);
    for (const w of list.words) expect(w).toBe(w.toLowerCase().trim());
    expect(new Set(list.words).size).toBe(list.words.length);
  });

  it('nests the lists that refine others', () => {
    for (const w of L.LEGAL_FORMS.words) expect(L.ORGANIZATION_WORDS.has(w) && L.FIRM_ENDINGS.has(w)).toBe(true);
    for (const w of L.POST_WORDS.words) expect(L.TITLE_WORDS.has(w)).toBe(true);
    for (const w of L.CONTACT_ROLE_WORDS.words) expect(L.CONTACT_LABEL_WORDS.has(w)).toBe(true);
  });

  it.each([
    ['LEGAL_FORMS', 'inc', 'widgets'],
    ['FIRM_ENDINGS', 'bancorp', 'reports'],
    ['FAX_WORDS', 'facsimile', 'phone'],
    ['ORGANIZATION_WORDS', 'associates', 'smith'],
    ['POST_WORDS', 'treasurer', 'finance'],
    ['TITLE_WORDS', 'finance', 'widgets'],
    ['NAME_PARTICLES', 'van', 'smith'],
    ['HONORIFICS', 'mrs', 'jane'],
    ['DESK_WORDS', 'hotline', 'jane'],
    ['CONTACT_ROLE_WORDS', 'investors', 'information'],
    ['CONTACT_LABEL_WORDS', 'information', 'widgets'],
    ['PLACE_PARTICLES', 'upon', 'widgets'],
    ['MULTI_WORD_CITIES', 'salt lake city', 'jane doe'],
    ['OPEN_ENDINGS', 'ending', 'results'],
    ['ABBREVIATIONS', 'sept', 'september'],
    ['DETERMINERS', 'our', 'risks'],
    ['PREPOSITIONS', 'under', 'risks'],
    ['MODALS', 'should', 'cause'],
    ['REFERENCE_OPENERS', 'those', 'changes'],
    ['ELABORATION', 'including', 'changes'],
    ['ORDINAL_LABELS', 'second', 'seconds'],
    ['LIST_CONTINUATIONS', 'they', 'the'],
    ['REFERENCE_PARTICIPLES', 'detailed', 'details'],
    ['REGIONS', 'new york', 'york'],
    ['CATCH_ALL_NOUNS', 'uncertainties', 'changes'],
    ['SECOND_ITEM_OPENERS', 'other', 'changes'],
    ['ADJECTIVE_ENDINGS', 'ous', 'ing'],
    ['CUE_QUALIFIERS', 'but not limited to', 'limited to'],
    ['BULLETS', '\u2022', 'a'],
    ['STREET_WORDS', 'avenue', 'reports'],
    ['NUMBER_WORDS', 'one', 'first'],
    ['DEGREES', 'phd', 'phil'],
    ['SUBJECT_LINKS', 'among', 'subject'],
    ['RELEASE_TIME_OPENERS', 'upon', 'acme'],
  ])('%s holds %j and not %j', (name, word, not) => {
    const list = L.LEXICON[name];
    expect(list?.has(word)).toBe(true);
    expect(list?.has(not)).toBe(false);
  });

  it('reads legal forms written with periods', () => {
    expect(L.isLegalForm('L.L.C.')).toBe(true);
    expect(L.isLegalForm('N.V.')).toBe(true);
    expect(L.isLegalForm('Widgets')).toBe(false);
  });

  it('has a sample for every list', () => {
    expect(Object.keys(L.LEXICON).length).toBe(34);
  });
});
