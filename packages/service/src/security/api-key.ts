import { createHash, timingSafeEqual } from 'node:crypto';
import { ServiceError } from '../service-error';
import { type DivisionLevel, type DivisionScope, divisionScope } from './division-scope';

/**
 * Who holds a key. `city`, `county` and `street` are the regulators of the campaigns (市住建局, 县（市、区）物业主管部门,
 * 街道办事处); `vendor` is a host platform's back end (the provincial public-income system, the property platform,
 * the wage-monitoring platform) calling on behalf of its users.
 */
export type ApiRole = 'city' | 'county' | 'street' | 'vendor';

/** Every {@link ApiRole}. */
export const API_ROLES: readonly ApiRole[] = ['city', 'county', 'street', 'vendor'];

/** An API key the service accepts: the secret, its role and the division it may see. */
export interface ApiKey {
  /** The secret presented as `Authorization: Bearer <key>` or `X-API-Key`; at least 16 characters. */
  readonly key: string;
  /** The holder's role. */
  readonly role: ApiRole;
  /**
   * The division scope: the city (`350500`) for a `city` key, a county (`350503`) for a `county` key, a street
   * (`350503001`) for a `street` key; any of the three for a `vendor` key.
   */
  readonly divisionCode: string;
  /** A label for the logs (the key itself is never logged). Defaults to `<role>:<divisionCode>`. */
  readonly id?: string;
}

/** A lookup a host provides instead of a list: the key record for a presented secret, or `undefined`. */
export type KeyLookup = (presented: string) => ApiKey | undefined;

/** A key the service has accepted, with its scope resolved. */
export interface AuthenticatedKey {
  /** The key's label for logs. */
  readonly id: string;
  /** The holder's role. */
  readonly role: ApiRole;
  /** The division scope. */
  readonly scope: DivisionScope;
}

const LEVELS_OF: Record<ApiRole, readonly DivisionLevel[]> = {
  city: ['city'],
  county: ['county'],
  street: ['street'],
  vendor: ['city', 'county', 'street'],
};

/** Shortest secret accepted: a guessable key would defeat the division scopes. */
export const MIN_KEY_LENGTH = 16;

/** Checks a key record and resolves its scope; the reason it is unusable, as text, otherwise. */
export function resolveKey(key: ApiKey): AuthenticatedKey | string {
  if (typeof key !== 'object' || key === null) return 'a key must be an object';
  if (typeof key.key !== 'string' || key.key.length < MIN_KEY_LENGTH)
    return `a key's secret must be a string of at least ${MIN_KEY_LENGTH} characters`;
  if (!API_ROLES.includes(key.role)) return `role must be one of ${API_ROLES.join(', ')}`;
  const scope = divisionScope(key.divisionCode);
  if (!scope) return 'divisionCode must be a division code of 6 or 9 digits';
  if (!LEVELS_OF[key.role].includes(scope.level))
    return `a ${key.role} key needs a ${LEVELS_OF[key.role].join(' or ')} division code`;
  return { id: key.id ?? `${key.role}:${key.divisionCode}`, role: key.role, scope };
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Turns the `keys` option into an authenticator. A list is checked up front (a malformed key throws
 * {@link ServiceError}) and compared in constant time against every entry; a lookup function is called as is and
 * its answer checked on each request (`undefined` when the answer is malformed: the service answers 500).
 */
export function keyAuthenticator(
  keys: readonly ApiKey[] | KeyLookup,
): (presented: string) => AuthenticatedKey | 'unknown' | 'misconfigured' {
  if (typeof keys === 'function') {
    return (presented) => {
      const found = keys(presented);
      if (found === undefined) return 'unknown';
      const resolved = resolveKey(found);
      return typeof resolved === 'string' ? 'misconfigured' : resolved;
    };
  }
  if (!Array.isArray(keys)) throw new ServiceError('INVALID_OPTION', 'keys must be an array or a function');
  const table = keys.map((key, i) => {
    const resolved = resolveKey(key);
    if (typeof resolved === 'string') throw new ServiceError('INVALID_KEY', `keys[${i}]: ${resolved}`);
    return { hash: digest(key.key), resolved };
  });
  const seen = new Set<string>();
  for (const [i, entry] of table.entries()) {
    const hex = entry.hash.toString('hex');
    if (seen.has(hex)) throw new ServiceError('INVALID_KEY', `keys[${i}]: the same secret is listed twice`);
    seen.add(hex);
  }
  return (presented) => {
    const hash = digest(presented);
    let match: AuthenticatedKey | undefined;
    // Every entry is compared, so the time taken does not tell which key nearly matched.
    for (const entry of table) if (timingSafeEqual(entry.hash, hash)) match = entry.resolved;
    return match ?? 'unknown';
  };
}
