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

