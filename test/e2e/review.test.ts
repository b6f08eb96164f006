import { serveBuiltSite } from '../support/built-site.ts';
/** The post-incident review form on the built site (/review/), driven by keyboard in Chromium. */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { watchForeignRequests } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { parseReviewJson } from '../../src/engine/review/parse.ts';
import type { Review } from '../../src/engine/review/schema.ts';
import { draftFromReview } from '../../src/islands/review/draft.ts';
import { FULL_REVIEW } from '../engine/review/full-review.ts';

const site = serveBuiltSite();


const TITLE = 'Ransomware tabletop, March';
/** The browser's today, for the dates in download names (the page's clock, not the test machine's). */
const TODAY = new Date('2025-03-21T12:00:00Z');
const HOSTILE = '<img src=x onerror="window.__pwned=1;alert(1)">';

async function newPage(colorScheme: 'light' | 'dark' = 'light'): Promise<{ context: BrowserContext; page: Page; foreign: string[]; dialogs: string[] }> {
  const context = await site.browser.newContext({ colorScheme, serviceWorkers: 'block', acceptDownloads: true });
  const foreign = watchForeignRequests(context, site.server.origin);
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { context, page, foreign, dialogs };
}

async function open(page: Page): Promise<void> {
  await page.goto(`${site.server.origin}/review/`);
  await page.locator('.review-app[data-ready="true"]').waitFor();
}

/** Opens the form on a review saved on this device (faster than typing it, for tests about what the form does with it). */
async function openSaved(page: Page, review: Review): Promise<void> {
  await page.goto(`${site.server.origin}/review/`);
  const saved = JSON.stringify({ savedAt: '2025-03-21T16:00:00.000Z', value: draftFromReview(review) });
  await page.evaluate((value) => localStorage.setItem('breachline:review', value), saved);
  await page.reload();
  await page.locator('.review-app[data-ready="true"]').waitFor();
  // The report's preview follows the form by a task.
  await page.locator('.review-report').waitFor();
}

/** Focuses a field by its id and types into it with the keyboard. */
async function type(page: Page, id: string, text: string): Promise<void> {
  await page.locator(`#${id}`).focus();
  await page.keyboard.insertText(text);
}

/** Presses a button by keyboard: focus, then Enter. */
async function press(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('button', { name, exact: typeof name === 'string' }).focus();
  await page.keyboard.press('Enter');
}

async function tick(page: Page, id: string): Promise<void> {
  await page.locator(`#${id}`).focus();
  await page.keyboard.press('Space');
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Starts over, once the question has taken focus (it would take it from the answer pressed too early). */
async function startOver(page: Page): Promise<void> {
  await press(page, 'Start over');
  await expect.poll(() => activeId(page)).toBe('review-start-over-question');
  await press(page, 'Yes, delete it and start over');
}

/** Every field of the form: id and value (or checked state), in document order. */
function formState(page: Page): Promise<[string, string | boolean][]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('.review-form input, .review-form textarea, .review-form select')].map((el) => [
      el.id,
      el.type === 'radio' || el.type === 'checkbox' ? el.checked : el.value,
    ]),
  );
}

/** Adds a row with its button (by keyboard) and checks that focus lands in the new row's first field. */
async function addRow(page: Page, button: string, firstFieldId: string): Promise<void> {
  await press(page, button);
  await expect.poll(() => activeId(page)).toBe(firstFieldId);
}

