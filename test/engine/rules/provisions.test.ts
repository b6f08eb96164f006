import { describe, expect, it } from 'vitest';
import provisionData from '../../../content/rules/provisions.json' with { type: 'json' };
import { PROVISION_IDS, provisionFileSchema } from '../../../src/engine/rules/provision-schema.ts';
import { provisionById, SHIPPED_PROVISIONS } from '../../../src/engine/rules/provisions.ts';

describe('content/rules/provisions.json', () => {
  it('matches the provision schema, with every provision id once', () => {
    const parsed = provisionFileSchema.safeParse(provisionData);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('gives the 6-year HIPAA documentation retention of 45 CFR 164.530(j)(2), checked against the regulation', () => {
    const retention = provisionById(SHIPPED_PROVISIONS, 'hipaa-documentation-retention');
    expect(retention.retentionYears).toBe(6);
    expect(retention.citation).toContain('164.530(j)(2)');
    expect(retention.verification.against).toBe('regulation-text');
    expect(retention.verification.quote).toContain('six years');
  });

  it('lists the three exceptions of 164.402 and its four factors', () => {
    expect(provisionById(SHIPPED_PROVISIONS, 'hipaa-breach-exceptions').items).toHaveLength(3);
    expect(provisionById(SHIPPED_PROVISIONS, 'hipaa-breach-presumption').items).toHaveLength(4);
  });
});

describe('provisionById', () => {
  it('throws for an id the data does not hold', () => {
    expect(() => provisionById([], PROVISION_IDS[0])).toThrow(/no hipaa-documentation-retention/);
  });
});
