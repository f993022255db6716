// The report form's town box: the finder's suggestions over the city's towns (asked for on the first
// letter), and a town that lies in one ward choosing that ward, unless the person chose another one.
import type { Town } from '@tsunagu/schema';
import type { TownSuggest } from '../internal/town-suggest.js';
import { wardName } from '../internal/labels.js';
import type { ReportMessages } from './messages/index.js';
import type { FieldId, ReportValues } from './model.js';
import type { ReportController } from './report-controller.js';
import { loadedWards, type ReportView } from './view.js';

/** What the town box reads and changes on its form. */
export interface TownFieldHost {
  readonly values: ReportValues;
  readonly t: ReportMessages;
  readonly locale: string;
  set<K extends FieldId>(field: K, value: ReportValues[K]): void;
  requestUpdate(): void;
}

type TownView = Pick<
  ReportView,
  'townBox' | 'townInput' | 'townKey' | 'townChoose' | 'townBlur' | 'townStatus'
>;

export class TownField {
  /** The ward this form derived from a town (so a later town may change it, but a chosen ward stays). */
  private derivedWard = '';

  constructor(
    private readonly connection: ReportController,
    private readonly host: () => TownFieldHost,
  ) {}

  private get box(): TownSuggest {
    // made by the later part that brings this field (ReportController.adoptTownBox)
    return this.connection.townBox!;
  }

  /** The town box's part of the step templates' view. */
  view(): TownView {
    return {
      townBox: this.box,
      townInput: (value) => this.input(value),
      townKey: (event) => {
        const result = this.box.key(event);
        if (result === 'clear') this.input('');
        else if (result) this.choose(result);
        this.host().requestUpdate();
      },
      townChoose: (index) => {
        const town = this.box.suggestions[index];
        if (town) this.choose(town);
      },
      townBlur: () => {
        this.box.close();
        this.host().requestUpdate();
      },
      townStatus: () => this.status(),
    };
  }

  private input(value: string): void {
    const host = this.host();
    if (value.trim()) {
      this.connection.askTowns(() => {
        const now = this.host();
        this.box.input(now.values.town);
        this.deriveWard(now.values.town);
        now.requestUpdate();
      });
    }
    host.set('town', value);
    this.box.input(value);
    this.deriveWard(value);
    host.requestUpdate();
  }

  /** A town that lies in one ward sets the ward, unless the person chose another one themself. */
  private deriveWard(text: string): void {
    const host = this.host();
    const ward = this.box.ready ? this.box.wardOf(text) : null;
    if (!ward || ward === host.values.ward_id) return;
    if (host.values.ward_id && host.values.ward_id !== this.derivedWard) return;
    this.derivedWard = ward;
    host.set('ward_id', ward);
  }

  private choose(town: Town): void {
    const host = this.host();
    host.set('town', town.name);
    this.box.input('');
    this.deriveWard(town.name);
    host.requestUpdate();
  }

  private status(): string {
    const host = this.host();
    const ward = loadedWards(this.connection.wards).find((w) => w.id === this.derivedWard);
    return ward && host.values.ward_id === ward.id && host.values.town.trim()
      ? host.t.person.townWard(wardName(ward, host.locale))
      : '';
  }
}
