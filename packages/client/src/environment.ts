// Where the SDK runs. A secret key in a page or a worker is readable by anyone who opens dev tools.

/** True in a browser page or a web worker (anywhere a visitor can read the code and its keys). */
export function runsInBrowser(): boolean {
  const g = globalThis as { window?: unknown; document?: unknown; WorkerGlobalScope?: unknown };
  return (
    (typeof g.window !== 'undefined' && typeof g.document !== 'undefined') ||
    typeof g.WorkerGlobalScope === 'function'
  );
}
