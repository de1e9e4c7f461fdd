import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handmadeCommunity, handmadeDisclosure } from '../__fixtures__/index';
import { disclosurePosting } from './posting-dates';
import { printNotice } from './print-notice';

describe('printNotice', () => {
  const html = printNotice(handmadeDisclosure, handmadeCommunity);

  it('titles the notice “XX小区2023年第二季度公共收益收支情况公示”', () => {
    expect(html).toContain('<title>刺桐花园小区2023年第二季度公共收益收支情况公示</title>');
    expect(html).toContain('<h1 class="notice__title">刺桐花园小区2023年第二季度公共收益收支情况公示</h1>');
  });

  it('is a print document of its own: A4 via @page, black text, header rows repeated', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('@page { size: A4 portrait;');
    expect(html).toContain('color: #000');
    expect(html).toContain('.notice__table thead { display: table-header-group; }');
    expect(html).toContain('<thead><tr><th scope="col">项目</th>');
    expect(html).not.toMatch(/color: #(?!000)[0-9a-f]{3,6}/i);
  });

  it('prints on A3 when asked', () => {
    expect(printNotice(handmadeDisclosure, handmadeCommunity, { paper: 'A3' })).toContain(
      '@page { size: A3 portrait;',
    );
  });

  it('lists the statement with money as ¥1,234.56, or 万元 under 金额（万元）', () => {
    expect(html).toContain('<th scope="row">期初结余</th><td></td><td class="notice__num">¥1,234.56</td>');
    expect(html).toContain('<td class="notice__num">¥8,734.56</td>');
    const wan = printNotice(handmadeDisclosure, handmadeCommunity, { unit: 'wan' });
    expect(wan).toContain('class="notice__num">金额（万元）</th>');
    expect(wan).toContain('<th scope="row">期初结余</th><td></td><td class="notice__num">0.12</td>');
  });

  // PI.C1.d with Civil Code art. 201: posted 10 July, the 30 days run from 11 July to the end of 9 August.
  it('states the display period from the notice-board posting', () => {
    expect(html).toContain('公示期：2023年7月10日至2023年8月9日（30日）');
  });

  it('ends with the signature, seal and date block', () => {
    expect(html).toContain('<p>公示单位（盖章）：泉州市示范物业服务有限公司</p>');
    expect(html).toContain('<p>日期：2023年7月10日</p>');
    expect(html).toContain('<div class="notice__seal" aria-hidden="true">（印章）</div>');
  });

  it('leaves blank date lines to fill in when the notice is not posted yet', () => {
    const unposted = printNotice({ ...handmadeDisclosure, postings: [] }, handmadeCommunity);
    expect(unposted).toContain('公示期：　　年　　月　　日至　　年　　月　　日（30日）');
    expect(unposted).toContain('<p>日期：　　年　　月　　日</p>');
  });

  it('takes the posting day, issuer and signing day from the options', () => {
    const own = printNotice(handmadeDisclosure, handmadeCommunity, {
      postedOn: '2023-07-01',
      issuer: '刺桐花园业主委员会',
      signedOn: '2023-06-30',
    });
    expect(own).toContain('公示期：2023年7月1日至2023年7月31日（30日）');
    expect(own).toContain('<p>公示单位（盖章）：刺桐花园业主委员会</p>');
    expect(own).toContain('<p>日期：2023年6月30日</p>');
  });

  it('lists the complaint numbers', () => {
    expect(html).toContain('<ul class="notice__contacts"><li>0595-22180000</li><li>12345</li></ul>');
  });

  it('speaks English when asked', () => {
    const en = printNotice(
      handmadeDisclosure,
      { ...handmadeCommunity, name: 'Citong Garden' },
      { lang: 'en' },
    );
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Citong Garden: public income and expenditure, Q2 2023');
    expect(en).toContain('On display from 10 July 2023 to 9 August 2023 (30 days)');
  });

  it('is pure: the same input gives the same document', () => {
    expect(printNotice(handmadeDisclosure, handmadeCommunity)).toBe(html);
  });

  it('escapes every value it prints', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, description) => {
        const out = printNotice(
          {
            ...handmadeDisclosure,
            incomeLines: [{ category: 'other', description, amount: 100 }],
          },
          { name },
        );
        const text = out
          .replace(/<\/?[a-z0-9]+(?: [a-z-]+(?:="[^"]*")?)*>/g, '')
          .replace(/<!DOCTYPE html>/, '');
        expect(text).not.toMatch(/[<>]/);
      }),
    );
  });
});

describe('disclosurePosting', () => {
  // Civil Code art. 201: the posting day is not counted; the period ends at the end of day D + 30.
  it.each([
    ['2023-07-01', '2023-07-31'],
    ['2023-01-31', '2023-03-02'],
    ['2024-02-01', '2024-03-02'],
    ['2023-12-15', '2024-01-14'],
    ['2023-07-31T20:00:00Z', '2023-08-31'],
    ['2023-07-10T09:00:00+08:00', '2023-08-09'],
  ])('posted %s ends on %s', (postedAt, endsOn) => {
    const d = {
      ...handmadeDisclosure,
      postings: [{ channel: 'notice-board' as const, postedAt, evidence: [] }],
    };
    expect(disclosurePosting(d).endsOn).toBe(endsOn);
  });

  it('falls back to the earliest channel when there is no board posting', () => {
    const d = {
      ...handmadeDisclosure,
      postings: [
        { channel: 'quanzhou-system' as const, postedAt: '2023-07-12', evidence: [] },
        { channel: 'provincial-system' as const, postedAt: '2023-07-11', evidence: [] },
      ],
    };
    expect(disclosurePosting(d)).toMatchObject({ postedOn: '2023-07-11', endsOn: '2023-08-10' });
  });

  it('has no dates when nothing was posted, or the posting time has no offset', () => {
    expect(disclosurePosting({ ...handmadeDisclosure, postings: [] }).postedOn).toBeUndefined();
    const local = { channel: 'notice-board' as const, postedAt: '2023-07-10T09:00:00', evidence: [] };
    expect(disclosurePosting({ ...handmadeDisclosure, postings: [local] }).postedOn).toBeUndefined();
  });
});
