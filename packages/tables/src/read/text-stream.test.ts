import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sniffDelimiter } from './csv';
import { TableReadError } from './read-error';
import { type DecodingChoice, decodeChunks } from './text-stream';

async function* chunked(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut <= at || cut >= bytes.byteLength) continue;
    yield bytes.subarray(at, cut);
    at = cut;
  }
  yield bytes.subarray(at);
}

async function decode(
  bytes: Uint8Array,
  cuts: readonly number[] = [],
  encoding?: 'utf-8' | 'gbk',
): Promise<{ text: string; choice?: DecodingChoice }> {
  let choice: DecodingChoice | undefined;
  let text = '';
  for await (const part of decodeChunks(chunked(bytes, cuts), encoding, (c) => {
    choice = c;
  }))
    text += part;
  return choice ? { text, choice } : { text };
}

const chineseText = fc
  .array(
    fc.constantFrom('小区', '物业', '公共收益', '金额（元）', '𠮷', 'abc', ',', '\r\n', '１２３', '€', ' '),
    {
      minLength: 1,
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(''));

describe('decodeChunks', () => {
  it('decodes GB18030 and UTF-8 split at any byte, detecting which it is', async () => {
    await fc.assert(
      fc.asyncProperty(
        chineseText,
        fc.constantFrom('utf-8', 'gb18030'),
        fc.array(fc.nat(400), { maxLength: 8 }),
        async (text, encoding, cuts) => {
          const bytes = iconv.encode(`小区名称,${text}`, encoding === 'utf-8' ? 'utf8' : 'gb18030');
          const result = await decode(bytes, cuts);
          expect(result.text).toBe(`小区名称,${text}`);
          expect(result.choice?.encoding).toBe(encoding);
        },
      ),
    );
  });

  it('passes leading ASCII through and decides on the first non-ASCII text, even past 256 KiB', async () => {
    const ascii = 'id,name\r\n'.repeat(40_000);
    const bytes = Buffer.concat([Buffer.from(ascii), iconv.encode('C1,丰泽花园\r\n', 'gbk')]);
    const result = await decode(bytes, [65_536, 131_072, 300_000]);
    expect(result.choice?.encoding).toBe('gb18030');
    expect(result.text.endsWith('C1,丰泽花园\r\n')).toBe(true);
  });

  it('removes a byte order mark and reports pure ASCII as UTF-8', async () => {
    expect(await decode(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toMatchObject({
      text: 'a',
      choice: { encoding: 'utf-8' },
    });
    expect(await decode(Buffer.from('abc'))).toMatchObject({
      text: 'abc',
      choice: { encoding: 'utf-8', issues: [] },
    });
    const gbBom = Buffer.concat([Buffer.from([0x84, 0x31, 0x95, 0x33]), iconv.encode('小区', 'gb18030')]);
    expect(await decode(gbBom)).toMatchObject({ text: '小区', choice: { encoding: 'gb18030' } });
  });

  it('reports bytes that decode in neither encoding, and leaves U+FFFD for the row reader', async () => {
    const bytes = Buffer.concat([Buffer.from('小区,'), Buffer.from([0xff, 0xff, 0x00, 0x81])]);
    const result = await decode(bytes);
    expect(result.choice?.issues[0]).toMatchObject({ code: 'ENCODING_UNKNOWN', severity: 'error' });
    expect(result.text).toContain('\uFFFD');
  });

  it('uses an encoding named by the caller, and refuses one it does not know', async () => {
    expect((await decode(iconv.encode('金额（元）', 'gbk'), [3], 'gbk')).text).toBe('金额（元）');
    await expect(decode(Buffer.from('a'), [], 'latin9' as 'gbk')).rejects.toThrow(TableReadError);
  });
});

describe('sniffDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3', ','],
    ['a\tb\tc\n1\t2\t3', '\t'],
    ['a;b;c\n1;2;3', ';'],
    ['a|b|c', '|'],
    ['标题\n"a,b";c;d\n1;2;3', ';'],
    ['只有一列', ','],
  ])('%j → %j', (text, expected) => {
    expect(sniffDelimiter(text)).toBe(expected);
  });
});
