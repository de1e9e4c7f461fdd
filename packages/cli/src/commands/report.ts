import type { CliIo } from '../cli-io';
import type { ExitCode } from '../exit-codes';

export async function reportCommand(_argv: readonly string[], _io: CliIo): Promise<ExitCode> {
  return 2;
}
