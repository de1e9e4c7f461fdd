import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IdentifierCheck } from './types';
import { checkUscc, completeOrganisationCode, completeUscc, USCC_ALPHABET } from './uscc';

const VECTORS = ['91110000600037341L', '91512081MA62K0260E'];
const ALPHABET = [...USCC_ALPHABET];
const DIGITS = [...'0123456789'];
// Look-alikes and spellings a clerk might type: excluded letters, lower case, full width, spaces.
const STRANGERS = [...'IOSVZaxl', '０', 'Ａ', ' ', '\u3000', '-', '*', '𠮷'];

const codeOf = (r: IdentifierCheck) => (r.valid ? 'VALID' : r.code);

const alphabetString = (length: number) =>
  fc.array(fc.constantFrom(...ALPHABET), { minLength: length, maxLength: length }).map((a) => a.join(''));
const digitString = (length: number) =>
  fc.array(fc.constantFrom(...DIGITS), { minLength: length, maxLength: length }).map((a) => a.join(''));
/** First 17 characters of a well-formed USCC, with a valid embedded organisation code. */
const validPrefix = fc
  .tuple(alphabetString(2), digitString(6), alphabetString(8))
  .map(([authorityAndType, division, body]) => authorityAndType + division + completeOrganisationCode(body));

describe('checkUscc', () => {
  it.each(VECTORS)('accepts the published vector %s', (vector) => {
    expect(checkUscc(vector)).toEqual({ valid: true });
  });

  it.each([
    ['leading and trailing spaces', ' 91110000600037341L ', 'VALID'],
    ['a tab and an ideographic space', '\t91512081MA62K0260E\u3000', 'VALID'],
    ['lower-case letters', '91512081ma62k0260e', 'USCC_FORMAT'],
    ['a lower-case check character', '91110000600037341l', 'USCC_FORMAT'],
    ['full-width digits', '９１１１００００６０００３７３４１Ｌ', 'USCC_FORMAT'],
    ['17 characters', '91110000600037341', 'USCC_FORMAT'],
    ['19 characters', '91110000600037341L0', 'USCC_FORMAT'],
    ['a letter I', '9111000060003734IL', 'USCC_FORMAT'],
    ['a letter in the division code (positions 3-8)', '911A0000600037341L', 'USCC_FORMAT'],
    ['an inner space', '91110000 600037341L', 'USCC_FORMAT'],
    ['the empty string', '', 'USCC_FORMAT'],
    ['a wrong check character', '91110000600037341M', 'USCC_CHECK_CHARACTER'],
    // Overall check character made to match, embedded organisation code check digit wrong (2 for 1).
    ['a bad organisation code', completeUscc('91110000600037342'), 'USCC_ORGANISATION_CODE'],
  ])('%s: %s → %s', (_label, value, expected) => {
    expect(codeOf(checkUscc(value))).toBe(expected);
  });

  it('returns USCC_FORMAT for a non-string from untyped callers instead of throwing', () => {
    expect(codeOf(checkUscc(undefined as unknown as string))).toBe('USCC_FORMAT');
    expect(codeOf(checkUscc(91110000 as unknown as string))).toBe('USCC_FORMAT');
  });

  it('rejects every single-character change of the vectors, as an error, without quoting the value', () => {
    const accepted: string[] = [];
    for (const vector of VECTORS) {
      for (let position = 0; position < vector.length; position++) {
        for (const replacement of [...ALPHABET, ...STRANGERS]) {
          if (replacement === vector[position]) continue;
          const changed = vector.slice(0, position) + replacement + vector.slice(position + 1);
          const result = checkUscc(changed);
          if (
            result.valid ||
            result.severity !== 'error' ||
            result.message['zh-CN'].includes(changed.trim()) ||
            result.message.en.includes(changed.trim())
          ) {
            accepted.push(changed);
          }
        }
      }
    }
    expect(accepted).toEqual([]);
  });

  it('rejects a single-character change to any character (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VECTORS),
        fc.nat(17),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
        (vector, position, replacement) => {
          fc.pre(replacement !== vector[position]);
          const changed = vector.slice(0, position) + replacement + vector.slice(position + 1);
          expect(checkUscc(changed).valid).toBe(false);
        },
      ),
    );
  });

  it('reports a changed check character or organisation-code character as USCC_CHECK_CHARACTER', () => {
    // Weights 3^i mod 31 are all non-zero mod the prime 31, so the mod-31 check catches any substitution.
    expect(codeOf(checkUscc('91512081MA62K0261E'))).toBe('USCC_CHECK_CHARACTER');
    expect(codeOf(checkUscc('91512081MA62K0260F'))).toBe('USCC_CHECK_CHARACTER');
  });
});

describe('completeUscc', () => {
  it('completes the vectors', () => {
    expect(completeUscc('91110000600037341')).toBe('91110000600037341L');
    expect(completeUscc('91512081MA62K0260')).toBe('91512081MA62K0260E');
  });

  it('yields a valid code for any well-formed prefix (property)', () => {
    fc.assert(
      fc.property(validPrefix, (prefix) => {
        const code = completeUscc(prefix);
        expect(code.slice(0, 17)).toBe(prefix);
        expect(checkUscc(code)).toEqual({ valid: true });
      }),
    );
  });

  it('yields a code whose only possible fault is the embedded organisation code (property)', () => {
    fc.assert(
      fc.property(alphabetString(2), digitString(6), alphabetString(9), (a, b, c) => {
        expect(['VALID', 'USCC_ORGANISATION_CODE']).toContain(codeOf(checkUscc(completeUscc(a + b + c))));
      }),
    );
  });

  it('has exactly one check character that makes a prefix valid (property)', () => {
    fc.assert(
      fc.property(validPrefix, (prefix) => {
        expect(ALPHABET.filter((c) => checkUscc(prefix + c).valid)).toEqual([
          completeUscc(prefix).charAt(17),
        ]);
      }),
    );
  });

  it.each([
    ['16 characters', '9111000060003734'],
    ['18 characters', '91110000600037341L'],
    ['lower case', '91512081ma62k0260'],
    ['an excluded letter', '9151208IMA62K0260'],
    ['a letter in the division code', '915A2081MA62K0260'],
    ['surrounding spaces', ' 91110000600037341'],
  ])('throws a RangeError for %s', (_label, prefix) => {
    expect(() => completeUscc(prefix)).toThrow(RangeError);
  });
});

describe('completeOrganisationCode', () => {
  it.each([
    ['60003734', '600037341'],
    ['MA62K026', 'MA62K0260'],
    // The example of GB 11714: weighted sum 199, 11 - 199 mod 11 = 10 → 'X'.
    ['D2143569', 'D2143569X'],
    // Weighted sum 0: 11 - 0 = 11 → '0'.
    ['00000000', '000000000'],
  ])('%s → %s', (body, expected) => {
    expect(completeOrganisationCode(body)).toBe(expected);
  });

  it('yields a check character from 0-9 and X (property)', () => {
    fc.assert(
      fc.property(alphabetString(8), (body) => {
        expect(completeOrganisationCode(body)).toMatch(/^[0-9A-Z]{8}[0-9X]$/);
      }),
    );
  });

  it.each(['', '6000373', '600037341', 'ma62k026', '６０００３７３４'])(
    'throws a RangeError for %j',
    (body) => {
      expect(() => completeOrganisationCode(body)).toThrow(RangeError);
    },
  );
});
