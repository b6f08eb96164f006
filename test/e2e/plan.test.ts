import { serveBuiltSite } from '../support/built-site.ts';
/** The plan builder on the built site (/plan/): the questionnaire by keyboard, saving, files, the plan and print. */
import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import { watchForeignRequests } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { parseAnswers, parseAnswersJson, timelineFor } from '../../src/engine/index.ts';
import { calendarEvents } from '../../src/engine/export/ics.ts';

const FIXTURES = 'test/fixtures/answers';
const KEY = 'breachline:answers';
const clinic = JSON.parse(readFileSync(`${FIXTURES}/clinic.json`, 'utf8'));
/** The clinic with an answer to every version 2 question the questionnaire asks, so each step shows its new fields filled in. */
const clinicV2 = {
  ...clinic,
  organization: {
    ...clinic.organization,
    type: 'clinic',
    holdsDataFor: 'both',
    clients: [{ name: 'Hillview Hospital', noticeWithinDays: 10 }],
    entityTypes: ['licensed-health-facility'],
    outOfBandChannel: 'Phone bridge +1 555 010 0100',
  },
  team: clinic.team.map((contact: { role: string }) => (contact.role === 'incident-commander' ? { ...contact, deputy: { name: 'Alex Park', phone: '+1 (555) 010-0144' } } : contact)),
  systems: { ...clinic.systems, critical: [{ name: 'Example EHR', rtoHours: 4, rpoHours: 1 }, { name: 'Phones', rtoHours: 2 }] },
  plans: { businessContinuity: 'Continuity plan 2024' },
  governance: { planVersion: '1.0', approverName: 'Pat Kim', approverTitle: 'Chief Executive', distribution: 'Leadership team' },
  incident: { ...clinic.incident, lawEnforcementDelay: { kind: 'written', statedOn: '2024-02-12', endsOn: '2024-03-01', agency: 'Texas Rangers', jurisdiction: 'TX' } },
};

const site = serveBuiltSite();

interface Session {
  context: BrowserContext;
  page: Page;
  dialogs: string[];
  errors: string[];
  /** Every request to another origin. */
  foreign: string[];
}

/** The sessions the running test opened. After it, they are closed, and the test fails if one left the origin. */
const sessions: Session[] = [];
afterEach(async () => {
  const opened = sessions.splice(0);
  for (const session of opened) await session.context.close();
  expect(opened.flatMap((session) => session.foreign)).toEqual([]);
});

async function newSession(options: { colorScheme?: 'light' | 'dark'; width?: number; height?: number } = {}): Promise<Session> {
  const context = await site.browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    serviceWorkers: 'block',
    acceptDownloads: true,
  });
  const foreign = watchForeignRequests(context, site.server.origin);
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const session = { context, page, dialogs, errors, foreign };
  sessions.push(session);
  return session;
}

async function open(page: Page, hash = ''): Promise<void> {
  await page.goto(`${site.server.origin}/plan/${hash}`);
  await page.locator('.questionnaire[data-ready="true"]').waitFor();
}

/** Seeds the saved answers as the questionnaire saves them, before the page loads. */
async function seed(context: BrowserContext, value: unknown): Promise<void> {
  await context.addInitScript(
    ([key, raw]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, raw);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, typeof value === 'string' ? value : JSON.stringify({ savedAt: '2024-03-01T09:30:00.000Z', value })] as const,
  );
}

