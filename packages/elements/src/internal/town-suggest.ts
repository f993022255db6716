// The state of a town box with suggestions (the report's; the finder's PlaceController keeps its own
// with geolocation): the schema's town index and suggestions, the highlighted option, and the keys of the
// combobox pattern (↓/↑ move, Enter chooses, Escape closes then clears). Pure state: the host renders it.
import type { Town, Ward } from '@tsunagu/schema';
import { indexTowns, resolveTown, type IndexedTown } from '@tsunagu/schema/rules';
import { suggestTowns } from '../window-finder/town-search.js';

export class TownSuggest {
  suggestions: Town[] = [];
  active = -1;
  open = false;
  private index: IndexedTown[] = [];
  private wards: readonly Ward[] = [];

  get ready(): boolean {
    return this.index.length > 0;
  }

  setAreas(wards: readonly Ward[], towns: readonly Town[]): void {
    this.wards = wards;
    this.index = indexTowns(towns);
  }

  input(text: string): void {
    this.suggestions = text.trim() && this.ready ? suggestTowns(this.index, this.wards, text) : [];
    this.active = -1;
    this.open = this.suggestions.length > 0;
  }

  /** The one ward a typed text lies in (「寿町」 → naka), or null. */
  wardOf(text: string): string | null {
    const found = resolveTown(this.index, this.wards, text);
    return typeof found === 'string' ? null : found.ward_id;
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
