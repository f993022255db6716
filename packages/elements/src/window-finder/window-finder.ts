import { nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html } from '../i18n/ruby.js';
import { MinuteClock } from '../internal/minute-clock.js';
import { CONCERNS } from '@tsunagu/schema';
import { checkboxGroup } from '../internal/choice-group.js';
import { emergencyNotice } from '../internal/emergency-notice.js';
import { languageName, wardNameById } from '../internal/labels.js';
import { liveRegions } from '../internal/live-announcer.js';
import { LoadController, resolveSettings, type LoadState } from '../internal/connection.js';
import { TsunaguFinderResultsEvent, type FinderResultsDetail } from '../internal/events.js';
import { NotConfiguredError } from '../internal/failures.js';
import { TsunaguElement } from '../internal/tsunagu-element.js';
import { LaterPart } from '../internal/later-part.js';
import { dataCredits, type FinderData } from './finder-data.js';
import { EMPTY_QUERY, type FinderQuery } from './finder-query.js';
import type { FinderResult, PreparedWindow } from './finder-search.js';
import { filtersFieldset, helpFirst, placeFieldset, type ViewContext } from './finder-views.js';
import { FINDER_CATALOGUES, type FinderCatalogue } from './messages/index.js';
import { PlaceController, type PlaceHost } from './place-controller.js';
import { resultsSection, type ResultsHost } from './finder-results.js';
import { readUrlState, writeUrlState } from './url-state.js';
import { finderStyles } from './window-finder.styles.js';
import { SUPPORT_WORDS, supportWords } from '../i18n/support-words.js';

/**
 * The data loading with the SDK and the schema (./finder-load.ts): asked for once the first screen — the
 * help card and the 24-hour lines, which need no data — has rendered.
 */
const finderLoad = new LaterPart('window-finder', () => import('./finder-load.js'), 'loadFromApi');

/** The later part: the data loading, the search over the windows and the result list. */
type FinderPart = Awaited<ReturnType<typeof finderLoad.get>>;

export type { FinderData } from './finder-data.js';

type LoadStatus = 'loading' | 'ready' | 'error';

/** Result cards rendered at first and per "show more" press (the filter itself covers every window). */
const PAGE_SIZE = 20;

export type { FinderResultsDetail } from '../internal/events.js';

/**
 * Finds the right consultation window: by concerns in everyday words (several at once is normal), by place
 * (geolocation on a press, a town name, or a ward) and filters; the person's own ward's windows first,
 * then the rest by distance, with today's hours and open-now in Asia/Tokyo. Always offers the ward's
 * 生活支援課 and the 24-hour national lines. Data is loaded once (the API through the SDK, or a static
 * `src` file) and filtered and sorted on the client.
 *
 * @tagname tsunagu-window-finder
 * @summary 相談窓口をさがす — find a consultation window, own ward first, open now.
 *
 * @attr ward - Preselected ward id (e.g. `naka`).
 * @attr concerns - Preselected concern codes, comma- or space-separated (e.g. `money_debt housing`).
 * @attr api-base - API base URL; defaults to the embed script's `data-api-base`.
 * @attr key - Publishable key; defaults to the embed script's `data-key`.
 * @attr src - Static mode: URL of a windows JSON file (no API at all).
 * @attr areas-src - Static mode: URL of an areas JSON file (GET /v1/areas shape) for the town box.
 * @attr open-now - Starts with the "open now" filter ticked.
 * @attr sync-url - Opt-in: mirror the choices (never a location) in the page URL.
 * @attr lang - Language (`ja`, `ja-x-easy`, `en`); follows ancestors and `<html lang>` otherwise.
 *
 * @event {TsunaguFinderResultsEvent} tsunagu-finder-results - The result list changed. `detail: { count, status }`, no personal data.
 *
 * @csspart result - One result card.
 * @csspart result-title - The window's name in a card.
 * @csspart your-ward - The "your ward" mark.
 * @csspart status-open - Open now / 24 hours.
 * @csspart status-closed - Closed now, with the next opening.
 * @csspart tel - A phone link in a card.
 * @csspart listbox - The town suggestions.
 * @csspart option - One town suggestion.
 * @csspart status - The line under the town box.
 * @csspart fallback - The "not sure where to go?" box.
 * @csspart credits - Where the data comes from (attribution its licences ask for).
 */
export class WindowFinder extends TsunaguElement implements PlaceHost {
  static override styles = [TsunaguElement.styles, finderStyles];
  static override catalogues = [FINDER_CATALOGUES, SUPPORT_WORDS];