const activeMatches = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Presses Tab (or Shift+Tab) until the focused element matches: the only way this file moves focus by keyboard. */
async function tabTo(page: Page, selector: string, back = false): Promise<void> {
  for (let i = 0; i < 400; i += 1) {
    if (await activeMatches(page, selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Tabs to the step's Continue (or "Build the plan") button, presses Enter, and waits for the next step's heading to take focus. */
async function continueTo(page: Page, step: string): Promise<void> {
  await tabTo(page, '.step-actions button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.locator(`.questionnaire[data-step="${step}"]`).waitFor();
  await expect.poll(() => activeId(page)).toBe('step-heading');
}

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.type(text);
}

async function savedDraft(page: Page): Promise<unknown> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.value, KEY);
}

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  expect(await axeViolations(page), where).toEqual([]);
}

describe('the questionnaire by keyboard alone', () => {
  it('goes from the first step to the plan with Tab, Enter, Space and arrow keys, with no axe violation on any step', async () => {
    const { context, page, dialogs, errors } = await newSession();
    await open(page);
    expect(await page.locator('h1').allTextContents()).toEqual(['Build your incident response plan']);
    await expect.poll(() => page.title()).toBe('About your organization – Build your plan | Breachline');
    expect(await page.locator('.progress').textContent()).toBe('Step 1 of 7');
    await expectNoAxeViolations(page, 'organization');

    // Continue with nothing answered: the error summary takes focus and links to each field.
    await tabTo(page, '.step-actions button[type="submit"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeMatches(page, '.error-summary')).toBe(true);
    expect(await page.title()).toBe('Error: About your organization – Build your plan | Breachline');
    expect(await page.locator('.error-summary a').allTextContents()).toEqual([
      'What is the name of your organization? Answer this question: it is required.',
      'Which best describes your organization under HIPAA and related law? Answer this question: it is required.',
    ]);
    expect(await page.locator('#q-organization-name-error').textContent()).toContain('Answer this question: it is required.');
    expect(await page.locator('#q-organization-name').getAttribute('aria-describedby')).toContain('q-organization-name-error');
    await expectNoAxeViolations(page, 'organization with errors');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeId(page)).toBe('q-organization-name');

    await page.keyboard.type('Riverbend Billing Services');
    await tabTo(page, '#q-organization-type');
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowDown');
    expect(await page.locator('#q-organization-type-business-associate').isChecked()).toBe(true);
    await tabTo(page, '#q-organization-role');
    await page.keyboard.press('ArrowDown'); // health plan
    await page.keyboard.press('ArrowDown'); // clearinghouse
    await page.keyboard.press('ArrowDown'); // business associate
    expect(await page.locator('#q-organization-role-business-associate').isChecked()).toBe(true);
    await tabTo(page, '#q-organization-size');
    await page.keyboard.press('Space');
    // A business associate is asked whose data it holds, and for its clients: rows added and removed by keyboard.
    await continueTo(page, 'clients');
    expect(await page.locator('.progress').textContent()).toBe('Step 2 of 8');
    await tabTo(page, '#q-organization-holdsDataFor');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#q-organization-holdsDataFor-both').isChecked()).toBe(true);
    await tabTo(page, '#q-organization-clients-add');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeId(page)).toBe('q-organization-clients-0-name');
    await page.keyboard.type('Lakeside Family Clinic');
    await page.keyboard.press('Tab');
    await page.keyboard.type('10');
    await tabTo(page, '#q-organization-clients-add');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeId(page)).toBe('q-organization-clients-1-name');
    await page.keyboard.type('Hillview');
    await tabTo(page, 'fieldset.row:last-of-type .row-actions button');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Remove client 2 (Hillview)');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeId(page)).toBe('q-organization-clients-0-name');
    expect(await page.locator('fieldset.row').count()).toBe(1);
    await expectNoAxeViolations(page, 'clients');
    await continueTo(page, 'states');
    expect(await page.title()).toBe('Where do your patients or members live? – Build your plan | Breachline');
    expect(await page.locator('.progress').textContent()).toBe('Step 3 of 8');

    // The filter narrows the 56 boxes; the first box shown carries the field's id.
    await typeInto(page, '#q-organization-states-filter', 'tex');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.nextElementSibling?.textContent)).toBe('Texas');
    await page.keyboard.press('Space');
    await tabTo(page, '#q-organization-states-filter', true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('okla');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await page.locator('.state-count').textContent()).toBe('2 chosen: Oklahoma, Texas.');
    await expectNoAxeViolations(page, 'states');
    await continueTo(page, 'laws');

    for (const question of ['publiclyTraded', 'euDataSubjects', 'part2Program', 'insurer']) {
      await tabTo(page, `#q-organization-${question}`);
      await page.keyboard.press(question === 'euDataSubjects' ? 'Space' : 'ArrowRight');
    }
    // Yes to EU data asks one more question: controller or processor.
    await tabTo(page, '#q-organization-gdprRole');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#q-organization-gdprRole-processor').isChecked()).toBe(true);
    await tabTo(page, '#q-organization-entityTypes-none');
    await page.keyboard.press('Space');
    await expectNoAxeViolations(page, 'laws');
    await continueTo(page, 'team');

    await typeInto(page, '#q-team-incident-commander-name', 'Dana Ortiz');
    await typeInto(page, '#q-team-incident-commander-deputy-name', 'Alex Park');
    await typeInto(page, '#q-team-incident-commander-deputy-phone', '+1 (555) 010-0144');
    await typeInto(page, '#q-team-privacy-officer-name', 'Sam Lee');
    await typeInto(page, '#q-team-privacy-officer-email', 'not-an-email');
    await tabTo(page, '.step-actions button[type="submit"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeMatches(page, '.error-summary')).toBe(true);
    expect(await page.locator('.error-summary a').allTextContents()).toEqual([
      'Privacy officer: What is their email address? Enter an email address like name@example.org.',
    ]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeId(page)).toBe('q-team-privacy-officer-email');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('sam.lee@example.org');
    // An optional role opens with Enter on its summary.
    await tabTo(page, 'summary');
    while (!(await page.evaluate(() => document.activeElement?.textContent?.startsWith('Cyber insurer')))) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await typeInto(page, '#q-team-cyber-insurer-name', 'Acme Mutual Cyber');
    await typeInto(page, '#q-team-cyber-insurer-policyNumber', 'CY-2024-118');
    await typeInto(page, '#q-team-cyber-insurer-claimsHotline', '+1 (555) 010-0199');
    await typeInto(page, '#q-organization-outOfBandChannel', 'Phone bridge +1 555 010 0100');
    await expectNoAxeViolations(page, 'team');
    await continueTo(page, 'systems');

    await typeInto(page, '#q-systems-ehrName', 'Example EHR');
    // Critical systems in restore order: added, a typed number checked, and one moved up, all by keyboard.
    await tabTo(page, '#q-systems-critical-add');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeId(page)).toBe('q-systems-critical-0-name');
    await page.keyboard.type('Example EHR');
    await page.keyboard.press('Tab');
    await page.keyboard.type('4');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1');
    await tabTo(page, '#q-systems-critical-add');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeId(page)).toBe('q-systems-critical-1-name');
    await page.keyboard.type('Phones');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2.5');
    await tabTo(page, '.step-actions button[type="submit"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeMatches(page, '.error-summary')).toBe(true);
    expect(await page.locator('.error-summary a').allTextContents()).toEqual([
      'Within how many hours must it be working again (recovery time objective)? Enter the recovery time objective in whole hours, 0 or more.',
    ]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeId(page)).toBe('q-systems-critical-1-rtoHours');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2');
    await tabTo(page, '#q-systems-critical-1-up');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeId(page)).toBe('q-systems-critical-0-down');
    expect(await page.locator('#q-systems-critical-0-name').inputValue()).toBe('Phones');
    await expectNoAxeViolations(page, 'systems');
    await continueTo(page, 'governance');

    await typeInto(page, '#q-plans-businessContinuity', 'Continuity plan 2024');
    await typeInto(page, '#q-governance-planVersion', '1.0');
    await typeInto(page, '#q-governance-approverName', 'Pat Kim');
    await expectNoAxeViolations(page, 'governance');
    await continueTo(page, 'incident');
    await tabTo(page, '#q-has-incident');
    await page.keyboard.press('Space');
    await typeInto(page, '#q-incident-discoveredOn', '2024-02-10');
    expect(await page.locator('.progress').textContent()).toBe('Step 8 of 10');
    await expectNoAxeViolations(page, 'incident');
    await continueTo(page, 'affected');

    // Only the states chosen earlier are asked for, plus "add another".
    expect(await page.locator('.count-row label').allTextContents()).toEqual(['Oklahoma', 'Texas']);
    await typeInto(page, '#q-incident-affected-byJurisdiction-OK', '40');
    await typeInto(page, '#q-incident-affected-byJurisdiction-TX', '1,200');
    await tabTo(page, '#q-incident-affected-byJurisdiction-add');
    await page.keyboard.type('Nevada');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeId(page)).toBe('q-incident-affected-byJurisdiction-NV');
    await page.keyboard.type('2');
    await typeInto(page, '#q-incident-affected-EU', '3');
    await tabTo(page, '#q-incident-dataKinds');
    await page.keyboard.press('Space');
    await tabTo(page, '#q-incident-dataKinds-ssn');
    await page.keyboard.press('Space');
    await tabTo(page, '#q-incident-secured');
    await page.keyboard.press('ArrowRight');
    await tabTo(page, '#q-incident-euHighRisk');
    await page.keyboard.press('ArrowRight');
    await expectNoAxeViolations(page, 'affected');
    await continueTo(page, 'delays');
    await tabTo(page, '#q-incident-lawEnforcementDelay');
    await page.keyboard.press('ArrowDown');
    await typeInto(page, '#q-incident-lawEnforcementDelay-endsOn', '2024-03-01');
    await typeInto(page, '#q-incident-lawEnforcementDelay-agency', 'Texas Rangers');
    await tabTo(page, '#q-incident-lawEnforcementDelay-jurisdiction');
    await page.keyboard.type('Texas');
    expect(await page.locator('#q-incident-lawEnforcementDelay-jurisdiction').inputValue()).toBe('TX');
    await expectNoAxeViolations(page, 'delays');
    await continueTo(page, 'check');

    const answerFor = (question: string) => page.locator('.summary-row', { has: page.locator('dt', { hasText: question }) }).locator('dd').first().textContent();
    expect(await answerFor('What is the name of your organization?')).toBe('Riverbend Billing Services');
    expect(await answerFor('Security officer')).toBe('Not provided');
    expect(await answerFor('How many affected people live in each US state or territory?')).toBe('Nevada: 2Oklahoma: 40Texas: 1,200');
    expect(await answerFor('Which clients’ data do you hold?')).toBe('Lakeside Family Clinic: notice within 10 days');
    expect(await answerFor('Which systems are critical')).toBe('1. Phones (recovery time: 2 hours)2. Example EHR (recovery time: 4 hours; recovery point: 1 hour)');
    expect(await answerFor('Incident commander')).toBe('Dana OrtizDeputy: Alex ParkDeputy’s phone: +1 (555) 010-0144');
    expect(await answerFor('Who approves this plan?')).toBe('Pat Kim');
    expect(await page.locator('a[href="#step-systems"] .visually-hidden').first().textContent()).toBe(' your EHR system');
    await expectNoAxeViolations(page, 'check');

    // A Change link goes to the question, and Continue comes back to the summary.
    await tabTo(page, 'a[href="#step-systems"]');
    await page.keyboard.press('Enter');
    await page.locator('.questionnaire[data-step="systems"]').waitFor();
    await expect.poll(() => activeId(page)).toBe('step-heading');
    await tabTo(page, '#q-systems-ehrName');
    await page.keyboard.press('End');
    await page.keyboard.type(' v2');
    await continueTo(page, 'check');
    expect(await answerFor('Which electronic health record (EHR) system do you use?')).toBe('Example EHR v2');

    await continueTo(page, 'plan');
    await page.locator('.plan-document[aria-busy="false"]').waitFor();
    expect(await page.locator('.plan-document h3').first().textContent()).toBe('Incident Response Plan: Riverbend Billing Services');
    expect(await page.title()).toBe('Your incident response plan – Build your plan | Breachline');
    await expectNoAxeViolations(page, 'plan');

    expect(await savedDraft(page)).toMatchObject({ organization: { name: 'Riverbend Billing Services', states: ['OK', 'TX'], gdprRole: 'processor' } });
    // The answers file holds every version 2 answer given, counts as numbers.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download your answers (.json)' }).click()]);
    const exported = parseAnswersJson(await readFile((await download.path())!, 'utf8'));
    expect(exported.ok && exported.answers).toMatchObject({
      organization: {
        type: 'business-associate',
        holdsDataFor: 'both',
        clients: [{ name: 'Lakeside Family Clinic', noticeWithinDays: 10 }],
        entityTypes: [],
        outOfBandChannel: 'Phone bridge +1 555 010 0100',
      },
      team: expect.arrayContaining([{ role: 'incident-commander', name: 'Dana Ortiz', deputy: { name: 'Alex Park', phone: '+1 (555) 010-0144' } }]),
      systems: { critical: [{ name: 'Phones', rtoHours: 2 }, { name: 'Example EHR', rtoHours: 4, rpoHours: 1 }] },
      plans: { businessContinuity: 'Continuity plan 2024' },
      governance: { planVersion: '1.0', approverName: 'Pat Kim' },
      incident: { lawEnforcementDelay: { kind: 'written', endsOn: '2024-03-01', agency: 'Texas Rangers', jurisdiction: 'TX' } },
    });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the plan and timeline views', () => {
  // The light theme: the keyboard journey above runs axe on every step, errors shown and not.
  it('have no axe violations in the dark theme, on every step with the clinic answers and every version 2 field filled in', async () => {
    const colorScheme = 'dark';
    const { context, page } = await newSession({ colorScheme });
    await seed(context, clinicV2);
    for (const step of ['organization', 'clients', 'states', 'laws', 'team', 'systems', 'governance', 'incident', 'affected', 'delays', 'check', 'plan']) {
      // A query of its own makes each step a new document (a new hash alone would not load the page again).
      await page.goto(`${site.server.origin}/plan/?${step}#step-${step}`);
      await page.locator(`.questionnaire[data-ready="true"][data-step="${step}"]`).waitFor();
      if (step === 'plan') await page.locator('.timeline-table').waitFor();
      expect(await axeViolations(page), `${colorScheme} ${step}`).toEqual([]);
    }
    await context.close();
  });
  // The table, the lanes and the law-enforcement hold are markup: test/islands/questionnaire/timeline-view.test.ts.
});