async function fillReview(page: Page): Promise<void> {
  await tick(page, 'review-kind');
  await type(page, 'review-title', TITLE);
  await type(page, 'review-organization', 'Riverside Family Clinic');
  await type(page, 'review-startedOn', '2025-03-14');
  await type(page, 'review-endedOn', '2025-03-15');
  await type(page, 'review-reviewedOn', '2025-03-21');
  await type(page, 'review-facilitator', 'Dana Okafor');

  await addRow(page, 'Add a participant', 'review-participants-0-name');
  await page.keyboard.insertText('Sam Lee');
  await page.keyboard.press('Tab');
  await page.keyboard.insertText('Incident commander');
  await page.keyboard.press('Tab');
  await page.keyboard.insertText('IT');
  await addRow(page, 'Add a participant', 'review-participants-1-name');
  await page.keyboard.insertText('Priya Shah');
  // A third row, removed again: focus goes back to the add button (no row takes its place).
  await addRow(page, 'Add a participant', 'review-participants-2-name');
  await press(page, 'Remove participant 3');
  await expect.poll(() => activeId(page)).toBe('review-participants-add');

  await addRow(page, 'Add a timeline entry', 'review-timeline-0-when');
  await page.keyboard.insertText('2025-03-14 09:00');
  await page.keyboard.press('Tab');
  await page.keyboard.insertText('A ransom note appears on a front-desk screen.');
  await addRow(page, 'Add a timeline entry', 'review-timeline-1-when');
  await page.keyboard.insertText('2025-03-14T09:20');
  await page.keyboard.press('Tab');
  await page.keyboard.insertText('The incident commander declares an incident.');

  await addRow(page, 'Add an objective', 'review-objectives-0-text');
  await page.keyboard.insertText('Escalate to the incident commander within 15 minutes.');
  await page.keyboard.press('Tab');
  await page.keyboard.insertText('Operational coordination');
  await tick(page, 'review-objectives-0-rating-M');
  await type(page, 'review-objectives-0-evidence', 'Escalation took 25 minutes.');

  await addRow(page, 'Add a strength', 'review-strengths-0-text');
  await page.keyboard.insertText('The front desk called at once.');
  await page.locator('#review-strengths-0-objective').focus();
  await page.keyboard.press('ArrowDown');

  await addRow(page, 'Add an area for improvement', 'review-areasForImprovement-0-text');
  await page.keyboard.insertText('The help desk did not know whom to call.');
  await type(page, 'review-areasForImprovement-0-capability', 'Operational coordination');
  await type(page, 'review-areasForImprovement-0-rootCause', 'The call tree had not been checked since 2023.');

  await type(page, 'review-detection', 'A clerk saw the ransom note.\n\nThe help desk took 25 minutes to escalate.');
  await tick(page, 'review-procedures-detection-result-partly');
  await type(page, 'review-procedures-detection-notes', 'The help desk did not know whom to call.');
  await tick(page, 'review-procedures-escalation-result-did-not-work');
  await tick(page, 'review-procedures-recovery-result');
  await type(page, 'review-obstacles', 'Out-of-date contacts for the forensic firm.');
  await type(page, 'review-patientCare', 'Lab turnaround went from 1 hour to 4 hours.');

  await addRow(page, 'Add a lesson', 'review-lessons-0');
  await page.keyboard.insertText('Check the call tree every quarter.');
  await addRow(page, 'Add a lesson', 'review-lessons-1');
  await page.keyboard.insertText('Keep more downtime forms in the lab.');

  await addRow(page, 'Add an improvement', 'review-improvements-0-action');
  await page.keyboard.insertText('Check the call tree every quarter; keep a test call log.');
  await type(page, 'review-improvements-0-capability', 'Operational coordination');
  await type(page, 'review-improvements-0-organization', 'IT');
  await type(page, 'review-improvements-0-contact', 'Sam Lee');
  await type(page, 'review-improvements-0-startOn', '2025-04-01');
  await type(page, 'review-improvements-0-completeBy', '2025-06-30');
  await page.locator('#review-improvements-0-status').focus();
  await page.keyboard.press('ArrowDown');
  await tick(page, 'review-improvements-0-planSections-contacts');
  await tick(page, 'review-improvements-0-planSections-maintenance');
}

