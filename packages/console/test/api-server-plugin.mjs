// Component tests talk to a real reference server the way the console does in production: same origin,
// cookie session, CSRF token. web-test-runner serves the test pages from its own origin, so this plugin
// starts `startTestServer` with that origin as the server's public origin and forwards /v1/… from the test
// runner's origin to it (middleware below): the browser sees one origin, the session cookie is first-party
// and the server's same-origin and CSRF checks run for real. (The alternative, testing only the api
// module's error mapping over the command channel, would leave the cookie path untested.)
// Test pages read the people and key from the virtual module /__console__/server.js; `console-send-report`
// sends a report with the publishable key, `console-totp` makes the administrator's current 6-digit code.
import { register } from 'tsx/esm/api';

register();

export function consoleTestServer() {
  let lastTotpStep = 0;
  let serverPromise;
  let port;
  const start = () => {
    serverPromise ??= import('@tsunagu/server/testing').then(({ startTestServer }) =>
      startTestServer({
        seed: 'yokohama',
        publicOrigin: `http://localhost:${port}`,
        origins: [`http://localhost:${port}`],
      }),
    );
    return serverPromise;
  };

  /** Koa middleware: /v1/… goes to the test server, unchanged, answers come back with their cookies. */
  async function proxy(ctx, next) {
    if (!ctx.path.startsWith('/v1/')) return next();
    const server = await start();
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    const headers = {};
    for (const [name, value] of Object.entries(ctx.headers))
      if (!['host', 'connection', 'content-length', 'accept-encoding'].includes(name)) headers[name] = value;
    const answer = await fetch(new URL(ctx.url, server.url), {
      method: ctx.method,
      headers,
      body: chunks.length ? Buffer.concat(chunks) : undefined,
      redirect: 'manual',
    });
    ctx.status = answer.status;
    answer.headers.forEach((value, name) => {
      if (
        !['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'set-cookie'].includes(
          name,
        )
      )
        ctx.set(name, value);
    });
    const cookies = answer.headers.getSetCookie();
    if (cookies.length) ctx.set('set-cookie', cookies);
    ctx.body = Buffer.from(await answer.arrayBuffer());
  }

  const plugin = {
    name: 'tsunagu-console-test-server',
    serverStart({ config }) {
      port = config.port;
    },
    async serverStop() {
      if (serverPromise) await (await serverPromise).close();
    },
    async serve(context) {
      if (context.path !== '/__console__/server.js') return undefined;
      const server = await start();
      const people = Object.fromEntries(
        Object.entries(server.staff).map(([k, v]) => [k, { id: v.id, login: v.login, password: v.password }]),
      );
      return { body: `export const people = ${JSON.stringify(people)};\n`, type: 'js' };
    },
    async executeCommand({ command, payload }) {
      if (command === 'console-send-report') {
        const server = await start();
        const response = await fetch(new URL('/v1/concern-reports', server.url), {
          method: 'POST',
          headers: {
            authorization: `Bearer ${server.publishableKey}`,
            origin: `http://localhost:${port}`,
            'content-type': 'application/json',
            'idempotency-key': crypto.randomUUID(),
          },
          body: JSON.stringify(payload),
        });
        return { status: response.status, body: await response.json() };
      }
      if (command === 'console-totp') {
        // the server refuses a time step at or before the last one used, so every code handed out is for
        // a later step than the one before (the next step is accepted for clock drift; beyond it, wait)
        const server = await start();
        const { TOTP, Secret } = await import('otpauth');
        const totp = new TOTP({ secret: Secret.fromBase32(server.staff.admin.totpSecret) });
        let step = Math.floor(Date.now() / 30000);
        if (step <= lastTotpStep) step = lastTotpStep + 1;
        while (step > Math.floor(Date.now() / 30000) + 1) await new Promise((r) => setTimeout(r, 500));
        lastTotpStep = step;
        return totp.generate({ timestamp: step * 30000 });
      }
      return undefined;
    },
  };
  return { plugin, proxy };
}
