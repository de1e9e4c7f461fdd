// One Node HTTP server on loopback: the service under /v1, the app endpoints under /app, the built web app at /.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createRectifyService } from '@rectify/service';
import { Hono } from 'hono';
import { AppData } from './app-data';
import { appRoutes } from './app-routes';
import { staticFiles } from './static-files';
import type { Storage } from './storage/storage';

/** Options of {@link createAppHandler} and {@link startAppServer}. */
export interface AppServerOptions {
  storage: Storage;
  /** The folder of the built web app. */
  distDir: string;
  /** The demo key (role city, Quanzhou) the service accepts and the web app uses. */
  demoKey: string;
  /** The dataset cache; one is made when absent. */
  data?: AppData;
}

/** The whole app as one fetch handler, and its dataset cache. */
export function createAppHandler(options: AppServerOptions): {
  fetch: (request: Request) => Promise<Response>;
  data: AppData;
} {
  const data = options.data ?? new AppData(options.storage);
  const service = createRectifyService({
    keys: [{ key: options.demoKey, role: 'city', divisionCode: '350500', id: 'demo:city' }],
  });
  const files = staticFiles(options.distDir);
  const app = new Hono();
  app.all('/v1/*', (c) => service.fetch(c.req.raw));
  app.route('/', appRoutes({ storage: options.storage, data, demoKey: options.demoKey }));
  app.all('*', async (c) => (await files(c.req.raw)) ?? c.text('Not found', 404));
  return { fetch: async (request) => app.fetch(request), data };
}

/** A running app server. */
export interface RunningApp {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly port: number;
  readonly data: AppData;
  /** Stops listening and closes open connections (the storage stays open: its owner closes it). */
  close(): Promise<void>;
}

/** Starts the app on 127.0.0.1:`port` (`0` picks a free port). */
export function startAppServer(options: AppServerOptions & { port: number }): Promise<RunningApp> {
  const { fetch, data } = createAppHandler(options);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port: options.port, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        port: info.port,
        data,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
