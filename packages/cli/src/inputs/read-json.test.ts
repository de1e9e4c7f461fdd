import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { put, removeDir, tempDir } from '../__fixtures__/harness';
import type { InputFile } from './input-file';
import { lineColumn, parseReason, readJsonPart } from './read-json';

let dir = '';
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await removeDir(dir);
});

async function file(name: string, text: string): Promise<InputFile> {
  const path = await put(dir, name, text);
  return { path, display: name, format: 'json', size: text.length };
}

describe('lineColumn', () => {
  it.each([
    ['abc', 0, 1, 1],
    ['abc', 2, 1, 3],
    ['a\nbc', 2, 2, 1],
    ['a\nb\nc', 5, 3, 2],
  ])('%j at %i → %i:%i', (text, offset, line, column) => {
    expect(lineColumn(text, offset)).toEqual({ line, column });
  });

  it('agrees with counting line breaks before the offset', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), (text, n) => {
        const offset = text.length === 0 ? 0 : n % (text.length + 1);
        const before = text.slice(0, offset);
        const { line, column } = lineColumn(text, offset);
        expect(line).toBe(before.split('\n').length);
        expect(column).toBe(offset - (before.lastIndexOf('\n') + 1) + 1);
      }),
    );
  });
});

describe('parseReason', () => {
  it('drops the echo of the text V8 may add', () => {
    let reason = '';
    try {
      JSON.parse('13812345678 and more');
    } catch (error) {
      reason = parseReason(error);
    }
    expect(reason).not.toContain('13812345678');
  });
});

describe('readJsonPart', () => {
  it('reads a dataset envelope, placing records by pointer', async () => {
    const part = await readJsonPart(
      await file(
        'd.json',
        JSON.stringify({ schemaVersion: '0.1.0', campaignYear: 2023, records: { community: [{}] } }),
      ),
      undefined,
    );
    expect(part.shape).toBe('dataset');
    expect(part.envelope).toEqual({ schemaVersion: '0.1.0', campaignYear: 2023 });
    expect(part.records.community).toHaveLength(1);
    expect(part.place('community', 0)).toEqual({ pointer: '/records/community/0' });
    expect(part.issues).toEqual([]);
  });

  it('reports a truncated file with the line where it stops', async () => {
    const part = await readJsonPart(
      await file('t.json', '{\n  "records": {\n    "community": [\n'),
      undefined,
    );
    expect(part.issues).toHaveLength(1);
    expect(part.issues[0]).toMatchObject({ code: 'JSON_MALFORMED', fatal: true, file: 't.json', line: 4 });
  });

  it('reads a record or a list of records with --kind, and refuses them without', async () => {
    const one = await readJsonPart(await file('r.json', '{"id":"C1"}'), 'community');
    expect(one).toMatchObject({
      shape: 'records',
      kind: 'community',
      records: { community: [{ id: 'C1' }] },
    });
    expect(one.place('community', 0)).toEqual({ pointer: '' });
    const list = await readJsonPart(await file('l.json', '[{"id":"C1"},{"id":"C2"}]'), 'community');
    expect(list.place('community', 1)).toEqual({ pointer: '/1' });
    const refused = await readJsonPart(await file('n.json', '[1,2]'), undefined);
    expect(refused.issues.map((i) => i.code)).toEqual(['DATASET_EXPECTED']);
  });

  it('keeps a dataset whose records is not an object for validation to judge', async () => {
    const part = await readJsonPart(await file('x.json', '{"records":[1]}'), undefined);
    expect(part.raw).toEqual({ records: [1] });
    expect(part.records).toEqual({});
  });

  it('says a vanished file is unreadable', async () => {
    const part = await readJsonPart(
      { path: `${dir}/gone.json`, display: 'gone.json', format: 'json', size: 0 },
      undefined,
    );
    expect(part.issues[0]).toMatchObject({ code: 'FILE_UNREADABLE', fatal: true });
  });
});
