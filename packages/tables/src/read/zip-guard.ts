import type { ByteSource } from './byte-source';
import { TableReadError } from './read-error';
import { type TableIssue, tableIssue } from './table-issue';

/** One file of a zip archive, as its central directory and local header describe it. */
export interface ZipEntry {
  /** Path inside the archive (`xl/worksheets/sheet1.xml`). */
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  /** General purpose flags (bit 3: sizes in a data descriptor after the data). */
  flags: number;
  /** CRC-32 of the uncompressed bytes. */
  crc32: number;
  /** Bytes of compressed data. */
  compressedSize: number;
  /** Bytes once uncompressed, as claimed by the central directory. */
  uncompressedSize: number;
  /** Offset of the local file header. */
  localHeaderOffset: number;
  /** Offset of the first byte of compressed data. */
  dataOffset: number;
  /** Offset just past the entry (its data descriptor included): where the next entry starts. */
  endOffset: number;
  /** The compressed size in the local header: 0 when a data descriptor follows the data. */
  localCompressedSize: number;
}

/** Limits of {@link guardZip}. */
export interface ZipGuardOptions {
  /** Largest total uncompressed size accepted. Defaults to 512 MiB. */
  maxUncompressedBytes?: number;
  /**
   * Largest ratio of uncompressed to compressed size of one entry, checked for entries that expand
   * beyond 1 MiB (a smaller entry cannot hurt, and tiny XML parts compress very well). Defaults to 200.
   */
  maxCompressionRatio?: number;
  /** Most entries accepted. Defaults to 10,000. */
  maxEntries?: number;
}

/** The result of {@link guardZip}: the entries in archive order, or the reason the archive is refused. */
export type ZipGuardResult =
  | { ok: true; entries: ZipEntry[]; totalUncompressed: number }
  | { ok: false; issue: TableIssue };

/** Default of `maxUncompressedBytes`: 512 MiB. */
export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 512 * 1024 * 1024;
/** Default of `maxCompressionRatio`. */
export const DEFAULT_MAX_COMPRESSION_RATIO = 200;
const DEFAULT_MAX_ENTRIES = 10_000;
const RATIO_FLOOR = 1024 * 1024;

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_DESCRIPTOR = 0x08074b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

class Corrupt {
  constructor(
    readonly zh: string,
    readonly en: string,
    readonly bomb = false,
  ) {}
}

function corrupt(zh: string, en: string): never {
  throw new Corrupt(zh, en);
}

function bomb(zh: string, en: string): never {
  throw new Corrupt(zh, en, true);
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function u64(v: DataView, at: number): number {
  const value = v.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER))
    corrupt('压缩包中的大小或偏移量超出范围。', 'A size or offset in the archive is out of range.');
  return Number(value);
}

function positiveOption(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value > 0)) {
    throw new TableReadError('INVALID_OPTION', `${name} must be a positive number, got ${String(value)}`);
  }
  return value;
}

const TRUNCATED_ZH =
  '文件不是完整的 XLSX 工作簿（可能下载或复制不完整，或并非 XLSX 文件），请重新导出后上传。';
const TRUNCATED_EN =
  'The file is not a complete XLSX workbook (it may have been cut short while downloading or copying, or is not an XLSX file); export it again and upload it.';

async function findEnd(
  source: ByteSource,
): Promise<{ cdOffset: number; cdSize: number; entries: number; endOffset: number }> {
  const tailLength = Math.min(source.size, EOCD_SIZE + MAX_COMMENT);
  const tailStart = source.size - tailLength;
  const tail = await source.read(tailStart, tailLength);
  const v = view(tail);
  let at = -1;
  for (let i = tail.byteLength - EOCD_SIZE; i >= 0; i -= 1) {
    if (v.getUint32(i, true) === SIG_EOCD && i + EOCD_SIZE + v.getUint16(i + 20, true) <= tail.byteLength) {
      at = i;
      break;
    }
  }
  if (at === -1) corrupt(TRUNCATED_ZH, TRUNCATED_EN);
  const disk = v.getUint16(at + 4, true);
  const cdDisk = v.getUint16(at + 6, true);
  let entries = v.getUint16(at + 10, true);
  let cdSize = v.getUint32(at + 12, true);
  let cdOffset = v.getUint32(at + 16, true);
  let endOffset = tailStart + at;
  if (entries === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locatorAt = at - 20;
    if (locatorAt < 0 || v.getUint32(locatorAt, true) !== SIG_ZIP64_LOCATOR)
      corrupt(TRUNCATED_ZH, TRUNCATED_EN);
    const zip64At = u64(v, locatorAt + 8);
    if (zip64At + 56 > endOffset) corrupt(TRUNCATED_ZH, TRUNCATED_EN);
    const record = view(await source.read(zip64At, 56));
    if (record.byteLength < 56 || record.getUint32(0, true) !== SIG_ZIP64_EOCD)
      corrupt(TRUNCATED_ZH, TRUNCATED_EN);
    if (record.getUint32(16, true) !== 0 || record.getUint32(20, true) !== 0) {
      corrupt('不支持分卷压缩的文件。', 'Archives split over several volumes are not supported.');
    }
    entries = u64(record, 32);
    cdSize = u64(record, 40);
    cdOffset = u64(record, 48);
    endOffset = zip64At;
  } else if (disk !== 0 || cdDisk !== 0) {
    corrupt('不支持分卷压缩的文件。', 'Archives split over several volumes are not supported.');
  }
  if (cdOffset + cdSize > endOffset) corrupt(TRUNCATED_ZH, TRUNCATED_EN);
  return { cdOffset, cdSize, entries, endOffset };
}

