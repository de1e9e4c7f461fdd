import { RECORD_SCHEMAS, type RecordKind, UNITS } from '@rectify/schemas';
import { describe, expect, it } from 'vitest';
import { isClauseId } from './clauses';
import { OTHER_SERVICES } from './other-services';

/** What the test needs of a zod schema (the rules package does not depend on zod itself). */
interface Parser {
  safeParse(value: unknown): { success: boolean };
}

/** The zod schema of `record.field`, or the record itself. */
function fieldSchema(record: string, field: string | undefined): Parser | undefined {
  const schema = (
    RECORD_SCHEMAS as unknown as Record<string, (Parser & { shape: Record<string, Parser> }) | undefined>
  )[record];
  if (!schema) return undefined;
  return field === undefined ? schema : schema.shape[field];
}

describe('OTHER_SERVICES — honest references to what exists in @rectify/schemas', () => {
  it.each(OTHER_SERVICES.filter((s) => s.kind === 'schema').map((s) => [s.id, s] as const))(
    'schema %s exists',
    (_, service) => {
      const match = /^([A-Za-z]+)(?:\.([A-Za-z]+)(?:=(.+))?)?$/.exec(service.id);
      expect(match, `malformed schema reference ${service.id}`).not.toBeNull();
      const [, record, field, value] = match as RegExpExecArray;
      expect(Object.keys(RECORD_SCHEMAS)).toContain(record as RecordKind);
      const schema = fieldSchema(record as string, field);
      expect(schema, `${service.id}: no such field`).toBeDefined();
      if (value !== undefined)
        expect(schema?.safeParse(value).success, `${service.id}: value not accepted`).toBe(true);
    },
  );

  it.each(OTHER_SERVICES.filter((s) => s.kind === 'role').map((s) => [s.id, s] as const))(
    'role %s is a unit code',
    (id) => {
      expect(UNITS.codes as readonly string[]).toContain(id);
    },
  );

  it('cites only catalog clauses, explains each entry in both languages, and lists no entry twice', () => {
    for (const s of OTHER_SERVICES) {
      expect(s.clauseIds.length).toBeGreaterThan(0);
      for (const id of s.clauseIds) expect(isClauseId(id), `${s.id} cites ${id}`).toBe(true);
      expect(s.description['zh-CN'].length).toBeGreaterThan(0);
      expect(s.description.en.length).toBeGreaterThan(0);
    }
    const keys = OTHER_SERVICES.map((s) => `${s.kind}:${s.id}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has no widget entry (widgets show what rules and reports compute; they serve no clause alone)', () => {
    expect(OTHER_SERVICES.filter((s) => s.kind === 'widget')).toEqual([]);
  });
  // Report entries are checked against the REPORTS registry in packages/reports/test/coverage.test.ts.
});
