/**
 * The lexicon: every word list the parser reads, each once, in lower case. A rule that needs
 * a word asks here; a word added for one rule is seen by every rule that asks the same
 * question. (The grammars' keywords — "press", "release", "contact", months … — are token
 * types in grammars/tokens/text.ts, where the lexer gives them.)
 */

/** A word list: its words, each once, and a membership test. */
export interface WordList {
  readonly words: readonly string[];
  has(word: string): boolean;
}

function list(...words: string[]): WordList {
  const set = new Set(words);
  return { words, has: (word) => set.has(word) };
}

// ── people, firms and posts ──────────────────────────────────────────────────

/** Legal forms that make a name a firm's whatever else it holds ("Acme Management, Inc."). */
export const LEGAL_FORMS = list('inc', 'incorporated', 'llc', 'llp', 'lp', 'corp', 'corporation', 'company', 'co', 'ltd', 'limited', 'plc', 'gmbh', 'ag', 'sa', 'nv');

/** Words that make a line an organization ("Wills & Associates, Inc."); the legal forms among them. */
export const ORGANIZATION_WORDS = list(
  ...LEGAL_FORMS.words,
  'group', 'associates', 'communications', 'partners', 'relations', 'pr', 'public', 'holdings', 'technologies',
  'technology', 'systems', 'networks', 'semiconductor', 'bank', 'bancorp', 'financial', 'capital', 'services',
  'solutions', 'agency', 'consulting', 'advisors', 'advisers', 'international',
  'industries', 'software', 'computer', 'funding', 'telecom', 'telecommunications', 'enterprises', 'trust',
  'university', 'institute', 'foundation', 'newswire', 'wire', 'research', 'global', 'worldwide',
  'therapeutics', 'pharmaceuticals', 'pharma', 'biosciences', 'bioscience', 'sciences', 'devices', 'instruments', 'energy',
  'resources', 'mining', 'minerals', 'oil', 'gas', 'petroleum', 'homes', 'properties', 'realty', 'brewing', 'foods', 'motors',
  'airlines', 'insurance', 'bancshares', 'laboratories', 'labs', 'electronics', 'manufacturing', 'products',
  'entertainment', 'restaurants', 'stores', 'retail', 'logistics', 'partnership', 'ventures', 'investments', 'management',
);

/** Title words that name a post, never a firm ("Chief Financial Officer", "VP Finance"). */
export const POST_WORDS = list(
  'president', 'officer', 'director', 'manager', 'chairman', 'chairwoman', 'ceo', 'cfo', 'coo', 'cto', 'cio', 'vp',
  'svp', 'evp', 'treasurer', 'secretary', 'controller', 'counsel', 'spokesperson', 'spokesman', 'spokeswoman',
);

/** Words of job titles ("Marketing Director", "VP/Chief Financial Officer"); the post words among them. */
export const TITLE_WORDS = list(
  ...POST_WORDS.words,
  'vice', 'chief', 'head', 'executive', 'chair', 'marketing', 'analyst', 'coordinator', 'specialist', 'senior', 'general',
  'investor', 'investors', 'partner', 'founder', 'principal', 'administrator', 'assistant', 'associate',
  'editor', 'representative', 'contact', 'contacts', 'media', 'press', 'sales', 'finance', 'operations',
  'development', 'corporate', 'business', 'communications', 'relations', 'affairs', 'strategy', 'planning', 'legal',
);

/** Words that make a line a street address ("120 Adelaide Street West", "Suite 2700"). */
export const STREET_WORDS = list(
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'drive', 'dr', 'lane', 'ln', 'way', 'place', 'plaza',
  'parkway', 'pkwy', 'court', 'ct', 'circle', 'square', 'highway', 'suite', 'floor', 'box',
);

/** Degrees and credentials written after a name and its comma, periods left out ("Ph.D." → "phd"): a title, no person. */
export const DEGREES = list('phd', 'md', 'cpa', 'cfa', 'esq', 'mba', 'jd', 'dds', 'rn');

/** Words that may stand between "are" and the risks a list before it is called ("are among the important factors"). */
export const SUBJECT_LINKS = list('among', 'the', 'some', 'of', 'important', 'key', 'principal', 'major', 'significant', 'other', 'certain', 'several');

/** Words that open a release's time after a title's colon ("FOR RELEASE: Upon receipt", "… After 4 p.m."), not a headline. */
export const RELEASE_TIME_OPENERS = list('upon', 'on', 'at', 'after', 'before', 'until', 'embargoed');

/** Numbers written as words that open a street address ("One Park Square West"). */
export const NUMBER_WORDS = list('one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve');

/** Words a firm's name ends in besides its legal form ("First Keystone Bancorp", "Acme Holdings"). */
export const FIRM_ENDINGS = list(...LEGAL_FORMS.words, 'bancorp', 'holdings', 'group', 'trust');