  static override properties: PropertyDeclarations = {
    ward: {},
    concerns: {},
    apiBase: { attribute: 'api-base' },
    key: {},
    src: {},
    areasSrc: { attribute: 'areas-src' },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    openNow: { type: Boolean, attribute: 'open-now' },
    now: { attribute: false },
    data: { attribute: false },
    query: { state: true, attribute: false },
    visibleCount: { state: true, attribute: false },
    showTucked: { state: true, attribute: false },
    credits: { state: true, attribute: false },
  };

  declare ward: string;
  declare concerns: string;
  declare apiBase: string;
  declare key: string;
  declare src: string;
  declare areasSrc: string;
  declare syncUrl: boolean;
  /** Starts with the "open now" filter ticked. */
  declare openNow: boolean;
  /** The clock for open-now and today's hours: a fixed Date or a function (tests, stories); default: now. */
  declare now: Date | (() => Date) | undefined;
  /**
   * The windows, wards and towns given directly (a framework app that already has them, stories): no request
   * at all. A promise shows the loading state until it settles.
   */
  declare data: FinderData | Promise<FinderData> | undefined;

  declare protected query: FinderQuery;
  /** How many windows with a location are rendered (the rest behind "show more"). */
  declare protected visibleCount: number;
  /** Other wards' windows (or, with no ward known, every ward's) shown after the press that asks for them. */
  declare protected showTucked: boolean;
  /** Attribution lines of the loaded data (see dataCredits). */
  declare protected credits: readonly string[];

  /** Where the person is (ward, town box, geolocation). */
  protected readonly placeState = new PlaceController(this);
  private prepared: PreparedWindow[] = [];
  /** The search and the result list, once the later part has arrived (with the data, before it is shown). */
  private searchPart: FinderPart | undefined;
  private openCache: { minute: number; flags: Uint8Array } | null = null;
  /** Windows and areas, loaded again when the source changes (a newer load aborts the older one). */
  private readonly loading = new LoadController(this, {
    inputs: () => ({ ...this.source(), data: this.dataVersion }),
    load: (source, signal) => this.fetchData(source, signal),
    settled: (state) => this.loaded(state),
  });
  private dataVersion = 0;
  private readonly clock = new MinuteClock(this, () => this.now instanceof Date);
  private pendingUrlTown = '';
  private lastCount = -1;
  private lastAnnounced = '';
  private renderedCount = 0;

  constructor() {
    super();
    this.ward = '';
    this.concerns = '';
    this.apiBase = '';
    this.key = '';
    this.src = '';
    this.areasSrc = '';
    this.syncUrl = false;
    this.openNow = false;
    this.now = undefined;
    this.data = undefined;
    this.query = { ...EMPTY_QUERY };
    this.visibleCount = PAGE_SIZE;
    this.showTucked = false;
    this.credits = [];
  }

  /** The current locale's finder words. @internal */
  finderWords(): FinderCatalogue {
    return FINDER_CATALOGUES.get(this.i18n.locale);
  }

  /** The instant used for open-now and today's hours. */
  currentTime(): Date {
    const now = this.now;
    return typeof now === 'function' ? now() : now instanceof Date ? now : new Date();
  }

  /** Where the data comes from now. */
  protected get status(): LoadStatus {
    const { status } = this.loading.state;
    return status === 'ready' ? 'ready' : status === 'failed' ? 'error' : 'loading';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data')) this.dataVersion += 1;
    if (!this.hasUpdated) {
      this.applyInitialChoices();
      return;
    }
    if (changed.has('concerns')) this.setQuery({ concerns: parseConcerns(this.concerns) });
    if (changed.has('openNow')) this.setQuery({ openNow: this.openNow });
    if (changed.has('ward') && this.ward) this.placeState.chooseWard(this.ward);
  }

  protected override updated(): void {
    if (this.status !== 'ready') return;
    if (this.syncUrl) this.writeUrl();
    this.emitResults(this.renderedCount);
    // The count (or the empty message) is read once the person pauses, not on every tick of a checkbox.
    const r = this.finderWords().results;
    const sentence = this.renderedCount ? r.count(this.renderedCount) : r.empty;
    if (sentence !== this.lastAnnounced) {
      this.lastAnnounced = sentence;
      this.announcer.announceAfterPause(sentence, 800);
    }
  }

  private applyInitialChoices(): void {
    this.query = { ...EMPTY_QUERY, concerns: parseConcerns(this.concerns), openNow: this.openNow };
    if (this.ward) this.placeState.chooseWard(this.ward);
    if (!this.syncUrl) return;
    const fromUrl = readUrlState(window.location.search);
    if (!fromUrl) return;
    if (fromUrl.query)
      this.query = { ...fromUrl.query, concerns: parseConcerns(fromUrl.query.concerns.join(' ')) };
    if (fromUrl.ward) this.placeState.chooseWard(fromUrl.ward);
    this.pendingUrlTown = fromUrl.town ?? '';
  }

