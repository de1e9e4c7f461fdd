import iconv from 'iconv-lite';
import { detectEncoding, type TextEncoding, type TextEncodingName } from '../cells/encoding';
import { cellIssue } from '../cells/issue';
import type { CellIssue } from '../cells/types';
import { TableReadError } from './read-error';

/** What the decoder settled on, reported once, before the first text that depends on it. */
export interface DecodingChoice {
  /** The encoding used. */
  encoding: TextEncoding;
  /** `ENCODING_UNKNOWN` errors and `ENCODING_AMBIGUOUS` warnings about the choice. */
  issues: CellIssue[];
}

type Decoder = ReturnType<typeof iconv.getDecoder>;

// iconv-lite strips a byte order mark only for the encodings it calls BOM-aware (UTF-8, UTF-16), not
// for GB18030's `84 31 95 33`, which decodes to U+FEFF like the others.
function bomless(decoder: Decoder): Decoder {
  let first = true;
  return {
    write(bytes: Buffer): string {
      const text = decoder.write(bytes);
      if (!first || text === '') return text;
      first = false;
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    },
    end(): string | undefined {
      const text = decoder.end();
      if (!first || !text) return text;
      first = false;
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    },
  } as Decoder;
}

const ICONV: Record<TextEncoding, string> = {
  'utf-8': 'utf8',
  gb18030: 'gb18030',
  'utf-16le': 'utf16le',
  'utf-16be': 'utf16be',
};

const NAMES: Record<string, TextEncoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

// Enough text to hold a title block and a header row of any real table, so the guess sees Chinese.
const SAMPLE_BYTES = 256 * 1024;

/** The encoding a caller named, or a `TableReadError` when the kit does not know it. */
export function resolveEncoding(name: TextEncodingName | string): TextEncoding {
  const encoding = NAMES[String(name).toLowerCase()];
  if (!encoding) throw new TableReadError('INVALID_OPTION', `encoding: unknown encoding ${String(name)}`);
  return encoding;
}

function hex(bytes: Uint8Array, offset: number): string {
  return Array.from(bytes.subarray(offset, offset + 8), (b) => b.toString(16).padStart(2, '0')).join(' ');
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  return Buffer.concat(parts);
}

/**
 * Decodes a stream of bytes to text chunk by chunk, never holding the whole text. With `encoding` it is
 * used as given. Without, the leading ASCII passes through as it is (it reads the same in UTF-8 and
 * GB18030) and the encoding is chosen by `detectEncoding` on up to 256 KiB from the first non-ASCII
 * byte, cut at a line end so no character is split; `onChoice` hears the choice and any doubt about it
 * before the text that depends on it. Bytes that do not decode become U+FFFD, which the row reader
 * reports cell by cell. A byte order mark is removed.
 */
export async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array>,
  encoding: TextEncodingName | undefined,
  onChoice: (choice: DecodingChoice) => void,
): AsyncGenerator<string> {
  if (encoding !== undefined) {
    const chosen = resolveEncoding(encoding);
    onChoice({ encoding: chosen, issues: [] });
    const decoder = bomless(iconv.getDecoder(ICONV[chosen], { stripBOM: true }));
    for await (const chunk of chunks) {
      const text = decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      if (text) yield text;
    }
    const rest = decoder.end();
    if (rest) yield rest;
    return;
  }
  let decoder: Decoder | undefined;
  let sample: Uint8Array[] = [];
  let sampled = 0;
  let offset = 0;
  let sampleStart = -1;
  const choose = (bytes: Uint8Array, atEnd: boolean): Decoder => {
    let cut = bytes.byteLength;
    if (!atEnd) {
      const lastLineEnd = bytes.lastIndexOf(0x0a);
      if (lastLineEnd > 0) cut = lastLineEnd + 1;
    }
    const guess = detectEncoding(bytes.subarray(0, cut));
    const issues: CellIssue[] = [];
    if (guess.confidence === 'none') {
      const at = guess.invalidOffset ?? 0;
      issues.push({
        ...cellIssue(
          'ENCODING_UNKNOWN',
          hex(bytes, at),
          `无法识别文件编码：按 UTF-8 或 GB18030 解码均出错（第 ${sampleStart + at} 字节起），无法解码的单元格已逐一列出；请另存为“CSV UTF-8”或 XLSX 后重新上传。`,
          `The file's encoding cannot be recognised: it decodes neither as UTF-8 nor as GB18030 (from byte offset ${sampleStart + at}); the cells that do not decode are listed. Save it as "CSV UTF-8" or XLSX and upload it again.`,
        ),
        offset: sampleStart + at,
      });
    } else if (guess.ambiguous) {
      issues.push(
        cellIssue(
          'ENCODING_AMBIGUOUS',
          hex(bytes, 0),
          '文件内容既可按 UTF-8 也可按 GB18030 解读，已按 UTF-8 读取，请核对文字是否正确。',
          'The file reads both as UTF-8 and as GB18030; it was read as UTF-8. Please check that the text is right.',
          'warning',
        ),
      );
    }
    onChoice({ encoding: guess.encoding, issues });
    return bomless(iconv.getDecoder(ICONV[guess.encoding], { stripBOM: true }));
  };
  for await (const chunk of chunks) {
    if (decoder) {
      const text = decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      if (text) yield text;
      continue;
    }
    if (sampleStart === -1) {
      // NUL counts as non-ASCII: text tables never hold it, binary files and BOM-less UTF-16 do.
      let i = 0;
      while (i < chunk.byteLength && (chunk[i] as number) < 0x80 && chunk[i] !== 0) i += 1;
      if (i > 0) yield Buffer.from(chunk.buffer, chunk.byteOffset, i).toString('latin1');
      offset += i;
      if (i === chunk.byteLength) continue;
      sampleStart = offset;
      sample = [chunk.subarray(i)];
      sampled = chunk.byteLength - i;
    } else {
      sample.push(chunk);
      sampled += chunk.byteLength;
    }
    if (sampled >= SAMPLE_BYTES) {
      const bytes = concat(sample);
      sample = [];
      decoder = choose(bytes, false);
      const text = decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      if (text) yield text;
    }
  }
  if (!decoder && sampleStart === -1) {
    onChoice({ encoding: 'utf-8', issues: [] });
    return;
  }
  const active = decoder ?? choose(concat(sample), true);
  if (sample.length > 0) {
    const bytes = concat(sample);
    const text = active.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (text) yield text;
  }
  const rest = active.end();
  if (rest) yield rest;
}
