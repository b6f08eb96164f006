/**
 * Guidance states no legal deadline itself: a number of days, hours or business days next to a notice word is a
 * deadline written in prose, and belongs to the rules data, shown through <RuleFact> (src/components/guide/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|forty-five|sixty|ninety)`;
const PERIOD = new RegExp(String.raw`\b${NUMBER}(?:-|\s+)(?:calendar\s+|business\s+|working\s+)?(?:days?|hours?)\b`, 'i');
const NOTICE = /\b(?:notice|notices|notif\w*|report\w*|tell|tells|told|inform\w*|letters?|disclos\w*|discover\w*|delay\w*|deadlines?|no later than)\b/i;

/**
 * The page's prose in units a reader takes together: a paragraph, a list item or a table cell, without the
 * frontmatter and the components (their words come from the data). "one" is left out of the number words: "one
 * day" is an idiom far more often than a clock.
 */
function units(mdx: string): string[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/<[A-Z]\w*\b[^>]*\/>/g, ' [fact] ');
  return body
    .split(/\n\s*\n|\n(?=\s*(?:[-*+]|\d+\.)\s)|\s*\|\s*/)
    .map((unit) => unit.trim())
    .filter((unit) => unit.length > 0);
}

/** Units that put a period of time next to a notice word. */
function proseDeadlines(mdx: string): string[] {
  return units(mdx).filter((unit) => PERIOD.test(unit) && NOTICE.test(unit));
}

describe('proseDeadlines', () => {
  it('finds a deadline written in days, hours or business days next to a notice word', () => {
    expect(proseDeadlines('Notify individuals no later than 60 calendar days after discovery.')).toHaveLength(1);
    expect(proseDeadlines('Report it to the regulator within 72 hours.')).toHaveLength(1);
    expect(proseDeadlines('The filing is due 4 business days after materiality is determined: file the report.')).toHaveLength(1);
    expect(proseDeadlines('Sixty days is the outer limit for the letters.')).toHaveLength(1);
    expect(proseDeadlines('- Post a notice on the home page for 90 days.')).toHaveLength(1);
    // Lines the guide used to have: the clock is in the list item, the notice in its heading or the next sentence.
    expect(proseDeadlines('- **Individuals**: without unreasonable delay, and no later than 60 calendar days after discovery (164.404(b)).')).toHaveLength(1);
    expect(proseDeadlines('164.412 allows a delay. An oral statement allows a delay of no more than 30 days unless a written statement follows.')).toHaveLength(1);
  });

  it('leaves alone periods that are not about notice, numbers without a unit, and facts from <RuleFact>', () => {
    expect(proseDeadlines('Keep logs for 90 days.\n\nNotify your insurer early.')).toEqual([]);
    expect(proseDeadlines('Corrected within 30 days of when you knew.')).toEqual([]);
    expect(proseDeadlines('Notify the 500 people affected.')).toEqual([]);
    expect(proseDeadlines('| Breach reported by a business associate | Within 1 hour |')).toEqual([]);
    expect(proseDeadlines('The report could one day be read by a regulator.')).toEqual([]);
    expect(proseDeadlines('Notify them <RuleFact rule="hipaa-individuals" fact="deadline" />.')).toEqual([]);
    expect(proseDeadlines('---\ntitle: Report in 60 days\n---\nBody.')).toEqual([]);
  });
});

describe('guide pages', () => {
  const pages = readdirSync('content/guide').filter((file) => file.endsWith('.mdx'));

  it.each(pages)('state no deadline in prose: %s', (file) => {
    expect(proseDeadlines(readFileSync(`content/guide/${file}`, 'utf8'))).toEqual([]);
  });
});
