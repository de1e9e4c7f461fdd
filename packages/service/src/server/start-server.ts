import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { ServiceEnv } from '../service/context';
import { createRectifyService, type RectifyServiceOptions } from '../service/create-service';
import { ServiceError } from '../service-error';

/** Options of {@link startServer}: the service's options and where to listen. */
export interface StartServerOptions extends RectifyServiceOptions {
  /** The TCP port; `0` picks a free one. Defaults to 8787. */
  port?: number;
  /** The interface to listen on. Defaults to `127.0.0.1` (loopback only: put a reverse proxy with TLS in front). */
  host?: string;
}

/** A running service. */
export interface RunningServer {
  /** The base URL, e.g. `http://127.0.0.1:8787`. */
  readonly url: string;
  /** The port listened on (the one picked when `port` was 0). */
  readonly port: number;
  /** The interface listened on. */
  readonly host: string;
  /** The service's app (its `fetch` is the handler). */
  readonly app: Hono<ServiceEnv>;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/**
 * Starts the service alone on Node's HTTP server (`@hono/node-server`), on loopback by default.
 *
 * @example
 * const server = await startServer({ port: 8787, keys });
 * // … later
 * await server.close();
 */
export function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { port = 8787, host = '127.0.0.1', ...serviceOptions } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new ServiceError('INVALID_OPTION', 'port must be an integer from 0 to 65535');
  const app = createRectifyService(serviceOptions);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        host: info.address,
        app,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    // Idle connections outlive the clients' own keep-alive (undici: 4 s): the client closes first, so a request
    // never races the server closing its socket.
    if ('keepAliveTimeout' in server) {
      server.keepAliveTimeout = 65_000;
      server.headersTimeout = 66_000;
    }
    server.once('error', reject);
  });
}