/** Whether a word, periods aside ("L.L.C.", "N.V."), is a legal form. */
export const isLegalForm = (word: string): boolean => LEGAL_FORMS.has(word.toLowerCase().replace(/\./g, ''));

/** Words that mark a number as a fax ("Fax:", "facsimile"). */
export const FAX_WORDS = list('fax', 'facsimile', 'telefax');

/** Lower-case particles of people's names ("van", "de"). */
export const NAME_PARTICLES = list('van', 'von', 'de', 'der', 'den', 'la', 'le', 'du', 'di', 'da', 'del', 'dos', 'st');

/** Honorifics that open a name and are not part of it. */
export const HONORIFICS = list('mr', 'mrs', 'ms', 'dr', 'miss', 'prof');

/** Words naming a desk rather than a person ("Trade Relations Desk", "Media Hotline"). */
export const DESK_WORDS = list('desk', 'department', 'hotline', 'helpline', 'line', 'center', 'centre', 'office', 'team', 'relations');

/** Label words that name a contact role on their own ("Media:", "Investors:"). */
export const CONTACT_ROLE_WORDS = list('media', 'investor', 'investors', 'press', 'analyst', 'analysts', 'reporters', 'journalists', 'inquiries', 'enquiries');

/** Words that may make up a contact label besides "contact(s)"; the role words among them. */
export const CONTACT_LABEL_WORDS = list(
  ...CONTACT_ROLE_WORDS.words,
  'relations', 'financial', 'public', 'information', 'corporate', 'communications', 'company', 'agency', 'ir', 'pr', 'call',
  'further', 'additional', 'more', 'for', 'and', 'or', 'please', 'trade', 'business', 'editorial', 'news',
  'the', 'community', 'industry', 'general', 'u.s', 'europe', 'asia', 'international',
);

// ── places ───────────────────────────────────────────────────────────────────

/** Lower-case words that place names hold ("Stratford-upon-Avon", "Rio de Janeiro"). */
export const PLACE_PARTICLES = list('of', 'on', 'upon', 'de', 'del', 'la', 'le', 'les', 'du', 'des', 'da', 'das', 'do', 'dos', 'van', 'von', 'der', 'den', 'am', 'an', 'en', 'sur', 'y', 'el', 'los', 'las', 'al', 'bei', 'im', 'aan');

/**
 * States and provinces as datelines write them, in full and in the wire services' short forms
 * (periods and spaces dropped: "N.Y." is "ny", "New York" is "new york"). A place before a
 * dash whose region is one of them is a place, in any case ("Yonkers, New York - …").
 */
export const REGIONS = list(
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire',
  'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania',
  'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington',
  'west virginia', 'wisconsin', 'wyoming', 'district of columbia',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'nh', 'nj', 'nm', 'ny', 'nc', 'nd', 'okla', 'ore', 'pa',
  'ri', 'sc', 'sd', 'tenn', 'tex', 'vt', 'va', 'wash', 'wva', 'wis', 'wyo', 'dc',
  'ontario', 'quebec', 'british columbia', 'alberta', 'manitoba', 'saskatchewan', 'nova scotia', 'new brunswick',
  'ont', 'que', 'bc', 'alta', 'man', 'sask', 'ns',
);

/**
 * Cities whose names are two or three capitalised words, and so look like a person's name
 * ("New York", "San Francisco"); single-word cities need no list, as a person's name has two
 * words or more. Written without periods.
 */
export const MULTI_WORD_CITIES = list(
  'new york', 'new york city', 'los angeles', 'san francisco', 'san diego', 'san jose', 'san antonio', 'san mateo',
  'santa clara', 'santa monica', 'santa barbara', 'palo alto', 'menlo park', 'mountain view', 'redwood city',
  'silicon valley', 'las vegas', 'salt lake city', 'kansas city', 'st louis', 'saint louis', 'st paul',
  'new orleans', 'new haven', 'fort worth', 'fort lauderdale', 'el paso', 'oklahoma city', 'jersey city',
  'long island', 'long beach', 'newport beach', 'white plains', 'grand rapids', 'little rock', 'des moines',
  'baton rouge', 'corpus christi', 'colorado springs', 'ann arbor', 'beverly hills', 'west palm beach',
  'palm beach', 'boca raton', 'washington dc', 'research triangle park', 'cedar rapids', 'sioux falls',
  'hong kong', 'tel aviv', 'mexico city', 'sao paulo', 'buenos aires', 'rio de janeiro', 'cape town',
  'new delhi', 'kuala lumpur', 'quebec city', 'thunder bay', 'st johns', 'saint john',
);

// ── how sentences run ────────────────────────────────────────────────────────

