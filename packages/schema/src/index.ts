// @tsunagu/schema — the contract: zod/mini schemas, types, codes, and the shared domain logic.
export * from './codes.js';
export * from './resources/common.js';
export * from './resources/errors.js';
export * from './resources/areas.js';
export * from './resources/windows.js';
export * from './resources/concern-reports.js';
export * from './resources/activities.js';
export * from './resources/admin.js';
export * from './resources/access.js';
export * from './policy.js';
export * from './hours.js';
export * from './geo.js';
export * from './normalize.js';
export * from './triage.js';
export * from './holidays.js';
export * from './holiday-names.js';
export { buildOpenApiDocument, type Json } from './openapi.js';
export * from './rules/index.js';
