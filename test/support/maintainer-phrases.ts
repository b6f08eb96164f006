/** Maintainers' working notes must never reach a reader: the words that give them away, for the page and plan tests. */

/** Words that only maintainers' notes use. A reader-facing sentence never needs them. */
export const MAINTAINER_PHRASES = [
  /derived summary/i,
  /\bnot modell?ed\b/i,
  /\bwas not read\b/i,
  /\bschema (cannot|can't|has no)\b/i,
  /\bthe engine\b/i,
  /\b(per|in|from) the fact sheet\b/i,
  /\b(AlexNetCC|raw-laws|cmu-relab|lrsl-data|Foley)\b/i,
  /\bper (the )?[A-Z][\w&' ]+ (summary|chart)\b/,
];


/**
 * Wording artefacts a generated plan must not print (issue 14): a word doubled ("contact contact"), an acronym in
 * lower case ("ehr"), a recipient's capital in mid-sentence ("notice to Each affected individual"), a placeholder
 * rewritten for the wrong reader. Run on the plan's text with web addresses left out (`ic3.gov` is not an artefact).
 */
export const PLAN_WORDING_ARTEFACTS = [
  /\b(\w+)\s+\1\b/i,
  /\b(ehr|hipaa|phi|hhs|fbi|cisa|ofac|rto|rpo|ftc|nist)\b/,
  /\b(to|and|of) (Each|The) [a-z]/,
  /\bdescribe what affected people\b/,
];

/** A plan's Markdown as a reader sees it: link targets and web addresses left out. */
export function readerText(markdown: string): string {
  return markdown
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\S*\b[\w-]+\.(gov|org|com|net)\b\S*/g, ' ')
    .replace(/[\u2068\u2069]/g, '');
}
