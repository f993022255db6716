// Cancellation links. The id and token travel in the URL fragment (`#tsunagu-cancel=<id>.<token>`): a
// fragment is never sent to any server, so the token stays out of the partner's and the API's access logs
// and out of Referer headers. The widget reads it once and removes it from the address bar at once.

const PREFIX = 'tsunagu-cancel=';

export interface CancelCredentials {
  signupId: string;
  cancelToken: string;
}

/** The link the person keeps: the page they signed up on (or `pageUrl`), with the fragment. */
export function cancelLinkFor(pageUrl: string, credentials: CancelCredentials): string {
  const url = new URL(pageUrl);
  url.hash = `${PREFIX}${encodeURIComponent(credentials.signupId)}.${encodeURIComponent(credentials.cancelToken)}`;
  return url.href;
}

/** Reads `#tsunagu-cancel=<id>.<token>`; undefined when the fragment is something else or malformed. */
export function readCancelFragment(hash: string): CancelCredentials | undefined {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith(PREFIX)) return undefined;
  const [id, token, ...rest] = fragment.slice(PREFIX.length).split('.');
  if (!id || !token || rest.length) return undefined;
  try {
    return { signupId: decodeURIComponent(id), cancelToken: decodeURIComponent(token) };
  } catch {
    return undefined;
  }
}

/** Removes the fragment from the address bar without a navigation or a new history entry. */
export function clearCancelFragment(): void {
  const { pathname, search } = window.location;
  history.replaceState(history.state, '', `${pathname}${search}`);
}
