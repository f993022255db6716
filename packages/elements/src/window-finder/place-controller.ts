import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Ward } from '@tsunagu/schema';
import type { LatLng } from '@tsunagu/schema/geo';
import { NO_PLACE, type FinderPlace } from './finder-query.js';
import type { FinderCatalogue } from './messages/index.js';
import type { FinderTown, IndexedTown, TownTools } from './town-search.js';

export type GeoStatus = 'idle' | 'busy' | 'found' | 'outside' | 'denied' | 'unavailable';
export type PlaceSource = 'none' | 'ward' | 'town' | 'geo';

/** What the place controller needs from the finder element. */
export interface PlaceHost extends ReactiveControllerHost {
  /** The current locale's finder words. */
  finderWords(): FinderCatalogue;
  /** A ward's name in the current locale. */
  wardName(wardId: string): string;
  /** Says `text` politely now. */
  say(text: string): void;
  /** Says `text` politely once the person pauses typing. */
  sayAfterPause(text: string): void;
  /** Moves focus to the town box (after a failed geolocation: the next way, no permission needed). */
  focusTownBox(): void;
  /** The place changed (the host shows the first page of results again). */
  placeChanged(): void;
}

/**
 * Where the person is: one of a ward choice, a town from the town box (with its suggestion list state), or a
 * position asked for only on the person's press. Keeps the ward select in step (a town or a position sets
 * the ward it lies in). State lives here so it survives failures and re-renders; the host renders it.
 */
export class PlaceController implements ReactiveController {
  source: PlaceSource = 'none';
  wardChoice = '';
  town: FinderTown | null = null;
  townText = '';
  suggestions: FinderTown[] = [];
  active = -1;
  listOpen = false;
  geoStatus: GeoStatus = 'idle';
  geoOrigin: LatLng | null = null;
  wards: Ward[] = [];
  towns: FinderTown[] = [];
  private index: IndexedTown[] = [];
  private tools: TownTools | undefined;

  constructor(private readonly host: PlaceHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * The wards and towns once loaded, with the town search that arrives in the same later part (the first
   * screen has no town box, so it does not carry the town index and matching).
   */
  setAreas(wards: Ward[], towns: FinderTown[], tools: TownTools): void {
    this.wards = wards;
    this.towns = towns;
    this.tools = tools;
    this.index = tools.indexTowns(towns);
    this.host.requestUpdate();
  }

  private wardOfPoint(point: LatLng): string | null {
    return this.tools?.wardOfPoint(this.towns, point) ?? null;
  }

  /** A town's name as the suggestions show it (romanised on English pages, once the town search is here). */
  townName(town: FinderTown, english: boolean): string {
    return this.tools?.townLabel(town, english) ?? town.name;
  }

  get hasTownSearch(): boolean {
    return this.index.length > 0;
  }

  /** Where the person is, for sorting and for "your ward". */
  get place(): FinderPlace {
    switch (this.source) {
      case 'geo':
        return this.geoOrigin
          ? { wardId: this.wardOfPoint(this.geoOrigin), origin: this.geoOrigin }
          : NO_PLACE;
      case 'town':
        return this.town
          ? { wardId: this.town.ward_id, origin: this.tools?.townPoint(this.town) ?? null }
          : NO_PLACE;
      case 'ward':
        return { wardId: this.wardChoice || null, origin: null };
      default:
        return NO_PLACE;
    }
  }

  private changed(): void {
    this.host.placeChanged();
    this.host.requestUpdate();
  }

  chooseWard(wardId: string): void {
    this.wardChoice = wardId;
    this.source = wardId ? 'ward' : 'none';
    this.town = null;
    this.townText = '';
    this.geoStatus = 'idle';
    this.geoOrigin = null;
    this.changed();
  }

  chooseTown(town: FinderTown, announce = true): void {
    this.town = town;
    this.townText = town.name;
    this.source = 'town';
    this.wardChoice = town.ward_id;
    this.geoStatus = 'idle';
    this.geoOrigin = null;
    this.closeList();
    this.changed();
    if (announce) this.host.say(this.townStatus());
  }

  /** A town chosen by id (a restored URL); ignored when unknown. */
  chooseTownById(id: string): void {
    const town = this.towns.find((t) => t.id === id);
    if (town) this.chooseTown(town, false);
  }

  closeList(): void {
    this.listOpen = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  townInput(value: string): void {
    this.townText = value;
    this.suggestions =
      value.trim() && this.tools ? this.tools.suggestTowns(this.index, this.wards, value) : [];
    this.active = -1;
    this.listOpen = this.suggestions.length > 0;
    if (this.town && value !== this.town.name) {
      this.town = null;
      if (this.source === 'town') this.source = this.wardChoice ? 'ward' : 'none';
      this.host.placeChanged();
    }
    if (value.trim())
      this.host.sayAfterPause(this.host.finderWords().place.townSuggestions(this.suggestions.length));
    this.host.requestUpdate();
  }

  /** ↓/↑ move through the suggestions, Enter chooses, Escape closes the list, then clears the box. */
  townKeyDown(event: KeyboardEvent): void {
    const count = this.suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const from = this.active < 0 && step < 0 ? 0 : this.active;
        this.listOpen = true;
        this.active = (from + step + count) % count;
        this.host.requestUpdate();
        return;
      }
      case 'Enter': {
        event.preventDefault();
        const chosen =
          this.listOpen && this.active >= 0
            ? this.suggestions[this.active]
            : count === 1
              ? this.suggestions[0]
              : this.tools?.exactTown(this.index, this.townText, this.wards);
        if (chosen) this.chooseTown(chosen);
        else if (this.townText.trim()) this.host.say(this.townStatus());
        return;
      }
      case 'Escape':
        if (this.listOpen) {
          event.preventDefault();
          this.closeList();
        } else if (this.townText) {
          event.preventDefault();
          this.townInput('');
        }
        return;
      default:
    }
  }

