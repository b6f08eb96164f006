import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exerciseCommand } from '../../src/cli/exercise-command.ts';
import type { CliIo } from '../../src/cli/answers-file.ts';
import { escapeHtml } from '../../src/components/exercises/render/html.ts';
import { PARTICIPANT_PACK, WHOLE_PACK } from '../../src/components/exercises/pack.ts';
import { chooseVersion, pointerFor } from '../../src/components/exercises/version-choice.ts';
import { assertBuilt, DIST } from '../support/site.ts';
import { blankText, elements, scenarios, textOf, versions } from '../support/exercises.ts';

assertBuilt();
const root = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = 'test/fixtures/answers';
const answerFiles = readdirSync(FIXTURES).filter((f) => f.endsWith('.json') && f !== 'invalid.json' && f !== 'hostile.json');

function fakeIo(extra: Record<string, string> = {}) {
  const err: string[] = [];
  const out: string[] = [];
  const written = new Map<string, string>();
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    writeFile: async (path, data) => void written.set(path, String(data)),
    readFile: async (path) => (path in extra ? extra[path]! : readFileSync(path, 'utf8')),
  };
  return { io, stderr: () => err.join(''), stdout: () => out.join(''), written };
}

async function pack(args: string[], extra: Record<string, string> = {}): Promise<{ code: number; html: string; stderr: string }> {
  const fake = fakeIo(extra);
  const code = await exerciseCommand([...args, '--out', 'pack.html'], fake.io);
  return { code, html: fake.written.get('pack.html') ?? '', stderr: fake.stderr() };
}

/** The pack's content on a page, from its cover to the end of main. */
const packContent = (html: string): string => {
  const start = html.indexOf('<section class="pack-cover">');
  expect(start).toBeGreaterThan(0);
  return html.slice(start, html.indexOf('</main>', start));
};

const SITE = 'https://breachline.test/base/';
/** The CLI's links made absolute to SITE, put back as the site's root-relative ones. */
const siteRelative = (html: string): string => html.replaceAll(`href="${SITE}`, 'href="/');
const hrefs = (html: string): string[] => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);

