// The report form's loading and sending: the ward list (aborted and reloaded when the API settings change),
// the city's towns for the town box (on first use), the send with one idempotency key per set of answers,
// and the receipt's help card. The element keeps the answers, the steps and the focus. Everything that
// reaches the API comes in the form's later part (reportApi), fetched after the first question.
import type { ReactiveControllerHost } from 'lit';
import type {
  ConcernReportInput,
  ConcernReportReceipt,
  ConsultationWindow,
  Town,
  Ward,
} from '@tsunagu/schema';
import { LoadController, resolveSettings, type ResolvedSettings } from '../internal/connection.js';
import { failureFor, type Failure } from '../internal/failures.js';
import type { helpCard as HelpCard } from '../internal/help-card.js';
import type { KeyedSender, SendOutcome } from '../internal/send.js';
import type { TownSuggest } from '../internal/town-suggest.js';
import { reportApi, type ReportApi } from './api.js';
import { loadedWards, type WardList } from './view.js';

/** What the controller reads from its element: the API settings, the language and given wards. */
export interface ReportControllerHost extends ReactiveControllerHost {
  readonly apiBase: string | undefined;
  readonly key: string | undefined;
  readonly wards: readonly Ward[] | undefined;
  readonly i18n: { readonly locale: string };
}

/** Plain class; its ward load is the reactive part (a `LoadController` on the same host). */
export class ReportController {
  /** The city's wards from the API, unless the page gave them (`wards`). */
  private readonly wardLoad: LoadController<ResolvedSettings, readonly Ward[]>;
  /** One idempotency key per set of answers; made with the first send (it comes in the later part). */
  private sender: KeyedSender | undefined;
  /** The town box: the finder's suggestions over the city's towns (its code comes with the later part). */
  townBox: TownSuggest | undefined;
  private townsAsked = false;
  /** The ward's 生活支援課 for the receipt's help card (loaded after sending). */
  office: ConsultationWindow | null = null;
  /** The help card's code (hours, holidays) comes after sending: the form's first screen does not need it. */
  helpCard: typeof HelpCard | undefined;

  constructor(private readonly host: ReportControllerHost) {
    this.wardLoad = new LoadController(host, {
      // Ward names come in every language at once: the language is not an input of this load.
      inputs: () => (host.wards ? undefined : { ...this.settings(), locale: 'ja' }),
      // a later question's list: its code is asked for once the first question is on screen (so it does
      // not run before the first render) and the page's other first screens are in
      load: async (settings) => {
        await host.updateComplete;
        return (await reportApi.whenAllowed()).loadWards(settings);
      },
    });
  }

  settings(): ResolvedSettings {
    return resolveSettings({ apiBase: this.host.apiBase, key: this.host.key, locale: this.host.i18n.locale });
  }

  /** The wards to offer: the page's own, else the loaded ones, else why there are none yet. */
  get wards(): WardList {
    if (this.host.wards) return this.host.wards;
    const state = this.wardLoad.state;
    return state.status === 'ready' ? state.data : state.status === 'failed' ? 'failed' : 'loading';
  }

  retryWards(): void {
    void this.wardLoad.reload();
  }

  /** Makes the town box once the later part (its code) has arrived. */
  adoptTownBox(api: ReportApi): TownSuggest {
    this.townBox ??= new api.TownSuggest();
    return this.townBox;
  }

  /** Asks for the towns on the first letter typed; `arrived` runs once they are there. */
  askTowns(arrived: () => void): void {
    if (this.townsAsked) return;
    this.townsAsked = true;
    const settings = this.settings();
    void reportApi
      .get()
      .then(async (api) => {
        const towns: readonly Town[] = await api.loadTowns(settings);
        this.adoptTownBox(api).setAreas(loadedWards(this.wards), towns, api.TOWN_MATCHING);
        arrived();
      })
      .catch(() => {
        this.townsAsked = false; // the plain text box keeps working; try again on the next letter
      });
  }

  /**
   * True when the page gave an API base and key (the widget's own or the embed script's) and the SDK
   * accepts them (a malformed base is refused here too, before anything is sent).
   */
  configuredWith(api: ReportApi): boolean {
    return api.isConfigured(this.settings());
  }

  /**
   * Sends the report; the same answers re-sent after a failure keep their idempotency key. A later part
   * that did not arrive fails the attempt as `offline` (nothing sent, the answers kept).
   */
  send(input: ConcernReportInput): Promise<SendOutcome<ConcernReportReceipt>> {
    const settings = this.settings();
    return reportApi.get().then(
      (api) => {
        this.sender ??= new api.KeyedSender();
        return this.sender.send(input, (idempotencyKey) => api.sendReport(settings, input, idempotencyKey));
      },
      (error: unknown) => ({ ok: false, failure: failureFor(error), error }),
    );
  }

  /** Forgets the key (a new report, a reset). */
  resetSend(): void {
    this.sender?.reset();
  }

  /** After sending: the ward's own window for the help card, and the card's code. */
  afterSent(receipt: ConcernReportReceipt): void {
    void this.loadOffice(receipt.ward_id);
    void this.loadHelpCard();
  }

  async loadHelpCard(): Promise<void> {
    if (this.helpCard) return;
    try {
      this.helpCard = (await reportApi.get()).helpCard;
      this.host.requestUpdate();
    } catch {
      // the receipt stands without it
    }
  }

  private async loadOffice(wardId: string): Promise<void> {
    try {
      const api = await reportApi.get();
      this.office = await api.loadWardOffice('tsunagu-concern-report', this.settings(), wardId);
      this.host.requestUpdate();
    } catch {
      // the receipt stands without it: the guidance and the 24-hour lines are already there
    }
  }
}

/** The `tsunagu-error` event's type for a failure (the names partners already count by). */
export function reportErrorType(
  failure: Failure,
): 'validation' | 'network' | 'server' | 'rate_limited' | 'config' {
  return (
    {
      offline: 'network',
      busy: 'rate_limited',
      'not-configured': 'config',
      rejected: 'validation',
      server: 'server',
    } as const
  )[failure.kind];
}
