/** Where the widgets reach the tsunagu API. One object for the whole app, read once at start. */
export interface TsunaguConfig {
  /** The tsunagu API, e.g. `https://api.example.jp` (`http://127.0.0.1:8787` with `pnpm start`). */
  apiBase: string;
  /** The community centre's publishable key (`pk_…`): never a secret key in a page. */
  key: string;
}

/**
 * Reads the config from the mount element's `data-api-base` and `data-key`. They live in the HTML (not in
 * the bundle) so one build serves every environment, and so the example server can point them elsewhere.
 */
export function readConfig(mount: HTMLElement): TsunaguConfig {
  const apiBase = mount.dataset['apiBase'] ?? '';
  const key = mount.dataset['key'] ?? '';
  if (!apiBase || !key) throw new Error('react-app: set data-api-base and data-key on #app');
  return { apiBase, key };
}
