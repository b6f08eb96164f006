/**
 * The live incident view on the built site (/incident/), one journey by keyboard: record the incident, see the
 * countdown, mark two notices sent, record a law-enforcement request and see the notices it holds, change the
 * determination date and see a deadline move, give a task of the plan an owner, export the log and check its chain in Node, the calendar file,
 * another tab loading it all from storage, offline reload, axe, closing the incident and opening it read-only with
 * its files, and no request to another origin. The clock is the test's.
 */
import { describe, expect, it } from 'vitest';
import type { Download, Locator, Page } from 'playwright-core';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { watchForeignRequests } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { serveBuiltSite } from '../support/built-site.ts';
import { GENESIS_HASH, verifyLog } from '../../src/engine/log/decision-log.ts';
import { readLogJson } from '../../src/engine/log/log-file.ts';

const site = serveBuiltSite();
// 10:00 in Chicago on Tuesday, March 10, 2026: "today" for the countdown.
const NOW = new Date('2026-03-10T15:00:00Z');

const card = (page: Page, id: string) => page.locator(`#obligation-${id.replace(/[^a-z0-9-]/gi, '-')}`);
const fact = (item: Locator, term: string) => item.locator(`dt:text-is("${term}") + dd`);

/** Waits (on the page's own updates, not a timer) until the fact shows the text, then gives its whole text. */
async function factShows(item: Locator, term: string, text: string): Promise<string | null> {
  await fact(item, term).filter({ hasText: text }).waitFor();
  return fact(item, term).textContent();
}

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
}

async function choose(page: Page, selector: string, optionText: string): Promise<void> {
  await page.locator(selector).focus();
  await page.keyboard.type(optionText);
}

