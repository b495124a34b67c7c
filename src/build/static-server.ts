// A static file server on 127.0.0.1, for the demo page (npm start) and the end-to-end tests.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png', '.svg': 'image/svg+xml' };

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves each of `roots` under its URL prefix, e.g. { '/': 'src/demo', '/real/': '../shared/corpus/real-pages' }. */
export async function serveStatic(roots: Record<string, string>, options: { port?: number; headers?: Record<string, string> } = {}): Promise<StaticServer> {
  const prefixes = Object.entries(roots).sort(([a], [b]) => b.length - a.length);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    const match = prefixes.find(([prefix]) => path.startsWith(prefix));
    const file = match && resolveInside(match[1], path.slice(match[0].length));
    if (!file) return void response.writeHead(404).end('not found');
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...options.headers });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    // A browser still open keeps its connections alive, and close() alone would wait for them.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function resolveInside(root: string, relativePath: string): string | undefined {
  const base = resolve(root);
  let file = normalize(join(base, relativePath));
  if (file !== base && !file.startsWith(base + sep)) return undefined;
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}
