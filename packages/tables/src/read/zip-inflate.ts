import { pipeline, Transform } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';
import type { ByteSource } from './byte-source';
import { type TableIssue, tableIssue } from './table-issue';
import type { ZipEntry } from './zip-guard';

/** Why an archive was refused while inflating; carries the issue to report. */
export class Refused extends Error {
  override readonly name = 'Refused';
  constructor(readonly issue: TableIssue) {
    super(issue.message.en);
  }
}

/** Throws a {@link Refused} with an `XLSX_CORRUPT` or `XLSX_ZIP_BOMB` issue. */
export function refuse(code: 'XLSX_CORRUPT' | 'XLSX_ZIP_BOMB', zh: string, en: string): never {
  throw new Refused(tableIssue(code, zh, en));
}

const DESCRIPTOR_SIGNATURE = Buffer.from([0x50, 0x4b, 0x07, 0x08]);

/**
 * Inflates one entry as a stream, checking that it expands to exactly the size the central directory
 * claims (never more: a lying size is how a bomb slips past the directory check) and matches its CRC.
 */
export async function* inflateEntry(source: ByteSource, entry: ZipEntry): AsyncGenerator<Buffer> {
  const raw = source.stream(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  const stages: Array<NodeJS.ReadableStream | NodeJS.ReadWriteStream> = [raw];
  // Behind a data descriptor with no size in the local header, the unzipper ends the entry at the first
  // descriptor signature in the data: one inside it would split the entry where the directory does not.
  if (entry.flags & 0x8 && entry.localCompressedSize === 0) {
    let tail = Buffer.alloc(0);
    stages.push(
      new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          const window = Buffer.concat([tail, chunk]);
          tail = window.subarray(Math.max(0, window.byteLength - 3));
          callback(
            window.includes(DESCRIPTOR_SIGNATURE) ? new Error('descriptor signature in data') : null,
            chunk,
          );
        },
      }),
    );
  }
  if (entry.method === 8) stages.push(createInflateRaw({ chunkSize: 64 * 1024 }));
  const output =
    stages.length === 1
      ? raw
      : (pipeline(stages as unknown as [NodeJS.ReadableStream, NodeJS.ReadWriteStream], () => {
          // Errors surface through the iteration below.
        }) as unknown as NodeJS.ReadableStream);
  let size = 0;
  let crc = 0;
  try {
    for await (const chunk of output as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      if (size > entry.uncompressedSize) {
        refuse(
          'XLSX_ZIP_BOMB',
          `工作簿中的“${entry.name}”解压后超过其声明的大小，疑似“压缩炸弹”，已拒绝读取。`,
          `The part "${entry.name}" expands beyond the size it declares, a sign of a zip bomb; the file was refused.`,
        );
      }
      crc = crc32(chunk, crc);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof Refused) throw error;
    refuse(
      'XLSX_CORRUPT',
      `工作簿中的“${entry.name}”无法解压，文件已损坏，请重新导出后上传。`,
      `The part "${entry.name}" cannot be uncompressed; the file is damaged. Export it again and upload it.`,
    );
  } finally {
    for (const stage of stages) (stage as unknown as { destroy(): void }).destroy();
  }
  if (size !== entry.uncompressedSize || crc >>> 0 !== entry.crc32 >>> 0) {
    refuse(
      'XLSX_CORRUPT',
      `工作簿中的“${entry.name}”内容校验失败，文件已损坏，请重新导出后上传。`,
      `The part "${entry.name}" fails its integrity check; the file is damaged. Export it again and upload it.`,
    );
  }
}
