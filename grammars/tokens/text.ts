/**
 * The text vocabulary: every exhibit is lexed once with these tokens.
 *
 * The lexer is total: `Other` takes any single UTF-16 code unit no other token takes
 * (lone surrogates and NUL included). Line endings and form feeds go to the named group
 * `layout`, which cuts lines; runs of spaces and tabs go to the group `trivia`: grammars never
 * see them, and every character of the input is in exactly one token.
 * Every quantifier is bounded or unambiguous, so each token attempt costs O(its length)
 * at most and long runs of dots or spaces cannot make lexing quadratic.
 * No `u` flag anywhere: offsets are UTF-16 code units, as unist positions are.
 */
import { createToken, Lexer, type ILexingResult, type IToken, type TokenType } from 'chevrotain';
import { lexerStartOptions } from '../options.js';

/** Category of every token the lexer makes outside layout: "any token" in a grammar. */
export const AnyToken = createToken({ name: 'AnyToken', pattern: Lexer.NA });

/** Creates a content token (one that parsers see), in the AnyToken category. */
function token(config: Parameters<typeof createToken>[0]): TokenType {
  const own = config.categories === undefined ? [] : Array.isArray(config.categories) ? config.categories : [config.categories];
  return createToken({ ...config, categories: [...own, AnyToken] });
}

// ── layout (line ends and form feeds: group "layout"; spaces: group "trivia") ──
/** One line ending: CRLF, lone CR or LF. */
export const LineEnd = createToken({ name: 'LineEnd', pattern: /\r\n|\r|\n/, line_breaks: true, group: 'layout' });
/** A run of spaces, tabs, vertical tabs or byte-order marks (U+FEFF takes no room). */
export const Spaces = createToken({ name: 'Spaces', pattern: /[ \t\v\u00A0\uFEFF]+/, group: 'trivia' });
/** One form feed (a printed page boundary). */
export const FormFeed = createToken({ name: 'FormFeed', pattern: /\f/, group: 'layout' });

