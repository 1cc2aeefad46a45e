/**
 * Words that mark a forward-looking-statements passage. Matched on lower-cased text.
 */

/** A heading that announces the passage ("Safe Harbor Statement", "Forward-Looking Statements"). */
export function isSafeHarborHeading(lower: string): boolean {
  return /safe[ -]harbou?r|forward[- ]looking|cautionary (?:note|statement|language)|private securities litigation/.test(lower);
}

/** A paragraph that opens or is the passage: forward-looking statements with their risks. */
export function isSafeHarborText(lower: string): boolean {
  const fls = /forward[- ]+looking/.test(lower);
  if (!fls) return /safe[ -]harbou?r/.test(lower) && /private securities litigation/.test(lower);
  return /risks?\b|uncertaint|private securities litigation|safe[ -]harbou?r|differ materially|actual results/.test(lower);
}

/** A paragraph that goes on with the passage: risks, factors, cautions, no duty to update. */
export function isCautionaryText(lower: string): boolean {
  return /forward[- ]+looking|risks?\b|uncertaint|factors|differ materially|cautioned|undertakes? no|obligation to (?:update|revise)|could cause|may cause|speak only as of/.test(lower);
}