describe('on a phone', () => {
  /** Where the step's heading (or the return visit's) starts, in CSS pixels from the top of the viewport. */
  const headingTop = async (page: Page) => (await page.locator('#step-heading').boundingBox())?.y ?? Number.NaN;

  it('shows the step heading on the first screen, first visit and return visit, with no layout shift; a link to a step opens at its heading', async () => {
    const { context, page, errors } = await newSession({ width: 390, height: 844 });
    // Every layout shift the page makes from its first paint, as Lighthouse counts them (none after user input).
    await context.addInitScript(() => {
      let total = 0;
      const add = (entries: PerformanceEntryList) => {
        for (const entry of entries as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) total += entry.value;
      };
      const shifts = new PerformanceObserver((list) => add(list.getEntries()));
      shifts.observe({ type: 'layout-shift', buffered: true });
      Object.assign(window, { layoutShift: () => (add(shifts.takeRecords()), total) });
    });
    // Two frames after the questionnaire is shown, so a shift it caused has been recorded.
    const layoutShift = () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) =>
            requestAnimationFrame(() => requestAnimationFrame(() => resolve((window as unknown as { layoutShift: () => number }).layoutShift()))),
          ),
      );
    let shift = 0;

    await open(page);
    expect(await headingTop(page)).toBeLessThan(600);
    shift += await layoutShift();
    // The intro is one line on a phone; the rest of it is a tap away.
    expect(await page.locator('.intro-more').evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
    await page.locator('.intro-more > summary').click();
    expect(await page.locator('.intro-more').textContent()).toContain('add a breach you are handling now if there is one');
    expect(await page.locator('.intro-more').textContent()).toContain('Nothing is sent anywhere.');
    await expectNoAxeViolations(page, 'organization on a phone');
    await page.locator('#q-organization-name').fill('Lakeside Family Clinic');
    await expect.poll(() => savedDraft(page)).toMatchObject({ organization: { name: 'Lakeside Family Clinic' } });

    // A return visit: the way back is on the first screen, and the browser's refusal to keep the answers, said after
    // the page is shown, moves nothing above it.
    await page.goto(`${site.server.origin}/plan/`);
    await page.locator('.questionnaire[data-step="return"]').waitFor();
    await page.locator('.answers-files #save-warning').waitFor();
    expect(await headingTop(page)).toBeLessThan(600);
    shift += await layoutShift();
    expect(shift).toBe(0);

    // A link to a step opens with that step's heading at the top, focused, on a phone and on a wide screen.
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 844 });
      await page.goto(`${site.server.origin}/plan/?${width}#step-governance`);
      await page.locator('.questionnaire[data-ready="true"][data-step="governance"]').waitFor();
      await expect.poll(() => headingTop(page)).toBeGreaterThanOrEqual(0);
      expect(await headingTop(page), `${width} px wide`).toBeLessThanOrEqual(32);
      expect(await page.evaluate(() => scrollY), `${width} px wide`).toBeGreaterThan(0);
      expect(await activeId(page)).toBe('step-heading');
    }
    expect(errors).toEqual([]);
  });
});