// ── words and numbers ──────────────────────────────────────────────────────
/** An e-mail address; parts bounded to RFC lengths so failed attempts stay cheap. */
const EMAIL = /[a-z0-9][\w.%+-]{0,63}@[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,8}\.[a-z]{2,24}/iy;
/** Longest local part of an address (RFC 5321). */
const LOCAL_PART = 64;
export const Email = token({
  name: 'Email',
  // Every word start could open an address. The pattern runs only when an "@" ends the run
  // of local-part characters from here; that run is at most 64 long, so the look is bounded
  // and lexing stays linear with no state kept between calls.
  pattern: {
    exec: (text: string, offset: number): RegExpExecArray | null => {
      if (!atSignAhead(text, offset)) return null;
      EMAIL.lastIndex = offset;
      return EMAIL.exec(text);
    },
  },
  start_chars_hint: [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'],
  line_breaks: false,
});

/** Whether an "@" follows the run of local-part characters (`[\w.%+-]`) that starts at `offset`. */
function atSignAhead(text: string, offset: number): boolean {
  const end = Math.min(text.length, offset + LOCAL_PART + 1);
  for (let i = offset; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 64) return i > offset;
    const local = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 37 || c === 43 || c === 45;
    if (!local) return false;
  }
  return false;
}
/** A web address starting with a scheme or `www.`; it never ends in sentence punctuation. */
export const Url = token({
  name: 'Url',
  pattern: /(?:https?:\/\/|www\.)[\w\-.~:/?#[\]@!$&'*+,;=%]{0,1000}[\w\-~/#=&%]/i,
});

/**
 * Category of words that can be part of a name (a city, a person, an exchange): every
 * word but months, weekdays and the joiners "and"/"or". Grammars that read names use it.
 */
export const Name = createToken({ name: 'Name', pattern: Lexer.NA });
/** Category of every word token, whatever it is. */
export const AnyWord = createToken({ name: 'AnyWord', pattern: Lexer.NA });

/** A plain word: letters, then letters, digits, apostrophes or ampersands. */
export const Word = token({
  name: 'Word',
  pattern: /[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F'\u2019&]*/,
  categories: [Name, AnyWord],
});
/**
 * Keywords: words the grammars name (months, weekdays, "and", "Exhibit" …). They match no
 * characters themselves: the lexer reads every word as a `Word`, and `textLexer` then gives
 * a word whose whole text, in any case, is a keyword that keyword's type. One table lookup
 * per word instead of a pattern per keyword at every word's start; a longer word ("Marches",
 * "Andersen") stays a plain Word.
 */
const KEYWORDS = new Map<string, TokenType>();

/** Makes a keyword from `|`-separated words, in the Name category unless `isName` is false. */
function keyword(name: string, words: string, isName = true): TokenType {
  const type = token({ name, pattern: Lexer.NA, categories: isName ? [Name, AnyWord] : [AnyWord] });
  for (const w of words.split('|')) KEYWORDS.set(w, type);
  return type;
}

/** Month names and their abbreviations. */
export const Month = keyword(
  'Month',
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec',
  false,
);
/** Weekday names ("Monday March 7"), kept apart so datelines can skip them. */
export const Weekday = keyword('Weekday', 'monday|tuesday|wednesday|thursday|friday|saturday|sunday', false);
/** "Exhibit", "Ex", "Exh" (exhibit labels). */
export const KwExhibit = keyword('KwExhibit', 'exhibit|exh|ex');
/** Release-type words of a title line. */
export const KwRelease = keyword('KwRelease', 'release|releases');
export const KwPress = keyword('KwPress', 'press');
export const KwNews = keyword('KwNews', 'news');
export const KwImmediate = keyword('KwImmediate', 'immediate');
/** "FOR IMMEDIATE DISTRIBUTION", "FOR IMMEDIATE PUBLICATION": a release title's other last words. */
export const KwDistribution = keyword('KwDistribution', 'distribution|publication');
/** Words that make "X RELEASE" a release title ("MEDIA RELEASE", "EARNINGS RELEASE"). */
export const KwReleaseKind = keyword('KwReleaseKind', 'media|earnings|investor|corporate|financial');
/** Words after "NEWS"/"PRESS" in a title ("NEWS BULLETIN", "PRESS ANNOUNCEMENT"). */
export const KwNotice = keyword('KwNotice', 'bulletin|announcement|advisory|alert|flash');
/** "EMBARGOED UNTIL 4:05 P.M. EST": a release title with its time. */
export const KwEmbargoed = keyword('KwEmbargoed', 'embargoed');
/** "HOLD FOR RELEASE UNTIL …": a release title with its time. */
export const KwHold = keyword('KwHold', 'hold');
export const KwFor = keyword('KwFor', 'for');
/** "Contact", "Contacts" (contact labels). */
export const KwContact = keyword('KwContact', 'contacts|contact');
/** Wire desks: "BUSINESS EDITORS", "HIGH-TECH WRITERS". */
export const KwEditor = keyword('KwEditor', 'editors|editor|writers|writer');
/** Jump lines: "- More -", "(more)", "- Continued -", "- Table Follows -". */
export const KwMore = keyword('KwMore', 'more|continued|follows|follow');
/** "- END -", "-End-". */
/** "- END -", "ENDS", and the newsroom's "-xxx-". */
export const KwEnd = keyword('KwEnd', 'end|ends|xxx');
/** PR Newswire trailer: "SOURCE Pericom Semiconductor Corporation". */
export const KwSource = keyword('KwSource', 'source');
/** "Page 2 of 5". */
export const KwPage = keyword('KwPage', 'page');
/** "and" / "or" joining the last item of a list. */
export const KwAnd = keyword('KwAnd', 'and', false);
export const KwOr = keyword('KwOr', 'or', false);

/** Digits, with `.`/`,` groups ("2004", "11,455,000", "630.375.4125", "0.66"). */
export const Number = token({ name: 'Number', pattern: /\d+(?:[.,]\d+)*/ });

// ── SGML ───────────────────────────────────────────────────────────────────
/** EDGAR's page marker `<PAGE>` (any case). */
export const PageTag = token({ name: 'PageTag', pattern: /<page>/i });
/** An SGML tag as EDGAR text carries them: `<PAGE>`, `<S>`, `<C>`, `<TABLE>`, `</TABLE>`. */
export const SgmlTag = token({ name: 'SgmlTag', pattern: /<\/?[a-z][a-z0-9-]{0,30}>/i });

// ── punctuation ────────────────────────────────────────────────────────────
export const LParen = token({ name: 'LParen', pattern: /\(/ });
export const RParen = token({ name: 'RParen', pattern: /\)/ });
export const LBracket = token({ name: 'LBracket', pattern: /\[/ });
export const RBracket = token({ name: 'RBracket', pattern: /\]/ });
export const Comma = token({ name: 'Comma', pattern: /,/ });
export const Semicolon = token({ name: 'Semicolon', pattern: /;/ });
export const Colon = token({ name: 'Colon', pattern: /:/ });
export const Slash = token({ name: 'Slash', pattern: /\// });
/** Two or more hyphens, or an en/em dash: a dash between phrases. */
export const Dashes = token({ name: 'Dashes', pattern: /-{2,}|[\u2013\u2014]/ });
/** A single hyphen. */
export const Hyphen = token({ name: 'Hyphen', pattern: /-/ });
/** Two or more periods, or the ellipsis character. */
export const Ellipsis = token({ name: 'Ellipsis', pattern: /\.{2,}|\u2026/ });
export const Period = token({ name: 'Period', pattern: /\./ });
/** One or more `#` (end markers "###"). */
export const Hashes = token({ name: 'Hashes', pattern: /#+/ });
/** Runs of `=`, `_`, `*` or `~` (rules and bullets). */
export const Equals = token({ name: 'Equals', pattern: /=+/ });
export const Underscores = token({ name: 'Underscores', pattern: /_+/ });
/** Tildes, as a rule is sometimes drawn ("~~~~~~"). */
export const Tildes = token({ name: 'Tildes', pattern: /~+/ });
export const Stars = token({ name: 'Stars', pattern: /\*+/ });
/**
 * Bullet characters other than `*` and `-` (•, ·, ▪, ●, ◦, ¤), and "§" before a word: a word
 * processor's symbol-font bullet saved as text ("§⇥fuel prices"); the section sign of
 * "§ 27A" stands before a number and is no bullet.
 */
export const BulletChar = token({ name: 'BulletChar', pattern: /[\u2022\u00B7\u25AA\u25CF\u25E6\u00A4\u2219]|\u00A7(?=[\t \u00A0]+[^\d\s])/ });
export const Dollar = token({ name: 'Dollar', pattern: /\$/ });
export const Percent = token({ name: 'Percent', pattern: /%/ });
export const Ampersand = token({ name: 'Ampersand', pattern: /&/ });
/** Quote marks, straight, curly and doubled backquotes. */
export const Quote = token({ name: 'Quote', pattern: /``|''|["'\u2018\u2019\u201C\u201D`]/ });

/**
 * Any single code unit nothing above takes: every code unit but layout (tab, LF, VT, FF,
 * CR, space, U+FEFF). Listed as positive ranges, not a complement set, so chevrotain keeps
 * its first-character optimization; control characters are meant.
 */
// eslint-disable-next-line no-control-regex, regexp/no-obscure-range -- every code unit on purpose
export const Other = token({ name: 'Other', pattern: /[\x00-\x08\x0E-\x1F!-\uFEFE\uFF00-\uFFFF]/ });

/** Order matters: chevrotain takes the first pattern that matches at a position. */
export const textTokens: TokenType[] = [
  // Categories first: they match nothing themselves, but parsers must know them.
  AnyToken,
  Name,
  AnyWord,
  LineEnd,
  Spaces,
  FormFeed,
  Email,
  Url,
  Month,
  Weekday,
  KwExhibit,
  KwRelease,
  KwPress,
  KwNews,
  KwImmediate,
  KwDistribution,
  KwReleaseKind,
  KwNotice,
  KwEmbargoed,
  KwHold,
  KwFor,
  KwContact,
  KwEditor,
  KwMore,
  KwEnd,
  KwSource,
  KwPage,
  KwAnd,
  KwOr,
  Word,
  Number,
  PageTag,
  SgmlTag,
  LParen,
  RParen,
  LBracket,
  RBracket,
  Comma,
  Semicolon,
  Colon,
  Slash,
  Dashes,
  Hyphen,
  Ellipsis,
  Period,
  Hashes,
  Equals,
  Underscores,
  Tildes,
  Stars,
  BulletChar,
  Dollar,
  Percent,
  Ampersand,
  Quote,
  Other,
];

const lexer = new Lexer(textTokens, {
  positionTracking: 'onlyOffset',
  ensureOptimizations: true,
  ...lexerStartOptions,
});

/** Length of the longest keyword. */
const longestKeyword = Math.max(...[...KEYWORDS.keys()].map((w) => w.length));

/** Gives each word that is a keyword its keyword type (see KEYWORDS). */
function typeKeywords(tokens: IToken[]): void {
  for (const t of tokens) {
    // A word longer than every keyword is none: no lower-cased copy made for it.
    if (t.tokenType !== Word || t.image.length > longestKeyword) continue;
    const kw = KEYWORDS.get(t.image.toLowerCase());
    if (kw) {
      t.tokenType = kw;
      t.tokenTypeIdx = kw.tokenTypeIdx as number;
    }
  }
}

/** The one text lexer; stateless between `tokenize` calls. */
export const textLexer = {
  tokenize(text: string): ILexingResult {
    const result = lexer.tokenize(text);
    typeKeywords(result.tokens);
    return result;
  },
};
