// A small static file server for the example partner sites (and the end-to-end tests that drive them).
// It sends a strict Content-Security-Policy, like a careful partner would, so the widgets are always
// exercised without 'unsafe-inline' or 'unsafe-eval'.
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

/** Maps a URL path to a file under one of the mounts, refusing anything that escapes its folder. */
function resolveFile(mounts, urlPath) {
  for (const [prefix, dir] of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    const relative = decodeURIComponent(urlPath.slice(prefix.length));
    const file = normalize(join(dir, relative));
    if (file !== dir && !file.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return null;
    try {
      const stat = statSync(file);
      if (stat.isDirectory())
        return resolveFile(
          [[urlPath, file]],
          urlPath.endsWith('/') ? `${urlPath}index.html` : `${urlPath}/index.html`,
        );
      return file;
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * @param {{ mounts: [string, string][], port?: number, host?: string, connectSrc?: string[],
 *   replaceInHtml?: [string, string][] }} options
 *   mounts: [url prefix, folder] pairs, most specific first. replaceInHtml: text swaps in served HTML, so
 *   end-to-end tests can point the example pages' snippets at a test server on a random port.
 */
export function startStaticServer({
  mounts,
  port = 0,
  host = '127.0.0.1',
  connectSrc = [],
  replaceInHtml = [],
}) {
  // Built per request: callers may learn the API's URL (and push it to connectSrc) after this server starts.
  const policy = () =>
    [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      `connect-src 'self' ${connectSrc.join(' ')}`.trim(),
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "form-action 'self'",
    ].join('; ');
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = resolveFile(mounts, url.pathname);
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res
        .writeHead(file ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' })
        .end(file ? 'Method not allowed' : 'Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': policy(),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    if (req.method === 'HEAD') res.end();
    else if (replaceInHtml.length && file.endsWith('.html')) {
      res.end(
        replaceInHtml.reduce((html, [from, to]) => html.replaceAll(from, to), readFileSync(file, 'utf8')),
      );
    } else createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ url: `http://${host}:${address.port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
