export interface StaticServerOptions {
  /** [url prefix, folder] pairs, most specific first. */
  mounts: [string, string][];
  port?: number;
  host?: string;
  /** Extra `connect-src` sources for the CSP; read per request, so it may be filled after start. */
  connectSrc?: string[];
  /** Text swaps in served HTML; read per request. */
  replaceInHtml?: [string, string][];
}
export function startStaticServer(
  options: StaticServerOptions,
): Promise<{ url: string; close(): Promise<void> }>;