describe('breachline exercise', () => {
  describe.each(versions.map((v) => [v.slug, v] as const))('%s', (slug, version) => {
    it('writes the same pack as the site without answers, deadlines panel included: the whole pack and the participant version', async () => {
      for (const [page, flag] of [[WHOLE_PACK.slug, []], [PARTICIPANT_PACK.slug, ['--participant']]] as const) {
        const { code, html, stderr } = await pack([slug, ...flag, '--site-url', SITE]);
        expect(code, stderr).toBe(0);
        const site = readFileSync(`${DIST}/exercises/${slug}/${page}/index.html`, 'utf8');
        expect(packContent(siteRelative(html))).toBe(packContent(site));
      }
    });
  });

  describe.each(scenarios.map(([id]) => [id, versions.find((v) => v.slug === id)!] as const))('%s, for each fixture', (slug, version) => {
    it.each(answerFiles)('writes the version for the organization’s type, tailored to %s', async (file) => {
      const answers = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));
      const { code, html, stderr } = await pack([slug, join(FIXTURES, file)]);
      expect(code, stderr).toBe(0);
      expect(html).toMatch(/^<!doctype html>/);
      expect(html).toContain(`<span data-tailor="organization" class="tailored"><bdi>${escapeHtml(answers.organization.name)}</bdi></span>`);
      const type = answers.organization.type;
      const pointer = pointerFor(version.useInstead, type);
      if (pointer) {
        // No version of the scenario is written for this type: the page says where to go instead, and nothing of the scenario.
        expect(textOf(html)).toContain(`npx breachline exercise ${pointer.use} answers.json`);
        expect(html).not.toMatch(/class="(inject-card|deadlines|pack-part)/);
        for (const module of version.modules) expect(textOf(html)).not.toContain(blankText(module.situation).slice(0, 60));
        return;
      }
      const chosen = versions.find((v) => v.slug === chooseVersion(version.family, answers.organization).slug)!;
      expect(textOf(html)).toContain(blankText(chosen.modules[0]!.situation).slice(0, 30));
      for (const person of answers.team ?? []) {
        if (chosen.participants.some((p) => p.role === person.role)) expect(html).toContain(`<bdi>${escapeHtml(person.name)}</bdi>`);
      }
      expect(html).not.toContain('Give this pack your answers');
      const [deadlines] = elements(html, 'section', 'deadlines');
      expect(textOf(deadlines!)).toMatch(/Counted from discovery \(day 0\)|do not yet say enough/);
    });
  });

  it('picks the small-clinic version for a clinic of under 50 people, and the scenario as written for a hospital', async () => {
    const clinic = JSON.parse(readFileSync(join(FIXTURES, 'clinic.json'), 'utf8'));
    const small = { ...clinic, organization: { ...clinic.organization, type: 'clinic', size: 'fewer-than-50' } };
    const hospital = { ...clinic, organization: { ...clinic.organization, type: 'hospital', size: '500-to-4999' } };
    const smallPack = await pack(['ransomware-ehr-downtime', 'small.json'], { 'small.json': JSON.stringify(small) });
    expect(smallPack.code, smallPack.stderr).toBe(0);
    expect(textOf(smallPack.html)).toContain('six physicians and nurse practitioners and about 40 staff');
    expect(textOf(smallPack.html)).not.toMatch(/imaging suite|CT/);
    const hospitalPack = await pack(['ransomware-ehr-downtime', 'hospital.json'], { 'hospital.json': JSON.stringify(hospital) });
    expect(hospitalPack.code, hospitalPack.stderr).toBe(0);
    expect(textOf(hospitalPack.html)).toContain('an imaging suite and a small laboratory');
    expect(hospitalPack.stderr).not.toMatch(/Note:/);
    const plan = { ...clinic, organization: { ...clinic.organization, type: 'health-plan' } };
    const planPack = await pack(['ransomware-ehr-downtime', 'plan.json'], { 'plan.json': JSON.stringify(plan) });
    expect(planPack.code, planPack.stderr).toBe(0);
    expect(textOf(planPack.html)).toContain('is a regional health plan');
    expect(planPack.stderr).not.toMatch(/Note:/);
  });

  it('prints a chosen version for another type with a note, and for a type no version fits only where to go instead', async () => {
    const clinic = JSON.parse(readFileSync(join(FIXTURES, 'clinic.json'), 'utf8'));
    const app = JSON.stringify({ ...clinic, organization: { ...clinic.organization, type: 'health-app' } });
    const pinned = await pack(['ransomware-ehr-downtime-laboratory', 'app.json'], { 'app.json': app });
    expect(pinned.code, pinned.stderr).toBe(0);
    expect(pinned.stderr).toMatch(/ransomware-ehr-downtime-laboratory is written for: Laboratory or imaging center\. No version of it is written for this organization's type \(health-app\)/);
    expect(textOf(pinned.html)).toContain('is an independent reference laboratory');

    const fax = await pack(['misdirected-fax', 'app.json', '--site-url', SITE], { 'app.json': app });
    expect(fax.code, fax.stderr).toBe(0);
    expect(fax.stderr).toMatch(/misdirected-fax is not written for this organization's type \(health-app\)/);
    const text = textOf(fax.html);
    expect(text).toContain('This scenario is not written for this kind of organization (Health app or personal health record vendor).');
    expect(text).toContain('A health app sends no records by fax');
    expect(text).toContain('npx breachline exercise ransomware-ehr-downtime-health-app answers.json --out pack.html');
    expect(hrefs(fax.html)).toEqual([`${SITE}exercises/ransomware-ehr-downtime-health-app/`]);
    const fax0 = versions.find((v) => v.slug === 'misdirected-fax')!;
    for (const inject of fax0.modules.flatMap((m) => m.injects)) expect(text).not.toContain(blankText(inject.happens).slice(0, 40));
  });

  it('links a saved pack to the site by its address when given one, and otherwise prints the page as text', async () => {
    const linked = await pack(['stolen-laptop', '--site-url', SITE]);
    expect(linked.code, linked.stderr).toBe(0);
    const links = hrefs(linked.html);
    expect(links.length).toBeGreaterThan(5);
    for (const href of links) expect(href.startsWith(SITE), href).toBe(true);
    expect(links).toContain(`${SITE}plan/`);

    const plain = await pack(['stolen-laptop']);
    expect(plain.code, plain.stderr).toBe(0);
    expect(hrefs(plain.html)).toEqual([]);
    expect(textOf(plain.html)).toContain('Build your plan (Breachline site, page /plan/)');
    expect(textOf(plain.html)).toContain('post-incident review (Breachline site, page /review/)');
  });

  it('refuses a site address that is not one', async () => {
    for (const bad of ['breachline.example', 'javascript:alert(1)']) {
      const { code, stderr } = await pack(['stolen-laptop', '--site-url', bad]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/--site-url needs the site's address/);
    }
  });

  it('picks the billing-company version of the phishing scenario for a business associate', async () => {
    const ba = JSON.parse(readFileSync(join(FIXTURES, 'billing-ba.json'), 'utf8'));
    const { type, ...untyped } = ba.organization;
    const { code, html, stderr } = await pack(['phishing-mailbox', 'untyped.json'], { 'untyped.json': JSON.stringify({ ...ba, organization: untyped }) });
    expect(code, stderr).toBe(0);
    // Without organization.type, the scenario as written, until the answers say what the organization is.
    expect(textOf(html)).not.toContain('does billing and collections for about 60 physician practices');
    const typed = { ...ba, organization: { ...ba.organization, type: 'business-associate' } };
    const typedPack = await pack(['phishing-mailbox', 'ba.json'], { 'ba.json': JSON.stringify(typed) });
    expect(typedPack.code, typedPack.stderr).toBe(0);
    expect(textOf(typedPack.html)).toContain('does billing and collections for about 60 physician practices');
    expect(elements(typedPack.html, 'section', 'role-checklist').map((c) => /<h3[^>]*>([^<]+)</.exec(c)?.[1])).not.toContain('Clinical lead');
  });

  it('keeps hostile answers as text', async () => {
    const hostile = JSON.parse(readFileSync(join(FIXTURES, 'hostile.json'), 'utf8'));
    const { code, html, stderr } = await pack(['ransomware-ehr-downtime', join(FIXTURES, 'hostile.json')]);
    if (code !== 0) {
      expect(html).toBe('');
      expect(stderr).not.toBe('');
      return;
    }
    expect(html).not.toMatch(/<img|<script|<b>|<[^>]*\sonerror=/i);
    expect(html).toContain(escapeHtml(hostile.organization.name.trim()));
  });

  it('refuses invalid answers with exit 1 and writes nothing', async () => {
    const { code, html, stderr } = await pack(['ransomware-ehr-downtime', join(FIXTURES, 'invalid.json')]);
    expect(code).toBe(1);
    expect(html).toBe('');
    expect(stderr).toMatch(/need fixing/);
  });

  it('exits 2 for an unknown scenario or option', async () => {
    expect((await pack(['no-such-scenario'])).code).toBe(2);
    expect((await pack(['ransomware-ehr-downtime-no-such-variant'])).code).toBe(2);
    expect((await pack(['ransomware-ehr-downtime', '--bogus'])).code).toBe(2);
  });

  it('runs as `breachline exercise` and writes the blank pack to stdout', () => {
    const child = spawnSync(join(root, 'node_modules/.bin/node'), ['src/bin/breachline.mjs', 'exercise', 'stolen-laptop', '--participant'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(child.status, child.stderr).toBe(0);
    const text = textOf(child.stdout);
    expect(text).toContain('participant version');
    const laptop = versions.find((v) => v.slug === 'stolen-laptop')!;
    for (const action of laptop.modules.flatMap((m) => m.expectedActions)) expect(text).not.toContain(blankText(action.action));
  });
});