const EXPECTED_REVIEW = {
  schemaVersion: 2,
  kind: 'exercise',
  title: TITLE,
  organization: 'Riverside Family Clinic',
  startedOn: '2025-03-14',
  endedOn: '2025-03-15',
  reviewedOn: '2025-03-21',
  facilitator: 'Dana Okafor',
  participants: [{ name: 'Sam Lee', role: 'Incident commander', unit: 'IT' }, { name: 'Priya Shah' }],
  timeline: [
    { when: '2025-03-14 09:00', what: 'A ransom note appears on a front-desk screen.' },
    { when: '2025-03-14T09:20', what: 'The incident commander declares an incident.' },
  ],
  objectives: [
    { text: 'Escalate to the incident commander within 15 minutes.', capability: 'Operational coordination', rating: 'M', evidence: 'Escalation took 25 minutes.' },
  ],
  strengths: [{ text: 'The front desk called at once.', objective: 1 }],
  areasForImprovement: [
    { text: 'The help desk did not know whom to call.', capability: 'Operational coordination', rootCause: 'The call tree had not been checked since 2023.' },
  ],
  detection: 'A clerk saw the ransom note.\n\nThe help desk took 25 minutes to escalate.',
  procedures: [
    { phase: 'detection', result: 'partly', notes: 'The help desk did not know whom to call.' },
    { phase: 'escalation', result: 'did-not-work' },
    { phase: 'recovery', result: 'worked' },
  ],
  obstacles: 'Out-of-date contacts for the forensic firm.',
  patientCare: 'Lab turnaround went from 1 hour to 4 hours.',
  lessons: ['Check the call tree every quarter.', 'Keep more downtime forms in the lab.'],
  improvements: [
    {
      capability: 'Operational coordination',
      action: 'Check the call tree every quarter; keep a test call log.',
      organization: 'IT',
      contact: 'Sam Lee',
      startOn: '2025-04-01',
      completeBy: '2025-06-30',
      status: 'in-progress',
      planSections: ['contacts', 'maintenance'],
    },
  ],
};

const withoutIsolates = (text: string): string => text.replace(/[\u2066-\u2069]/g, '');

async function download(page: Page, button: string): Promise<{ download: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), press(page, button)]);
  return { download: file, bytes: await readFile((await file.path())!) };
}