  /** The line under the town box: the chosen town, a town without a point, or no match. */
  townStatus(): string {
    const p = this.host.finderWords().place;
    if (this.town) {
      const ward = this.host.wardName(this.town.ward_id);
      return this.tools?.townPoint(this.town)
        ? p.townChosen(this.town.name, ward)
        : p.townNoPoint(this.town.name, ward);
    }
    if (this.townText.trim() && this.suggestions.length === 0) return p.townNoMatch;
    return '';
  }

  /** Asks for the position only now, on the person's press; a refusal is answered kindly. */
  locate(): void {
    if (this.geoStatus === 'busy') return;
    const geolocation = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
    if (!geolocation) {
      this.geoFailed('unavailable');
      return;
    }
    this.geoStatus = 'busy';
    this.host.requestUpdate();
    this.host.say(this.host.finderWords().place.geoBusy);
    geolocation.getCurrentPosition(
      (position) => {
        const origin = { lat: position.coords.latitude, lng: position.coords.longitude };
        const wardId = this.wardOfPoint(origin);
        this.geoOrigin = origin;
        this.source = 'geo';
        this.town = null;
        this.townText = '';
        this.wardChoice = wardId ?? '';
        this.geoStatus = wardId ? 'found' : 'outside';
        this.changed();
        this.host.say(this.geoMessage());
      },
      (error) => this.geoFailed(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }

  private geoFailed(status: 'denied' | 'unavailable'): void {
    this.geoStatus = status;
    this.host.requestUpdate();
    this.host.say(this.geoMessage());
    this.host.focusTownBox();
  }

  geoMessage(): string {
    const p = this.host.finderWords().place;
    switch (this.geoStatus) {
      case 'busy':
        return p.geoBusy;
      case 'found':
        return p.geoFound(this.host.wardName(this.wardChoice));
      case 'outside':
        return p.geoOutside;
      case 'denied':
        return p.geoDenied;
      case 'unavailable':
        return p.geoUnavailable;
      default:
        return '';
    }
  }
}
