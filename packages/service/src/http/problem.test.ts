import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROBLEM_CODES, problemBody } from './problem';

const spec = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8')) as {
  components: { schemas: { ProblemCode: { enum: string[] } } };
};

describe('PROBLEM_CODES', () => {
  it('lists exactly the codes of the contract', () => {
    expect(Object.keys(PROBLEM_CODES).sort()).toEqual([...spec.components.schemas.ProblemCode.enum].sort());
  });

  it.each(Object.entries(PROBLEM_CODES))(
    '%s has a client or server status and both languages',
    (_code, entry) => {
      expect(entry.status).toBeGreaterThanOrEqual(400);
      expect(entry.status).toBeLessThan(600);
      expect(entry.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.message.en).not.toBe('');
    },
  );
});

describe('problemBody', () => {
  it('builds an RFC 9457 body with the code, the request id and the extras', () => {
    expect(
      problemBody('BODY_TOO_LARGE', 'req-1', '/v1/check', { limitBytes: 10, detail: 'too big' }),
    ).toEqual({
      type: 'https://rectify-kit.org/problems/body-too-large',
      title: 'Body too large',
      status: 413,
      detail: 'too big',
      instance: '/v1/check',
      code: 'BODY_TOO_LARGE',
      message: PROBLEM_CODES.BODY_TOO_LARGE.message,
      requestId: 'req-1',
      limitBytes: 10,
    });
  });
});
