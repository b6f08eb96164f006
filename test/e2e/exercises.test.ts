import { serveBuiltSite } from '../support/built-site.ts';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { assertBuilt } from '../support/site.ts';
import { exerciseSchema, type Exercise } from '../../src/schemas/exercise.ts';
import { PACK_PARTS, PARTICIPANT_PACK, WHOLE_PACK, numberedInjects } from '../../src/components/exercises/pack.ts';
import { exerciseCommand } from '../../src/cli/exercise-command.ts';
import { scenarioVersions } from '../../src/components/exercises/versions.ts';
import { tailorPack } from '../../src/islands/exercise-tailoring/tailor.ts';

assertBuilt();
const scenarios: [string, Exercise][] = readdirSync('content/exercises')
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => [f.replace(/\.ya?ml$/, ''), exerciseSchema.parse(yaml.load(readFileSync(`content/exercises/${f}`, 'utf8')))]);
const allVersions = scenarios.flatMap(([id, exercise]) => scenarioVersions(id, exercise).map((v) => [v.slug, v] as const));
const PARTS = [...PACK_PARTS.map((p) => p.slug), WHOLE_PACK.slug, PARTICIPANT_PACK.slug];
const clinic = JSON.parse(readFileSync('test/fixtures/answers/clinic.json', 'utf8'));
const HOSTILE = '<img src=x onerror=alert(1)>';
const hostile = {
  ...clinic,
  organization: { ...clinic.organization, name: HOSTILE },
  team: [{ role: 'incident-commander', name: HOSTILE }, { role: 'privacy-officer', name: '"quotes" & <b>bold</b>' }],
  systems: { ehrName: HOSTILE },
};

/** Printable area of each paper size in CSS pixels (96 per inch), inside the 18 mm by 16 mm margins of the print style. */
const PAPER = {
  Letter: { width: 8.5 * 96 - (2 * 16 * 96) / 25.4, height: 11 * 96 - (2 * 18 * 96) / 25.4 },
  A4: { width: (210 * 96) / 25.4 - (2 * 16 * 96) / 25.4, height: (297 * 96) / 25.4 - (2 * 18 * 96) / 25.4 },
} as const;

const pdfPages = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

const site = serveBuiltSite();


async function contextWith(answers?: unknown): Promise<BrowserContext> {
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  if (answers) {
    await context.addInitScript(
      (value) => localStorage.setItem('breachline:answers', JSON.stringify({ savedAt: '2026-11-01T09:00:00.000Z', value })),
      answers,
    );
  }
  return context;
}

/** Opens a pack page and waits until the tailoring island has run (or, without answers, had every chance to). */
async function openPack(page: Page, url: string, tailored: boolean): Promise<void> {
  await page.goto(`${site.server.origin}${url}`);
  if (tailored) await page.locator('.tailoring-note').waitFor();
  else await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
}

// What each part of a pack shows is read from the built HTML: test/site/exercise-pages.test.ts.

