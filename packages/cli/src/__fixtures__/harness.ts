// Test harness: runs the command line in-process with captured streams, and builds input files in a
// temporary folder (small seeded datasets, NDJSON, CSV in UTF-8 and GBK, XLSX).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type GenerateOptions, generateDataset, type WriteNdjsonOptions, writeNdjson } from '@rectify/samples';
import type { Dataset } from '@rectify/schemas';
import type { CliIo, CliStream } from '../cli-io';
import { runCli } from '../run-cli';

/** A stream that keeps what is written. */
export class Capture implements CliStream {
  readonly chunks: (string | Uint8Array)[] = [];
  isTTY?: boolean;
  columns?: number;
  constructor(tty = false) {
    if (tty) {
      this.isTTY = true;
      this.columns = 100;
    }
  }
  write(chunk: string | Uint8Array): boolean {
    this.chunks.push(chunk);
    return true;
  }
  get text(): string {
    return this.chunks.map((c) => (typeof c === 'string' ? c : Buffer.from(c).toString('utf8'))).join('');
  }
  get bytes(): Buffer {
    return Buffer.concat(this.chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : Buffer.from(c))));
  }
  // What a terminal stream offers cli-progress.
  cursorTo(): boolean {
    return true;
  }
  clearLine(): boolean {
    return true;
  }
  moveCursor(): boolean {
    return true;
  }
  clearScreenDown(): boolean {
    return true;
  }
}

/** What a run printed and returned. */
export interface RunOutcome {
  code: number;
  stdout: string;
  stderr: string;
  out: Capture;
  err: Capture;
}

/** Runs `rectify` in-process. */
export async function run(
  argv: readonly string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; ttyErr?: boolean; signal?: AbortSignal } = {},
): Promise<RunOutcome> {
  const out = new Capture();
  const err = new Capture(options.ttyErr);
  const io: CliIo = {
    stdout: out,
    stderr: err,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const code = await runCli(argv, io);
  return { code, stdout: out.text, stderr: err.text, out, err };
}

/** A fresh temporary folder; remove it with `rm(dir, { recursive: true })`. */
export async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'rectify-cli-'));
}

/** Removes a temporary folder. */
export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Writes a file, creating its folder. */
export async function put(dir: string, name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  return path;
}

/** Small generator options: fast, deterministic, and no rule fails on them as of 2023-11-30. */
export const SMALL: GenerateOptions = { seed: 'clean', communities: 6, projects: 1, workersPerProject: 3 };

/** A small generated dataset (a fresh copy each call). */
export function smallDataset(options: GenerateOptions = SMALL): Dataset {
  return generateDataset(options).dataset;
}

/** The NDJSON text `writeNdjson` writes for the options. */
export async function ndjsonText(options: WriteNdjsonOptions = SMALL): Promise<string> {
  let text = '';
  await writeNdjson(options, {
    write(chunk) {
      text += chunk;
      return true;
    },
    once() {
      return undefined;
    },
  });
  return text;
}

let gbkTable: Map<string, number[]> | undefined;

/**
 * Encodes text as GBK without a dependency: the reverse of the platform's GBK decoder (ICU), built once over
 * the two-byte code space.
 */
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++)
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable.get(ch);
      if (!pair) throw new Error(`not in GBK: ${ch}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

/** The community table's Chinese header, as street offices fill it in. */
export const COMMUNITY_HEADER = [
  '小区编号',
  '小区名称',
  '所属街道代码',
  '物业服务企业',
  '统一社会信用代码',
  '建筑面积（㎡）',
  '户数',
  '是否成立业委会',
  '是否设置公示牌',
  '公示牌位置',
  '是否位于主要人行出入口',
  '账户管理方式',
];

/** A community row of the table; `uscc` must be a valid credit code. */
export function communityRow(i: number, uscc: string): string[] {
  return [
    `C${String(i).padStart(3, '0')}`,
    `小区${i}`,
    '350503001',
    '泉州某物业服务有限公司',
    uscc,
    '1,200.5',
    String(100 + i),
    '是',
    '是',
    '东门',
    '是',
    '单独开户',
  ];
}

/** CSV text of rows (CRLF, quoted where needed). */
export function csv(rows: readonly (readonly string[])[]): string {
  const field = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return `${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
