// OpenAPI 3.1 document generated from the same zod schemas the server validates with (no hand copy).
import * as z from 'zod/mini';
import { apiError, page } from './resources/common.js';
import { areasResponse } from './resources/areas.js';
import { consultationWindow, windowInput, windowSearchResponse, windowsExport } from './resources/windows.js';
import {
  concernReportInput,
  concernReportReceipt,
  concernReportStatus,
} from './resources/concern-reports.js';
import {
  activity,
  activityInput,
  signupCancelInput,
  signupInput,
  signupResult,
  signupState,
} from './resources/activities.js';
import {
  auditEntry,
  partnerInfo,
  reportDetail,
  reportStatusChange,
  reportSummary,
  stats,
} from './resources/admin.js';

/** A plain JSON object (the OpenAPI document and its parts). */
export type Json = Record<string, unknown>;

function jsonSchema(schema: z.core.$ZodType, io: 'input' | 'output'): Json {
  const out = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
  delete out.$schema;
  return out;
}

const inputs = {
  ConcernReportInput: concernReportInput,
  SignupInput: signupInput,
  SignupCancelInput: signupCancelInput,
  WindowInput: windowInput,
  ActivityInput: activityInput,
  ReportStatusChange: reportStatusChange,
};
const outputs = {
  Error: apiError,
  AreasResponse: areasResponse,
  Window: consultationWindow,
  WindowSearchResponse: windowSearchResponse,
  WindowsExport: windowsExport,
  ConcernReportReceipt: concernReportReceipt,
  ConcernReportStatus: concernReportStatus,
  Activity: activity,
  ActivityPage: page(activity),
  SignupResult: signupResult,
  SignupState: signupState,
  ReportSummaryPage: page(reportSummary),
  ReportDetail: reportDetail,
  AuditEntryPage: page(auditEntry),
  Stats: stats,
  PartnerInfo: partnerInfo,
};
type ComponentName = keyof typeof inputs | keyof typeof outputs;

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: ComponentName) => ({ content: { 'application/json': { schema: ref(name) } } });
const errors = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((code) => [
      String(code),
      { description: 'Error (see error.type / error.code / error.fields)', ...json('Error') },
    ]),
  );
const q = (name: string, schema: Json, description?: string) => ({
  name,
  in: 'query',
  required: false,
  schema,
  ...(description ? { description } : {}),
});
const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: true,
  schema: { type: 'string', minLength: 1, maxLength: 255 },
  description: 'Same key + same body replays the first response; same key + different body → 409.',
};
const pathParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const publicSecurity = [{ publishableKey: [] }, { secretKey: [] }];
const adminSecurity = [{ secretKey: [] }];
const commonErrors = errors(400, 401, 403, 429);

