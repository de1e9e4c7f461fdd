import { describe, expect, it } from 'vitest';
import { AS_OF, fixture } from './__fixtures__/dataset';
import { expectSoundDocument, golden, section } from './__fixtures__/expect-document';
import { buildSelfInspectionNotice } from './self-inspection-notice';

describe('buildSelfInspectionNotice (PI.S2)', () => {
  const { dataset, result, ids } = fixture();
  const options = { communityId: ids.communities[2], year: 2023, asOf: AS_OF };
  const doc = buildSelfInspectionNotice(dataset, result, options);

  it('matches the golden file', async () => {
    await expect(golden(doc)).toMatchFileSnapshot('./__fixtures__/golden/self-inspection-notice.json');
  });

  it('keeps the contract, is due by 30 July and is a signed A4 notice', () => {
    expectSoundDocument(doc, dataset);
    expect(doc.meta).toMatchObject({ dueOn: '2023-07-30', period: '2023' });
    expect(doc.layout).toEqual({ paper: 'A4', orientation: 'portrait' });
    expect(doc.signature?.unit).toBeTruthy();
  });

  it('lists the problems the company found itself, responsible person masked', () => {
    const findings = section(doc, 'findings', 'table');
    expect(findings.rows).toHaveLength(1);
    expect(findings.rows[0]).toMatchObject({ responsible: '欧阳**（0595-2****678）', status: 'closed' });
  });

  it('runs the display period 30 days from the posting day', () => {
    const posting = section(doc, 'posting', 'key-values');
    const value = (zh: string) => posting.items.find((i) => i.label['zh-CN'] === zh)?.value;
    const explicit = buildSelfInspectionNotice(dataset, result, { ...options, postedOn: '2023-07-20' });
    const items = section(explicit, 'posting', 'key-values').items;
    expect(items.find((i) => i.label['zh-CN'] === '公示截止日期')?.value).toBe('2023-08-19');
    expect(value('公示日期')).toBe(doc.signature?.date);
  });
});