describe('printing', () => {
  // The page breaks are the print style's, the same for every version; a card too tall for a page is caught below.
  const asWritten = allVersions.filter(([, v]) => v.variant === null);
  it.each(asWritten)('prints the inject cards of %s one per page on Letter and A4', async (slug, exercise) => {
    const page = await site.browser.newPage();
    await openPack(page, `/exercises/${slug}/inject-cards/`, false);
    const injects = numberedInjects(exercise).length;
    expect(pdfPages(await page.pdf({ format: 'Letter' }))).toBe(injects);
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(injects);
    await page.close();
  });

  // Every part of one version, page by page; for every other version, its whole pack, which holds all its parts (the
  // participant version is some of them again, under another cover).
  const printChecks = allVersions.map(([slug], index) => [slug, index === 0 ? PARTS : [WHOLE_PACK.slug]] as const);
  // One print-sized page per paper size for every version, both sizes measured at once.
  const paperPages = new Map<string, Page>();
  beforeAll(async () => {
    for (const [format, paper] of Object.entries(PAPER)) {
      const context = await site.browser.newContext({ serviceWorkers: 'block', viewport: { width: Math.floor(paper.width), height: Math.floor(paper.height) } });
      const page = await context.newPage();
      await page.emulateMedia({ media: 'print' });
      paperPages.set(format, page);
    }
  });
  afterAll(async () => {
    for (const page of paperPages.values()) await page.context().close();
  });

  it.each(printChecks)('cuts nothing on paper in any part of %s', async (slug, parts) => {
    const measure = async ([format, paper]: [string, { height: number }]): Promise<string[]> => {
      const page = paperPages.get(format)!;
      const problems: string[] = [];
      for (const part of parts) {
        await page.goto(`${site.server.origin}/exercises/${slug}/${part}/`);
        const found = await page.evaluate((pageHeight) => {
          const out: string[] = [];
          const root = document.documentElement;
          const main = document.querySelector('main')!;
          if (root.scrollWidth > root.clientWidth) out.push(`page scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
          if (main.scrollWidth > main.clientWidth) out.push(`main is wider than the page (${main.scrollWidth} > ${main.clientWidth})`);
          for (const el of main.querySelectorAll<HTMLElement>('*')) {
            const box = el.getBoundingClientRect();
            if (box.width > 0 && box.right > root.clientWidth + 1) out.push(`${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(box.right)}px`);
          }
          for (const el of document.querySelectorAll<HTMLElement>('.inject-card, .role-checklist')) {
            const { height } = el.getBoundingClientRect();
            if (height > pageHeight) out.push(`${el.className} is ${Math.round(height)}px tall, over one page`);
          }
          return out;
        }, paper.height);
        problems.push(...found.map((p) => `${format} ${part}: ${p}`));
      }
      return problems;
    };
    const problems = (await Promise.all(Object.entries(PAPER).map(measure))).flat();
    expect(problems).toEqual([]);
  });

  it('hides the navigation and shows write-in lines on paper', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/exercises/${scenarios[0]![0]}/hot-wash/`);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      ['.site-header', '.pack-nav', '.site-footer .search-form'].map((s) => {
        const el = document.querySelector(s);
        return el ? getComputedStyle(el).display : 'none';
      }),
    );
    expect(shown).toEqual(['none', 'none', 'none']);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.write-line')!).borderBottomStyle)).toBe('solid');
    await page.close();
  });
});

describe('tailoring', () => {
  const [slug, ransomware] = scenarios.find(([s]) => s === 'ransomware-ehr-downtime')!;

  it('reads generically without saved answers, and never loads the engine', async () => {
    const context = await contextWith();
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    for (const part of ['facilitator-guide', 'role-checklists', 'sign-in-sheet', 'participant-handout']) {
      await openPack(page, `/exercises/${slug}/${part}/`, false);
      const text = (await page.locator('main').textContent()) ?? '';
      for (const name of ['Lakeside Family Clinic', 'Dana Ortiz', 'Sam Lee', 'Riley Chen', 'Example EHR']) expect(text).not.toContain(name);
      expect(await page.locator('.tailoring-note').count()).toBe(0);
      expect(await page.locator('.tailored').count()).toBe(0);
    }
    await openPack(page, `/exercises/${slug}/facilitator-guide/`, false);
    expect(await page.locator('[data-tailor-deadlines]').isHidden()).toBe(true);
    expect(await page.locator('[data-tailor-generic]').textContent()).toContain('notification requirements');
    expect(await page.locator('.deadlines').textContent()).not.toMatch(/Day \d+:/);
    expect(scripts.some((s) => /\/tailor\./.test(s))).toBe(false);
    await context.close();
  });

  it('uses the saved organization, its people, its EHR and its own deadlines as "day N"', async () => {
    const context = await contextWith(clinic);
    const page = await context.newPage();

    await openPack(page, `/exercises/${slug}/facilitator-guide/`, true);
    const guide = (await page.locator('main').textContent()) ?? '';
    expect(guide).toContain('Lakeside Family Clinic runs outpatient clinics');
    expect(guide).toContain('chart in Example EHR');
    expect(await page.locator('[data-tailor-generic]').count()).toBe(0);
    const deadlines = await page.locator('[data-tailor-deadlines] .deadline-list li').allTextContents();
    const expected = tailorPack(clinic, ransomware.incident)!.deadlines!;
    expect(expected.some((line) => line.day !== null)).toBe(true);
    expect(deadlines).toHaveLength(expected.length);
    for (const [i, line] of expected.entries()) {
      expect(deadlines[i]).toContain(line.day === null ? 'No fixed day' : `Day ${line.day}:`);
      expect(deadlines[i]).toContain(line.recipient);
    }
    expect(deadlines.join('\n')).toMatch(/Day \d+: .*Texas/);

    await openPack(page, `/exercises/${slug}/role-checklists/`, true);
    const heldBy = await page.locator('.role-checklist .held-by').allTextContents();
    expect(heldBy[0]).toContain('Dana Ortiz');
    expect(heldBy[1]).toContain('Sam Lee');
    expect(heldBy[3]).toContain('Riley Chen');

    await openPack(page, `/exercises/${slug}/sign-in-sheet/`, true);
    const rows = await page.locator('table.sign-in tbody tr').allTextContents();
    expect(rows.find((r) => r.startsWith('Incident commander'))).toContain('Dana Ortiz');
    expect(rows.find((r) => r.startsWith('Cyber insurer'))).toContain('Acme Mutual Cyber');
    expect(await page.locator('.pack-label').textContent()).toContain('Lakeside Family Clinic');
    await context.close();
  });

  it('uses what validates in an unfinished draft, and says why it cannot date the notices', async () => {
    const draft = { organization: { name: 'Harbor Street Pediatrics' }, team: [{ role: 'privacy-officer', name: 'Pat Quinn' }, { role: 'nobody', name: 'X' }] };
    const context = await contextWith(draft);
    const page = await context.newPage();
    await openPack(page, `/exercises/${slug}/facilitator-guide/`, true);
    expect(await page.locator('.tailoring-note').textContent()).toContain('Harbor Street Pediatrics');
    expect(await page.locator('table.participants').textContent()).toContain('Pat Quinn');
    expect(await page.locator('[data-tailor-deadlines]').textContent()).toContain('do not yet say enough');
    expect(await page.locator('[data-tailor-deadlines]').textContent()).not.toMatch(/Day \d+:/);
    expect(await page.locator('[data-tailor="ehr"]').first().textContent()).toBe('the EHR');
    await context.close();
  });

  it('shows the same pack as `breachline exercise` writes for the same answers, deadlines and isolated names included', async () => {
    // A right-to-left override and a stray isolate mark in the name, and two people in one role: each value sits in its
    // own <bdi> on both sides, without the mark that could end the isolate early.
    const answers = {
      ...clinic,
      organization: { ...clinic.organization, name: 'Lakeside \u202EFamily\u2069 Clinic' },
      team: [...clinic.team, { role: 'incident-commander', name: 'Jo \u202BKim', phone: '+1 (555) 010-0104' }],
    };
    const cli = await (async () => {
      let written = '';
      const code = await exerciseCommand([slug, 'answers.json', '--out', 'pack.html', '--site-url', 'https://breachline.test/'], {
        stdout: () => {},
        stderr: () => {},
        readFile: async (path) => (path === 'answers.json' ? JSON.stringify(answers) : readFileSync(path, 'utf8')),
        writeFile: async (_path, data) => void (written = String(data)),
      });
      expect(code).toBe(0);
      // Its links are absolute to the site's address; the site's are root-relative.
      return written.replaceAll('href="https://breachline.test/', 'href="/');
    })();
    const context = await contextWith(answers);
    const page = await context.newPage();
    await openPack(page, `/exercises/${slug}/whole-pack/`, true);
    // Both serialized by the browser, from the cover to the end of the pack, the deadlines panel the island fills included.
    // The CLI's page is opened in a page of its own: the site's Trusted Types policy refuses a DOMParser on the site.
    const content = () => {
      const children = [...document.querySelector('.exercise-pack')!.children];
      const from = children.findIndex((el) => el.classList.contains('pack-cover'));
      return children
        .slice(from)
        .map((el) => el.outerHTML)
        .join('');
    };
    const cliPage = await context.newPage();
    await cliPage.setContent(cli);
    const [site, written] = [await page.evaluate(content), await cliPage.evaluate(content)];
    expect(site.length).toBeGreaterThan(50_000);
    expect(site).toContain('<bdi>Dana Ortiz</bdi>, <bdi>Jo \u202BKim</bdi>');
    expect(await page.locator('.tailoring-note bdi').textContent()).toBe('Lakeside \u202EFamily Clinic');
    expect(site).toMatch(/<ul class="deadline-list"><li><strong>Day \d+:/);
    expect(site).toBe(written);
    await context.close();
  });

  it('offers the small-clinic version to a small clinic', async () => {
    const small = { ...clinic, organization: { ...clinic.organization, type: 'clinic', size: 'fewer-than-50' } };
    const context = await contextWith(small);
    const page = await context.newPage();
    await openPack(page, `/exercises/${slug}/participant-handout/`, true);
    await page.locator('.tailoring-note a', { hasText: 'Small clinic' }).click();
    await page.waitForURL(`**/exercises/${slug}-small-clinic/participant-handout/`);
    await page.locator('.tailoring-note').waitFor();
    expect(await page.locator('main').textContent()).toContain('about 40 staff');
    expect(await page.locator('.tailoring-note a', { hasText: 'Small clinic' }).count()).toBe(0);
    await context.close();
  });

  it('sends a health app from a scenario no version fits to the one to use instead', async () => {
    const app = { ...clinic, organization: { ...clinic.organization, type: 'health-app' } };
    const context = await contextWith(app);
    const page = await context.newPage();
    await openPack(page, '/exercises/misdirected-fax/', true);
    const note = page.locator('.tailoring-note');
    expect(await note.textContent()).toContain('This scenario is not written for your kind of organization: A health app sends no records by fax');
    expect(await note.locator('a', { hasText: "Ransomware encrypts a health app's servers" }).getAttribute('href')).toBe('/exercises/ransomware-ehr-downtime-health-app/');
    await context.close();
  });

  it('keeps a hostile name inert', async () => {
    const context = await contextWith(hostile);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    for (const part of ['facilitator-guide', 'role-checklists', 'sign-in-sheet']) {
      await openPack(page, `/exercises/${slug}/${part}/`, true);
      expect(await page.locator('main img, main b').count()).toBe(0);
      expect(await page.locator('main').textContent()).toContain(HOSTILE);
    }
    expect(await page.locator('.sign-in').textContent()).toContain('"quotes" & <b>bold</b>');
    // An injected image would fire its onerror (and its alert) by the time every image has loaded or failed.
    await page.waitForFunction(() => [...document.images].every((image) => image.complete));
    expect(await page.locator('img[src="x"], [onerror]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });
  it('wraps an unbroken 200-character name on screen and on paper, in the whole pack that holds every part', async () => {
    const long = 'N'.repeat(200);
    const context = await contextWith({ ...clinic, organization: { ...clinic.organization, name: long }, team: [{ role: 'incident-commander', name: long }], systems: { ehrName: long } });
    const page = await context.newPage();
    await openPack(page, `/exercises/${slug}/whole-pack/`, true);
    const overflow = () => page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.querySelector('main')!.scrollWidth) - document.documentElement.clientWidth);
    expect(await page.locator('main').textContent()).toContain(long);
    expect(await overflow(), 'screen').toBeLessThanOrEqual(0);
    await page.emulateMedia({ media: 'print' });
    expect(await overflow(), 'print').toBeLessThanOrEqual(0);
    await context.close();
  });

  // Requests to another origin, tailored or not: accessibility-templates.test.ts watches every pack template both ways.
});
