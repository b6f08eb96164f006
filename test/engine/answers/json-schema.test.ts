import { describe, expect, it } from 'vitest';
import { answersJsonSchema } from '../../../src/engine/answers/json-schema.ts';

describe('answersJsonSchema', () => {
  const schema = answersJsonSchema() as any;
  it('returns a JSON Schema object with the top-level sections', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(['schemaVersion', 'organization', 'team', 'systems', 'plans', 'governance', 'incident']);
    expect(schema.required).toEqual(['schemaVersion', 'organization', 'team', 'systems']);
  });
  it('returns every question as a description', () => {
    expect(schema.properties.incident.properties.discoveredOn.description).toMatch(/first known/);
    expect(schema.properties.organization.properties.role.enum).toContain('business-associate');
  });
  it('returns date patterns and text limits', () => {
    expect(schema.properties.incident.properties.discoveredOn.pattern).toBeDefined();
    expect(schema.properties.organization.properties.name.maxLength).toBe(200);
  });
  it('returns the same schema every time (JSON-serializable)', () => {
    expect(JSON.parse(JSON.stringify(answersJsonSchema()))).toEqual(schema);
  });
});
