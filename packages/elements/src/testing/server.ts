// Test-only helpers: the real reference server started by web-test-runner (test/test-server-plugin.mjs).
import { executeServerCommand } from '@web/test-runner-commands';

interface TestServerInfo {
  apiBase: string;
  publishableKey: string;
}

/** Base URL and demo publishable key of the real server that web-test-runner started for this run. */
export async function testServer(): Promise<TestServerInfo> {
  const path = '/__tsunagu__/server.js';
  return (await import(/* @vite-ignore */ path)) as TestServerInfo;
}

/** Calls the admin API from Node with the secret key (secret keys are refused from browsers by design). */
export async function adminRequest<T = unknown>(
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<{ status: number; body: T }> {
  return executeServerCommand('tsunagu-admin', { path, ...init });
}
