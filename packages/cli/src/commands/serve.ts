import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ApiKey, RunningServer } from '@rectify/service';
import { integerOption, noMorePositionals, parseCommandArgs, stringOption } from '../args';
import { CliError } from '../cli-error';
import type { CliIo } from '../cli-io';
import { commandContext } from '../context';
import { EXIT_CODES, type ExitCode } from '../exit-codes';
import { bi } from '../lang';
import { loadService } from '../optional-modules';

/**
 * Reads the API keys file: a JSON list of `{ key, role, divisionCode, id? }`, or `{ "keys": [...] }`. The service
 * checks each key when it starts (a malformed one stops it with a message).
 */
async function readKeys(io: CliIo, file: string): Promise<ApiKey[]> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new CliError(
      'INPUT_UNREADABLE',
      bi(`无法读取密钥文件 ${file}（${code}）`, `Cannot read the keys file ${file} (${code})`),
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  const list = Array.isArray(data) ? data : (data as { keys?: unknown } | undefined)?.keys;
  if (!Array.isArray(list))
    throw new CliError(
      'INPUT_UNREADABLE',
      bi(
        `密钥文件 ${file} 应为 JSON 列表 [{"key","role","divisionCode"}…] 或 {"keys":[…]}`,
        `The keys file ${file} must be a JSON list [{"key","role","divisionCode"}…] or {"keys":[…]}`,
      ),
    );
  return list as ApiKey[];
}

/**
 * `rectify serve`: starts the HTTP service of `@rectify/service` (`startServer`) and runs until the run's
 * signal is aborted (SIGINT/SIGTERM in the binary). Without the service package it exits 2, saying so.
 */
export async function serveCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('serve', argv, {
    port: { type: 'string' },
    host: { type: 'string' },
    keys: { type: 'string' },
  });
  const ctx = commandContext(io, values, 'serve');
  noMorePositionals(positionals, 'serve');
  const port = integerOption(values, 'port', 'serve') ?? 8080;
  if (port > 65535)
    throw new CliError('INVALID_OPTION', bi('--port 应在 0–65535 之间', '--port must be 0–65535'), {
      helpFor: 'serve',
    });
  const host = stringOption(values, 'host') ?? '127.0.0.1';
  const keysFile = stringOption(values, 'keys');
  const keys = keysFile === undefined ? [] : await readKeys(io, keysFile);
  const service = await loadService();
  if (!service)
    throw new CliError(
      'NOT_AVAILABLE',
      bi(
        '此安装不含 HTTP 服务（@rectify/service 的 startServer），无法启动',
        'The HTTP service is not available in this installation (startServer of @rectify/service)',
      ),
    );
  let server: RunningServer;
  try {
    server = await service.startServer({
      port,
      host,
      keys,
      // One JSON line per request on stdout (request id, key id, status, pack hashes); never the key itself.
      ...(ctx.quiet ? {} : { logger: (entry) => io.stdout.write(`${JSON.stringify(entry)}\n`) }),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(
      'SERVE_FAILED',
      bi(`服务无法启动：${reason}`, `The service could not start: ${reason}`),
    );
  }
  if (keys.length === 0)
    ctx.note(
      bi(
        '未给出 --keys：除 /v1/health 外的请求都将被拒绝（401）',
        'No --keys given: every request but /v1/health will be refused (401)',
      ),
    );
  const { url } = server;
  ctx.note(bi(`服务已启动：${url}（按 Ctrl+C 停止）`, `Service listening on ${url} (Ctrl+C stops it)`));
  const { signal } = io;
  await new Promise<void>((done) => {
    if (!signal) return;
    if (signal.aborted) done();
    else signal.addEventListener('abort', () => done(), { once: true });
  });
  await server.close();
  ctx.note(bi('服务已停止', 'Service stopped'));
  return EXIT_CODES.clean;
}
