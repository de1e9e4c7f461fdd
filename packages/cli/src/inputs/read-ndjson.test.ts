import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { put, removeDir, tempDir } from '../__fixtures__/harness';
import type { InputFile } from './input-file';
import type { LoadedPart } from './loaded-part';
import { readNdjsonParts } from './read-ndjson';

let dir = '';
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await removeDir(dir);
});

async function parts(name: string, lines: string[]): Promise<LoadedPart[]> {
  const text = lines.join('\n');
  const path = await put(dir, name, text);
  const file: InputFile = { path, display: name, format: 'ndjson', size: text.length };
  const out: LoadedPart[] = [];
  for await (const part of readNdjsonParts(file)) out.push(part);
  return out;
}

const HEADER = (year: number) =>
  JSON.stringify({
    header: { schemaVersion: '0.1.0', campaignYear: year, generatedAt: `${year}-11-30T18:00:00+08:00` },
  });
const RECORD = (id: string) =>
  JSON.stringify({ kind: 'division', record: { code: id, name: id, level: 'county' } });

describe('readNdjsonParts', () => {
  it('reads a header and records, placing each record on its line', async () => {
    const [part, ...rest] = await parts('one.ndjson', [HEADER(2023), '', RECORD('350502'), RECORD('350503')]);
    expect(rest).toEqual([]);
    expect(part?.envelope).toMatchObject({ campaignYear: 2023 });
    expect(part?.records.division).toHaveLength(2);
    expect(part?.place('division', 1)).toEqual({ line: 4 });
    expect(part?.issues).toEqual([]);
  });

  it('starts a part at every header line', async () => {
    const got = await parts('two.ndjson', [
      HEADER(2023),
      RECORD('350502'),
      HEADER(2023),
      RECORD('350503'),
      RECORD('350504'),
    ]);
    expect(got.map((p) => p.part)).toEqual([1, 2]);
    expect(got.map((p) => p.records.division?.length)).toEqual([1, 2]);
    expect(got[1]?.place('division', 0)).toEqual({ line: 4 });
  });

  it.each([
    [
      'a truncated last line',
      [HEADER(2023), RECORD('350502'), '{"kind":"division","rec'],
      'NDJSON_LINE_MALFORMED',
      3,
    ],
    ['an unknown kind', [HEADER(2023), '{"kind":"villa","record":{}}'], 'NDJSON_KIND_UNKNOWN', 2],
    ['another shape', [HEADER(2023), '[1,2]'], 'NDJSON_LINE_SHAPE', 2],
    ['a record without record', [HEADER(2023), '{"kind":"division"}'], 'NDJSON_LINE_SHAPE', 2],
  ])('reports %s as fatal, with its line', async (_name, lines, code, line) => {
    const [part] = await parts('bad.ndjson', lines);
    expect(part?.issues).toEqual([expect.objectContaining({ code, line, fatal: true, file: 'bad.ndjson' })]);
  });

  it('warns about records without a header', async () => {
    const [part] = await parts('bare.ndjson', [RECORD('350502')]);
    expect(part?.envelope).toBeUndefined();
    expect(part?.issues).toEqual([
      expect.objectContaining({ code: 'NDJSON_HEADER_MISSING', severity: 'warning', fatal: false }),
    ]);
  });

  it('yields one empty part for an empty file', async () => {
    const got = await parts('empty.ndjson', ['']);
    expect(got).toHaveLength(1);
    expect(got[0]?.records).toEqual({});
  });
});
