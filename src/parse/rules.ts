/**
 * Every rule the parser decides by, with what it says. A block's reading records the ids of
 * the rules behind it (`explain`), and a warning names the rule that had to guess: one
 * vocabulary for both.
 */
export const RULES = {
  // What the block grammar grouped (from the kinds of its lines).
  'block-paragraph': 'lines of text with no blank line between them',
  'block-contact': 'a contact label ("For further information contact:") and the lines under it',
  'block-list': 'lines opening with a list marker ("•", "(a)", "1.")',
  'block-table': 'rows set in columns of figures, or between <TABLE> tags',
  'block-slug-line': 'a wire slug line: codes in parentheses ("(BW)(NY-ACME)(NASDAQ:ACME)")',
  'block-exhibit-label': 'an exhibit label ("Exhibit 99.1")',
  'block-release-title': 'a release title ("PRESS RELEASE", "FOR IMMEDIATE RELEASE: …")',
  'block-end-marker': 'an end marker ("###", "-30-", "- END -", "-0-")',
  'block-continuation': 'a jump line ("- more -", "(continued)")',
  'block-rule': 'a rule line ("-----", "=====")',
  'block-editor-line': 'a desk line ("BUSINESS EDITORS/HIGH-TECH WRITERS")',
  'block-page-break': 'a page marker (<PAGE>, form feed) with its page number and running head',
  // Lines whose kind their neighbours decide.
  'line-table-bridge': 'a rule or label row between rows of figures is part of the table',
  'line-run-on-label': 'a list marker that runs on from the line above is text, not a list',
  'line-initial': 'a letter and a period opening a line, out of any series of list labels, is a name\'s initial ("J. Peter Corliss"), not a list label',
  'line-page-number': 'a number alone beside a page marker is the page number',
  'line-running-head': 'lines heading a later page ("Acme Corp. - Page 2", a repeated title) are page furniture',
  'line-lead': 'a line that changes alignment, or is indented after a sentence ended, starts a block',
  // Front matter.
  'column-beside-label': 'text set in a column beside a label or title is letterhead, not a headline',
  'contact-beside-title': 'a contact block set in a column beside the title',
  'title-beside-label': 'a release title set in a column beside the exhibit label',
  'column-continues': 'lines under a column block, in its column, go on with it',
  'title-before-headline': 'a release title before a colon and the headline on its line is a block of its own ("NEWS RELEASE: Acme Begins …")',
  'title-before-dateline': 'a release title opening the body\'s first line before a dash and the dateline is a block of its own',
  'slug-line-headline': 'the words after a slug line\'s codes are the headline',
  'slug-line-unmatched': 'a line opening in parentheses that is no slug line is text',
  'wire-trailer': 'PR Newswire\'s closing lines, from "SOURCE" to the end',
  'wire-trailer-contact': 'a "/CONTACT: …/" line of the wire trailer',
  'list-footnote': 'a footnote opened by an asterisk ("* This release contains …"), alone, is a paragraph, not a list',
  'page-turn-join': 'a paragraph or list cut by a page turn goes on after it',
  'items-introduced-join': 'unmarked items, one a line, go on with the sentence that introduced them as risks ("… including:"), a blank line between',
  'series-join': 'a run-in series ("(3) …;") goes on in the list a blank line below that opens with its next label ("(4) …")',
  'dateline-paragraph': 'the first paragraph of running text opening with a place and a date or wire',
  'dateline-split-above': 'lines above a dateline in its block (an unspaced headline) are a block apart',
  'date-line-split': 'a date standing on a line of its own in a front-matter block is a block apart',
  'case-change-split': 'a headline with a line of another case under it has its subheadline there',
  'release-number-contact': 'front matter holding "Release No:" is contact information',
  'contact-column-beside': 'a letterhead with a contact column beside it is read as a contact block',
  'kicker-above-headline': 'a short line in capitals above a headline of many more words names the kind of news; it is not the headline',
  'headline-first-above-body': 'the first headline-like block above the body is the headline',
  'subheadline-after-headline': 'headline-like blocks after the headline and above the body are subheadlines',
  'headline-runs-on': 'a headline that stops on a comma, a semicolon or a joining word goes on in the block under it, a blank line between',
  'contact-or-joiner': '"or" alone between two contact blocks joins them',
  'contact-continues': 'narrow lines with phones or e-mail under a contact block go on with it',
  'contact-announced': 'a short line under a contact block goes on with it when contact details follow within a few such lines',
  'contact-merge': 'contact blocks with only blank lines or a page turn between them are one (a contact sentence stays whole in itself)',
  'contact-in-letterhead': 'a letterhead that names a person on a line of their own, with a number, gives the person to call',
  'contact-under-heading': 'narrow lines of contact details under a heading of label words naming contacts ("Contact Information") are a contact block',
  'contact-labelled-details': 'narrow lines of contact details under a label of label words and a colon ("Company:"), or under a desk\'s name alone ("Investor Relations"), are a contact block',
  // Body.
  'heading-capitalised': 'a short block of capitalised words, not a sentence, followed by body text',
  'contact-in-prose': 'a sentence opening with "For" that gives a person and a phone or e-mail',
  'safe-harbor-passage': 'a passage about forward-looking statements, from its heading or first paragraph over cautionary text',
  'list-sub-items': 'items set in deeper than the list\'s first are part of the item above them',
  'risk-list-introduced': 'a list introduced as risks ("… differ materially include:")',
  'risk-items-as-paragraphs': 'risks written one sentence a paragraph, unmarked, under the sentence that introduced them ("… could cause results to differ materially:")',
  // Guesses, reported as warnings.
  'dateline-without-wire': 'the dateline names no wire service',
  'dateline-missing': 'no dateline was found; the body is taken to start at the first running text',
  'dateline-unparsed-date': 'the dateline\'s date is not a calendar date',
  'risk-list-unsplit': 'a cue named risks that could not be split into two items or more',
  'headline-missing': 'no headline was found above the body',
  'contact-without-name': 'contact details with no person named; the desk or label stands in',
  'grammar-fallback': 'the block grammar stopped, or text lay outside every block; it was kept as paragraphs',
  'looks-like-html': 'the input looks like HTML and was read as plain text; read(input) renders HTML first',
} as const satisfies Record<string, string>;

/** The id of a rule. */
export type RuleId = keyof typeof RULES;
