/**
 * One voice per rule: the same rule gives the same words on its requirements page, in the index table, in the
 * plan, in the calendar file, in the timeline view and in an exercise pack, because each of them takes the words
 * from the engine's rule describer. Pinned for the Texas Attorney General rule (the example) and for
 * HIPAA's notice to individuals (the federal rule every HIPAA pack lists).
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { CATALOG_RULES, parseAnswersJson, timelineFor, type Answers, type Rule } from '../../src/engine/index.ts';
import { renderIcs } from '../../src/engine/export/ics.ts';
import { renderMarkdown } from '../../src/engine/export/markdown.ts';
import { planFor } from '../../src/engine/index.ts';
import { describeDeadline, describeThreshold, recipientShort } from '../../src/engine/rules/describe.ts';
import { capitalize } from '../../src/engine/words.ts';
import { tailorPack } from '../../src/islands/exercise-tailoring/tailor.ts';
import { timelineRows } from '../../src/islands/questionnaire/timeline-rows.ts';
import { exerciseSchema } from '../../src/schemas/exercise.ts';
import { assertBuilt, DIST } from '../support/site.ts';

assertBuilt();

const TODAY = '2025-03-10';
const answersText = readFileSync('test/fixtures/answers/clinic-ransomware.json', 'utf8');
const parsed = parseAnswersJson(answersText);
if (!parsed.ok) throw new Error('clinic-ransomware.json does not validate');
const answers: Answers = parsed.answers;
const timeline = timelineFor(answers, TODAY);
const ransomware = exerciseSchema.parse(yaml.load(readFileSync('content/exercises/ransomware-ehr-downtime.yaml', 'utf8')));

const ruleById = (id: string): Rule => {
  const rule = CATALOG_RULES.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
};

const decode = (text: string): string =>
  text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const textOf = (html: string): string => decode(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
const read = (path: string): string => readFileSync(`${DIST}${path}`, 'utf8');

/** The HTML of the element with this id (a section or a table row), up to its closing tag. */
function elementById(html: string, id: string, tag: 'section' | 'tr' | 'li'): string {
  const start = html.search(new RegExp(`<${tag}\\b[^>]*\\sid="${id}"`));
  if (start < 0) throw new Error(`no <${tag} id="${id}">`);
  return html.slice(start, html.indexOf(`</${tag}>`, start));
}

/** The calendar file's text values, unfolded and unescaped (RFC 5545). */
function icsText(ics: string): string {
  return ics.replace(/\r\n /g, '').replace(/\\n/g, '\n').replace(/\\([\\;,])/g, '$1');
}

/** The words start a sentence in one place and continue one in another: compare them from their second letter. */
const saysWords = (text: string, words: string): boolean => text.includes(words) || text.includes(words.charAt(0).toLowerCase() + words.slice(1));

describe('the Texas Attorney General rule', () => {
  const rule = ruleById('tx-attorney-general');
  const deadline = describeDeadline(rule, CATALOG_RULES);
  const threshold = describeThreshold(rule)!;

  it('is worded "Promptly, at most 30 calendar days after the determination ..." with "250 or more" (the one wording)', () => {
    expect(deadline).toBe('Promptly, at most 30 calendar days after the determination that a breach occurred');
    expect(threshold).toBe('250 or more Texas residents');
  });

  it('reads the same on its requirements page', () => {
    const section = textOf(elementById(read('/requirements/tx/index.html'), 'rule-tx-attorney-general', 'section'));
    expect(section).toContain(`${deadline}.`);
    expect(section).toContain(`${capitalize(threshold)} affected`);
  });

  it('reads the same in the index table', () => {
    const row = textOf(elementById(read('/requirements/index.html'), 'jurisdiction-tx', 'tr'));
    expect(saysWords(row, deadline)).toBe(true);
    expect(row).toContain(`if ${threshold}`);
  });

  it('reads the same in the plan (Markdown), with the threshold in the reasons', () => {
    const markdown = renderMarkdown(planFor(answers, TODAY));
    expect(markdown).toContain(`Deadline: ${deadline}.`);
    const obligation = timeline.obligations.find((candidate) => candidate.ruleId === rule.id);
    expect(obligation?.why).toContain('1,250 Texas residents affected: 250 or more.');
  });

  it('reads the same in the calendar file, titled with the short recipient from the data', () => {
    const ics = icsText(renderIcs(timeline, { organization: answers.organization.name, now: '2025-03-10T08:00:00Z' }));
    expect(ics).toContain(`SUMMARY:Notify ${recipientShort(rule)} (${rule.citation})`);
    expect(recipientShort(rule)).toBe('the Texas Attorney General');
    expect(ics).toContain(`Deadline: ${deadline}.`);
  });

  it('reads the same in the timeline view and in a tailored exercise pack', () => {
    const row = timelineRows(timeline).find((candidate) => candidate.id === rule.id);
    expect(row?.deadline).toBe(deadline);
    const pack = tailorPack(JSON.parse(answersText), ransomware.incident);
    const line = pack?.deadlines?.find((candidate) => candidate.citation === rule.citation && candidate.recipient === rule.recipientName);
    expect(line?.deadline).toBe(deadline);
  });
});

describe('the HIPAA notice to individuals', () => {
  const rule = ruleById('hipaa-individuals');
  const deadline = describeDeadline(rule, CATALOG_RULES);

  it('is worded "Without unreasonable delay, at most 60 calendar days after discovery"', () => {
    expect(deadline).toBe('Without unreasonable delay, at most 60 calendar days after discovery');
  });

  it('reads the same in the index table, the plan, the calendar file and the timeline view', () => {
    expect(textOf(elementById(read('/requirements/index.html'), 'rule-hipaa-individuals', 'tr'))).toContain(deadline);
    expect(renderMarkdown(planFor(answers, TODAY))).toContain(`Deadline: ${deadline}.`);
    const ics = icsText(renderIcs(timeline, { organization: answers.organization.name, now: '2025-03-10T08:00:00Z' }));
    expect(ics).toContain(`Deadline: ${deadline}.`);
    expect(timelineRows(timeline).find((candidate) => candidate.id === rule.id)?.deadline).toBe(deadline);
  });

  it('reads the same in an exercise pack as built, before any tailoring', () => {
    const html = read('/exercises/ransomware-ehr-downtime/facilitator-guide/index.html');
    const item = /<li\b[^>]*\sdata-rule="hipaa-individuals"[^>]*>([\s\S]*?)<\/li>/.exec(html)?.[1];
    expect(item && textOf(item)).toContain(deadline);
  });

  it('reads the same in the guide, through the RuleFact component', () => {
    const html = read('/guide/respond-in-time/index.html');
    const fact = /<span\b[^>]*\sdata-rule="hipaa-individuals" data-fact="deadline"[^>]*>([\s\S]*?)<\/span>/.exec(html)?.[1];
    expect(fact && saysWords(textOf(fact), deadline)).toBe(true);
  });
});
