import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMessage } from './errors';

/** The plain definition: every `{name}` with a value replaced by it, every other one left as written. */
const reference = (text: string, params: Record<string, unknown>) =>
  text.replace(/\{([a-zA-Z]+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));

describe('formatMessage', () => {
  it('fills placeholders in both languages and leaves unknown ones as written', () => {
    expect(
      formatMessage(
        { 'zh-CN': '{subject} 于 {deadline} 前未公示 {missing}', en: '{subject}: not posted by {deadline}' },
        { subject: '东湖花园', deadline: '2023-07-31', n: 3 },
      ),
    ).toEqual({
      'zh-CN': '东湖花园 于 2023-07-31 前未公示 {missing}',
      en: '东湖花园: not posted by 2023-07-31',
    });
  });

  it('agrees with the one-line regular-expression definition on any template', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom('{a}', '{b}', '{subject}', '{', '}', '{}', '{1}', '{a b}', '{{a}}'),
    );
    const params = fc.dictionary(
      fc.constantFrom('a', 'b', 'subject', 'c'),
      fc.oneof(fc.string(), fc.integer()),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }),
        fc.array(piece, { maxLength: 12 }),
        params,
        (zh, en, p) => {
          const template = { 'zh-CN': zh.join(''), en: en.join('') };
          // Twice: the second call reads the compiled template from the cache.
          for (let i = 0; i < 2; i++)
            expect(formatMessage(template, p)).toEqual({
              'zh-CN': reference(template['zh-CN'], p),
              en: reference(template.en, p),
            });
        },
      ),
      { numRuns: 500 },
    );
  });
});
