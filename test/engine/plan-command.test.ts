import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { planCommand, type PlanIo } from '../../src/cli/plan-command.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/answers/', import.meta.url));

function fakeIo(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string | Uint8Array>();
  const io: PlanIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    writeFile: async (path, data) => {
      written.set(path, data);
    },
    readFile: async (path) => {
      if (path in files) return files[path];
      if (path.startsWith('fixtures/')) return readFileSync(`${FIXTURES}${path.slice('fixtures/'.length)}`, 'utf8');
      throw Object.assign(new Error('not found'), { code: 'ENOENT' });
    },
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join(''), written };
}

describe('planCommand', () => {
  it('prints the plan as Markdown by default', async () => {
    const fake = fakeIo();
    expect(await planCommand(['fixtures/clinic-ransomware.json', '--today', '2025-03-10'], fake.io)).toBe(0);
    expect(fake.stdout()).toMatch(/^# Incident Response Plan: \u2068Gulf Coast Family Medicine\u2069\n/);
  });

  it('writes standalone HTML to --out', async () => {
    const fake = fakeIo();
    expect(await planCommand(['fixtures/billing-ba.json', '--format', 'html', '--out', 'plan.html', '--today', '2025-01-15'], fake.io)).toBe(0);
    const html = fake.written.get('plan.html');
    expect(typeof html).toBe('string');
    expect(String(html)).toMatch(/^<!doctype html>/);
    expect(fake.stdout()).toBe('');
    expect(fake.stderr()).toContain('Wrote plan.html');
  });

  it('writes a .docx with --out, and refuses docx without it', async () => {
    const fake = fakeIo();
    expect(await planCommand(['fixtures/clinic-ransomware.json', '--format', 'docx', '--out', 'plan.docx', '--today', '2025-03-10'], fake.io)).toBe(0);
    const bytes = fake.written.get('plan.docx');
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(strFromU8(unzipSync(bytes as Uint8Array)['word/document.xml'])).toContain('Maria Gonzalez');

    const refused = fakeIo();
    expect(await planCommand(['fixtures/clinic-ransomware.json', '--format', 'docx'], refused.io)).toBe(2);
    expect(refused.stderr()).toContain('--out');
  });

  it('prints the document model as JSON and the deadlines as a calendar', async () => {
    const json = fakeIo();
    expect(await planCommand(['fixtures/phr-vendor.json', '--format', 'json', '--today', '2025-01-15'], json.io)).toBe(0);
    expect(JSON.parse(json.stdout()).title).toBe('Incident Response Plan: \u2068PulseTrack Health App\u2069');

    const ics = fakeIo();
    expect(await planCommand(['fixtures/clinic-ransomware.json', '--format', 'ics', '--today', '2025-03-10'], ics.io)).toBe(0);
    const events = new ICAL.Component(ICAL.parse(ics.stdout())).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(0);
    expect(ics.stdout()).toContain('DTSTAMP:20250310T000000Z');
  });

  it('gives the same output for the same answers and --today', async () => {
    const [first, second] = [fakeIo(), fakeIo()];
    await planCommand(['fixtures/clinic-ransomware.json', '--format', 'html', '--today', '2025-03-10'], first.io);
    await planCommand(['fixtures/clinic-ransomware.json', '--format', 'html', '--today', '2025-03-10'], second.io);
    expect(first.stdout()).toBe(second.stdout());
  });

  it('refuses a calendar for answers with no incident (exit 2)', async () => {
    const fake = fakeIo();
    expect(await planCommand(['fixtures/billing-ba.json', '--format', 'ics'], fake.io)).toBe(2);
    expect(fake.stderr()).toContain('no incident');
  });

  it('reports invalid answers field by field (exit 1)', async () => {
    const fake = fakeIo({ 'bad.json': JSON.stringify({ schemaVersion: 1, organization: { name: '' }, team: [], systems: {} }) });
    expect(await planCommand(['bad.json'], fake.io)).toBe(1);
    expect(fake.stderr()).toContain('The answers in bad.json need fixing');
    expect(fake.stderr()).toContain('organization.name');
  });

  it('reports a file that is not JSON (exit 1)', async () => {
    const fake = fakeIo({ 'broken.json': '{ not json' });
    expect(await planCommand(['broken.json'], fake.io)).toBe(1);
    expect(fake.stderr()).toContain('not valid JSON');
  });

  it('treats usage mistakes and unreadable files as usage errors (exit 2)', async () => {
    const cases: string[][] = [
      [],
      ['a.json', 'b.json'],
      ['fixtures/clinic-ransomware.json', '--format', 'pdf'],
      ['fixtures/clinic-ransomware.json', '--out'],
      ['fixtures/clinic-ransomware.json', '--today', '2025-13-01'],
      ['fixtures/clinic-ransomware.json', '--verbose'],
      ['missing.json'],
    ];
    for (const args of cases) {
      const fake = fakeIo();
      expect(await planCommand(args, fake.io), args.join(' ')).toBe(2);
      expect(fake.stderr(), args.join(' ')).not.toBe('');
    }
  });

  it('reports a file it cannot write (exit 2)', async () => {
    const fake = fakeIo();
    fake.io.writeFile = async () => {
      throw Object.assign(new Error('denied'), { code: 'EACCES' });
    };
    expect(await planCommand(['fixtures/clinic-ransomware.json', '--out', '/root/plan.md'], fake.io)).toBe(2);
    expect(fake.stderr()).toContain('EACCES');
  });
});
