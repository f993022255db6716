// The server's public API, type-checked from the installed package (its types name better-sqlite3's and
// Hono's, which must come with it).
import { createApp, openDatabase, seedYokohama, type Db } from '@tsunagu/server';
import { startTestServer, type TestServer } from '@tsunagu/server/testing';

export async function withServer(run: (url: string, key: string) => Promise<void>): Promise<void> {
  const server: TestServer = await startTestServer({ seed: 'yokohama' });
  try {
    await run(server.url, server.publishableKey);
  } finally {
    await server.close();
  }
}

export function open(path: string): Db {
  const db = openDatabase(path);
  // @ts-expect-error — a Db is better-sqlite3's Database, not a string
  const wrong: string = db;
  void wrong;
  return db;
}

export { createApp, seedYokohama };
