// Serves the built web app (dist/): hashed assets cached for a year, index.html never cached.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const NOT_BUILT = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>Rectify Kit</title>
<p>网页尚未构建：请运行 <code>npm run build</code>（或 <code>npm start</code>）。</p>
<p>The web app is not built: run <code>npm run build</code> (or <code>npm start</code>).</p></html>`;

/** A fetch-style handler for GET/HEAD of the files under `root`; `undefined` lets the caller answer 404. */
export function staticFiles(root: string): (request: Request) => Promise<Response | undefined> {
  const base = resolve(root);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url).pathname);
    } catch {
      return undefined;
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = resolve(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) return undefined;
    try {
      if (!(await stat(file)).isFile()) return undefined;
    } catch {
      if (path === '/index.html')
        return new Response(NOT_BUILT, {
          status: 503,
          headers: { 'content-type': TYPES['.html'] as string },
        });
      return undefined;
    }
    const body = request.method === 'HEAD' ? null : await readFile(file);
    const hashed = path.startsWith('/assets/');
    return new Response(body, {
      headers: {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        'x-content-type-options': 'nosniff',
      },
    });
  };
}
