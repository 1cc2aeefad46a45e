/**
 * Risk cues: the words after which a sentence names its risks — "including", "include:",
 * "such as", "among them", "Among the factors … are", a bare colon, each with the usual
 * qualifiers ("but not limited to", "among others") — and the causes after which results
 * may differ ("because of", "due to", "could be affected by"). Read on a sentence's tokens.
 */
import type { IToken } from 'chevrotain';
import * as T from '../../../../grammars/tokens/text.js';
import { CUE_QUALIFIERS } from '../../lexicon/index.js';
import { lower } from '../../cst.js';
import { parenLabel } from '../../run-on-labels.js';

/** Words that say a sentence or passage is about risks. */
export const RISK_WORDS = /risk|uncertaint|factors/i;

/**
 * The index just after a risk cue that starts at `i`, or -1. Covers "including",
 * "include(s)", "such as", "among them", "the following", each with the usual qualifiers
 * ("but not limited to", "without limitation", "among others") and a closing colon.
 */
export function cueEnd(tokens: readonly IToken[], i: number): number {
  const w = lower(tokens[i]);
  let j: number;
  if (w === 'including' || w === 'include' || w === 'includes') j = i + 1;
  else if (w === 'such' && lower(tokens[i + 1]) === 'as') j = i + 2;
  // "among them", "among which are": as "including" ("among others" only qualifies a cue).
  else if (w === 'among' && /^(?:them|which)$/.test(lower(tokens[i + 1]))) j = lower(tokens[i + 2]) === 'are' ? i + 3 : i + 2;
  // "factors, among other things (i) …": right before a labelled series, the qualifier is the cue.
  else if (w === 'among' && lower(tokens[i + 1]) === 'others' && parenLabel(tokens, i + 2) !== null) return i + 2;
  else if (w === 'among' && lower(tokens[i + 1]) === 'other' && parenLabel(tokens, i + 3) !== null) return i + 3;
  // "Among the factors that could cause … are fuel prices, …": the verb after the phrase.
  else if (w === 'are' && amongRisksBefore(tokens, i)) j = i + 1;
  // "Factors that could cause our results to differ … are" over the list, or before its labels.
  else if (w === 'are' && listFollows(tokens, i + 1) && subjectNamesRisks(tokens, i)) j = i + 1;
  else if (tokens[i]?.tokenType === T.Colon) return i + 1;
  else return -1;
  return skipQualifiers(tokens, j);
}

/** Most tokens between "among" and the "are" whose subject it opens. */
const AMONG_PHRASE = 24;

/**
 * Whether `are` at `i` is the verb of a phrase "among the (important) factors …" that names
 * risks: "among" no further back than a clause takes, a risk word right after it, and no
 * other "are" between them.
 */
function amongRisksBefore(tokens: readonly IToken[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - AMONG_PHRASE; k--) {
    const w = lower(tokens[k]);
    if (w === 'are') return false;
    if (w === 'among') return tokens.slice(k + 1, k + 5).some((t) => RISK_WORDS.test(t.image));
  }
  return false;
}

/** Whether a list starts at `k`: the end of the sentence's tokens (the list below), a colon, or a label. */
function listFollows(tokens: readonly IToken[], k: number): boolean {
  return k === tokens.length || tokens[k]?.tokenType === T.Colon || parenLabel(tokens, k) !== null;
}

/** Most words before a risk word that open a sentence's subject ("The important factors"). */
const SUBJECT_OPENING = 4;

/**
 * Whether `are` at `i` is the verb of a sentence whose subject opens with risks ("Factors
 * that could cause …", "The principal risks …"): no other verb of being between them.
 */
function subjectNamesRisks(tokens: readonly IToken[], i: number): boolean {
  let k = i - 1;
  for (; k >= 0 && k >= i - AMONG_PHRASE * 2; k--) {
    const t = tokens[k];
    if (t?.tokenType === T.Period) break;
    const word = lower(t);
    if (word === 'are' || word === 'is') return false;
  }
  if (k >= 0 && tokens[k]?.tokenType !== T.Period) return false;
  return tokens.slice(k + 1, k + 1 + SUBJECT_OPENING).some((t) => RISK_WORDS.test(t.image));
}

/** Most words of a general phrase that introduces a list again after its cue. */
const REINTRODUCTION = 4;

/**
 * Where a list starts when the words after its cue introduce it again: "include such factors
 * as: (1) …", "including risks relating to: the rate …", "including, without limitation, risks
 * such as the volatility …". A short phrase naming risks in general ("risks", "such factors"),
 * then "such as", "as" or "relating to:" and any colon: the list starts after it.
 */
export function reintroduced(tokens: readonly IToken[], end: number): number {
  let general = false;
  for (let k = end; k < end + REINTRODUCTION && k < tokens.length; k++) {
    const w = lower(tokens[k]);
    general ||= RISK_WORDS.test(w) || w === 'such';
    if (!general) continue;
    let after = -1;
    if (w === 'such' && lower(tokens[k + 1]) === 'as') after = k + 2;
    // "uncertainties as to the timing of …" is an item: "as to" names what it is about.
    else if (w === 'as' && k > end && lower(tokens[k + 1]) !== 'to') after = k + 1;
    // "risks related to fluctuations in …" is an item; "risks relating to: …" introduces.
    else if ((w === 'relating' || w === 'related') && lower(tokens[k + 1]) === 'to' && tokens[k + 2]?.tokenType === T.Colon) after = k + 2;
    if (after < 0) continue;
    if (tokens[after]?.tokenType === T.Colon) after++;
    return after < tokens.length ? after : end;
  }
  return end;
}

