import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { LocaleId } from '../i18n/registry.js';
import { LOCALES } from '../i18n/registry.js';
import { FIELD_ERRORS } from '../i18n/field-errors.js';
import { SUPPORT_WORDS } from '../i18n/support-words.js';
import { defineElement } from './define.js';
import { liveRegions } from './live-announcer.js';
import { TsunaguElement } from './tsunagu-element.js';

export type BlockRenderer = (story: BlockStory) => TemplateResult | typeof nothing;

/**
 * Story harness: renders one building block (a template function) in its own shadow root, with a small
 * value store so the story is interactive. Stories only; not exported from the package.
 * @internal
 * @ignore
 */
export class BlockStory extends TsunaguElement {
  static override properties: PropertyDeclarations = {
    block: { attribute: false },
    values: { state: true, attribute: false },
  };

  declare block: BlockRenderer | undefined;
  declare values: Record<string, unknown>;

  constructor() {
    super();
    this.block = undefined;
    this.values = {};
    void this.i18n.adoptFieldErrors(FIELD_ERRORS); // stories show blocks with their error sentences
    void this.i18n.adopt(SUPPORT_WORDS); // and the help card's and the hours' words
  }

  get locale(): LocaleId {
    return this.i18n.locale;
  }

  value<T>(key: string, fallback: T): T {
    return key in this.values ? (this.values[key] as T) : fallback;
  }

  setValue(key: string, value: unknown): void {
    this.values = { ...this.values, [key]: value };
  }

  override render(): TemplateResult {
    return html`${this.block?.(this) ?? nothing}${liveRegions(this.announcer)}`;
  }
}

/** Story args shared by every block story: `lang` '' follows the Storybook locale toolbar. */
export interface BlockStoryArgs {
  lang: '' | LocaleId;
}

export const blockStoryArgTypes = {
  lang: { control: 'select', options: ['', ...LOCALES], description: "Overrides the toolbar's locale" },
};

/** Renders a block inside the harness, under an optional `lang`. */
export function renderBlock(args: BlockStoryArgs, block: BlockRenderer): TemplateResult {
  defineElement('tsunagu-block-story', BlockStory);
  return html`<div lang=${args.lang || nothing} style="max-width: 40em">
    <tsunagu-block-story .block=${block}></tsunagu-block-story>
  </div>`;
}

/** Picks a story's demo words for the block's current locale. */
export function words<T>(story: BlockStory, table: Record<LocaleId, T>): T {
  return table[story.locale];
}
