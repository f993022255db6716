// @tsunagu/server — the reference API.
export { createApp, createServices, type CreateAppOptions } from './app.js';
export { listen, type RunningServer } from './server.js';
export {
  startServer,
  createDemoPartner,
  createDemoStaff,
  resolveEncryptionKey,
  resolveKeyRing,
  DEFAULT_DEMO_ORIGINS,
  type ServerConfig,
  type StartedServer,
} from './runtime.js';
export { openDatabase, type Db } from './db/open.js';
export { parseKeyRing, type KeyRing } from './seal.js';
export {
  createPartner,
  createApiKey,
  revokeApiKey,
  rotateApiKey,
  listApiKeys,
  listPartners,
  DEMO_PUBLISHABLE_KEY,
  type KeyKind,
} from './services/keys.js';
export { seedYokohama, YOKOHAMA_ATTRIBUTION } from './seed/yokohama.js';
export { importWindows, exportWindows } from './services/import-export.js';
export { HttpError } from './http/errors.js';
export { verifyWebhookSignature, signPayload, SIGNATURE_HEADER } from './services/webhooks.js';
export { createStaff } from './auth/staff.js';
export type { IdentityProvider, SignInResult } from './auth/identity.js';
export type { Services } from './services/context.js';
export type { RateLimitOptions } from './http/rate-limit.js';
