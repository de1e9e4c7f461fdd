// Builders of the bad-input corpus for the table readers: CSV text, XLSX workbooks, hand-made zips.
// Everything is generated in code, so no large or binary file is committed.
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import { completeOrganisationCode, completeResidentId, completeUscc } from '@rectify/schemas';
import ExcelJS from 'exceljs';

const BODY_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid Unified Social Credit Code, different for each seed. */
export function validUscc(seed: number): string {
  let body = '';
  let n = Math.abs(Math.trunc(seed)) + 1;
  for (let i = 0; i < 8; i += 1) {
    body += BODY_ALPHABET[n % BODY_ALPHABET.length];
    n = Math.floor(n / BODY_ALPHABET.length) + i * 7;
  }
  return completeUscc(`91350500${completeOrganisationCode(body)}`);
}

/** A valid resident ID number born in 1990, different for each seed below 1000. */
export function validResidentId(seed: number): string {
  return completeResidentId(`35050219900101${String(seed % 1000).padStart(3, '0')}`);
}

/** One CSV field, quoted when it must be. */
export function csvField(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV text of rows, lines ended by CRLF as Excel writes them. */
export function csvText(rows: readonly (readonly unknown[])[]): string {
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** An XLSX workbook built by exceljs's (non-streaming) writer. */
export async function xlsxBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A part of a hand-made zip. */
export interface ZipPart {
  name: string;
  /** The uncompressed bytes, or already deflated ones with `deflated`. */
  data: Uint8Array;
  /** Store deflated (the default) or stored. */
  method?: 0 | 8;
  /** `data` is already raw-deflated; give `size` and `crc`. */
  deflated?: boolean;
  /** Uncompressed size for pre-deflated data; the directory claims it unless `claimedSize` is given. */
  size?: number;
  /** CRC-32 for pre-deflated data. */
  crc?: number;
  /** The uncompressed size written in the headers, true or not. */
  claimedSize?: number;
  /** Local header offset written in the central directory, true or not. */
  claimedOffset?: number;
}

/** A zip archive written by hand, so that its headers can lie. */
export function buildZip(parts: readonly ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const method = part.method ?? 8;
    const name = Buffer.from(part.name, 'utf8');
    const compressed =
      part.deflated || method === 0 ? Buffer.from(part.data) : deflateRawSync(Buffer.from(part.data));
    const size = part.claimedSize ?? part.size ?? part.data.byteLength;
    const crc = part.crc ?? crc32(part.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(compressed.byteLength, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.byteLength, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(compressed.byteLength, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.byteLength, 28);
    central.writeUInt32LE(part.claimedOffset ?? offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += 30 + name.byteLength + compressed.byteLength;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** `bytes` of zeros, raw-deflated chunk by chunk (never all in memory), with their size and CRC. */
export async function deflatedZeros(bytes: number): Promise<{ data: Uint8Array; size: number; crc: number }> {
  const chunk = Buffer.alloc(1024 * 1024);
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  for (let left = bytes; left > 0; left -= chunk.byteLength) {
    const part = left >= chunk.byteLength ? chunk : chunk.subarray(0, left);
    crc = crc32(part, crc);
    if (!deflate.write(part)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { data: new Uint8Array(Buffer.concat(out)), size: bytes, crc };
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

/**
 * An XLSX-shaped zip whose worksheet is `bytes` of zeros deflated to a few hundred KB. With
 * `lie`, the directory claims the sheet is 1,000 bytes, so only inflating reveals the bomb.
 */
export async function zipBomb(bytes: number, lie = false): Promise<Uint8Array> {
  const kernel = await deflatedZeros(bytes);
  return buildZip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: 'xl/workbook.xml', data: Buffer.from(WORKBOOK) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(RELS) },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: kernel.data,
      deflated: true,
      size: kernel.size,
      crc: kernel.crc,
      ...(lie ? { claimedSize: 1000 } : {}),
    },
  ]);
}

/** A minimal XLSX-shaped zip with the given worksheet XML, for parts exceljs would not write. */
export function handMadeXlsx(sheetXml: string): Uint8Array {
  return buildZip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: 'xl/workbook.xml', data: Buffer.from(WORKBOOK) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(RELS) },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheetXml) },
  ]);
}

/** A 1×1 PNG image. */
export const PNG_BYTES = new Uint8Array(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
);