describe('the review form', () => {
  // The empty form in light and dark, and its requests: accessibility-templates.test.ts (the review template).

  it('shows an error summary that takes focus and links to each field, and keeps the unfinished review in a file', async () => {
    const { context, page } = await newPage();
    await context.clock.setFixedTime(TODAY);
    await open(page);
    await type(page, 'review-startedOn', '2025-02-30');
    await press(page, 'Check the review');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    const links = page.locator('.error-summary a');
    expect(await links.allTextContents()).toEqual([
      'What is being reviewed: Choose whether this reviews an exercise or a real incident.',
      'Title: Enter a title for the review.',
      'Start date: Enter a real date as year-month-day, for example 2025-03-14.',
      'Facilitator: Enter the name of the person who led the review.',
    ]);
    await links.nth(2).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => activeId(page)).toBe('review-startedOn');
    expect(await page.locator('#review-startedOn').getAttribute('aria-describedby')).toContain('review-startedOn-error');
    expect(await page.locator('#review-startedOn-error').textContent()).toContain('for example 2025-03-14');
    // Fixing the answer updates the summary as you type.
    await page.locator('#review-startedOn').fill('2025-03-14');
    await expect.poll(() => links.count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);

    // The unfinished review downloads as one, and imports back with what is still to answer.
    await addRow(page, 'Add a participant', 'review-participants-0-name');
    await page.keyboard.insertText('Sam Lee');
    const before = await formState(page);
    const unfinished = await download(page, 'Download the review file (JSON)');
    expect(unfinished.download.suggestedFilename()).toBe('breachline-unfinished-review-2025-03-21.json');
    expect(JSON.parse(unfinished.bytes.toString('utf8'))).toMatchObject({ schemaVersion: 2, unfinished: true, startedOn: '2025-03-14', participants: [{ name: 'Sam Lee' }] });
    await startOver(page);
    await expect.poll(() => page.locator('#review-startedOn').inputValue()).toBe('');
    await page.locator('#review-import').setInputFiles({ name: 'half.json', mimeType: 'application/json', buffer: unfinished.bytes });
    await expect.poll(() => page.locator('.notice').textContent()).toContain('Imported half.json: an unfinished review. Still to answer:');
    expect(await page.locator('.notice li').allTextContents()).toEqual([
      'What is being reviewed: Choose whether this reviews an exercise or a real incident.',
      'Title: Enter a title for the review.',
      'Facilitator: Enter the name of the person who led the review.',
    ]);
    expect(await formState(page)).toEqual(before);
    await context.close();
  });

  it('is filled by keyboard, restored on reload, exported, started over and imported back exactly', async () => {
    const { context, page, foreign, dialogs } = await newPage();
    await context.clock.setFixedTime(TODAY);
    await open(page);
    await fillReview(page);
    const filled = await formState(page);
    await expect.poll(() => page.locator('#review-save-status').textContent()).toMatch(/^Saved on this device/);
    // The last answer given (the last plan section ticked) is saved before the reload.
    await expect
      .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('breachline:review') ?? '{}').value?.improvements?.[0]?.planSections))
      .toEqual(['contacts', 'maintenance']);

    await page.reload();
    await page.locator('.review-app[data-ready="true"]').waitFor();
    await expect.poll(() => formState(page)).toEqual(filled);

    // Every rule in light; in dark, the rules a theme can change.
    expect(await axeViolations(page), 'light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, { layoutOnly: true }), 'dark').toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    const exported = await download(page, 'Download the review file (JSON)');
    expect(exported.download.suggestedFilename()).toBe('riverside-family-clinic-review-2025-03-21.json');
    expect(JSON.parse(exported.bytes.toString('utf8'))).toEqual(EXPECTED_REVIEW);
    // Read without the isolate marks around typed text (U+2066 to U+2069): test/engine/review/user-text.test.ts checks those.
    const report = withoutIsolates((await download(page, 'Download the after-action report (Markdown)')).bytes.toString('utf8'));
    // HSEEP's order: the analysis objective by objective (rating, strengths, areas with root causes), then the plan.
    const inOrder = [
      '## Analysis of capabilities',
      'Objective 1: Escalate to the incident commander within 15 minutes.',
      'Performed with major challenges (M)',
      'The front desk called at once.',
      'Operational coordination:** The help desk did not know whom to call. Root cause: The call tree had not been checked since 2023.',
      '## Improvement plan',
      '| Operational coordination | Check the call tree every quarter; keep a test call log. | IT | Sam Lee | April 1, 2025 | June 30, 2025 | In progress',
    ];
    const positions = inOrder.map((text) => report.indexOf(text));
    expect(positions.every((at) => at >= 0), JSON.stringify(positions)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    await press(page, 'Start over');
    await expect.poll(() => activeId(page)).toBe('review-start-over-question');
    await press(page, 'No, keep my review');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Start over');
    expect(await formState(page)).toEqual(filled);
    await startOver(page);
    await expect.poll(() => page.locator('#review-title').inputValue()).toBe('');
    expect(await page.evaluate(() => localStorage.getItem('breachline:review'))).toBeNull();
    expect(await page.locator('#review-save-status').textContent()).toContain('Started over');

    await page.locator('#review-import').setInputFiles({ name: 'breachline-review.json', mimeType: 'application/json', buffer: exported.bytes });
    await expect.poll(() => page.locator('.notice').textContent()).toContain('Imported breachline-review.json');
    // Rows get new keys on import, but every field holds the same answer.
    expect(await formState(page)).toEqual(filled);
    const again = await download(page, 'Download the review file (JSON)');
    expect(again.bytes.toString('utf8')).toBe(exported.bytes.toString('utf8'));

    expect(dialogs).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('downloads both reports as Markdown and Word, with the title inside, on the check it made when the review opened', async () => {
    const { context, page, foreign } = await newPage();
    await context.clock.setFixedTime(TODAY);
    await page.addInitScript(() => {
      // Every job the page posts to the review worker, by kind.
      const jobs: string[] = [];
      (window as unknown as { reviewJobs: string[] }).reviewJobs = jobs;
      const post = Worker.prototype.postMessage as (this: Worker, message: unknown, options?: StructuredSerializeOptions) => void;
      Worker.prototype.postMessage = function (this: Worker, message: { job?: { kind?: string } }, options?: StructuredSerializeOptions) {
        jobs.push(message.job?.kind ?? '?');
        post.call(this, message, options);
      } as Worker['postMessage'];
    });
    const postedJobs = () => page.evaluate(() => (window as unknown as { reviewJobs: string[] }).reviewJobs);
    await openSaved(page, FULL_REVIEW);
    await expect.poll(() => page.locator('.files-panel .field-hint').first().textContent()).toBe('The review has every required answer.');
    const files: Record<string, string> = {};
    for (const button of [
      'Download the after-action report (Markdown)',
      'Download the compliance report (Markdown)',
      'Download the after-action report (Word)',
      'Download the compliance report (Word)',
    ]) {
      const { download: file, bytes } = await download(page, button);
      files[file.suggestedFilename()] = file.suggestedFilename().endsWith('.docx')
        ? strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!)
        : bytes.toString('utf8');
    }
    expect(Object.keys(files).sort()).toEqual([
      'riverside-family-clinic-after-action-report-2025-03-21.docx',
      'riverside-family-clinic-after-action-report-2025-03-21.md',
      'riverside-family-clinic-compliance-report-2025-03-21.docx',
      'riverside-family-clinic-compliance-report-2025-03-21.md',
    ]);
    // The review saved on this device was judged, and its draft checked once: the four downloads checked nothing again.
    expect(await postedJobs()).toEqual(['saved', 'check']);
    // The title as typed, isolated from the words around it (U+2068 ... U+2069).
    const title = `\u2068${TITLE}\u2069`;
    const report = files['riverside-family-clinic-after-action-report-2025-03-21.md']!;
    expect(report).toContain(`# After-action report: ${title}`);
    expect(files['riverside-family-clinic-after-action-report-2025-03-21.docx']).toContain('Performed with major challenges (M)');
    expect(files['riverside-family-clinic-after-action-report-2025-03-21.docx']).toContain('The call tree had not been checked since 2023.');
    expect(files['riverside-family-clinic-compliance-report-2025-03-21.md']).toContain(`# Exercise review report: ${title}`);
    expect(files['riverside-family-clinic-compliance-report-2025-03-21.md']).toContain('## Improvement plan status');
    expect(files['riverside-family-clinic-after-action-report-2025-03-21.docx']).toContain(`After-action report: ${title}`);
    expect(files['riverside-family-clinic-compliance-report-2025-03-21.docx']).toContain(`Exercise review report: ${title}`);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('says when the review cannot be checked, and still downloads every answer', async () => {
    const { context, page } = await newPage();
    await context.clock.setFixedTime(TODAY);
    // Neither the review worker nor the checks' fallback on the page can load.
    await context.route(/\/_astro\/(engine-worker|run-job)[-.][^/]*\.js$/, (route) => route.abort());
    await open(page);
    await type(page, 'review-title', TITLE);
    await press(page, 'Download the after-action report (Markdown)');
    await expect.poll(() => page.locator('.notice-problem').textContent()).toBe('The review could not be checked just now. Reload the page and try again; your answers are kept.');
    const kept = await download(page, 'Download the review file (JSON)');
    expect(kept.download.suggestedFilename()).toBe('breachline-unfinished-review-2025-03-21.json');
    expect(JSON.parse(kept.bytes.toString('utf8'))).toMatchObject({ schemaVersion: 2, unfinished: true, title: TITLE });
    await expect.poll(() => page.locator('.notice-problem').textContent()).toContain('so your answers downloaded as an unfinished review');
    expect(await page.locator('#review-title').inputValue()).toBe(TITLE);
    await context.close();
  });

  it('prints the after-action report and nothing else', async () => {
    const { context, page } = await newPage();
    // Printed as soon as the form is ready, before its preview follows a task later: the preview is drawn for print.
    await context.addInitScript(() => {
      const seen = new MutationObserver(() => {
        if (!document.querySelector('.review-app[data-ready="true"]')) return;
        seen.disconnect();
        const before = document.querySelectorAll('.review-report').length;
        dispatchEvent(new Event('beforeprint'));
        queueMicrotask(() => Object.assign(window, { printedEarly: { before, after: document.querySelectorAll('.review-report h3').length } }));
      });
      seen.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-ready'] });
    });
    await openSaved(page, FULL_REVIEW);
    expect(await page.evaluate(() => (window as unknown as { printedEarly: unknown }).printedEarly)).toEqual({ before: 0, after: 1 });
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const visible = (selector: string) => {
        const el = document.querySelector(selector);
        return el ? el.getClientRects().length > 0 : null;
      };
      return Object.fromEntries(
        ['.site-header', '.site-footer', 'h1', '.review-intro', '.save-bar', '.review-contents', '.review-form', '.files-panel', '#section-preview', '.review-report'].map(
          (s) => [s, visible(s)],
        ),
      );
    });
    expect(shown).toEqual({
      '.site-header': false,
      '.site-footer': false,
      h1: false,
      '.review-intro': false,
      '.save-bar': false,
      '.review-contents': false,
      '.review-form': false,
      '.files-panel': false,
      '#section-preview': false,
      '.review-report': true,
    });
    const layout = await page.evaluate(() => ({
      thead: getComputedStyle(document.querySelector('.review-report thead')!).display,
      row: getComputedStyle(document.querySelector('.review-report tr')!).breakInside,
      plan: getComputedStyle(document.querySelector('.review-report #aar-improvements')!).breakBefore,
      title: document.querySelector('.review-report h3')?.textContent,
    }));
    expect(layout).toEqual({ thead: 'table-header-group', row: 'avoid', plan: 'page', title: `After-action report: ${TITLE}` });
    const pdf = await page.pdf({ format: 'Letter' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });
});

describe('importing a file', () => {
  it('explains a malformed file and changes nothing', async () => {
    const { context, page } = await newPage();
    await open(page);
    await type(page, 'review-title', 'Work in progress');
    const before = await formState(page);
    await page.locator('#review-import').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion": 1,') });
    await expect.poll(() => page.locator('.notice').textContent()).toContain('broken.json could not be imported. Nothing in the form has changed.');
    expect(await page.locator('.notice').textContent()).toContain('not valid JSON');
    expect(await formState(page)).toEqual(before);

    const wrong = JSON.stringify({ ...EXPECTED_REVIEW, title: 5, startedOn: '2025-02-30', colour: 'red' });
    await page.locator('#review-import').setInputFiles({ name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from(wrong) });
    await expect.poll(() => page.locator('.notice li').allTextContents()).toEqual([
      'Title: Write this answer as text.',
      'Start date: Enter a real date as year-month-day, for example 2025-03-14.',
      'The review file: Remove what a review does not contain: colour.',
    ]);
    expect(await formState(page)).toEqual(before);
    await context.close();
  });

  it('keeps hostile text inert: no injected element, no dialog', async () => {
    const { context, page, dialogs } = await newPage();
    await open(page);
    const hostile = {
      ...EXPECTED_REVIEW,
      title: HOSTILE,
      facilitator: `<script>alert(2)</script>`,
      participants: [{ name: HOSTILE, role: '<svg onload=alert(3)>', unit: '<a href="javascript:alert(4)">x</a>' }],
      detection: HOSTILE,
      lessons: [HOSTILE],
      improvements: [{ ...EXPECTED_REVIEW.improvements[0]!, action: HOSTILE, contact: '"><img src=x onerror=alert(5)>' }],
    };
    await page.locator('#review-import').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
    await expect.poll(() => page.locator('#review-title').inputValue()).toBe(HOSTILE);
    await expect.poll(() => page.locator('.review-report').textContent()).toContain(HOSTILE);
    const injected = await page.evaluate(() => ({
      img: document.querySelectorAll('img').length,
      svg: document.querySelectorAll('main svg').length,
      inlineScripts: document.querySelectorAll('.review-app script').length,
      javascriptLinks: document.querySelectorAll('a[href^="javascript"]').length,
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
    }));
    expect(injected).toEqual({ img: 0, svg: 0, inlineScripts: 0, javascriptLinks: 0, pwned: null });
    // The Markdown download keeps it as text too.
    const { bytes } = await download(page, 'Download the after-action report (Markdown)');
    expect(bytes.toString('utf8')).not.toMatch(/<img|<script|<svg/);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});

describe('saved answers', () => {
  it('explains corrupt saved data, keeps it, offers it for download, and starts over on request', async () => {
    const { context, page } = await newPage();
    await context.clock.setFixedTime(TODAY);
    await open(page);
    const raw = '{"savedAt": "2025-01-01", "value": {"title": 42';
    await page.evaluate((value) => localStorage.setItem('breachline:review', value), raw);
    await page.reload();
    const panel = page.locator('.recovery-panel');
    await panel.waitFor();
    expect(await panel.textContent()).toContain('Your saved review could not be opened');
    expect(await page.locator('.review-form').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('breachline:review'))).toBe(raw);
    expect(await axeViolations(page)).toEqual([]);

    const saved = await download(page, 'Download the saved data');
    expect(saved.download.suggestedFilename()).toBe('breachline-review-saved-data-2025-03-21.txt');
    expect(saved.bytes.toString('utf8')).toBe(raw);
    await press(page, 'Start over');
    await page.locator('.review-form').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('breachline:review'))).toBeNull();
    await context.close();
  });

  it('prefills the organization from the questionnaire, and ignores incomplete answers', async () => {
    const { context, page } = await newPage();
    await open(page);
    await page.evaluate(() =>
      localStorage.setItem('breachline:answers', JSON.stringify({ savedAt: '2025-01-01T00:00:00Z', value: { organization: { name: 'Lakeside Labs' } } })),
    );
    await page.reload();
    await page.locator('.review-app[data-ready="true"]').waitFor();
    expect(await page.locator('#review-organization').inputValue()).toBe('Lakeside Labs');

    await page.evaluate(() => localStorage.setItem('breachline:answers', JSON.stringify({ savedAt: 'x', value: { organization: 7 } })));
    await page.reload();
    await page.locator('.review-app[data-ready="true"]').waitFor();
    expect(await page.locator('#review-organization').inputValue()).toBe('');
    await context.close();
  });
});

