import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  containsScope,
  type DivisionScope,
  divisionLevel,
  divisionPrefix,
  divisionScope,
  inScope,
  isCityWide,
} from './division-scope';

function scopeOf(code: string): DivisionScope {
  const scope = divisionScope(code);
  if (!scope) throw new Error(`no scope for ${code}`);
  return scope;
}

const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
const code = fc.oneof(digits(6), digits(9), digits(12));

describe('division scopes', () => {
  it.each([
    ['350000', 'province', '35'],
    ['350500', 'city', '3505'],
    ['350503', 'county', '350503'],
    ['350598', 'county', '350598'],
    ['350503001', 'street', '350503001'],
    ['350503001002', 'committee', '350503001002'],
  ])('%s is a %s with prefix %s', (c, level, prefix) => {
    expect(divisionLevel(c)).toBe(level);
    expect(divisionPrefix(c)).toBe(prefix);
  });

  it.each([['3505'], ['35050300'], ['350503001x'], ['']])('has no scope for the malformed code %j', (c) => {
    expect(divisionScope(c)).toBeUndefined();
  });

  it.each([
    ['350500', '350503001', true],
    ['350500', '350598102', true],
    ['350500', '350203001', false],
    ['350503', '350503001002', true],
    ['350503', '350502001', false],
    ['350503001', '350503001', true],
    ['350503001', '350503002', false],
    ['350503001', '350503', false],
    ['350503', 'x', false],
  ])('scope %s holds %s: %s', (scope, c, expected) => {
    expect(inScope(scopeOf(scope), c)).toBe(expected);
  });

  it('holds exactly the codes that start with its prefix, and the city holds every division of its own', () => {
    fc.assert(
      fc.property(code, code, (scopeCode, other) => {
        const scope = scopeOf(scopeCode);
        expect(inScope(scope, other)).toBe(other.startsWith(scope.prefix));
        expect(inScope(scope, scopeCode)).toBe(true);
        if (scope.level === 'city')
          expect(inScope(scope, `${scopeCode.slice(0, 4)}${other.slice(4)}`)).toBe(true);
      }),
    );
  });

  it('knows the areas that contain a scope, and which scopes are city-wide', () => {
    const street = scopeOf('350503001');
    expect(containsScope(street, '350503')).toBe(true);
    expect(containsScope(street, '350500')).toBe(true);
    expect(containsScope(street, '350502')).toBe(false);
    expect(isCityWide(scopeOf('350500'))).toBe(true);
    expect(isCityWide(scopeOf('350503'))).toBe(false);
  });
});