describe('saving on this device', () => {
  it('restores the answers on reload and in a second tab, and says when they were saved', async () => {
    const { context, page } = await newSession();
    await open(page);
    await page.locator('#q-organization-name').focus();
    await page.keyboard.type('Lakeside Family Clinic');
    await expect.poll(() => page.locator('#save-status').textContent()).toMatch(/^Saved on this device at \d{2}:\d{2}\.$/);
    await expect.poll(() => savedDraft(page), { timeout: 5_000 }).toMatchObject({ organization: { name: 'Lakeside Family Clinic' } });
    expect(await page.locator('#save-status').getAttribute('role')).toBe('status');
    await page.reload();
    await page.locator('.questionnaire[data-ready="true"]').waitFor();
    expect(await page.locator('#q-organization-name').inputValue()).toBe('Lakeside Family Clinic');
    // A second tab is a return visit: no incident to continue, and a plain way back to the first question.
    const second = await context.newPage();
    await second.goto(`${site.server.origin}/plan/`);
    await second.locator('.questionnaire[data-step="return"]').waitFor();
    expect(await second.getByRole('link', { name: 'Continue the incident' }).count()).toBe(0);
    await tabTo(second, 'a[href="#step-organization"]');
    await second.keyboard.press('Enter');
    await second.locator('.questionnaire[data-step="organization"]').waitFor();
    expect(await second.locator('#q-organization-name').inputValue()).toBe('Lakeside Family Clinic');
    await context.close();
  });

  it('keeps the last character typed with no delay, asks the browser to keep the answers, and tells of a cut paste', async () => {
    const { page } = await newSession();
    await open(page);
    await page.locator('#q-organization-name').focus();
    // Reloaded at once after the last key, with no wait for the status: the last character must already be saved.
    await page.keyboard.type('Nursing');
    await page.reload();
    await page.locator('.questionnaire[data-ready="true"]').waitFor();
    expect(await page.locator('#q-organization-name').inputValue()).toBe('Nursing');
    // Headless Chromium does not promise to keep a site's storage: the page says so.
    await expect.poll(() => page.locator('#save-warning').textContent()).toContain('may delete it when the device runs short of space');

    // A paste longer than the field keeps: the browser cuts it to the limit, and the field says so.
    const name = page.locator('#q-organization-name');
    const limit = Number(await name.getAttribute('maxlength'));
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate((text) => navigator.clipboard.writeText(text), 'x'.repeat(20_000));
    await name.fill('');
    await name.focus();
    await page.keyboard.press('ControlOrMeta+V');
    await expect.poll(() => name.inputValue()).toHaveLength(limit);
    await expect.poll(() => page.locator('#q-organization-name-limit').textContent()).toContain(`only the first ${limit.toLocaleString('en-US')} characters were kept`);
    expect(await page.locator('#q-organization-name-limit').textContent()).toContain(`reached the limit of ${limit.toLocaleString('en-US')} characters`);
    expect(await name.getAttribute('aria-describedby')).toContain('q-organization-name-limit');
  });

  it('asks in the page before starting over, then empties the answers', async () => {
    const { context, page, dialogs } = await newSession();
    await seed(context, clinic);
    await open(page);
    // A return visit with an incident: the incident and the plan are offered in place of step 1.
    expect(await page.locator('.questionnaire').getAttribute('data-step')).toBe('return');
    expect(await page.locator('.progress').count()).toBe(0);
    await expect.poll(() => page.title()).toBe('Continue where you left off – Build your plan | Breachline');
    expect(await page.getByRole('link', { name: 'Continue the incident' }).getAttribute('href')).toBe('/incident/');
    await tabTo(page, 'a[href="#step-plan"]');
    await page.keyboard.press('Enter');
    await page.locator('.questionnaire[data-step="plan"]').waitFor();
    await page.goBack();
    await page.locator('.questionnaire[data-step="return"]').waitFor();
    await expect.poll(() => activeId(page)).toBe('step-heading');
    await tabTo(page, 'a[href="#step-organization"]');
    await page.keyboard.press('Enter');
    await page.locator('.questionnaire[data-step="organization"]').waitFor();
    expect(await page.locator('#q-organization-name').inputValue()).toBe('Lakeside Family Clinic');

    // The answers file carries the organization's name and the date.
    const today = await page.evaluate(() => {
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    });
    const [answersFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download your answers (.json)' }).click()]);
    expect(answersFile.suggestedFilename()).toBe(`lakeside-family-clinic-answers-${today}.json`);
    await expect.poll(() => page.locator('#questionnaire-notice').textContent()).toContain(`lakeside-family-clinic-answers-${today}.json`);

    await page.getByRole('button', { name: 'Start over' }).click();
    await expect.poll(() => activeId(page)).toBe('start-over-question');
    await page.getByRole('button', { name: 'No, keep them' }).click();
    expect(await page.locator('#q-organization-name').inputValue()).toBe('Lakeside Family Clinic');
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('button', { name: 'Yes, delete my answers' }).click();
    await expect.poll(() => page.locator('#q-organization-name').inputValue()).toBe('');
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it.each([
    ['not JSON', '{not json'],
    ['a foreign object', JSON.stringify({ theme: 'dark', favourites: [1, 2] })],
    ['a foreign value in the envelope', JSON.stringify({ savedAt: '2024-03-01T09:30:00.000Z', value: { hello: 'world' } })],
  ])('explains saved data that is %s, keeps it, and offers to download it or start over', async (_what, raw) => {
    const { context, page, errors } = await newSession();
    await seed(context, raw);
    await open(page);
    await expect.poll(() => activeId(page)).toBe('recovery-title');
    expect(await page.locator('#recovery-title').textContent()).toBe('Your saved answers could not be opened');
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(raw);
    expect(await axeViolations(page)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the saved data' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^breachline-saved-answers-\d{4}-\d{2}-\d{2}\.txt$/);
    expect(await readFile((await download.path())!, 'utf8')).toBe(raw);
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.locator('#q-organization-name').waitFor();
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('answers files', () => {
  async function importFile(page: Page, name: string, buffer: Buffer): Promise<void> {
    await page.locator('#answers-import').setInputFiles({ name, mimeType: 'application/json', buffer });
  }
  const noticeText = (page: Page) => page.locator('#questionnaire-notice').textContent();

  it('imports a good file and shows it on the check page', async () => {
    const { context, page } = await newSession();
    await open(page);
    await importFile(page, 'clinic.json', readFileSync(`${FIXTURES}/clinic.json`));
    await page.locator('.questionnaire[data-step="check"]').waitFor();
    expect(await noticeText(page)).toContain('Imported clinic.json.');
    expect(await page.locator('.summary-row dd').first().textContent()).toBe('Lakeside Family Clinic');
    await expect.poll(() => savedDraft(page)).toEqual(clinic);
    await context.close();
  });

  it('imports an earlier version, brings it up to date and says what it assumed', async () => {
    const { context, page } = await newSession();
    await open(page);
    const v0 = { organizationName: 'Old Clinic', role: 'covered-entity-provider', patientStates: ['TX'], contacts: [{ role: 'privacy-officer', name: 'Sam Lee' }, { role: 'incident-commander', name: 'Dana Ortiz' }] };
    await importFile(page, 'old.json', Buffer.from(JSON.stringify(v0)));
    await page.locator('.questionnaire[data-step="check"]').waitFor();
    expect(await noticeText(page)).toContain('earlier version of Breachline');
    expect(await page.locator('#questionnaire-notice li').count()).toBeGreaterThan(0);
    await context.close();
  });

  it.each([
    ['a file that is not JSON', 'broken.json', Buffer.from('{"schemaVersion": 1, "organization": '), /not valid JSON/],
    ['a file that is not answers', 'review.json', Buffer.from(JSON.stringify({ schemaVersion: 2, exercise: { title: 'Drill' } })), /not a Breachline answers file/],
  ])('lists the problems in %s and changes nothing', async (_what, name, buffer, problem) => {
    const { context, page } = await newSession();
    await seed(context, clinic);
    await open(page, '#step-organization');
    await importFile(page, name, buffer);
    await expect.poll(() => noticeText(page)).toContain(`${name} could not be imported, so nothing has changed.`);
    expect((await page.locator('#questionnaire-notice li').allTextContents()).join('\n')).toMatch(problem);
    expect(await page.locator('#q-organization-name').inputValue()).toBe('Lakeside Family Clinic');
    expect(await savedDraft(page)).toEqual(clinic);
    await context.close();
  });

  it('imports what is valid in a partly wrong file, listing each value left out with the reason, and an unfinished one, listing what is still to answer', async () => {
    const { context, page } = await newSession();
    await open(page);
    await importFile(page, 'invalid.json', readFileSync(`${FIXTURES}/invalid.json`));
    await page.locator('.questionnaire[data-step="check"]').waitFor();
    await expect.poll(() => noticeText(page)).toMatch(/Imported invalid\.json, except \d+ values that are not valid/);
    const [leftOut, stillToAnswer] = await page.locator('#questionnaire-notice ul').evaluateAll((lists) => lists.map((list) => [...list.children].map((item) => item.textContent)));
    expect(leftOut).toContain('In which states and territories do your patients or members live?: ZZ not imported. Use a two-letter US state or territory code, such as TX or PR.');
    expect(leftOut?.join('\n')).toContain('Which best describes your organization under HIPAA and related law?: hospital not imported. Choose one of: “HIPAA covered entity: health care provider”');
    // The file's empty name is no fault: it is asked again, not listed as left out.
    expect(leftOut?.join('\n')).not.toMatch(/covered-entity-provider|What is the name of your organization/);
    expect(stillToAnswer).toContain('What is the name of your organization?');
    await expect.poll(() => savedDraft(page)).toMatchObject({ organization: { states: ['TX'] }, team: [{ role: 'privacy-officer', name: 'Sam Lee' }] });

    // A name with a right-to-left override and Arabic letters stays in its own <bdi>: the sentence around it keeps its order.
    const hostileName = 'إجابات\u202Enosj.json';
    await importFile(page, hostileName, Buffer.from(JSON.stringify({ schemaVersion: 1, organization: { name: 'Lakeside' } })));
    await expect.poll(() => noticeText(page)).toContain('Some questions are still unanswered');
    expect(await page.locator('#questionnaire-notice p').first().innerHTML()).toBe(
      `Imported <bdi>${hostileName}</bdi>. Some questions are still unanswered: answer them to finish your plan.`,
    );
    const toAnswer = await page.locator('#questionnaire-notice li').allTextContents();
    expect(toAnswer).toContain('Which best describes your organization under HIPAA and related law?');
    expect(toAnswer.join('\n')).not.toMatch(/organization\.|team\.\d/);
    await expect.poll(() => savedDraft(page)).toEqual({ schemaVersion: 2, organization: { name: 'Lakeside' }, team: [], systems: {} });
    await context.close();
  });

  it('imports a hostile file as inert text: no injected element, no dialog', async () => {
    const { context, page, dialogs } = await newSession();
    await open(page);
    await importFile(page, 'hostile.json', readFileSync(`${FIXTURES}/hostile.json`));
    await page.locator('.questionnaire[data-step="check"]').waitFor();
    expect(await page.locator('.summary-row dd').first().textContent()).toContain('<img src=x onerror=alert(1)>');
    await page.getByRole('button', { name: 'Build the plan' }).click();
    await page.locator('.plan-document[aria-busy="false"]').waitFor();
    const injected = await page.evaluate(() => ({
      images: document.querySelectorAll('main img').length,
      scripts: document.querySelectorAll('.questionnaire script').length,
      alerts: [...document.scripts].filter((script) => script.textContent?.includes('alert(')).length,
      bold: document.querySelectorAll('.plan-document b').length,
      javascriptLinks: [...document.querySelectorAll('a')].filter((a) => a.getAttribute('href')?.toLowerCase().includes('javascript')).length,
    }));
    expect(injected).toEqual({ images: 0, scripts: 0, alerts: 0, bold: 0, javascriptLinks: 0 });
    expect(await page.locator('.plan-document h3').first().textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(dialogs).toEqual([]);
    await context.close();
  });
});

describe('downloads', () => {
  it('gives the answers, Markdown, Word, calendar and web page files, and each one parses', async () => {
    const { context, page } = await newSession();
    await seed(context, clinic);
    await open(page, '#step-plan');
    await page.locator('.timeline-table').waitFor();
    const today = await page.evaluate(() => {
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    });
    await page.locator('.plan-document[aria-busy="false"]').waitFor();
    const sections = () => page.locator('.plan-document .document > section').count();
    const shown = await sections();
    const fetch = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
      return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
    };

    const json = await fetch('Download your answers (.json)');
    expect(json.name).toBe(`lakeside-family-clinic-answers-${today}.json`);
    const parsed = parseAnswersJson(json.bytes.toString('utf8'));
    expect(parsed.ok && parsed.answers).toEqual(clinic);

    const md = await fetch('Download as Markdown (.md)');
    expect(md.name).toBe(`lakeside-family-clinic-incident-response-plan-${today}.md`);
    expect(md.bytes.toString('utf8')).toContain('Lakeside Family Clinic');

    const docx = await fetch('Download for Word (.docx)');
    expect(docx.name).toBe(`lakeside-family-clinic-incident-response-plan-${today}.docx`);
    expect(strFromU8(unzipSync(new Uint8Array(docx.bytes))['word/document.xml']!)).toContain('Lakeside Family Clinic');

    const ics = await fetch('Download the deadlines for your calendar (.ics)');
    expect(ics.name).toBe(`lakeside-family-clinic-notification-deadlines-${today}.ics`);
    const calendar = new ICAL.Component(ICAL.parse(ics.bytes.toString('utf8')));
    const answers = parseAnswers(clinic);
    if (!answers.ok) throw new Error('clinic.json is invalid');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(calendarEvents(timelineFor(answers.answers, today)).length);
    expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(0);

    const html = await fetch('Download as a web page (.html)');
    expect(html.bytes.toString('utf8')).toMatch(/^<!doctype html>[\s\S]*Lakeside Family Clinic/);
    // Each download's notice re-renders the step: the preview, drawn outside Preact, keeps every section.
    expect(shown).toBeGreaterThan(5);
    expect(await sections()).toBe(shown);
    await context.close();
  });

  it('loads the Word exporter only when Word is asked for', async () => {
    const { context, page } = await newSession();
    await seed(context, clinic);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await open(page, '#step-plan');
    await page.locator('.timeline-table').waitFor();
    expect(scripts.filter((path) => /docx/.test(path))).toEqual([]);
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download for Word (.docx)' }).click()]);
    expect(scripts.filter((path) => /docx/.test(path)).length).toBeGreaterThan(0);
    await context.close();
  });
});

describe('with scripting off', () => {
  it('says what to use instead on /plan/ and /incident/, and no loading line waits forever', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    const page = await context.newPage();
    for (const [path, loading] of [
      ['/plan/', '.questionnaire-loading'],
      ['/incident/', '.incident-loading'],
    ] as const) {
      await page.goto(`${site.server.origin}${path}`);
      expect(await page.locator('.noscript-message').isVisible(), path).toBe(true);
      expect(await page.locator(loading).count(), path).toBe(1);
      expect(await page.locator(loading).isVisible(), path).toBe(false);
    }
    await context.close();
  });
});

describe('printing the plan', () => {
  it('shows only the plan when printed, and makes a PDF', async () => {
    const { context, page } = await newSession();
    await seed(context, clinic);
    // When the preview's first piece (cover and contents) is in and before any section follows it, print begins.
    await context.addInitScript(() => {
      const seen = new MutationObserver(() => {
        const preview = document.querySelector('.plan-document');
        if (!preview?.querySelector('h3')) return;
        seen.disconnect();
        const before = preview.querySelectorAll('section').length;
        dispatchEvent(new Event('beforeprint'));
        (window as unknown as { printedEarly: unknown }).printedEarly = {
          before,
          after: preview.querySelectorAll('.document > section').length,
          contents: preview.querySelectorAll('.toc a').length,
          busy: preview.getAttribute('aria-busy'),
        };
      });
      seen.observe(document, { childList: true, subtree: true });
    });
    await open(page, '#step-plan');
    await page.locator('.plan-document h3').first().waitFor();
    const printedEarly = await page.evaluate(() => (window as unknown as { printedEarly: { before: number; after: number; contents: number; busy: string } }).printedEarly);
    expect(printedEarly.before).toBe(0);
    expect(printedEarly.after).toBe(printedEarly.contents);
    expect(printedEarly.contents).toBeGreaterThan(5);
    expect(printedEarly.busy).toBe('false');
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.plan-intro', '.save-bar', '.step-heading', '.plan-files', '.timeline', '.answers-files', '.plan-preview-title', '.site-footer nav']) {
      const locator = page.locator(hidden);
      if ((await locator.count()) > 0) expect(await locator.first().isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('.plan-document').isVisible()).toBe(true);
    expect(await page.locator('.plan-document .toc').isVisible()).toBe(true);
    expect(await page.locator('.plan-document .cover').evaluate((el) => getComputedStyle(el).breakAfter)).toBe('page');
    const pdf = await page.pdf({ format: 'Letter' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });
});