const utf8 = new TextDecoder('utf-8');

function parseCentral(cd: Uint8Array, count: number): ZipEntry[] {
  const v = view(cd);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > cd.byteLength || v.getUint32(at, true) !== SIG_CENTRAL) corrupt(TRUNCATED_ZH, TRUNCATED_EN);
    const flags = v.getUint16(at + 8, true);
    const method = v.getUint16(at + 10, true);
    const crc32 = v.getUint32(at + 16, true);
    let compressedSize = v.getUint32(at + 20, true);
    let uncompressedSize = v.getUint32(at + 24, true);
    const nameLength = v.getUint16(at + 28, true);
    const extraLength = v.getUint16(at + 30, true);
    const commentLength = v.getUint16(at + 32, true);
    let localHeaderOffset = v.getUint32(at + 42, true);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > cd.byteLength) corrupt(TRUNCATED_ZH, TRUNCATED_EN);
    const name = utf8.decode(cd.subarray(at + 46, at + 46 + nameLength));
    // ZIP64 extended information: only the fields saturated in the fixed header are present, in order.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = v.getUint16(extra, true);
      const size = v.getUint16(extra + 2, true);
      if (id === 0x0001) {
        let field = extra + 4;
        const take = () => {
          if (field + 8 > extra + 4 + size) corrupt(TRUNCATED_ZH, TRUNCATED_EN);
          const value = u64(v, field);
          field += 8;
          return value;
        };
        if (uncompressedSize === 0xffffffff) uncompressedSize = take();
        if (compressedSize === 0xffffffff) compressedSize = take();
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = take();
      }
      extra += 4 + size;
    }
    if (flags & 0x1) {
      corrupt(
        '工作簿已加密或设置了打开密码，请取消密码后重新导出。',
        'The workbook is encrypted; remove the password and export it again.',
      );
    }
    if (method !== 0 && method !== 8) {
      corrupt(
        '工作簿使用了不支持的压缩方式，请用 Excel 或 WPS 另存为 XLSX 后上传。',
        'The workbook uses an unsupported compression method; save it as XLSX with Excel or WPS and upload it again.',
      );
    }
    if (method === 0 && compressedSize !== uncompressedSize) corrupt(TRUNCATED_ZH, TRUNCATED_EN);
    entries.push({
      name,
      method,
      flags,
      crc32,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      dataOffset: -1,
      endOffset: -1,
      localCompressedSize: -1,
    });
    at = end;
  }
  return entries;
}

// A sequential unzipper (exceljs uses one) reads local headers one after another, so the entries must
// tile the archive exactly: a gap could hide an entry the central directory does not list, and
// overlapping entries are how the densest zip bombs reuse one compressed kernel many times.
async function checkLocalHeaders(source: ByteSource, entries: ZipEntry[], cdOffset: number): Promise<void> {
  const ordered = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  let expected = 0;
  for (let i = 0; i < ordered.length; i += 1) {
    const entry = ordered[i] as ZipEntry;
    if (entry.localHeaderOffset < expected) {
      bomb(
        '压缩包中的文件互相重叠，这是“压缩炸弹”的特征，已拒绝读取。',
        'Files in the archive overlap, a sign of a zip bomb; the file was refused.',
      );
    }
    if (entry.localHeaderOffset > expected) {
      corrupt(
        '压缩包中含有目录未列出的数据，文件可能已损坏或被篡改。',
        'The archive holds data its directory does not list; the file may be damaged or tampered with.',
      );
    }
    const header = await source.read(entry.localHeaderOffset, 30);
    const hv = view(header);
    if (header.byteLength < 30 || hv.getUint32(0, true) !== SIG_LOCAL) corrupt(TRUNCATED_ZH, TRUNCATED_EN);
    const nameLength = hv.getUint16(26, true);
    const extraLength = hv.getUint16(28, true);
    const name = utf8.decode(await source.read(entry.localHeaderOffset + 30, nameLength));
    // The unzipper splits entries by the local header's size (or, when it is 0 behind a data descriptor,
    // by the descriptor's signature), so it must agree with the directory.
    entry.localCompressedSize = hv.getUint32(18, true);
    const sizeAgrees =
      entry.localCompressedSize === entry.compressedSize ||
      entry.localCompressedSize === 0xffffffff ||
      (entry.flags & 0x8 && entry.localCompressedSize === 0);
    if (name !== entry.name || hv.getUint16(8, true) !== entry.method || !sizeAgrees) {
      corrupt(
        '压缩包的目录与文件内容不一致，文件可能已损坏。',
        "The archive's directory does not agree with its contents; the file may be damaged.",
      );
    }
    entry.dataOffset = entry.localHeaderOffset + 30 + nameLength + extraLength;
    let end = entry.dataOffset + entry.compressedSize;
    const next = i + 1 < ordered.length ? (ordered[i + 1] as ZipEntry).localHeaderOffset : cdOffset;
    if (entry.flags & 0x8 && end !== next) {
      // The data descriptor: CRC and sizes after the data, with or without its signature, 32- or 64-bit.
      const probe = await source.read(end, 4);
      const signed = probe.byteLength === 4 && view(probe).getUint32(0, true) === SIG_DESCRIPTOR;
      const sizes = signed ? [16, 24] : [12, 20];
      const fit = sizes.find((s) => end + s === next);
      end += fit ?? sizes[0] ?? 0;
    }
    if (end > cdOffset) corrupt(TRUNCATED_ZH, TRUNCATED_EN);
    entry.endOffset = end;
    expected = end;
  }
  if (expected !== cdOffset) {
    corrupt(
      '压缩包中含有目录未列出的数据，文件可能已损坏或被篡改。',
      'The archive holds data its directory does not list; the file may be damaged or tampered with.',
    );
  }
}

