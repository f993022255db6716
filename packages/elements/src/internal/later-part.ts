// The rest of a widget's flow, fetched after its first screen (issue 18: on a 128 kbps line every kilobyte
// before the first question costs ~70 ms). A widget starts the fetch right after its first render, so the
// part usually arrives while the person reads; it awaits the part only when the person moves on. A fetch that
// fails (a tunnel, a dropped line) is forgotten so the next use fetches again: nothing the person typed lives
// in the part, so a retry loses nothing.
import { laterPartsMayStart } from '../defaults.js';

/** Thrown when a later part of a widget could not be fetched; widgets show it as the `offline` failure. */
export class LaterPartError extends Error {
  constructor(
    readonly part: string,
    options?: { cause?: unknown },
  ) {
    super(`${part}: the rest of the widget could not be loaded`, options);
    this.name = 'LaterPartError';
  }
}

/**
 * Browsers that cache a failed module fetch (the module map keeps the failure; whatwg/html#6768) answer
 * every later `import()` of the same URL with the same error. The error names the URL in Chromium and
 * Firefox; fetching it again under a query string is a new module-map entry, the same file on the CDN.
 * The spec no longer caches failures (whatwg/html#10327) and current Chromium fetches again, also a file
 * the part imports (examples/e2e/later-parts.test.ts); older browsers still need the query string.
 */
function failedModuleUrl(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : '';
  return /(https?:\/\/[^\s'"]+)/.exec(message)?.[1];
}

// One counter for the page, so two retries never share a URL.
let attempts = 0;

/**
 * One later part: `load` is the widget's `() => import('./its-flow.js')`, written where the widget is so
 * the bundler makes it a chunk of its own; `exportName` is one of that module's exports, to tell the part
 * from a file it imports when the browser names the failed URL. Keep a part one file that imports only what
 * the first screen already loaded (bench/size.mjs checks this): a failed import of a file the part imports
 * stays failed in such browsers, whatever the part's own URL. Create one per part at module level, so every
 * instance of the widget on a page shares one fetch and one module.
 */
export class LaterPart<T extends object> {
  private pending: Promise<T> | undefined;
  private retryUrl: string | undefined;

  constructor(
    private readonly name: string,
    private readonly load: () => Promise<T>,
    private readonly exportName: keyof T & string,
  ) {}

  /**
   * Starts the fetch without waiting for it, once the page lets later parts start (`holdLaterParts`); a
   * failure here is reported by the next `get()`.
   */
  prefetch(): void {
    void laterPartsMayStart()
      .then(() => this.get())
      .catch(() => undefined);
  }

  /**
   * The part once the page lets later parts start: for loads the first screen does not wait for (a list
   * the second question shows), so they never take the line from another widget's first screen.
   */
  async whenAllowed(): Promise<T> {
    await laterPartsMayStart();
    return this.get();
  }

  /** The part, fetched once; after a failure the next call fetches again. */
  get(): Promise<T> {
    this.pending ??= this.fetchPart().catch((error: unknown) => {
      this.pending = undefined;
      throw error instanceof LaterPartError ? error : new LaterPartError(this.name, { cause: error });
    });
    return this.pending;
  }

  private async fetchPart(): Promise<T> {
    if (this.retryUrl) {
      attempts += 1;
      const module = (await import(/* @vite-ignore */ `${this.retryUrl}?attempt=${attempts}`)) as T;
      if (this.exportName in module) return module;
      this.retryUrl = undefined; // the failed URL was not the part itself: ask for the part again
    }
    try {
      return await this.load();
    } catch (error) {
      this.retryUrl = failedModuleUrl(error);
      throw error;
    }
  }
}
