// Cursor pagination: `for await` walks every item across pages; `.page()` fetches one page.

/**
 * A paginated list. Nothing is requested until you iterate or call `page()`.
 *
 * @example
 * ```ts
 * for await (const result of client.windows.list({ town: '寿町' })) console.log(result.window.name);
 *
 * const first = await client.windows.list({ limit: 10 }).page();
 * const second = first.next_cursor ? await client.windows.list({ limit: 10 }).page(first.next_cursor) : null;
 * ```
 */
export interface PagedList<T, P extends { data: T[]; next_cursor: string | null }> extends AsyncIterable<T> {
  /** One page: the first without a cursor, else the page `cursor` points at (a previous page's `next_cursor`). */
  page(cursor?: string | null): Promise<P>;
  /** Every page in turn. */
  pages(): AsyncIterable<P>;
  /** Every item, up to `max` (default 1000) so a runaway list cannot exhaust memory. */
  toArray(max?: number): Promise<T[]>;
}

/** Builds a PagedList from a function that fetches the page a cursor points at. */
export function pagedList<T, P extends { data: T[]; next_cursor: string | null }>(
  fetchPage: (cursor: string | undefined) => Promise<P>,
): PagedList<T, P> {
  async function* pages(): AsyncGenerator<P> {
    const seen = new Set<string>();
    let cursor: string | undefined;
    do {
      const page = await fetchPage(cursor);
      yield page;
      cursor = page.next_cursor ?? undefined;
      // a server that hands back a cursor it already gave would loop forever: stop instead
      if (cursor !== undefined && seen.has(cursor)) break;
      if (cursor !== undefined) seen.add(cursor);
    } while (cursor !== undefined);
  }
  async function* items(): AsyncGenerator<T> {
    for await (const page of pages()) yield* page.data;
  }
  return {
    page: (cursor) => fetchPage(cursor ?? undefined),
    pages,
    [Symbol.asyncIterator]: items,
    async toArray(max = 1000) {
      const out: T[] = [];
      for await (const item of items()) {
        if (out.length >= max) break;
        out.push(item);
      }
      return out;
    },
  };
}