  /** Loads windows and areas again (the "try again" press). The query is kept. */
  load(): Promise<void> {
    return this.loading.reload();
  }

  private source(): { src: string; areasSrc: string; apiBase: string; key: string } {
    const { apiBase, key } = resolveSettings({ apiBase: this.apiBase, key: this.key, locale: '' });
    return { src: this.src, areasSrc: this.areasSrc, apiBase, key };
  }

  private async fetchData(
    source: ReturnType<WindowFinder['source']>,
    signal: AbortSignal,
  ): Promise<FinderData> {
    this.say(this.finderWords().results.loading);
    if (!this.data && !source.src && (!source.apiBase || !source.key)) {
      const error = new NotConfiguredError('tsunagu-window-finder');
      console.warn(error.message); // a configuration mistake of the partner, never personal data
      throw error;
    }
    // the first screen first: the later part (the SDK, the schema, the search) runs after it has rendered
    await this.updateComplete;
    const load = await finderLoad.get();
    this.searchPart = load;
    if (this.data) return this.data;
    if (source.src) return load.loadStatic(source.src, source.areasSrc, signal);
    return load.loadFromApi({ apiBase: source.apiBase, key: source.key, locale: this.i18n.locale }, signal);
  }

  private loaded(state: LoadState<FinderData>): void {
    if (state.status === 'failed') {
      void this.announcer.announce(this.finderWords().results.error, { assertive: true });
      this.emitResults(0);
      return;
    }
    const part = this.searchPart;
    if (state.status !== 'ready' || !part) return;
    const data = state.data;
    this.prepared = part.prepareWindows(data.windows);
    this.credits = dataCredits(data.windows);
    this.openCache = null;
    this.placeState.setAreas(data.wards, data.towns, part.TOWN_TOOLS);
    this.lastAnnounced = '';
    if (!data.laterTowns) return this.applyUrlTown();
    data.laterTowns.then(
      (towns) => {
        // a newer load (other settings) has its own towns
        if (this.loading.state.status !== 'ready' || this.loading.state.data !== data) return;
        this.placeState.setAreas(data.wards, [...towns], part.TOWN_TOOLS);
        this.applyUrlTown();
      },
      // the town box stays hidden; the ward list and the results work without it
      () => this.applyUrlTown(),
    );
  }

  /** The town from the page's address (`?town=`), once the towns are known. */
  private applyUrlTown(): void {
    if (this.pendingUrlTown) this.placeState.chooseTownById(this.pendingUrlTown);
    this.pendingUrlTown = '';
  }

  // ---- PlaceHost ---------------------------------------------------------------------------------------

  /** @internal (PlaceHost) */
  say(text: string): void {
    void this.announcer.announce(text);
  }

  /** @internal (PlaceHost) */
  sayAfterPause(text: string): void {
    this.announcer.announceAfterPause(text, 700);
  }

  /** @internal (PlaceHost) */
  focusTownBox(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#town')?.focus());
  }

  /** @internal (PlaceHost) */
  placeChanged(): void {
    this.visibleCount = PAGE_SIZE;
    this.showTucked = false;
  }

  /** @internal (PlaceHost) */
  wardName(wardId: string): string {
    return wardNameById(wardId, this.placeState.wards, this.i18n.locale);
  }

  // ---- results -----------------------------------------------------------------------------------------

  private openFlags(now: Date): Uint8Array {
    const minute = Math.floor(now.getTime() / 60_000);
    if (this.openCache?.minute !== minute || this.openCache.flags.length !== this.prepared.length) {
      this.openCache = { minute, flags: this.searchPart?.openStates(this.prepared, now) ?? new Uint8Array() };
    }
    return this.openCache.flags;
  }

  /** The current results (after load), in display order. */
  results(): FinderResult[] {
    if (this.status !== 'ready' || !this.searchPart) return [];
    const flags = this.openFlags(this.currentTime());
    return this.searchPart.findWindows(this.prepared, flags, this.query, this.placeState.place);
  }

  /** Renders the next page of cards and moves focus to the first new one, so keyboard users go on reading. */
  /** The offices in the list (not lines), without the tucked ones until the person asks for them. */
  private shownOffices(results: readonly FinderResult[]): FinderResult[] {
    const wardId = this.placeState.place.wardId;
    const tucked = (r: FinderResult) => this.searchPart?.isTucked(r, wardId) ?? false;
    return results.filter((r) => r.group !== 'line' && (this.showTucked || !tucked(r)));
  }

