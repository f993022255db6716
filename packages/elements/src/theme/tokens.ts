import { css, unsafeCSS } from 'lit';

/**
 * The public design tokens: CSS custom properties a partner page may set on a widget or any ancestor
 * (custom properties inherit into shadow roots). Defaults are calm and high-contrast in the spirit of the
 * デジタル庁 design system; every text colour reaches at least 4.5:1 on the background, borders and the focus
 * ring at least 3:1 (checked by theme.test.ts). Sizes are px, never rem, so a host page's root font-size
 * cannot change the layout.
 */
export const TOKEN_DEFAULTS = {
  '--tsunagu-color-primary': '#0017c1',
  '--tsunagu-color-on-primary': '#ffffff',
  '--tsunagu-color-text': '#1a1a1a',
  '--tsunagu-color-text-muted': '#595959',
  '--tsunagu-color-background': '#ffffff',
  '--tsunagu-color-surface': '#f2f2f2',
  '--tsunagu-color-border': '#767676',
  '--tsunagu-color-error': '#ce0000',
  '--tsunagu-color-focus': '#0877d7',
  '--tsunagu-color-emergency': '#ce0000',
  '--tsunagu-color-on-emergency': '#ffffff',
  '--tsunagu-focus-ring-width': '3px',
  '--tsunagu-radius': '8px',
  '--tsunagu-space-1': '4px',
  '--tsunagu-space-2': '8px',
  '--tsunagu-space-3': '12px',
  '--tsunagu-space-4': '16px',
  '--tsunagu-space-5': '24px',
  '--tsunagu-space-6': '32px',
  '--tsunagu-font-family':
    '"Noto Sans JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "BIZ UDPGothic", "Yu Gothic UI", Meiryo, system-ui, sans-serif',
  '--tsunagu-font-size': '16px',
  '--tsunagu-line-height': '1.7',
} as const;

export type TokenName = keyof typeof TOKEN_DEFAULTS;

/** `--tsunagu-color-primary` → `--_t-color-primary`: the private, resolved copy used inside shadow roots. */
function privateName(token: TokenName): string {
  return token.replace('--tsunagu-', '--_t-');
}

// Resolving every token once on :host keeps each default in one place; the rules below only read --_t-*.
const declarations = (Object.entries(TOKEN_DEFAULTS) as [TokenName, string][])
  .map(([token, fallback]) => `${privateName(token)}: var(${token}, ${fallback});`)
  .join('\n');

/** Declares the private `--_t-*` properties on :host from the public tokens and their defaults. */
export const tokenStyles = css`
  :host {
    ${unsafeCSS(declarations)}
  }
`;
