/**
 * Words that mark a forward-looking-statements passage, matched on the source text as it
 * is (any case, words broken across lines).
 */

/** What may make results other than forecast: "differ materially", "could be affected by". */
export const RESULTS_AT_STAKE = /differ\s+materially|(?:could|may|might)\s+be\s+(?:materially\s+|adversely\s+)*affected\s+by/i;

/**
 * A heading that announces the passage ("Safe Harbor Statement", "Forward-Looking Statements"),
 * or the factors themselves ("Factors That May Affect Future Results", "Risk Factors").
 */
export function isSafeHarborHeading(text: string): boolean {
  return /safe[-\s]harbou?r|forward[-\s]looking|cautionary\s(?:note|statement|language)|private\ssecurities\slitigation/i.test(text) || namesFactors(text);
}

/** A heading that names the factors themselves ("Factors That May Affect Future Results", "Risk Factors"). */
export function namesFactors(text: string): boolean {
  return /factors\s+(?:that\s+)?(?:may|could|might)\s+affect|^\s*risk\s+factors\s*$/i.test(text);
}

/** A paragraph that opens or is the passage: forward-looking statements with their risks. */
export function isSafeHarborText(text: string): boolean {
  const fls = /forward-?\s*looking/i.test(text);
  if (!fls) {
    if (/safe[-\s]harbou?r/i.test(text) && /private\s+securities\s+litigation/i.test(text)) return true;
    // The caution in other words: "statements that look forward in time involve risks and
    // uncertainties … factors that could affect actual results".
    if (/risks\s+and\s+uncertainties/i.test(text) && /look\s+(?:forward|ahead)|actual\s+results|differ\s+materially/i.test(text)) return true;
    // "The statements in this release concerning the Company's expectations … are subject to
    // uncertainties, including …": statements about the future, subject to risks (before 1995
    // the words "forward-looking" were not yet the law's).
    if (/\b(?:statements|expectations|projections|estimates)\b[^.]{1,200}\bsubject\s+to\s+(?:certain\s+|a\s+number\s+of\s+|various\s+|significant\s+)?(?:risks|uncertainties)/i.test(text)) return true;
    // "Actual results may differ from expectations because of factors such as …"; "A and B
    // are among the factors that could cause actual results to differ materially".
    if ((/actual\s+results\s+(?:may|could|might)\s+differ/i.test(text) || RESULTS_AT_STAKE.test(text)) && /\b(?:factors|risks)\b/i.test(text)) return true;
    // A sentence that names risks or factors and announces them: "Risk factors that could
    // affect these statements include:", "Such factors include, but are not limited to, the following:".
    return /\b(?:risks?|factors)\b[^.:]{1,200}\binclud(?:e|es|ing)\b[^.:]{0,200}:/i.test(text);
  }
  // Risks, results at stake, or the factors it depends on ("… is forward-looking and depends on
  // factors including …").
  return RESULTS_AT_STAKE.test(text) || /risks?\b|uncertaint|private\s+securities\s+litigation|safe[-\s]harbou?r|actual\s+results|(?:could|may|might)\s+cause\s+(?:actual\s+)?results|factors\s+(?:that|which)\s+(?:could|may|might)\s|depend(?:s|ing)?\s+(?:up)?on\s+(?:\w+\s+){0,4}factors/i.test(text);
}

/** What a passage says of its own statements: forward-looking, no duty to update them, speaking only as of their date. */
const OWN_STATEMENTS = String.raw`forward-?\s*looking|undertakes?\s+no|obligation\s+to\s+(?:update|revise)|speak\s+only\s+as\s+of|cautioned`;

/** Cautionary words: what the passage says of its statements, or of risks and what they may cause. */
const CAUTIONARY = new RegExp(String.raw`${OWN_STATEMENTS}|risks?\b|uncertaint|factors|could\s+cause|may\s+cause`, 'i');

/** A paragraph that goes on with the passage: risks, factors, cautions, no duty to update. */
export function isCautionaryText(text: string): boolean {
  return RESULTS_AT_STAKE.test(text) || CAUTIONARY.test(text);
}

const REMARKS = new RegExp(String.raw`${OWN_STATEMENTS}|(?:not|no)\s+(?:undertake|obligation|duty)`, 'i');

/**
 * What the passage says of its own statements, never one of the risks: that they are
 * forward-looking, that they speak only as of their date, that no one will update them.
 *
 * > | Merrion does not undertake to update any forward-looking statement.
 */
export function remarksOnStatements(text: string): boolean {
  return REMARKS.test(text);
}
