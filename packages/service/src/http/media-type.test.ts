import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { negotiate, parseMediaType, requireContentType } from './media-type';
import { HttpProblem } from './problem';

const OFFERS = [
  'application/json',
  'text/markdown',
  'text/html',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

describe('parseMediaType', () => {
  it.each([
    ['application/json', 'application/json', {}],
    ['Application/JSON; Charset="UTF-8"', 'application/json', { charset: 'UTF-8' }],
    ['text/csv;charset=gbk', 'text/csv', { charset: 'gbk' }],
  ])('reads %s', (value, essence, params) => {
    expect(parseMediaType(value)).toEqual({ essence, params });
  });

  it.each([[''], ['json'], ['a b/c'], [undefined], [null]])('rejects %s', (value) => {
    expect(parseMediaType(value)).toBeUndefined();
  });
});

describe('requireContentType', () => {
  it.each([
    ['application/json', 'application/json'],
    ['application/json; charset=utf-8', 'application/json'],
    ['application/x-ndjson', 'application/x-ndjson'],
  ])('accepts %s', (header, expected) => {
    expect(requireContentType(header, ['application/json', 'application/x-ndjson'])).toBe(expected);
  });

  it.each([['text/plain'], ['application/json; charset=latin1'], [undefined], ['application/jsonx']])(
    'refuses %s with UNSUPPORTED_MEDIA_TYPE',
    (header) => {
      expect(() => requireContentType(header, ['application/json'])).toThrow(HttpProblem);
    },
  );
});

describe('negotiate', () => {
  it.each([
    [undefined, 'application/json'],
    ['', 'application/json'],
    ['*/*', 'application/json'],
    ['text/html', 'text/html'],
    ['text/*', 'text/markdown'],
    ['text/*;q=0.5, text/csv', 'text/csv'],
    ['application/json;q=0.1, text/html;q=0.9', 'text/html'],
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', OFFERS[4]],
    ['*/*;q=0.1, text/csv;q=0', 'application/json'],
  ])('picks for Accept %s', (header, expected) => {
    expect(negotiate(header, OFFERS)).toBe(expected);
  });

  it.each([['image/png'], ['text/html;q=0'], ['application/xml']])(
    'answers NOT_ACCEPTABLE for %s',
    (header) => {
      expect(() =>
        negotiate(
          header,
          ['application/json', 'text/html'].filter((o) => !header.startsWith(o)),
        ),
      ).toThrow(HttpProblem);
    },
  );

  it('never fails otherwise than with a problem, whatever the header', () => {
    fc.assert(
      fc.property(fc.string(), (header) => {
        try {
          expect(OFFERS).toContain(negotiate(header, OFFERS));
        } catch (error) {
          expect(error).toBeInstanceOf(HttpProblem);
        }
      }),
    );
  });
});
