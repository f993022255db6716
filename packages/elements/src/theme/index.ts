import type { CSSResultGroup } from 'lit';
import { blockStyles } from './block-styles.js';
import { hostReset } from './host-reset.js';
import { tokenStyles } from './tokens.js';

export { TOKEN_DEFAULTS, tokenStyles, type TokenName } from './tokens.js';
export { hostReset } from './host-reset.js';
export { blockStyles } from './block-styles.js';

/** Everything a widget's `static styles` starts with: tokens, the host reset and the block styles. */
export const baseStyles: CSSResultGroup = [tokenStyles, hostReset, blockStyles];
