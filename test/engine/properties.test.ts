import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates } from '../../src/engine/dates/calendar.ts';
import { earliestInstantOn, parseInstant } from '../../src/engine/dates/instants.ts';
import { timelineFor } from '../../src/engine/index.ts';
import type { Due, Timeline } from '../../src/engine/timeline/types.ts';
import { US_JURISDICTION_CODES } from '../../src/engine/vocabulary.ts';
import { answersArbitrary, incidentArbitrary } from './support/arbitrary-answers.ts';
import { answersFor } from './worked-cases-support.ts';

const RUNS = { numRuns: 300 };

function notBefore(due: Due | null, discoveredOn: string): boolean {
  if (!due) return true;
  if (due.kind === 'date') return compareDates(due.date, discoveredOn) >= 0;
  return (parseInstant(due.utc)?.epochMs ?? 0) >= earliestInstantOn(discoveredOn).epochMs;
}

function recipients(timeline: Timeline): Set<string> {
  return new Set([
    ...timeline.obligations.map((o) => `${o.recipient}|${o.jurisdiction}|${o.forJurisdiction ?? ''}`),
    ...timeline.satisfiedByHipaa.map((r) => `satisfied|${r.ruleId}`),
  ]);
}

describe('computeTimeline properties', () => {
  it('returns no limit or target before the discovery date', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const discoveredOn = answers.incident!.discoveredOn;
        for (const obligation of timelineFor(answers).obligations) {
          expect(notBefore(obligation.limit, discoveredOn), `${obligation.id} limit`).toBe(true);
          expect(notBefore(obligation.target, discoveredOn), `${obligation.id} target`).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('returns a target no later than the limit', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        for (const o of timelineFor(answers).obligations) {
          if (o.limit?.kind === 'date' && o.target?.kind === 'date') expect(compareDates(o.target.date, o.limit.date)).toBeLessThanOrEqual(0);
        }
      }),
      RUNS,
    );
  });

  it('never removes a recipient when more residents are affected', () => {
    fc.assert(
      fc.property(
        incidentArbitrary,
        fc.constantFrom(...US_JURISDICTION_CODES),
        fc.integer({ min: 1, max: 5000 }),
        (incident, code, extra) => {
          const before = recipients(timelineFor(answersFor(incident)));
          const more = { ...incident, residents: { ...incident.residents, [code]: (incident.residents[code] ?? 0) + extra } };
          const after = recipients(timelineFor(answersFor(more)));
          for (const key of before) expect(after.has(key), `${key} lost after adding ${extra} in ${code}`).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('returns no HIPAA notice when the data was secured under the safe harbor', () => {
    fc.assert(
      fc.property(incidentArbitrary, (incident) => {
        const timeline = timelineFor(answersFor({ ...incident, secured: true }));
        expect(timeline.obligations.filter((o) => o.ruleId.startsWith('hipaa-')).map((o) => o.id)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('returns the same timeline for the same answers (deterministic)', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const first = JSON.stringify(timelineFor(answers));
        const second = JSON.stringify(timelineFor(structuredClone(answers)));
        expect(second).toBe(first);
      }),
      { numRuns: 100 },
    );
  });

  it('returns the same timelines under TZ=Pacific/Honolulu and TZ=Pacific/Kiritimati', () => {
    const answers = fc.sample(answersArbitrary, { seed: 20261123, numRuns: 60 });
    const dir = mkdtempSync(join(tmpdir(), 'breachline-tz-'));
    try {
      const file = join(dir, 'answers.json');
      writeFileSync(file, JSON.stringify(answers));
      const node = fileURLToPath(new URL('../../node_modules/.bin/node', import.meta.url));
      const script = fileURLToPath(new URL('./support/timelines-in-child.ts', import.meta.url));
      const run = (tz: string) => {
        const child = spawnSync(node, [script, file], { env: { ...process.env, TZ: tz }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
        expect(child.status, child.stderr).toBe(0);
        return JSON.parse(child.stdout) as { tz: string; offset: number; timelines: unknown[] };
      };
      const honolulu = run('Pacific/Honolulu');
      const kiritimati = run('Pacific/Kiritimati');
      // The children really ran in different zones: UTC-10 and UTC+14.
      expect([honolulu.offset, kiritimati.offset]).toEqual([600, -840]);
      expect(kiritimati.timelines).toEqual(honolulu.timelines);
      expect(honolulu.timelines).toEqual(JSON.parse(JSON.stringify(answers.map((a) => timelineFor(a)))));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
