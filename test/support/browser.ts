/** Headless Debian Chromium for the browser tests and the benchmark. Never downloads a browser. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { recordPolicyViolations } from './policy-violations.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** A browser whose pages' policy violations are recorded (test/support/policy-violations.ts). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return recordPolicyViolations(await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS }));
}

/** Every request a page makes that is not to `origin` (data: and blob: URLs stay in the browser). */
export function watchForeignRequests(target: Page | BrowserContext, origin: string): string[] {
  const foreign: string[] = [];
  target.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return foreign;
}
