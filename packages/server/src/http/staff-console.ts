// Serves the staff console (a built folder of static files, @tsunagu/console's dist/) at /staff/, on the
// server's own origin so its session cookie is first-party, under a strict Content-Security-Policy: no
// inline script or style, nothing from anywhere else, never framed.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Hono } from 'hono';
import type { AppEnv } from './types.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

export const STAFF_CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS = {
  'Content-Security-Policy': STAFF_CONSOLE_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/** Mounts GET /staff and /staff/* on the app; unknown paths under /staff/ get the console's index (client routes). */
export function mountStaffConsole(app: Hono<AppEnv>, dir: string): void {
  const root = normalize(dir);
  const send = async (file: string, cache: string) => {
    const body = await readFile(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    return new Response(body, {
      status: 200,
      headers: { ...HEADERS, 'Content-Type': type, 'Cache-Control': cache },
    });
  };
  app.get('/staff', (c) => c.redirect('/staff/', 308));
  app.get('/staff/*', async (c) => {
    const relative = decodeURIComponent(c.req.path.slice('/staff/'.length));
    const file = normalize(join(root, relative));
    const inside = file === root || file.startsWith(root.endsWith(sep) ? root : root + sep);
    if (!inside) return c.body('Not found', 404, HEADERS);
    if (relative !== '' && extname(file) !== '') {
      const found = await stat(file).catch(() => null);
      if (found?.isFile()) return send(file, 'no-cache');
      return c.body('Not found', 404, HEADERS);
    }
    // the console's own routes (/staff/, /staff/reports/…) all load the one page
    const index = join(root, 'index.html');
    if (!(await stat(index).catch(() => null)))
      return c.body(
        'The staff console is not built: run `pnpm --filter @tsunagu/console run build`.',
        503,
        HEADERS,
      );
    return send(index, 'no-store');
  });
}
