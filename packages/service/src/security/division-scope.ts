/** The level of a GB/T 2260 division code. */
export type DivisionLevel = 'province' | 'city' | 'county' | 'street' | 'committee';

/** The area a key may see: a division and every division below it. */
export interface DivisionScope {
  /** The division code of the key (`350500` the city, `350503` a county, `350503001` a street). */
  readonly code: string;
  /** Its level. */
  readonly level: DivisionLevel;
  /** The code prefix every division inside the scope starts with (`3505`, `350503`, `350503001`). */
  readonly prefix: string;
}

const CODE = /^[0-9]{6}([0-9]{3}([0-9]{3})?)?$/;

/** Whether a value is a well-formed division code (6, 9 or 12 digits). */
export function isDivisionCode(value: unknown): value is string {
  return typeof value === 'string' && CODE.test(value);
}

/** The level of a well-formed code: trailing `00` pairs of a 6-digit code mark a city or a province. */
export function divisionLevel(code: string): DivisionLevel {
  if (code.length === 12) return 'committee';
  if (code.length === 9) return 'street';
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

/** The prefix shared by a division and everything below it. */
export function divisionPrefix(code: string): string {
  switch (divisionLevel(code)) {
    case 'province':
      return code.slice(0, 2);
    case 'city':
      return code.slice(0, 4);
    default:
      return code;
  }
}

/** The scope of a division code; `undefined` for a malformed code. */
export function divisionScope(code: string): DivisionScope | undefined {
  if (!isDivisionCode(code)) return undefined;
  return { code, level: divisionLevel(code), prefix: divisionPrefix(code) };
}

/** Whether a division lies inside the scope (the scope's own division included). */
export function inScope(scope: DivisionScope, code: string): boolean {
  return isDivisionCode(code) && code.startsWith(scope.prefix);
}

/** Whether a division contains the scope (its city or province): naming it reveals nothing of another area. */
export function containsScope(scope: DivisionScope, code: string): boolean {
  return isDivisionCode(code) && scope.code.startsWith(divisionPrefix(code));
}

/** Whether the scope is a whole city or wider: the only scopes that accept records whose division is unknown. */
export function isCityWide(scope: DivisionScope): boolean {
  return scope.level === 'city' || scope.level === 'province';
}
