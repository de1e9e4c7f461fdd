// Starts the service on loopback (port 0) for a suite, with a log collector.
import type { RequestLogEntry } from '../../src/logging/logger';
import { type RunningServer, type StartServerOptions, startServer } from '../../src/server/start-server';
import { ALL_KEYS } from './fixtures';

/** A running test server and the log entries it wrote. */
export interface TestServer extends RunningServer {
  readonly logs: RequestLogEntry[];
}

/** Starts the service with the test keys on 127.0.0.1, port 0. */
export async function startTestServer(options: Partial<StartServerOptions> = {}): Promise<TestServer> {
  const logs: RequestLogEntry[] = [];
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    keys: ALL_KEYS,
    logger: (entry) => logs.push(entry),
    ...options,
  });
  return Object.assign(server, { logs });
}