/**
 * Words a sentence or a line cannot end on: a line ending on one goes on below, and a
 * paragraph ending on one goes on after a page turn ("… FOR THE FISCAL YEAR ENDING").
 */
export const OPEN_ENDINGS = list(
  'and', 'or', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'the', 'a', 'an', 'ending', 'ended', 'through', 'from', 'with',
  'as', 'since', 'until', 'thru', 'that', 'which',
);

/** Abbreviations whose period ends no sentence ("Inc.", "Sept.", "U.S."). */
export const ABBREVIATIONS = list(
  'inc', 'corp', 'co', 'ltd', 'no', 'nos', 'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'vs', 'etc', 'approx',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'u.s', 'l.p',
);

/** Determiners: they open a noun phrase of its own. */
export const DETERMINERS = list('the', 'a', 'an', 'our', 'its', 'their', 'any', 'other', 'such', 'this', 'these', 'those', 'certain', 'general');

/** Prepositions that may head a nested series ("increases in labor, energy and insurance costs"). */
export const PREPOSITIONS = list('in', 'of', 'for', 'on', 'from', 'to', 'with', 'by', 'under', 'at');

/** Modal verbs of a clause about what the risks may do ("that could cause …"). */
export const MODALS = list('could', 'may', 'might', 'would', 'will', 'can', 'should');

// ── risk lists ───────────────────────────────────────────────────────────────

/** Qualifiers that follow a risk cue ("including, but not limited to,", "include, among others,"). */
export const CUE_QUALIFIERS = list(
  'but are not limited to', 'but is not limited to', 'but not limited to', 'without limitation', 'among other things', 'among others',
  'in particular', 'the following factors', 'the following risks', 'the following', 'those listed below', 'those relating to', 'those related to',
);

/** Words that open a reference to other documents, not a risk ("those identified in …"). */
export const REFERENCE_OPENERS = list('those', 'these', 'statements', 'statement');

/** Participles that open a clause pointing to where risks are set out ("…, detailed in our filings"). */
export const REFERENCE_PARTICIPLES = list('detailed', 'described', 'discussed', 'identified', 'listed', 'outlined', 'contained', 'set');

/** Words that open a phrase elaborating the item before it. */
export const ELABORATION = list('including', 'especially', 'particularly', 'which', 'whether', 'either', 'as');

/** What the catch-all item names: "other risks", "other factors", "other uncertainties". */
export const CATCH_ALL_NOUNS = list('risks', 'risk', 'factors', 'uncertainties', 'matters', 'hazards');

/** Determiners and repeated words that open the second of two joined risks. */
export const SECOND_ITEM_OPENERS = list('other', 'the', 'a', 'an', 'any', 'our', 'its', 'their');

/** Endings that make a word an adjective ("political", "economic", "competitive", "various"). */
export const ADJECTIVE_ENDINGS = list('al', 'ic', 'ive', 'ous', 'ary', 'ible', 'able', 'ful');

/** Ordinal words that label the items of a run-in series ("first, …; second, …; and finally, …"). */
export const ORDINAL_LABELS = list('first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'finally');

/**
 * Words that open a sentence carrying on the enumeration of the sentence before it: a pronoun
 * or a word that adds to what was named ("They also include …", "Other factors include …").
 */
export const LIST_CONTINUATIONS = list('they', 'these', 'those', 'other', 'additional', 'further', 'also');

/** Marker characters of a bulleted list. */
export const BULLETS = list('-', '--', '\u2013', '\u2014', '*', 'o', '\u2022', '\u00B7', '\u25AA', '\u25CF', '\u25E6', '\u00A4', '\u2219');

/** Every list by name, for the lexicon's own test. */
export const LEXICON: Readonly<Record<string, WordList>> = {
  LEGAL_FORMS, FIRM_ENDINGS, FAX_WORDS, ORGANIZATION_WORDS, POST_WORDS, TITLE_WORDS, NAME_PARTICLES, HONORIFICS, DESK_WORDS, CONTACT_ROLE_WORDS,
  CONTACT_LABEL_WORDS, PLACE_PARTICLES, REGIONS, MULTI_WORD_CITIES, OPEN_ENDINGS, ABBREVIATIONS, DETERMINERS, PREPOSITIONS, MODALS,
  CUE_QUALIFIERS, REFERENCE_OPENERS, ELABORATION, CATCH_ALL_NOUNS, SECOND_ITEM_OPENERS, ADJECTIVE_ENDINGS, ORDINAL_LABELS, LIST_CONTINUATIONS, REFERENCE_PARTICIPLES, BULLETS,
  STREET_WORDS, NUMBER_WORDS, DEGREES, SUBJECT_LINKS, RELEASE_TIME_OPENERS,
};
