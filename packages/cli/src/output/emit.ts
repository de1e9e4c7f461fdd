import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from '../cli-error';
import type { CliIo } from '../cli-io';
import { bi } from '../lang';

/**
 * Writes a command's result: to `out` (relative to the working directory) when given, else to stdout. Text
 * gets a final line break; binary output (XLSX) is refused on a terminal.
 */
export async function emit(io: CliIo, data: string | Uint8Array, out: string | undefined): Promise<void> {
  const body = typeof data === 'string' && !data.endsWith('\n') ? `${data}\n` : data;
  if (out !== undefined) {
    const path = resolve(io.cwd, out);
    try {
      await writeFile(path, body);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new CliError(
        'OUT_UNWRITABLE',
        bi(`无法写入输出文件 ${out}（${code}）`, `Cannot write the output file ${out} (${code})`),
      );
    }
    return;
  }
  if (typeof body !== 'string' && io.stdout.isTTY === true)
    throw new CliError(
      'USAGE',
      bi(
        '二进制输出（XLSX）不能写到终端，请用 --out 指定文件',
        'Binary output (XLSX) cannot go to a terminal; name a file with --out',
      ),
    );
  io.stdout.write(body);
}
