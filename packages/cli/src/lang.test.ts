import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { langOf, resolveLang } from './lang';

describe('langOf', () => {
  it.each([
    ['en', 'en'],
    ['en_US.UTF-8', 'en'],
    ['en-GB', 'en'],
    ['zh-CN', 'zh-CN'],
    ['zh_CN.GBK', 'zh-CN'],
    ['zh_TW.UTF-8', 'zh-CN'],
    ['C', undefined],
    ['POSIX', undefined],
    ['C.UTF-8', undefined],
    ['fr_FR', undefined],
    ['english', undefined],
    ['', undefined],
    [undefined, undefined],
  ] as const)('%s → %s', (value, lang) => {
    expect(langOf(value)).toBe(lang);
  });

  it('never answers anything but the two languages or undefined', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect([undefined, 'en', 'zh-CN']).toContain(langOf(s));
      }),
    );
  });
});

describe('resolveLang', () => {
  it.each([
    ['flag wins over the environment', 'en', { LANG: 'zh_CN.UTF-8' }, 'en'],
    ['LC_ALL before LANG', undefined, { LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }, 'en'],
    ['LC_MESSAGES before LANG', undefined, { LC_MESSAGES: 'zh_CN', LANG: 'en_US' }, 'zh-CN'],
    ['LANG alone', undefined, { LANG: 'en_US.UTF-8' }, 'en'],
    ['a C locale falls back to Chinese', undefined, { LANG: 'C.UTF-8' }, 'zh-CN'],
    ['nothing set: Chinese', undefined, {}, 'zh-CN'],
    ['an unusable flag is ignored here', 'xx', { LANG: 'en_US' }, 'en'],
  ] as const)('%s', (_name, flag, env, lang) => {
    expect(resolveLang(flag, env)).toBe(lang);
  });
});
