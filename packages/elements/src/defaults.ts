/**
 * Page-wide defaults for every tsunagu widget: the API base URL, the partner's publishable key and a locale.
 * The embed script fills them from its `data-` attributes; an attribute on a widget always wins.
 */
export interface TsunaguDefaults {
  /** Base URL of the tsunagu API, e.g. `https://api.example.jp`. */
  apiBase?: string;
  /** The partner's publishable key (`pk_…`). Secret keys never belong in a page. */
  key?: string;
  /** Locale to use when neither the widget nor its ancestors carry a `lang`. */
  locale?: string;
}

const defaults: TsunaguDefaults = {};

/** Sets page-wide defaults; keys whose value is `undefined` or empty are left as they were. */
export function setDefaults(next: TsunaguDefaults): void {
  for (const [name, value] of Object.entries(next) as [keyof TsunaguDefaults, string | undefined][]) {
    if (value) defaults[name] = value;
  }
}

/** The current page-wide defaults. */
export function getDefaults(): Readonly<TsunaguDefaults> {
  return defaults;
}

let laterPartsGate: Promise<unknown> = Promise.resolve();

/**
 * Holds every widget's later parts (the rest of a flow, fetched after the first screen) until `until`
 * settles. The all-in-one embed holds them while the first screens of the page's widgets arrive: on a
 * 128 kbps line a prefetch of the first widget's later part would otherwise share the line with the next
 * widget's first screen. A part the person needs now is fetched at once, held or not.
 */
export function holdLaterParts(until: Promise<unknown>): void {
  const previous = laterPartsGate;
  laterPartsGate = Promise.allSettled([previous, until]);
}

/** Settles when later parts may be prefetched (see `holdLaterParts`). */
export function laterPartsMayStart(): Promise<unknown> {
  return laterPartsGate;
}
