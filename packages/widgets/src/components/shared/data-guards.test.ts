import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asArray, asString, describeValue, safeString } from './data-guards';
import { withKeys } from './with-keys';

describe('data guards', () => {
  it.each([
    [undefined, '—'],
    [null, '∅'],
    ['', '""'],
    ['2023-07-31', '2023-07-31'],
    [123_456, '123456'],
    [false, 'false'],
    [[], '[]'],
    [['a', 1], 'a、1'],
    [{ arrears: 100 }, '{"arrears":100}'],
  ])('describeValue(%j) is %s', (value, text) => {
    expect(describeValue(value)).toBe(text);
  });

  it('describes any value without throwing', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true }), (value) => {
        expect(typeof describeValue(value)).toBe('string');
        expect(typeof safeString(value)).toBe('string');
      }),
    );
  });

  it('reads lists and strings defensively', () => {
    expect(asArray(undefined)).toEqual([]);
    expect(asArray('x' as unknown as string[])).toEqual([]);
    expect(asString('')).toBeUndefined();
    expect(asString(3)).toBeUndefined();
  });
});

describe('withKeys', () => {
  it('gives every item a unique key, equal items numbered in order', () => {
    expect(withKeys(['12345', '0595', '12345'], (s) => s).map((k) => k.key)).toEqual([
      '12345',
      '0595',
      '12345#1',
    ]);
  });

  it('never repeats a key', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'a#1', 'c')), (items) => {
        const keys = withKeys(items, (s) => s).map((k) => k.key);
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });
});