/** "differ", "differs", "different": the word that says results may not be as forecast. */
export const DIFFER = /^differ/i;

/** Tokens after a cause in which a general phrase ("a variety of risk factors") shows. */
export const GENERAL_CAUSE_TOKENS = 6;

/** "affected", "dependent": results that may be affected by, or depend upon, what follows. */
export const AFFECTED = /^(?:affected|dependent|depend|depends|depending)$/i;

/** How badly results may be affected ("could be adversely affected by"). */
const ADVERSITY = new Set(['materially', 'adversely']);

/**
 * The index after a cause — "because of", "due to", "as a result of", "(be) affected by",
 * "differ materially depending on" —
 * and its qualifiers ("among other things"), or -1.
 */
export function causeEnd(tokens: readonly IToken[], i: number): number {
  const w = lower(tokens[i]);
  let j = -1;
  if (w === 'because' && lower(tokens[i + 1]) === 'of') j = i + 2;
  else if (w === 'due' && lower(tokens[i + 1]) === 'to') j = i + 2;
  else if (w === 'as' && lower(tokens[i + 1]) === 'a' && lower(tokens[i + 2]) === 'result' && lower(tokens[i + 3]) === 'of') j = i + 4;
  // "could be (materially, adversely) affected by".
  else if (w === 'affected' && lower(tokens[i + 1]) === 'by' && (lower(tokens[i - 1]) === 'be' || (ADVERSITY.has(lower(tokens[i - 1])) && lower(tokens[i - 2]) === 'be'))) j = i + 2;
  // "future results are dependent upon, among other things, …", "results depend on …": what
  // results depend upon is named as their causes are.
  else if ((w === 'dependent' || w === 'depend' || w === 'depends') && /^(?:upon|on)$/.test(lower(tokens[i + 1])) && RESULTS_BEFORE.test(lower(tokens[i - 2]) + ' ' + lower(tokens[i - 1]))) j = i + 2;
  // "Actual results may differ materially depending on …": what they differ by.
  else if (w === 'depending' && /^(?:upon|on)$/.test(lower(tokens[i + 1])) && DIFFERS_BY.test(lower(tokens[i - 1]))) j = i + 2;
  // "… could differ materially if the panel does not grant …, if …, or if …": the
  // conditions are the risks, each with its "if".
  else if (w === 'if' && DIFFERS_BY.test(lower(tokens[i - 1]))) return i;
  if (j < 0) return -1;
  return skipQualifiers(tokens, j);
}

/** The word before what results differ by: "differ (materially) depending on …", "… differ materially if …". */
const DIFFERS_BY = /^(?:differ|materially|significantly|substantially)$/;

/** Results, or their verb, right before "dependent upon" / "depend on" ("results are dependent upon", "results depend on"). */
const RESULTS_BEFORE = /(?:results|performance|earnings)(?: (?:are|is|will|may|could|remain|be))?$/;

/** Skips the qualifiers at j, in any order they come ("among other things", "but not limited to"). */
function skipQualifiers(tokens: readonly IToken[], j: number): number {
  let at = j;
  for (let guard = 0; guard < 4; guard++) {
    const k = skipPhrase(tokens, at);
    if (k === at) break;
    at = k;
  }
  return at;
}

/** The qualifiers as word lists, longest first (so "the following factors" wins over "the following"). */
const QUALIFIERS = CUE_QUALIFIERS.words.map((q) => q.split(' ')).sort((a, b) => b.length - a.length);

/** Skips one qualifier phrase at j: ", but are not limited to,", "without limitation", "the following factors:". */
export function skipPhrase(tokens: readonly IToken[], j: number): number {
  let k = j;
  if (tokens[k]?.tokenType === T.Comma) k++;
  const len = qualifierAt(tokens, k);
  if (len === 0) return tokens[j]?.tokenType === T.Colon ? j + 1 : j;
  k += len;
  if (tokens[k]?.tokenType === T.Comma || tokens[k]?.tokenType === T.Colon) k++;
  return k;
}

/** Words of the qualifier that starts at k, or 0. */
export function qualifierAt(tokens: readonly IToken[], k: number): number {
  for (const q of QUALIFIERS) if (q.every((w, n) => lower(tokens[k + n]) === w)) return q.length;
  return 0;
}

/** Tokens at the end of a block a cue and its qualifiers may take ("include, but are not limited to,"). */
const CUE_TAIL = 10;

/**
 * Whether tokens end on a cue left open for the list under them: "… differ include, but are
 * not limited to,", "… such as", "… including", "… among others,". The same reading of cues as
 * the risk-list reader's, so a block announces a list exactly when a cue opens one.
 *
 * > | Factors that could cause actual results to differ include, but are not limited to,
 */
export function endsWithCue(tokens: readonly IToken[]): boolean {
  const n = tokens.length;
  for (let i = Math.max(0, n - CUE_TAIL); i < n; i++) {
    if (cueEnd(tokens, i) === n) return true;
    // A qualifier alone may close the sentence ("… and others, among others,").
    const k = tokens[i]?.tokenType === T.Comma ? i + 1 : i;
    if (qualifierAt(tokens, k) > 0 && skipPhrase(tokens, i) === n) return true;
  }
  return false;
}
