import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../document';
import { hostileDocument } from './__fixtures__/hostile-document';
import { longDocument, noticeDocument, sampleDocument } from './__fixtures__/sample-document';
import { assertReportDocument, checkReportDocument } from './check-document';

// Tests reach into arbitrary places of a cloned document to break it.
// biome-ignore lint/suspicious/noExplicitAny: see above.
type Loose = any;

function withChange(change: (doc: Loose) => void): unknown {
  const doc = structuredClone(sampleDocument) as unknown as Loose;
  change(doc);
  return doc;
}

describe('checkReportDocument', () => {
  it('accepts the sample documents', () => {
    for (const doc of [sampleDocument, noticeDocument, longDocument(3), hostileDocument]) {
      expect(checkReportDocument(doc)).toEqual([]);
    }
  });

  it.each<[string, (doc: Loose) => void, string, string]>([
    [
      'money in yuan',
      (d) => (d.sections[2].rows[0].income = 1234.56),
      'VALUE_TYPE',
      '/sections/2/rows/0/income',
    ],
    [
      'money as text',
      (d) => (d.sections[2].rows[1].income = '¥1.00'),
      'VALUE_TYPE',
      '/sections/2/rows/1/income',
    ],
    ['unsafe fen', (d) => (d.sections[2].totals.income = 2 ** 53), 'VALUE_TYPE', '/sections/2/totals/income'],
    [
      'ratio NaN',
      (d) => (d.sections[2].rows[0].disclosedRatio = Number.NaN),
      'VALUE_TYPE',
      '/sections/2/rows/0/disclosedRatio',
    ],
    [
      'bad date cell',
      (d) => (d.sections[2].rows[0].disclosedOn = '2023-02-29'),
      'VALUE_TYPE',
      '/sections/2/rows/0/disclosedOn',
    ],
    [
      'object cell',
      (d) => (d.sections[3].rows[0].title = { a: 1 }),
      'VALUE_TYPE',
      '/sections/3/rows/0/title',
    ],
    ['kv value', (d) => (d.sections[0].items[0].value = 'four'), 'VALUE_TYPE', '/sections/0/items/0/value'],
    ['period', (d) => (d.meta.period = '2023-Q2'), 'PERIOD_INVALID', '/meta/period'],
    ['asOf', (d) => (d.meta.asOf = '31/07/2023'), 'DATE_INVALID', '/meta/asOf'],
    ['dueOn', (d) => (d.meta.dueOn = '2023-08-32'), 'DATE_INVALID', '/meta/dueOn'],
    ['signature date', (d) => (d.signature.date = '2023-7-31'), 'DATE_INVALID', '/signature/date'],
    ['title', (d) => (d.title = { 'zh-CN': '标题' }), 'FIELD_INVALID', '/title'],
    ['campaign', (d) => (d.meta.campaign = 'other'), 'FIELD_INVALID', '/meta/campaign'],
    ['section id', (d) => (d.sections[1].id = 'summary'), 'SECTION_ID_REPEATED', '/sections/1/id'],
    ['section kind', (d) => (d.sections[1].kind = 'chart'), 'SECTION_KIND_UNKNOWN', '/sections/1/kind'],
    [
      'column key',
      (d) => (d.sections[2].columns[1].key = 'community'),
      'COLUMN_KEY_REPEATED',
      '/sections/2/columns/1/key',
    ],
    [
      'column type',
      (d) => (d.sections[2].columns[1].type = 'decimal'),
      'COLUMN_TYPE_UNKNOWN',
      '/sections/2/columns/1/type',
    ],
    ['no columns', (d) => (d.sections[2].columns = []), 'FIELD_INVALID', '/sections/2/columns'],
    [
      'status label',
      (d) => (d.sections[3].columns[3].statuses.rectified.icon = ''),
      'FIELD_INVALID',
      '/sections/3/columns/3/statuses/rectified',
    ],
    ['layout', (d) => (d.layout = { paper: 'Letter', orientation: 'portrait' }), 'FIELD_INVALID', '/layout'],
  ])('%s', (_name, change, code, path) => {
    const issues = checkReportDocument(withChange(change));
    expect(issues).toContainEqual(expect.objectContaining({ code, path }));
    for (const issue of issues) {
      expect(issue.message['zh-CN']).not.toBe('');
      expect(issue.message.en).not.toBe('');
    }
  });

  it('escapes keys in JSON Pointers', () => {
    const doc = withChange((d) => {
      d.sections[2].columns[0].key = 'a/b~c';
      d.sections[2].rows[0]['a/b~c'] = { not: 'a cell' };
    });
    expect(checkReportDocument(doc)).toEqual([
      expect.objectContaining({ code: 'VALUE_TYPE', path: '/sections/2/rows/0/a~1b~0c' }),
    ]);
  });

  it.each([null, 42, 'doc', [], {}])('never throws on %j', (doc) => {
    expect(checkReportDocument(doc).length).toBeGreaterThan(0);
  });

  it('asserts with every issue attached', () => {
    const doc = withChange((d) => {
      d.meta.period = 'x';
      d.sections[2].rows[0].income = 0.5;
    }) as ReportDocument;
    expect(() => assertReportDocument(doc, 'test')).toThrow(
      expect.objectContaining({
        name: 'ReportRenderError',
        code: 'INVALID_DOCUMENT',
        issues: expect.arrayContaining([expect.anything(), expect.anything()]),
      }),
    );
  });
});