/**
 * Reads a zip archive's End Of Central Directory (ZIP64 too), its central directory and every local
 * header, without inflating anything, and refuses the archive before any unzipper sees it when it is
 * truncated or not a zip, encrypted, uses a compression other than stored or deflate, has entries that
 * overlap or leave gaps (`XLSX_CORRUPT`), or would expand beyond `maxUncompressedBytes` in total or by
 * more than `maxCompressionRatio` for an entry, or has more than `maxEntries` (`XLSX_ZIP_BOMB`). The
 * sizes are the ones the archive claims; the XLSX reader checks them while inflating.
 */
export async function guardZip(source: ByteSource, options: ZipGuardOptions = {}): Promise<ZipGuardResult> {
  const maxTotal = positiveOption(
    'maxUncompressedBytes',
    options.maxUncompressedBytes,
    DEFAULT_MAX_UNCOMPRESSED_BYTES,
  );
  const maxRatio = positiveOption(
    'maxCompressionRatio',
    options.maxCompressionRatio,
    DEFAULT_MAX_COMPRESSION_RATIO,
  );
  const maxEntries = positiveOption('maxEntries', options.maxEntries, DEFAULT_MAX_ENTRIES);
  try {
    if (source.size < EOCD_SIZE) corrupt(TRUNCATED_ZH, TRUNCATED_EN);
    const head = view(await source.read(0, 4));
    if (head.byteLength < 4 || head.getUint32(0, true) !== SIG_LOCAL) corrupt(TRUNCATED_ZH, TRUNCATED_EN);
    const end = await findEnd(source);
    if (end.entries > maxEntries) {
      bomb(
        `压缩包中的文件数超过 ${maxEntries} 个，已拒绝读取。`,
        `The archive holds more than ${maxEntries} files; it was refused.`,
      );
    }
    const entries = parseCentral(await source.read(end.cdOffset, end.cdSize), end.entries);
    let total = 0;
    for (const entry of entries) {
      total += entry.uncompressedSize;
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize > RATIO_FLOOR && ratio > maxRatio) {
        bomb(
          `工作簿中的“${entry.name}”压缩比异常（约 ${Math.round(ratio)} 倍，上限 ${maxRatio} 倍），疑似“压缩炸弹”，已拒绝读取。`,
          `The part "${entry.name}" expands about ${Math.round(ratio)} times (the limit is ${maxRatio}), a sign of a zip bomb; the file was refused.`,
        );
      }
    }
    if (total > maxTotal) {
      bomb(
        `工作簿解压后约 ${Math.ceil(total / 1048576)} MB，超过上限 ${Math.floor(maxTotal / 1048576)} MB，已拒绝读取；请拆分后上传。`,
        `The workbook expands to about ${Math.ceil(total / 1048576)} MB, above the limit of ${Math.floor(maxTotal / 1048576)} MB; it was refused. Split it and upload the parts.`,
      );
    }
    await checkLocalHeaders(source, entries, end.cdOffset);
    return {
      ok: true,
      entries: entries.sort((a, b) => a.localHeaderOffset - b.localHeaderOffset),
      totalUncompressed: total,
    };
  } catch (error) {
    if (!(error instanceof Corrupt)) throw error;
    return {
      ok: false,
      issue: tableIssue(error.bomb ? 'XLSX_ZIP_BOMB' : 'XLSX_CORRUPT', error.zh, error.en),
    };
  }
}
