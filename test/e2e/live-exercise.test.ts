/**
 * A live tabletop session on the built site: the facilitator's window and the projector's window in one browser,
 * injects released on a timer (the page's clock, moved by the test) and by hand, a decision logged, both windows
 * reloaded mid-way, and the session ended into the review form and its after-action report.
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveBuiltSite } from '../support/built-site.ts';
import { watchForeignRequests } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { assertBuilt } from '../support/site.ts';
import { exerciseSchema } from '../../src/schemas/exercise.ts';
import { numberedInjects } from '../../src/components/exercises/pack.ts';
import { readLogJson } from '../../src/engine/log/log-file.ts';

assertBuilt();
const site = serveBuiltSite();
const SCENARIO = 'ransomware-ehr-downtime';
const exercise = exerciseSchema.parse(yaml.load(readFileSync(`content/exercises/${SCENARIO}.yaml`, 'utf8')));
const [first, second] = numberedInjects(exercise);
const RUN = `/exercises/${SCENARIO}/run/`;
const START = new Date(2026, 10, 27, 9, 0).getTime();

/** Presses a button by keyboard: focus, then Enter. */
async function press(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).focus();
  await page.keyboard.press('Enter');
}

async function type(page: Page, id: string, text: string): Promise<void> {
  await page.locator(`#${id}`).focus();
  await page.keyboard.insertText(text);
}

const onScreen = (projector: Page) => projector.locator('.projector-inject h1').textContent();

describe('running a tabletop live', () => {
  it('keeps the projector in step, releases injects on the timer and by hand, survives reloads and ends in the review', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
    const foreign = watchForeignRequests(context, site.server.origin);
    const facilitator = await context.newPage();
    await facilitator.clock.install({ time: START });
    await facilitator.goto(`${site.server.origin}${RUN}`);
    await facilitator.getByRole('heading', { level: 1, name: `Run live: ${exercise.title}` }).waitFor();
    const projector = await context.newPage();
    await projector.goto(`${site.server.origin}${RUN}?view=projector`);
    await expect.poll(() => onScreen(projector)).toBe('The exercise will begin shortly.');

    await press(facilitator, 'Start the session');
    await type(facilitator, 'live-timer', '10');
    await press(facilitator, 'Set the timer');
    await expect.poll(() => facilitator.locator('#live-timer-hint').textContent()).toContain('On: every 10 minutes.');
    await facilitator.clock.runFor(9 * 60_000);
    expect(await onScreen(projector)).toBe('The exercise will begin shortly.');
    await facilitator.clock.runFor(60_000);
    await expect.poll(() => onScreen(projector)).toBe(first!.title);
    // The page's clock still runs at its own pace between the test's jumps: ten minutes and some seconds.
    await expect.poll(() => facilitator.locator('.live-clocks').textContent()).toMatch(/Exercise time 10:\d\d/);

    await press(facilitator, 'Release the next inject');
    await expect.poll(() => onScreen(projector)).toBe(second!.title);
    await type(facilitator, 'live-decision-what', 'Take the EHR offline and start downtime procedures');
    await type(facilitator, 'live-decision-owner', 'Security officer');
    await press(facilitator, 'Log the decision');
    await expect.poll(() => facilitator.locator('.live-log li').count()).toBe(1);
    // The log downloads as a file whose chain checks out in Node.
    const [logFile] = await Promise.all([facilitator.waitForEvent('download'), press(facilitator, 'Download the log (JSON)')]);
    const log = readLogJson(await readFile((await logFile.path())!, 'utf8'));
    expect(log.ok && log.entries.map((entry) => [entry.kind, entry.what])).toEqual([
      ['inject-released', `Released inject 1: ${first!.title}`],
      ['inject-released', `Released inject 2: ${second!.title}`],
      ['decision', 'Take the EHR offline and start downtime procedures'],
    ]);
    expect(await facilitator.locator('.live-hash code').textContent()).toBe(log.ok ? log.latestHash : '');
    await type(facilitator, 'live-objective-1', 'Escalation took 20 minutes.');
    await type(facilitator, 'live-facilitator', 'Dana Whitfield');
    await type(facilitator, 'live-participants', 'Alex Kim, Incident commander');

    expect(await axeViolations(facilitator), 'facilitator').toEqual([]);
    for (const colorScheme of ['light', 'dark'] as const) {
      await projector.emulateMedia({ colorScheme });
      expect(await axeViolations(projector), `projector, ${colorScheme}`).toEqual([]);
    }

    // Both windows reloaded mid-way find the session where it was.
    await facilitator.reload();
    await projector.reload();
    await expect.poll(() => facilitator.locator('.live-log li').textContent()).toContain('Take the EHR offline');
    expect(await facilitator.locator('#live-objective-1').inputValue()).toBe('Escalation took 20 minutes.');
    await expect.poll(() => onScreen(projector)).toBe(second!.title);

    await press(facilitator, 'End the session');
    await press(facilitator, 'End the session and open the review form');
    await facilitator.waitForURL(`${site.server.origin}/review/`);
    await facilitator.locator('.review-app[data-ready="true"]').waitFor();
    expect(await facilitator.locator('#review-title').inputValue()).toBe(`${exercise.title} (live tabletop exercise)`);
    expect(await facilitator.locator('#review-facilitator').inputValue()).toBe('Dana Whitfield');
    await expect.poll(() => onScreen(projector)).toBe('The exercise has ended. Thank you.');

    const [file] = await Promise.all([
      facilitator.waitForEvent('download'),
      press(facilitator, 'Download the after-action report (Markdown)'),
    ]);
    const report = await readFile((await file.path())!, 'utf8');
    expect(report).toContain(`Released inject 1, ${first!.title}.`);
    expect(report).toContain('Take the EHR offline and start downtime procedures. Owner: Security officer.');
    expect(report).toContain('Escalation took 20 minutes.');
    expect(report).toContain(exercise.objectives[0]!.text);
    expect(report).toContain('Alex Kim');
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('asks before it replaces a review in progress', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/review/`);
    await page.locator('.review-app[data-ready="true"]').waitFor();
    await type(page, 'review-title', 'March tabletop');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('breachline:review') ?? '')).toContain('March tabletop');
    await page.goto(`${site.server.origin}${RUN}`);
    await press(page, 'Start the session');
    await press(page, 'End the session');
    await press(page, 'End the session and open the review form');
    await page.getByRole('alertdialog', { name: 'Replace the review in progress?' }).waitFor();
    await press(page, 'Keep the review in progress');
    expect(await page.evaluate(() => localStorage.getItem('breachline:review') ?? '')).toContain('March tabletop');
    expect(page.url()).toContain(RUN);
    await context.close();
  });
});
