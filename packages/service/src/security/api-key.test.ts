import { describe, expect, it } from 'vitest';
import { ServiceError } from '../service-error';
import { type ApiKey, keyAuthenticator, resolveKey } from './api-key';

const key = (over: Partial<ApiKey> = {}): ApiKey => ({
  key: 'a-long-enough-secret-1',
  role: 'county',
  divisionCode: '350503',
  ...over,
});

describe('resolveKey', () => {
  it.each([
    [{ role: 'city', divisionCode: '350500' }],
    [{ role: 'county', divisionCode: '350598' }],
    [{ role: 'street', divisionCode: '350503001' }],
    [{ role: 'vendor', divisionCode: '350500' }],
    [{ role: 'vendor', divisionCode: '350503001' }],
  ] as const)('accepts %j', (over) => {
    expect(typeof resolveKey(key(over))).toBe('object');
  });

  it.each([
    [{ key: 'short' }],
    [{ role: 'admin' as never }],
    [{ role: 'city', divisionCode: '350503' }],
    [{ role: 'county', divisionCode: '350500' }],
    [{ role: 'street', divisionCode: '350503' }],
    [{ role: 'vendor', divisionCode: '350503001001' }],
    [{ divisionCode: '3505' }],
  ] as const)('refuses %j with a reason', (over) => {
    expect(typeof resolveKey(key(over as Partial<ApiKey>))).toBe('string');
  });
});

describe('keyAuthenticator', () => {
  it('finds a listed key, labels it, and knows no other', () => {
    const auth = keyAuthenticator([
      key(),
      key({ key: 'another-long-secret-2', role: 'street', divisionCode: '350503001', id: 'street-a' }),
    ]);
    expect(auth('a-long-enough-secret-1')).toMatchObject({ id: 'county:350503', role: 'county' });
    expect(auth('another-long-secret-2')).toMatchObject({ id: 'street-a', scope: { prefix: '350503001' } });
    expect(auth('a-long-enough-secret-')).toBe('unknown');
    expect(auth('')).toBe('unknown');
  });

  it('throws ServiceError for a malformed or repeated key in the list', () => {
    expect(() => keyAuthenticator([key({ key: 'short' })])).toThrow(ServiceError);
    expect(() => keyAuthenticator([key(), key()])).toThrow(/twice/);
  });

  it('checks what a lookup answers on every call', () => {
    const auth = keyAuthenticator((presented) =>
      presented === 'good-secret-000000'
        ? key({ key: presented })
        : presented === 'bad'
          ? key({ role: 'nope' as never })
          : undefined,
    );
    expect(auth('good-secret-000000')).toMatchObject({ role: 'county' });
    expect(auth('bad')).toBe('misconfigured');
    expect(auth('other')).toBe('unknown');
  });
});
