// Test-only: a loopback HTTP proxy in front of the real test server that misbehaves on purpose — it can
// lose the first response after the server handled the request, replace responses with an error status,
// or hold requests — and records what the SDK sent, so tests can check retries and idempotency keys.
import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ProxyBehaviour =
  /** forward everything */
  | { kind: 'pass' }
  /** forward the first `count` requests (default 1), let the server answer, then cut the connection instead of answering */
  | { kind: 'drop-response'; count?: number }
  /** forward the first `count` requests (default 1; Infinity = all), then answer `status` instead of the server's answer */
  | { kind: 'replace-status'; status: number; count?: number; retryAfter?: string; json?: boolean }
  /** answer `status` without forwarding, for the first `count` requests (default Infinity) */
  | { kind: 'answer-status'; status: number; count?: number; retryAfter?: string }
  /** hold every request `ms` before forwarding */
  | { kind: 'delay'; ms: number };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

export interface TestProxy {
  url: string;
  /** every request that reached the proxy, in order */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const errorBody = (status: number) =>
  JSON.stringify({
    error: {
      type: 'server_error',
      code: 'proxy_injected',
      message: `Injected ${status}.`,
      request_id: 'req_proxy',
    },
  });

export async function startProxy(target: string, behaviour: ProxyBehaviour): Promise<TestProxy> {
  const upstream = new URL(target);
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const index = requests.length;
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers });
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const within = (count: number | undefined, fallback: number) => index < (count ?? fallback);
      if (behaviour.kind === 'answer-status' && within(behaviour.count, Infinity)) {
        const headers: Record<string, string> = {
          'content-type': 'application/json',
          'x-request-id': 'req_proxy',
        };
        if (behaviour.retryAfter !== undefined) headers['retry-after'] = behaviour.retryAfter;
        res.writeHead(behaviour.status, headers).end(errorBody(behaviour.status));
        return;
      }
      const forward = () => {
        const out = httpRequest(
          {
            host: upstream.hostname,
            port: upstream.port,
            method: req.method,
            path: req.url,
            headers: { ...req.headers, host: upstream.host },
          },
          (answer) => {
            const body: Buffer[] = [];
            answer.on('data', (c: Buffer) => body.push(c));
            answer.on('end', () => {
              if (behaviour.kind === 'drop-response' && within(behaviour.count, 1)) {
                req.socket.destroy(); // the server did the work; the client never hears of it
              } else if (behaviour.kind === 'replace-status' && within(behaviour.count, 1)) {
                const headers: Record<string, string> = {
                  'content-type': behaviour.json === false ? 'text/html' : 'application/json',
                };
                if (behaviour.retryAfter !== undefined) headers['retry-after'] = behaviour.retryAfter;
                res
                  .writeHead(behaviour.status, headers)
                  .end(behaviour.json === false ? '<h1>Bad gateway</h1>' : errorBody(behaviour.status));
              } else {
                res.writeHead(answer.statusCode ?? 502, answer.headers).end(Buffer.concat(body));
              }
            });
          },
        );
        out.on('error', () => req.socket.destroy());
        out.end(Buffer.concat(chunks));
      };
      if (behaviour.kind === 'delay') {
        const timer = setTimeout(forward, behaviour.ms);
        req.socket.on('close', () => clearTimeout(timer));
      } else forward();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port nothing listens on (bound, then closed). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
