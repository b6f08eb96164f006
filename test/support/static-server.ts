/** A static file server for the built site on 127.0.0.1, as any static host would serve `dist/`. */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  /** Serve another directory from now on (a new deploy). */
  setRoot(root: string): void;
  close(): Promise<void>;
}

async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const candidate = join(root, normalize(decodeURIComponent(urlPath)));
  if (!candidate.startsWith(root)) return undefined;
  for (const file of [candidate, join(candidate, 'index.html')]) {
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile()) return file;
  }
  return undefined;
}

export interface ServerOptions {
  /**
   * Headers sent with every file, as hosts with CORS or their own caching rules add them (`Vary: Origin`), or
   * chosen by the file's URL path, as hosts add a Content-Security-Policy by path.
   */
  headers?: Record<string, string> | ((path: string) => Record<string, string>);
}

export async function startStaticServer(initialRoot: string, options: ServerOptions = {}): Promise<StaticServer> {
  let root = resolve(initialRoot);
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = await resolveFile(root, url.pathname);
    if (!file) {
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      res.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      ...(typeof options.headers === 'function' ? options.headers(url.pathname) : options.headers),
    });
    res.end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server did not start');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    setRoot: (next) => {
      root = resolve(next);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
