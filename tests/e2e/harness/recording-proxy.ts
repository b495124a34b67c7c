// An HTTP proxy that records every request a browser makes through it and forwards only those for
// the test server: a browser launched with it (LaunchOptions.proxy) can send nothing unseen over HTTP.
import { createServer, request as forward, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingProxy {
  /** host:port, for LaunchOptions.proxy */
  address: string;
  /** Every request since the start or the last clear(), as "METHOD URL" (CONNECT host:port for TLS). */
  requests(): string[];
  clear(): void;
  close(): Promise<void>;
}

export async function startRecordingProxy(forwardedOrigin: () => string): Promise<RecordingProxy> {
  let requests: string[] = [];
  const server: Server = createServer((incoming, outgoing) => {
    requests.push(`${incoming.method} ${incoming.url}`);
    const url = URL.canParse(incoming.url ?? '') ? new URL(incoming.url!) : undefined;
    if (!url || url.origin !== forwardedOrigin()) return void outgoing.writeHead(502).end();
    const upstream = forward(url, { method: incoming.method, headers: incoming.headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    upstream.on('error', () => (outgoing.headersSent ? outgoing : outgoing.writeHead(502)).end());
    // A browser that gives up on a request mid-way must not throw out of the test run.
    incoming.on('error', () => upstream.destroy());
    incoming.pipe(upstream);
  });
  server.on('connect', (incoming, socket) => {
    requests.push(`CONNECT ${incoming.url}`);
    // A tunnel's socket is handed over with no error listener: a browser that resets it once refused would
    // otherwise throw ECONNRESET out of the test run (it did, once, in privacy.e2e.test.ts).
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    requests: () => [...requests],
    clear: () => void (requests = []),
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
