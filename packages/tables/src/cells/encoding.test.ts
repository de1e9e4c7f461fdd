import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding, type TextEncodingName } from './encoding';
import { CellUsageError } from './usage-error';

const hanzi = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((cp) => String.fromCodePoint(cp));
const filler = fc.constantFrom(...'0123456789,.- \nABCxyz，。、（）：；“”《》￥');
// A table-like Chinese text: at least eight hanzi, which makes GB18030 bytes that also happen to be
// valid UTF-8 vanishingly rare (shorter texts are covered by the "never certain and wrong" property).
const chineseText = fc
  .tuple(fc.array(hanzi, { minLength: 8, maxLength: 60 }), fc.array(filler, { maxLength: 30 }), fc.nat())
  .map(([chars, extra, seed]) => {
    const out = [...chars];
    extra.forEach((ch, i) => {
      out.splice((seed + i * 7) % (out.length + 1), 0, ch);
    });
    return out.join('');
  });

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const gb = (s: string) => new Uint8Array(iconv.encode(s, 'gb18030'));
const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

describe('detectEncoding', () => {
  it.each<[string, number[], string, boolean, string]>([
    ['UTF-8 BOM', [0xef, 0xbb, 0xbf, 0x41], 'utf-8', true, 'certain'],
    ['UTF-16LE BOM', [0xff, 0xfe, 0x41, 0x00], 'utf-16le', true, 'certain'],
    ['UTF-16BE BOM', [0xfe, 0xff, 0x00, 0x41], 'utf-16be', true, 'certain'],
    ['GB18030 BOM', [0x84, 0x31, 0x95, 0x33, 0xd6, 0xd0], 'gb18030', true, 'certain'],
    ['pure ASCII', [...Buffer.from('a,b\n1,2\n')], 'utf-8', false, 'certain'],
    ['empty', [], 'utf-8', false, 'certain'],
    ['UTF-8 Chinese', [...Buffer.from('金额（元）,备注\n1234,无')], 'utf-8', false, 'certain'],
    ['GBK Chinese', [...iconv.encode('金额（元）,备注\n1234,无', 'gbk')], 'gb18030', false, 'likely'],
  ])('%s', (_name, bytes, encoding, bom, confidence) => {
    const guess = detectEncoding(new Uint8Array(bytes));
    expect(guess).toMatchObject({ encoding, bom, confidence });
  });

  it('reports the first bad byte of the encoding that decodes further when neither fits', () => {
    // Valid UTF-8 up to offset 9, then 0xFF, which no GB18030 sequence uses either.
    const bytes = new Uint8Array([...Buffer.from('abc中文'), 0xff, 0x41]);
    expect(detectEncoding(bytes)).toEqual({
      encoding: 'utf-8',
      bom: false,
      confidence: 'none',
      invalidOffset: 9,
    });
    const gbThenBad = new Uint8Array([...iconv.encode('收入金额', 'gbk'), 0xff]);
    expect(detectEncoding(gbThenBad)).toEqual({
      encoding: 'gb18030',
      bom: false,
      confidence: 'none',
      invalidOffset: 8,
    });
  });

  it('rejects NUL bytes (UTF-16 without BOM, binary files) in both readings', () => {
    const bytes = new Uint8Array(Buffer.from('a,b', 'utf16le'));
    expect(detectEncoding(bytes)).toMatchObject({ confidence: 'none', invalidOffset: 1 });
  });

  it('keeps a short UTF-8 text with Latin-1 symbols as UTF-8, flagged as ambiguous', () => {
    expect(detectEncoding(utf8('m²'))).toMatchObject({
      encoding: 'utf-8',
      confidence: 'likely',
      ambiguous: true,
    });
  });

  it('recognises random Chinese text encoded as UTF-8 and as GB18030', () => {
    fc.assert(
      fc.property(chineseText, (text) => {
        expect(detectEncoding(utf8(text)).encoding).toBe('utf-8');
        expect(detectEncoding(gb(text))).toMatchObject({ encoding: 'gb18030', confidence: 'likely' });
      }),
      { numRuns: 300 },
    );
  });

  it('is never certain and wrong about a single character, in either encoding', () => {
    for (let cp = 0x4e00; cp <= 0x9fa5; cp += 1) {
      const text = String.fromCodePoint(cp);
      const guess = detectEncoding(gb(text));
      if (guess.encoding !== 'gb18030')
        expect(guess).toMatchObject({ confidence: 'likely', ambiguous: true });
      expect(detectEncoding(utf8(text))).toMatchObject({ encoding: 'utf-8', confidence: 'certain' });
    }
  });

  it('never calls invalid UTF-8 UTF-8, and never gives up on valid UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        let strict = !bytes.includes(0);
        try {
          fatalUtf8.decode(bytes);
        } catch {
          strict = false;
        }
        const guess = detectEncoding(bytes);
        if (guess.bom) return;
        if (strict)
          expect(
            guess.confidence === 'none' || (guess.encoding !== 'utf-8' && guess.confidence !== 'likely'),
          ).toBe(false);
        else expect(guess.encoding === 'utf-8' && guess.confidence !== 'none').toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('decodeText', () => {
  it('round-trips random Chinese text in both encodings, with no issues', () => {
    fc.assert(
      fc.property(chineseText, (text) => {
        expect(decodeText(utf8(text))).toEqual({ text, encoding: 'utf-8', issues: [] });
        expect(decodeText(gb(text))).toEqual({ text, encoding: 'gb18030', issues: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('removes a byte order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('金额')])).text).toBe('金额');
    expect(
      decodeText(new Uint8Array([0x84, 0x31, 0x95, 0x33, ...iconv.encode('金额', 'gb18030')])).text,
    ).toBe('金额');
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...Buffer.from('金额', 'utf16le')]))).toEqual({
      text: '金额',
      encoding: 'utf-16le',
      issues: [],
    });
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...Buffer.from('金额', 'utf16le').swap16()])).text).toBe(
      '金额',
    );
  });

  it('reads characters outside GBK (four-byte GB18030) exactly', () => {
    const text = '𠀀泉州€·—“”䶵';
    expect(decodeText(gb(text))).toEqual({ text, encoding: 'gb18030', issues: [] });
  });

  it('gives ENCODING_UNKNOWN with the byte offset when neither encoding fits', () => {
    const bytes = new Uint8Array([...iconv.encode('收入金额', 'gbk'), 0xff, 0x41]);
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe('收入金额\uFFFDA');
    expect(decoded.issues).toHaveLength(1);
    expect(decoded.issues[0]).toMatchObject({
      code: 'ENCODING_UNKNOWN',
      severity: 'error',
      offset: 8,
      original: 'ff 41',
    });
  });

  it('warns when the bytes read plausibly both ways', () => {
    const decoded = decodeText(utf8('m²'));
    expect(decoded.text).toBe('m²');
    expect(decoded.issues.map((i) => [i.code, i.severity])).toEqual([['ENCODING_AMBIGUOUS', 'warning']]);
  });

  it.each<[TextEncodingName, string]>([
    ['gbk', 'gb18030'],
    ['gb2312', 'gb18030'],
    ['gb18030', 'gb18030'],
  ])('decodes a forced %s as %s', (name, encoding) => {
    expect(decodeText(gb('金额（元）'), name)).toEqual({ text: '金额（元）', encoding, issues: [] });
  });

  it('gives ENCODING_INVALID when the forced encoding does not fit', () => {
    const decoded = decodeText(gb('金额'), 'utf-8');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.issues).toMatchObject([{ code: 'ENCODING_INVALID', offset: 0 }]);
    const odd = decodeText(new Uint8Array([0xff, 0xfe, 0x41]), 'utf-16le');
    expect(odd.issues).toMatchObject([{ code: 'ENCODING_INVALID', offset: 2 }]);
    const lone = decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), 'utf-16le');
    expect(lone.issues).toMatchObject([{ code: 'ENCODING_INVALID', offset: 2 }]);
  });

  it('checks the bytes behind a byte order mark', () => {
    const decoded = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...iconv.encode('金额', 'gbk')]));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.issues).toMatchObject([{ code: 'ENCODING_INVALID', severity: 'error', offset: 3 }]);
  });

  it('throws only for an encoding name it does not know', () => {
    expect(() => decodeText(utf8('a'), 'latin1' as TextEncodingName)).toThrow(CellUsageError);
  });

  it('never throws, and flags every decoding that needed a replacement character', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 60 }), (bytes) => {
        const decoded = decodeText(bytes);
        const clean = !decoded.issues.some((i) => i.severity === 'error');
        if (clean && !decoded.text.includes('\uFFFD')) return;
        // A clean decoding may only contain U+FFFD where GB18030 encodes it on purpose (84 31 A4 37).
        if (clean) expect(Buffer.from(bytes).includes(Buffer.from([0x84, 0x31, 0xa4, 0x37]))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
