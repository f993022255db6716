export { defineElement } from './internal/define.js';
export { setDefaults, getDefaults, type TsunaguDefaults } from './defaults.js';
