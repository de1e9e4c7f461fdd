import { describe, expect, it } from 'vitest';
import type { RequestLogEntry } from '../logging/logger';
import { ServiceError } from '../service-error';
import { createRectifyService } from './create-service';

const KEY = { key: 'unit-test-city-key-0000000', role: 'city', divisionCode: '350500' } as const;

describe('createRectifyService', () => {
  it('is fetch-standard: its fetch answers a Request without any server', async () => {
    const logs: RequestLogEntry[] = [];
    let n = 0;
    const app = createRectifyService({
      keys: [KEY],
      logger: (e) => logs.push(e),
      requestId: () => `id-${++n}`,
    });
    const response = await app.fetch(
      new Request('http://host.example/v1/rules', { headers: { 'x-api-key': KEY.key } }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('id-1');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(logs).toEqual([
      expect.objectContaining({
        level: 'info',
        method: 'GET',
        path: '/v1/rules',
        status: 200,
        requestId: 'id-1',
        role: 'city',
      }),
    ]);
  });

  it('can be mounted under a prefix of a host app', async () => {
    const { Hono } = await import('hono');
    const host = new Hono();
    host.route('/rectify', createRectifyService({ keys: [KEY] }));
    expect((await host.fetch(new Request('http://host.example/rectify/v1/health'))).status).toBe(200);
    expect((await host.fetch(new Request('http://host.example/rectify/v1/rules'))).status).toBe(401);
    const wrong = await host.fetch(
      new Request('http://host.example/rectify/v1/check', {
        headers: { authorization: `Bearer ${KEY.key}` },
      }),
    );
    expect(wrong.status).toBe(405);
  });

  it.each([
    [{ keys: [{ ...KEY, key: 'short' }] }],
    [{ keys: [{ ...KEY, role: 'county' as const }] }],
    [{ keys: [KEY], maxBodyBytes: 0 }],
    [{ keys: [KEY], maxNdjsonBytes: 1.5 }],
    [{ keys: 'not keys' as never }],
  ])('throws ServiceError for a misconfiguration (%#)', (options) => {
    expect(() => createRectifyService(options)).toThrow(ServiceError);
  });

  it('keeps logging when the logger throws, and reports it through onError', async () => {
    const errors: unknown[] = [];
    const app = createRectifyService({
      keys: [KEY],
      logger: () => {
        throw new Error('log sink down');
      },
      onError: (error) => errors.push(error),
    });
    expect((await app.fetch(new Request('http://x/v1/health'))).status).toBe(200);
    expect(errors).toHaveLength(1);
  });
});