function buildPaths(): Json {
  return {
    '/healthz': { get: { summary: 'Liveness', security: [], responses: { 200: { description: 'ok' } } } },
    '/openapi.json': {
      get: { summary: 'This document', security: [], responses: { 200: { description: 'OpenAPI 3.1' } } },
    },
    '/v1/partner': {
      get: {
        summary: 'The partner the calling key belongs to',
        security: publicSecurity,
        responses: { 200: json('PartnerInfo'), ...commonErrors },
      },
    },
    '/v1/areas': {
      get: {
        summary: 'Wards and towns',
        security: publicSecurity,
        parameters: [q('ward', { type: 'string' })],
        responses: { 200: json('AreasResponse'), ...commonErrors },
      },
    },
    '/v1/windows': {
      get: {
        summary:
          'Find consultation windows: serving windows first, then others by distance, virtual lines last',
        security: publicSecurity,
        parameters: [
          q('concern', { type: 'string' }, 'repeatable or comma separated; any of'),
          q('ward', { type: 'string' }, "the person's ward: only windows serving it"),
          q('lang', { type: 'string' }),
          q('open_now', { type: 'boolean' }),
          q('contact_mode', { type: 'string' }),
          q('accessibility', { type: 'string' }, 'all of'),
          q('near', { type: 'string', pattern: '^-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?$' }, 'lat,lng'),
          q('town', { type: 'string' }, 'town id or name'),
          q('q', { type: 'string' }),
          q('kind', { type: 'string', enum: ['office', 'line'] }),
          q('limit', { type: 'integer', minimum: 1, maximum: 100 }),
          q('cursor', { type: 'string' }),
        ],
        responses: { 200: json('WindowSearchResponse'), ...commonErrors },
      },
    },
    '/v1/windows/{id}': {
      get: {
        summary: 'One window',
        security: publicSecurity,
        parameters: [pathParam('id')],
        responses: { 200: json('Window'), ...errors(401, 403, 404, 429) },
      },
    },
    '/v1/concern-reports': {
      post: {
        summary: 'Send a concern report (気づき)',
        security: publicSecurity,
        parameters: [idempotencyKey],
        requestBody: { required: true, ...json('ConcernReportInput') },
        responses: { 201: json('ConcernReportReceipt'), ...errors(400, 401, 403, 409, 413, 415, 422, 429) },
      },
    },
    '/v1/concern-reports/{reference}/status': {
      get: {
        summary: 'Status only, never the content',
        security: publicSecurity,
        parameters: [
          pathParam('reference'),
          { name: 'X-Check-Code', in: 'header', required: true, schema: { type: 'string' } },
        ],
        responses: { 200: json('ConcernReportStatus'), ...errors(401, 403, 404, 429) },
      },
    },
    '/v1/activities': {
      get: {
        summary: 'Upcoming activities with seats left',
        security: publicSecurity,
        parameters: [
          q('ward', { type: 'string' }),
          q('type', { type: 'string' }),
          q('from', { type: 'string', format: 'date' }),
          q('to', { type: 'string', format: 'date' }),
          q('limit', { type: 'integer' }),
          q('cursor', { type: 'string' }),
        ],
        responses: { 200: json('ActivityPage'), ...commonErrors },
      },
    },
    '/v1/activities/{id}': {
      get: {
        summary: 'One activity',
        security: publicSecurity,
        parameters: [pathParam('id')],
        responses: { 200: json('Activity'), ...errors(401, 403, 404) },
      },
    },
    '/v1/signups': {
      post: {
        summary: 'Sign up (capacity enforced atomically; full → waitlisted)',
        security: publicSecurity,
        parameters: [idempotencyKey],
        requestBody: { required: true, ...json('SignupInput') },
        responses: { 201: json('SignupResult'), ...errors(400, 401, 403, 404, 409, 413, 415, 422, 429) },
      },
    },
    '/v1/signups/{id}': {
      get: {
        summary: 'Sign-up state (token required)',
        security: publicSecurity,
        parameters: [pathParam('id'), q('token', { type: 'string' })],
        responses: { 200: json('SignupState'), ...errors(401, 403, 404) },
      },
    },
    '/v1/signups/{id}/cancel': {
      post: {
        summary: 'Cancel with the cancel token; promotes the waitlist in order',
        security: publicSecurity,
        parameters: [pathParam('id'), q('token', { type: 'string' })],
        requestBody: { required: false, ...json('SignupCancelInput') },
        responses: { 200: json('SignupState'), ...errors(400, 401, 403, 404, 409) },
      },
    },
    '/v1/admin/reports': {
      get: {
        summary: 'Reports inbox (audited)',
        security: adminSecurity,
        parameters: [
          q('ward', { type: 'string' }),
          q('status', { type: 'string' }),
          q('urgent', { type: 'boolean' }),
          q('limit', { type: 'integer' }),
          q('cursor', { type: 'string' }),
        ],
        responses: { 200: json('ReportSummaryPage'), ...commonErrors },
      },
    },
    '/v1/admin/reports/{reference}': {
      get: {
        summary: 'One report with content (audited)',
        security: adminSecurity,
        parameters: [pathParam('reference')],
        responses: { 200: json('ReportDetail'), ...errors(401, 403, 404) },
      },
    },
    '/v1/admin/reports/{reference}/status': {
      post: {
        summary: 'Change status with a note (audited)',
        security: adminSecurity,
        parameters: [pathParam('reference')],
        requestBody: { required: true, ...json('ReportStatusChange') },
        responses: { 200: json('ReportDetail'), ...errors(400, 401, 403, 404, 422) },
      },
    },
    '/v1/admin/audit': {
      get: {
        summary: 'Audit log',
        security: adminSecurity,
        parameters: [
          q('target_id', { type: 'string' }),
          q('limit', { type: 'integer' }),
          q('cursor', { type: 'string' }),
        ],
        responses: { 200: json('AuditEntryPage'), ...commonErrors },
      },
    },
    '/v1/admin/windows': {
      post: {
        summary: 'Create a window',
        security: adminSecurity,
        requestBody: { required: true, ...json('WindowInput') },
        responses: { 201: json('Window'), ...errors(400, 401, 403, 409, 422) },
      },
    },
    '/v1/admin/windows/{id}': {
      put: {
        summary: 'Replace a window',
        security: adminSecurity,
        parameters: [pathParam('id')],
        requestBody: { required: true, ...json('WindowInput') },
        responses: { 200: json('Window'), ...errors(400, 401, 403, 422) },
      },
      delete: {
        summary: 'Delete a window',
        security: adminSecurity,
        parameters: [pathParam('id')],
        responses: { 204: { description: 'deleted' }, ...errors(401, 403, 404) },
      },
    },
    '/v1/admin/windows/import': {
      post: {
        summary: 'Import windows: text/csv or HSDS-shaped JSON ({windows: [...]} or [...])',
        security: adminSecurity,
        responses: { 200: { description: '{imported, ids}' }, ...errors(400, 401, 403, 415, 422) },
      },
    },
    '/v1/admin/windows/export': {
      get: {
        summary: 'Static windows file (finder static mode)',
        security: adminSecurity,
        responses: { 200: json('WindowsExport'), ...commonErrors },
      },
    },
    '/v1/admin/activities': {
      post: {
        summary: 'Create an activity',
        security: adminSecurity,
        requestBody: { required: true, ...json('ActivityInput') },
        responses: { 201: json('Activity'), ...errors(400, 401, 403, 409, 422) },
      },
    },
    '/v1/admin/activities/{id}': {
      put: {
        summary: 'Replace an activity (capacity can not drop below confirmed seats)',
        security: adminSecurity,
        parameters: [pathParam('id')],
        requestBody: { required: true, ...json('ActivityInput') },
        responses: { 200: json('Activity'), ...errors(400, 401, 403, 409, 422) },
      },
      delete: {
        summary: 'Delete an activity and its sign-ups',
        security: adminSecurity,
        parameters: [pathParam('id')],
        responses: { 204: { description: 'deleted' }, ...errors(401, 403, 404) },
      },
    },
    '/v1/admin/activities/{id}/roster': {
      get: {
        summary: 'Roster CSV (audited)',
        security: adminSecurity,
        parameters: [pathParam('id')],
        responses: {
          200: { description: 'text/csv', content: { 'text/csv': { schema: { type: 'string' } } } },
          ...errors(401, 403, 404),
        },
      },
    },
    '/v1/admin/stats': {
      get: {
        summary: 'Aggregated statistics',
        security: adminSecurity,
        responses: { 200: json('Stats'), ...commonErrors },
      },
    },
    '/v1/admin/maintenance/purge': {
      post: {
        summary: 'Run the retention purge now',
        security: adminSecurity,
        responses: {
          200: { description: '{purged_reports, purged_signups, purged_idempotency}' },
          ...commonErrors,
        },
      },
    },
  };
}

/** The OpenAPI 3.1 document of the tsunagu API. */
export function buildOpenApiDocument(options: { serverUrl?: string } = {}): Json {
  const schemas: Record<string, Json> = {};
  for (const [name, schema] of Object.entries(inputs)) schemas[name] = jsonSchema(schema, 'input');
  for (const [name, schema] of Object.entries(outputs)) schemas[name] = jsonSchema(schema, 'output');
  return {
    openapi: '3.1.0',
    info: {
      title: 'tsunagu API',
      version: '1.0.0',
      description:
        'Connect people in hardship to consultation services early. Errors: {error: {type, code, message, fields?, request_id}}.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
    security: publicSecurity,
    paths: buildPaths(),
    components: {
      schemas,
      securitySchemes: {
        publishableKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'pk_… — browsers; bound to allowed origins',
        },
        secretKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'sk_… — servers and staff; refused with a browser Origin',
        },
      },
    },
  };
}
