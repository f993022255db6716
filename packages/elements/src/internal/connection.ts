// The one load policy of the widgets: settings resolved once (the widget's attribute, else the embed
// script's default), a load started when its inputs change, the previous one aborted so a slow answer for
// old inputs never overwrites a newer one, and an abort on disconnect. Views read plain state.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getDefaults } from '../defaults.js';
import { failureFor, type Failure } from './failures.js';

/** Where a widget reaches the API: resolved once from its attributes and the embed defaults. */
export interface ResolvedSettings {
  /** The widget's `api-base`, else the embed script's (empty when neither is set). */
  apiBase: string;
  /** The widget's `key`, else the embed script's (empty when neither is set). */
  key: string;
  /** The element's language, sent as `Accept-Language`. */
  locale: string;
}

/** The widget's own settings win over the embed script's defaults; an empty attribute counts as unset. */
export function resolveSettings(own: {
  apiBase?: string | undefined;
  key?: string | undefined;
  locale: string;
}): ResolvedSettings {
  const defaults = getDefaults();
  return {
    apiBase: own.apiBase || defaults.apiBase || '',
    key: own.key || defaults.key || '',
    locale: own.locale,
  };
}

/** What a load shows: nothing asked yet, on its way, the data, or why it failed. */
export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'failed'; failure: Failure };

export interface LoadOptions<I, T> {
  /**
   * The inputs of the load (settings, filters). Read on every host update; a load starts when they differ
   * (by their JSON) from the last load's, or `undefined` to wait (e.g. before the first render).
   */
  inputs: () => I | undefined;
  /** Fetches for those inputs; must pass `signal` on to the SDK so an aborted load stops its request. */
  load: (inputs: I, signal: AbortSignal) => Promise<T>;
  /** Called once a load settles for the current inputs (announcements, focus); never for a stale one. */
  settled?: (state: LoadState<T>) => void;
}

/**
 * Loads data for a Lit element. One AbortController per load: a new load (inputs changed, `reload()`) or
 * the element leaving the page aborts the previous one, and only the current load may change `state`.
 */
export class LoadController<I, T> implements ReactiveController {
  state: LoadState<T> = { status: 'idle' };
  private loader: AbortController | undefined;
  private lastInputs: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LoadOptions<I, T>,
  ) {
    host.addController(this);
  }

  /** The data of the last successful load for the current inputs, if any. */
  get data(): T | undefined {
    return this.state.status === 'ready' ? this.state.data : undefined;
  }

  hostUpdate(): void {
    const inputs = this.options.inputs();
    if (inputs === undefined) return;
    const id = JSON.stringify(inputs);
    if (id !== this.lastInputs) void this.start(inputs, id);
  }

  // A reconnected element renders again, so its load starts again (see hostDisconnected).
  hostConnected(): void {
    if (this.lastInputs === undefined) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.abort();
    // A reconnected element loads again (its inputs may have changed while it was away).
    this.lastInputs = undefined;
    if (this.state.status === 'loading') this.state = { status: 'idle' };
  }

  /** Loads again with the current inputs (a "try again" press). */
  reload(): Promise<void> {
    const inputs = this.options.inputs();
    return inputs === undefined ? Promise.resolve() : this.start(inputs, JSON.stringify(inputs));
  }

  private abort(): void {
    this.loader?.abort();
    this.loader = undefined;
  }

  private async start(inputs: I, id: string): Promise<void> {
    this.abort();
    const loader = new AbortController();
    this.loader = loader;
    this.lastInputs = id;
    this.set({ status: 'loading' });
    let next: LoadState<T>;
    try {
      next = { status: 'ready', data: await this.options.load(inputs, loader.signal) };
    } catch (error) {
      next = { status: 'failed', failure: failureFor(error) };
    }
    if (loader !== this.loader) return; // a newer load, or a disconnect, has taken over
    this.loader = undefined;
    this.set(next);
    this.options.settled?.(next);
  }

  private set(state: LoadState<T>): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
