/** A rule as canonical text draws it, whatever it was drawn with: forty dashes. */
export const RULE_LINE = '-'.repeat(40);
