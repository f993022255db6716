/**
 * Side-effect module: applies the loading script tag's data- attributes as page-wide defaults.
 * Entries import it FIRST, because imports are evaluated in order and a `define` import upgrades widgets
 * already on the page: configuring in the entry's own body would run after them, too late.
 * In a bundle, `import.meta.url` is the bundle's URL, i.e. the partner's script tag.
 */
import { configureFromScript } from './configure.js';

configureFromScript(import.meta.url);
