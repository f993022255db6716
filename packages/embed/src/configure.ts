import { setDefaults } from '@tsunagu/elements/defaults.js';
import { findOwnScript, readScriptConfig } from './script-config.js';

/** Applies the `data-` attributes of the script tag that loaded `moduleUrl` as page-wide widget defaults. */
export function configureFromScript(moduleUrl: string): void {
  setDefaults(readScriptConfig(findOwnScript(moduleUrl)));
}
