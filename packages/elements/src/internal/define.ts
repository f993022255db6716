/**
 * Registers a custom element unless the tag is already taken, so two copies of a widget bundle on one page
 * (a partner's snippet pasted twice, or an embed plus an npm build) never throw.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
