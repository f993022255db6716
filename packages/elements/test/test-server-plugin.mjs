// Starts the real reference server (temp SQLite, seeded) inside web-test-runner's Node process, so browser
// tests talk to it over loopback HTTP. Browser code gets the base URL and publishable key from the virtual
// module `/__tsunagu__/server.js`; staff-only checks (secret key, refused from browsers by design) run in
// Node through the `tsunagu-admin` server command.
import { register } from 'tsx/esm/api';

register();

export function testServerPlugin() {
  let serverPromise;
  let devServerPort;
  const startServer = () => {
    serverPromise ??= import('@tsunagu/server/testing').then(({ startTestServer }) =>
      startTestServer({
        seed: 'yokohama',
        origins: [`http://localhost:${devServerPort}`, `http://127.0.0.1:${devServerPort}`],
      }),
    );
    return serverPromise;
  };
  return {
    name: 'tsunagu-test-server',
    serverStart({ config }) {
      devServerPort = config.port;
    },
    async serverStop() {
      if (serverPromise) await (await serverPromise).close();
    },
    async serve(context) {
      if (context.path !== '/__tsunagu__/server.js') return undefined;
      const server = await startServer();
      const body =
        `export const apiBase = ${JSON.stringify(server.url)};\n` +
        `export const publishableKey = ${JSON.stringify(server.publishableKey)};\n`;
      return { body, type: 'js' };
    },
    async executeCommand({ command, payload }) {
      if (command !== 'tsunagu-admin') return undefined;
      const server = await startServer();
      const response = await fetch(new URL(payload.path, server.url), {
        method: payload.method ?? 'GET',
        // staff work in tests is the city administrator's (a bearer session opened for the call)
        headers: {
          authorization: `Bearer ${server.sessionFor('admin')}`,
          'content-type': 'application/json',
        },
        body: payload.body === undefined ? undefined : JSON.stringify(payload.body),
      });
      return { status: response.status, body: await response.json().catch(() => null) };
    },
  };
}
