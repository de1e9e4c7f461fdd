// Serves the portal at http://127.0.0.1:<port>/examples/legacy-portal/ with the widget bundles beside it, the
// way a portal's static server would (PORT sets the port; build the bundles first: npm run build -w @rectify/widgets).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const mounts = [
  ['/examples/legacy-portal/', join(root, 'examples', 'legacy-portal')],
  ['/packages/widgets/dist/bundles/', join(root, 'packages', 'widgets', 'dist', 'bundles')],
];
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname === '/') {
    response.writeHead(302, { location: mounts[0][0] }).end();
    return;
  }
  const mount = mounts.find(([prefix]) => pathname.startsWith(prefix));
  const relative = mount ? normalize(decodeURIComponent(pathname.slice(mount[0].length))) : '';
  if (!mount || relative.split(sep).includes('..')) {
    response.writeHead(404).end();
    return;
  }
  let file = join(mount[1], relative);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, {
    'content-type': `${types[extname(file)] ?? 'application/octet-stream'}; charset=utf-8`,
  });
  createReadStream(file).pipe(response);
});

server.listen(Number(process.env.PORT ?? 8080), '127.0.0.1', () => {
  const { port } = server.address();
  if (!existsSync(mounts[1][1])) {
    process.stdout.write('No bundles yet: run npm run build -w @rectify/widgets first.\n');
  }
  process.stdout.write(`Legacy portal: http://127.0.0.1:${port}/examples/legacy-portal/\n`);
});