async function download(page: Page, button: string | RegExp): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), (async () => {
    await page.getByRole('button', { name: button }).focus();
    await page.keyboard.press('Enter');
  })()]);
  return { name: (file as Download).suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

async function markSent(page: Page, id: string, method: string): Promise<void> {
  const item = card(page, id);
  await item.locator('summary').focus();
  await page.keyboard.press('Enter');
  const slug = id.replace(/[^a-z0-9-]/gi, '-');
  await choose(page, `#notice-${slug}-status`, 'Se');
  await typeInto(page, `#notice-${slug}-method`, method);
  await page.locator(`#notice-${slug}-method`).press('Enter');
  expect(await factShows(item, 'Status', 'Sent on March 10, 2026')).toContain('Sent on March 10, 2026');
}

describe('/incident/', () => {
  it('runs an incident by keyboard, keeps it across tabs, reloads offline, and leaves the origin never', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true, timezoneId: 'America/Chicago', viewport: { width: 390, height: 844 } });
    await context.clock.setFixedTime(NOW);
    const foreign = watchForeignRequests(context, site.server.origin);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.server.origin}/incident/`);

    // Record the incident.
    await typeInto(page, '#incident-organization', 'Lakeside Family Clinic');
    await choose(page, '#incident-role', 'HIPAA');
    await typeInto(page, '#incident-discovered', '2026-03-02');
    await choose(page, '#incident-state-0', 'Tex');
    await typeInto(page, '#incident-count-0', '1250');
    await page.getByRole('button', { name: 'Add another state' }).focus();
    await page.keyboard.press('Enter');
    await choose(page, '#incident-state-1', 'Flo');
    await typeInto(page, '#incident-count-1', '310');
    for (const kind of ['#incident-kinds', '#incident-kinds-ssn', '#incident-secured']) {
      await page.locator(kind).focus();
      await page.keyboard.press('Space');
    }
    await page.getByRole('button', { name: 'Record the incident' }).focus();
    await page.keyboard.press('Enter');

    // The countdown: HIPAA individuals, 60 days from March 2 = May 1 (target: 30 days, April 1), 52 days from March 10.
    const individuals = card(page, 'hipaa-individuals');
    expect(await factShows(individuals, 'Days left', '52 days left')).toBe('52 days left');
    expect(await fact(individuals, 'Legal limit').textContent()).toBe('May 1, 2026');
    expect(await fact(individuals, 'Planning target').textContent()).toBe('April 1, 2026');
    expect(await fact(individuals, 'Status').textContent()).toBe('Not started');
    // Texas AG: 30 days from determination, counted from discovery until a determination date is given: April 1.
    expect(await fact(card(page, 'tx-attorney-general'), 'Legal limit').textContent()).toBe('April 1, 2026');

    // Mark two notices sent.
    await markSent(page, 'hipaa-individuals', 'First-class mail');
    await markSent(page, 'fl-individuals', 'Email');
    expect(await fact(individuals, 'Days left').textContent()).toBe('Closed');

    // A written law-enforcement request until April 15 holds the media notice (45 CFR 164.412).
    await typeInto(page, '#delay-ends', '2026-04-15');
    await typeInto(page, '#delay-who', 'FBI Dallas field office');
    await page.locator('#delay-who').press('Enter');
    expect(await factShows(card(page, 'hipaa-media@TX'), 'Status', 'On hold for law enforcement until April 15, 2026')).toContain('On hold for law enforcement until April 15, 2026');

    // A determination date of March 6 moves the Texas AG's limit to April 5 (March 6 + 30); the moment of awareness
    // is recorded too, in the device's offset (Chicago, UTC-06:00 before March 8).
    await typeInto(page, '#clock-determinedOn', '2026-03-06');
    await typeInto(page, '#clock-determinedOn-evidence', 'Forensic report read by the privacy officer on March 6');
    await page.locator('#clock-awareAt').fill('2026-03-03T08:15');
    await typeInto(page, '#clock-awareAt-evidence', 'Security lead paged the privacy officer');
    await page.getByRole('button', { name: 'Save the dates and recompute the deadlines' }).focus();
    await page.keyboard.press('Enter');
    expect(await factShows(card(page, 'tx-attorney-general'), 'Legal limit', 'April 5, 2026')).toBe('April 5, 2026');
    expect(await page.locator('.log-entry').first().textContent()).toContain('Awareness date and time changed from not recorded to March 3, 2026, 08:15 (UTC-06:00)');

    // The calendar: a target and a limit event per dated notice, the sent ones cancelled, UIDs from the incident id.
    const ics = await download(page, 'Download the deadlines for your calendar (.ics)');
    expect(ics.name).toBe('lakeside-family-clinic-notification-deadlines-2026-03-10.ics');
    const events = new ICAL.Component(ICAL.parse(ics.text)).getAllSubcomponents('vevent');
    const byUid = (prefix: string) => events.find((event) => String(event.getFirstPropertyValue('uid')).startsWith(prefix));
    const limit = byUid('tx-attorney-general-incident-2026-03-02-');
    const target = byUid('tx-attorney-general-target-incident-2026-03-02-');
    expect(String(limit?.getFirstPropertyValue('dtstart'))).toBe('2026-04-05');
    expect(String(target?.getFirstPropertyValue('dtstart'))).toBe('2026-03-21'); // halfway: 15 days after March 6
    expect(limit?.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(byUid('hipaa-individuals-incident-')?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(limit?.getFirstPropertyValue('sequence')).toBe(1);

    // A task from the plan gets an owner and is done.
    const tasks = page.locator('.task-group').first();
    await tasks.locator('summary').focus();
    await page.keyboard.press('Enter');
    await tasks.locator('.task input').first().focus();
    await page.keyboard.insertText('Sam Ortiz');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Do');
    await tasks.locator('summary', { hasText: '(1 of' }).waitFor();

    // Another tab (a fresh load from this device's storage) finds everything, and adds to the log; this tab shows it.
    const other = await context.newPage();
    await other.goto(`${site.server.origin}/incident/`);
    expect(await factShows(card(other, 'tx-attorney-general'), 'Legal limit', 'April 5, 2026')).toBe('April 5, 2026');
    expect(await fact(card(other, 'fl-individuals'), 'Status').textContent()).toBe('Sent on March 10, 2026 by Email');
    expect(await fact(card(other, 'hipaa-media@TX'), 'Status').textContent()).toContain('On hold for law enforcement until April 15, 2026');
    expect(await other.locator('#clock-determinedOn-evidence').inputValue()).toBe('Forensic report read by the privacy officer on March 6');
    expect(await other.locator('#clock-awareAt').inputValue()).toBe('2026-03-03T08:15');
    expect(await other.locator('#clock-awareAt-evidence').inputValue()).toBe('Security lead paged the privacy officer');
    expect(await other.locator('.log-entry').count()).toBe(6);
    expect(await other.locator('.task input').first().inputValue()).toBe('Sam Ortiz');
    expect(await other.locator('.task select').first().inputValue()).toBe('done');
    await other.getByRole('button', { name: 'Engaged counsel' }).focus();
    await other.keyboard.press('Enter');
    await typeInto(other, '#log-who', 'Dana Reyes');
    await other.getByRole('button', { name: 'Add to the log' }).focus();
    await other.keyboard.press('Enter');
    await page.locator('.log-entry').nth(6).waitFor();
    expect(await page.locator('.log-entry').count()).toBe(7);
    await other.close();

    // The log, exported, checks out in Node: each hash recomputed here from the previous one and the entry.
    const logFile = await download(page, 'Download the decision log (.json)');
    expect(logFile.name).toBe('lakeside-family-clinic-decision-log-2026-03-10.json');
    const read = readLogJson(logFile.text);
    if (!read.ok) throw new Error(read.problem);
    expect(read.entries.map((entry) => entry.kind)).toEqual(['declared', 'notice-sent', 'notice-sent', 'law-enforcement', 'clock-date', 'clock-date', 'counsel']);
    expect(read.entries[0].prevHash).toBe(GENESIS_HASH);
    const { hash, ...first } = read.entries[0];
    const canonical = JSON.stringify(Object.fromEntries(Object.entries(first).sort(([a], [b]) => (a < b ? -1 : 1))));
    expect(createHash('sha256').update(`${GENESIS_HASH}\n${canonical}`).digest('hex')).toBe(hash);
    expect(await page.locator('#latest-hash').textContent()).toBe(read.latestHash);
    const tampered = structuredClone(read.entries);
    tampered[1].what = 'Nothing was sent';
    expect(verifyLog(tampered).ok).toBe(false);

    // A notice packet opens by keyboard: the law's content elements, then the draft.
    const packet = page.locator('.packet').filter({ hasText: 'Notice to the Texas Attorney General' });
    await packet.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await packet.locator('.plan-document').textContent()).toContain('Cover letter to the Texas Attorney General');

    expect(await axeViolations(page)).toEqual([]);

    // Offline, after this visit: the page and the incident come back.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    });
    await context.setOffline(true);
    await page.reload();
    expect(await factShows(card(page, 'hipaa-media@TX'), 'Status', 'On hold for law enforcement until April 15, 2026')).toContain('On hold for law enforcement until April 15, 2026');
    await context.setOffline(false);

    // Closed, the incident is kept read-only: where each notice stood, its log, and its files.
    await page.getByRole('button', { name: 'Close this incident' }).focus();
    await page.keyboard.press('Enter');
    const closed = page.locator('.closed-incident');
    await closed.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await factShows(closed.locator('#closed-0-obligation-fl-individuals'), 'Status', 'Sent on March 10, 2026 by Email')).toBe('Sent on March 10, 2026 by Email');
    expect(await closed.locator('.log-entry').count()).toBe(8);
    expect(await closed.locator('form, input, select, textarea').count()).toBe(0);
    const closedLog = await download(page, /^Download the decision log of .+ \(\.json\)$/);
    expect(closedLog.name).toBe('lakeside-family-clinic-decision-log-2026-03-10.json');
    const readClosed = readLogJson(closedLog.text);
    if (!readClosed.ok) throw new Error(readClosed.problem);
    expect(readClosed.entries.at(-1)?.kind).toBe('closed');
    expect(verifyLog(readClosed.entries).ok).toBe(true);
    expect((await download(page, /^Download the printable log of .+ \(\.html\)$/)).name).toBe('lakeside-family-clinic-decision-log-2026-03-10.html');
    const handover = await download(page, /^Download the whole incident of .+ \(\.json\)$/);
    expect(handover.name).toBe('lakeside-family-clinic-incident-2026-03-10.json');
    expect(JSON.parse(handover.text)).toMatchObject({ answers: { incident: { notices: { 'fl-individuals': { status: 'sent', method: 'Email' } } } }, latestHash: readClosed.latestHash });

    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});