  private showMore(): void {
    const first = this.shownOffices(this.results())[this.visibleCount];
    this.visibleCount += PAGE_SIZE;
    if (!first) return;
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLElement>(`[id="result-${first.window.id}"]`)
        ?.closest('article')
        ?.focus(),
    );
  }

  private setQuery(patch: Partial<FinderQuery>): void {
    const dangerBefore = this.query.concerns.includes('violence_abuse');
    this.query = { ...this.query, ...patch };
    this.visibleCount = PAGE_SIZE;
    // The danger lines appear below the concerns: say so to someone who cannot see them appear.
    if (!dangerBefore && this.query.concerns.includes('violence_abuse')) {
      this.say(this.finderWords().danger.heading);
      this.lastAnnounced = ''; // the result count follows after the pause
    }
  }

  private emitResults(count: number): void {
    if (count === this.lastCount && this.status !== 'error') return;
    this.lastCount = count;
    const detail: FinderResultsDetail = { count, status: this.status };
    this.dispatchEvent(new TsunaguFinderResultsEvent(detail));
  }

  private writeUrl(): void {
    const place = this.placeState;
    const search = writeUrlState(window.location.search, {
      query: this.query,
      ward: place.source === 'ward' ? place.wardChoice : '',
      town: place.source === 'town' && place.town ? place.town.id : '',
    });
    if (search === window.location.search) return;
    const { pathname, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
  }

  private languageName(tag: string): string {
    return languageName(tag, this.i18n.intlLocale);
  }

  // ---- render ------------------------------------------------------------------------------------------

  override render(): TemplateResult {
    const fm = this.finderWords();
    const i18n = this.i18n;
    const view: ViewContext = {
      i18n,
      m: fm,
      wardName: (id) => this.wardName(id),
      languageName: (tag) => this.languageName(tag),
    };
    const results = this.results();
    this.renderedCount = results.length;
    const danger = this.query.concerns.includes('violence_abuse');
    return html`<section class="finder" aria-labelledby="finder-title">
      <h2 id="finder-title" class="title">${fm.title}</h2>
      <p>${fm.intro}</p>
      ${helpFirst(view, this.searchPart?.comprehensiveWindowFor(this.prepared, this.placeState.place.wardId) ?? null, this.currentTime())}
      <form novalidate @submit=${(event: Event) => event.preventDefault()}>
        ${checkboxGroup(i18n, {
          id: 'concerns',
          label: fm.concerns.legend,
          hint: fm.concerns.hint,
          values: this.query.concerns,
          options: CONCERNS.map((code) => ({ value: code, label: supportWords(this.i18n).concerns[code] })),
          onChange: (values) => this.setQuery({ concerns: values }),
        })}
        ${
          danger
            ? emergencyNotice(i18n, {
                id: 'danger',
                lines: ['police', 'ambulance', 'child_abuse'],
                heading: fm.danger.heading,
                intro: fm.danger.intro,
              })
            : nothing
        }
        ${placeFieldset(view, this.placeState)}
        ${filtersFieldset(view, this.query, this.searchPart?.languagesOf(this.prepared) ?? [], (patch) => this.setQuery(patch))}
      </form>
      ${this.renderResults(results)}
      ${
        this.credits.length
          ? html`<p class="credits" part="credits">${fm.credits.label}${this.credits.join(' / ')}</p>`
          : nothing
      }
      ${liveRegions(this.announcer)}
    </section>`;
  }

  private renderResults(results: readonly FinderResult[]): TemplateResult {
    const host: ResultsHost = {
      i18n: this.i18n,
      words: this.finderWords(),
      place: this.placeState.place,
      status: this.status,
      loadState: this.loading.state,
      visibleCount: this.visibleCount,
      showTucked: this.showTucked,
      pageSize: PAGE_SIZE,
      now: this.currentTime(),
      shownOffices: (list) => this.shownOffices(list),
      wardName: (id) => this.wardName(id),
      languageName: (tag) => this.languageName(tag),
      retry: () => void this.load(),
      showMore: () => this.showMore(),
      revealTucked: () => {
        this.showTucked = true;
      },
      list: this.searchPart?.resultList,
    };
    return resultsSection(host, results);
  }
}

function parseConcerns(text: string | null | undefined): string[] {
  const chosen = new Set((text ?? '').split(/[\s,]+/));
  return CONCERNS.filter((code) => chosen.has(code));
}