describe('reviews saved before version 2 of the review format', () => {
  const fixture = (name: string) => readFile(new URL(`../fixtures/review/v1/${name}`, import.meta.url), 'utf8');

  it('opens a version 1 draft saved on this device and a version 1 file, and exports both', async () => {
    const { context, page } = await newPage();
    const v1File = await fixture('review.json');
    const migrated = parseReviewJson(v1File);
    if (!migrated.ok) throw new Error('the v1 fixture should open');
    await page.goto(`${site.server.origin}/review/`);
    await page.evaluate((saved) => localStorage.setItem('breachline:review', saved), await fixture('saved-draft.json'));
    await page.reload();
    await page.locator('.review-app[data-ready="true"]').waitFor();
    expect(await page.locator('#review-title').inputValue()).toBe('Ransomware tabletop, March');
    expect(await page.locator('#review-improvements-0-contact').inputValue()).toBe('Sam Lee');
    expect(await page.locator('#review-improvements-0-completeBy').inputValue()).toBe('2025-06-30');
    const fromDraft = await download(page, 'Download the review file (JSON)');
    expect(JSON.parse(fromDraft.bytes.toString('utf8'))).toEqual(migrated.review);

    await startOver(page);
    await page.locator('#review-import').setInputFiles({ name: 'old-review.json', mimeType: 'application/json', buffer: Buffer.from(v1File) });
    await expect.poll(() => page.locator('.notice').textContent()).toContain('Imported old-review.json');
    // Read without the isolate marks around typed text (U+2066 to U+2069): test/engine/review/user-text.test.ts checks those.
    const report = withoutIsolates((await download(page, 'Download the after-action report (Markdown)')).bytes.toString('utf8'));
    expect(report).toContain('| Reprint the lab downtime forms. |   | Lab manager |   | April 15, 2025 | Done |');
    await context.close();
  });
});
