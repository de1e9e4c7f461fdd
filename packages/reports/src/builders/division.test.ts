import { describe, expect, it } from 'vitest';
import { divisionNames, isCityCode, withinDivision } from './division';

describe('divisions', () => {
  it.each([
    ['350582005', '350582', true],
    ['350582', '350582', true],
    ['350583001', '350582', false],
    ['350582005', '350500', true],
    ['350598102', '350500', true],
    ['350600', '350500', false],
    ['350582005', '350000', true],
    ['350582005001', '350582005', true],
    ['350582', '350582005', false],
  ])('%s lies in %s: %s', (code, division, expected) => {
    expect(withinDivision(code, division)).toBe(expected);
  });

  it('tells a city from a county', () => {
    expect(isCityCode('350500')).toBe(true);
    expect(isCityCode('350582')).toBe(false);
    expect(isCityCode('350582005')).toBe(false);
  });

  it('names divisions from the dataset first in Chinese, from the codelist first in English', () => {
    const dataset = { records: { division: [{ code: '350582', name: '晋江', level: 'county' }] } } as never;
    expect(divisionNames(dataset, 'zh-CN').label('350582')).toBe('晋江');
    expect(divisionNames(dataset, 'en').label('350582')).toBe('Jinjiang City');
    expect(divisionNames(dataset, 'zh-CN').label('350583')).toBe('南安市');
    expect(divisionNames(dataset, 'zh-CN').label('999999')).toBe('999999');
  });
});
