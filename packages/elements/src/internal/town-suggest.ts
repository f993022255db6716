// The state of a town box with suggestions (the report's; the finder's PlaceController keeps its own
// with geolocation): the schema's town index and suggestions, the highlighted option, and the keys of the
// combobox pattern (↓/↑ move, Enter chooses, Escape closes then clears). Pure state: the host renders it.
import type { Town, Ward } from '@tsunagu/schema';
import type { IndexedTown, indexTowns, resolveTown } from '@tsunagu/schema/rules';
import type { suggestTowns } from '../window-finder/town-search.js';

/**
 * The town index and matching, handed over with the towns by the widget's later part: the box is on a later
 * question, so the first screen does not carry them.
 */
export interface TownMatching {
  readonly indexTowns: typeof indexTowns;
  readonly resolveTown: typeof resolveTown;
  readonly suggestTowns: typeof suggestTowns;
}

export class TownSuggest {
  suggestions: Town[] = [];
  active = -1;
  open = false;
  private index: IndexedTown[] = [];
  private wards: readonly Ward[] = [];
  private matching: TownMatching | undefined;

  get ready(): boolean {
    return this.index.length > 0;
  }

  setAreas(wards: readonly Ward[], towns: readonly Town[], matching: TownMatching): void {
    this.wards = wards;
    this.matching = matching;
    this.index = matching.indexTowns(towns);
  }

  input(text: string): void {
    const matching = this.matching;
    this.suggestions =
      text.trim() && this.ready && matching ? matching.suggestTowns(this.index, this.wards, text) : [];
    this.active = -1;
    this.open = this.suggestions.length > 0;
  }

  /** The one ward a typed text lies in (「寿町」 → naka), or null. */
  wardOf(text: string): string | null {
    const found = this.matching?.resolveTown(this.index, this.wards, text);
    return found === undefined || typeof found === 'string' ? null : found.ward_id;
  }

  close(): void {
    this.open = false;
    this.active = -1;
  }

  /** Handles a key; returns the town Enter chose, 'clear' for Escape on a closed list, else null. */
  key(event: KeyboardEvent): Town | 'clear' | null {
    const count = this.suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return null;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const from = this.active < 0 && step < 0 ? 0 : this.active;
        this.open = true;
        this.active = (from + step + count) % count;
        return null;
      }
      case 'Enter': {
        if (!this.open || this.active < 0) return null; // Enter without a choice: the form's own Enter
        event.preventDefault();
        const chosen = this.suggestions[this.active] ?? null;
        this.close();
        return chosen;
      }
      case 'Escape':
        event.preventDefault();
        if (this.open) {
          this.close();
          return null;
        }
        return 'clear';
      default:
        return null;
    }
  }
}
