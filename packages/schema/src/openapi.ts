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
  apiKeyCreated,
  apiKeyInfo,
  keyCreateInput,
  keyRotateInput,
  keyUpdateInput,
  loginInput,
  partner,
  partnerInput,
  partnerUpdateInput,
  passwordChangeInput,
  sessionInfo,
  staffAccount,
  staffCreateInput,
  staffCreated,
  staffUpdateInput,
  totpConfirmInput,
  totpEnrolment,
  webhook,
  webhookCreated,
  webhookDelivery,
  webhookInput,
} from './resources/access.js';
import { partnerInfo } from './resources/partner.js';
import { policyFor, type Role } from './policy.js';
import {
  auditEntry,
  colleague,
  reportAssignInput,
  reportHandoffInput,
  reportHandoffResult,
  reportInbox,
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
  LoginInput: loginInput,
  ReportAssignInput: reportAssignInput,
  ReportHandoffInput: reportHandoffInput,
  WebhookInput: webhookInput,
  PasswordChangeInput: passwordChangeInput,
  TotpConfirmInput: totpConfirmInput,
  PartnerInput: partnerInput,
  PartnerUpdateInput: partnerUpdateInput,
  KeyCreateInput: keyCreateInput,
  KeyUpdateInput: keyUpdateInput,
  KeyRotateInput: keyRotateInput,
  StaffCreateInput: staffCreateInput,
  StaffUpdateInput: staffUpdateInput,
};
const outputs = {
  Error: apiError,
  AreasResponse: areasResponse,
  Window: consultationWindow,
  WindowPage: page(consultationWindow),
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
  SessionInfo: sessionInfo,
  ReportInbox: reportInbox,
  ReportHandoffResult: reportHandoffResult,
  ColleaguePage: page(colleague),
  WebhookPage: page(webhook),
  WebhookCreated: webhookCreated,
  WebhookDeliveryPage: page(webhookDelivery),
  TotpEnrolment: totpEnrolment,
  StaffAccount: staffAccount,
  StaffAccountPage: page(staffAccount),
  StaffCreated: staffCreated,
  Partner: partner,
  PartnerPage: page(partner),
  ApiKey: apiKeyInfo,
  ApiKeyPage: page(apiKeyInfo),
  ApiKeyCreated: apiKeyCreated,
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
        responses: { 200: json('PartnerInfo'), ...commonErrors },
      },
    },
    '/v1/areas': {
      get: {
        summary: 'Wards and towns',
        parameters: [q('ward', { type: 'string' })],
        responses: { 200: json('AreasResponse'), ...commonErrors },
      },
    },
    '/v1/windows': {
      get: {
        summary:
          'Find consultation windows: serving windows first, then others by distance, virtual lines last',
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
        parameters: [pathParam('id')],
        responses: { 200: json('Window'), ...errors(401, 403, 404, 429) },
      },
    },
    '/v1/concern-reports': {
      post: {
        summary: 'Send a concern report (気づき)',
        parameters: [idempotencyKey],
        requestBody: { required: true, ...json('ConcernReportInput') },
        responses: { 201: json('ConcernReportReceipt'), ...errors(400, 401, 403, 409, 413, 415, 422, 429) },
      },
    },
    '/v1/concern-reports/{reference}/status': {
      get: {
        summary: 'Status only, never the content',
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
        parameters: [pathParam('id')],
        responses: { 200: json('Activity'), ...errors(401, 403, 404) },
      },
    },
    '/v1/signups': {
      post: {
        summary: 'Sign up (capacity enforced atomically; full → waitlisted)',
        parameters: [idempotencyKey],
        requestBody: { required: true, ...json('SignupInput') },
        responses: { 201: json('SignupResult'), ...errors(400, 401, 403, 404, 409, 413, 415, 422, 429) },
      },
    },
    '/v1/signups/{id}': {
      get: {
        summary: 'Sign-up state (token required)',
        parameters: [pathParam('id'), q('token', { type: 'string' })],
        responses: { 200: json('SignupState'), ...errors(401, 403, 404) },
      },
    },
    '/v1/signups/{id}/cancel': {
      post: {
        summary: 'Cancel with the cancel token; promotes the waitlist in order',
        parameters: [pathParam('id'), q('token', { type: 'string' })],
        requestBody: { required: false, ...json('SignupCancelInput') },
        responses: { 200: json('SignupState'), ...errors(400, 401, 403, 404, 409) },
      },
    },
    '/v1/admin/reports': {
      get: {
        summary:
          'Reports inbox (audited): urgent, child-abuse and suicide-risk reports first, then the longest waiting; counts by status',
        parameters: [
          q('ward', { type: 'string' }),
          q('status', { type: 'string' }),
          q('path', { type: 'string', enum: ['about_someone', 'self', 'school'] }, 'repeatable'),
          q('urgent', { type: 'boolean' }),
          q('limit', { type: 'integer' }),
          q('cursor', { type: 'string' }),
        ],
        responses: { 200: json('ReportInbox'), ...commonErrors },
      },
    },
    '/v1/admin/reports/{reference}': {
      get: {
        summary: 'One report with content (audited)',
        parameters: [pathParam('reference')],
        responses: { 200: json('ReportDetail'), ...errors(401, 403, 404) },
      },
    },
    '/v1/admin/reports/{reference}/status': {
      post: {
        summary: 'Change status with a note (audited)',
        parameters: [pathParam('reference')],
        requestBody: { required: true, ...json('ReportStatusChange') },
        responses: { 200: json('ReportDetail'), ...errors(400, 401, 403, 404, 422) },
      },
    },
    '/v1/admin/reports/{reference}/assign': {
      post: {
        summary: 'Assign to a staff member of the report\u2019s ward (or to nobody), with an optional note',
        parameters: [pathParam('reference')],
        requestBody: { required: true, ...json('ReportAssignInput') },
        responses: { 200: json('ReportDetail'), ...errors(400, 401, 403, 404, 422) },
      },
    },
    '/v1/admin/reports/{reference}/handoff': {
      post: {
        summary: 'Hand off to another ward (it leaves this inbox) or to another agency window, with a reason',
        parameters: [pathParam('reference')],
        requestBody: { required: true, ...json('ReportHandoffInput') },
        responses: { 200: json('ReportHandoffResult'), ...errors(400, 401, 403, 404, 422) },
      },
    },
    '/v1/admin/colleagues': {
      get: {
        summary: 'Active ward staff of a ward (to assign a report to)',
        parameters: [q('ward', { type: 'string' })],
        responses: { 200: json('ColleaguePage'), ...commonErrors },
      },
    },
    '/v1/admin/windows/{id}/confirm': {
      post: {
        summary: 'Record that staff checked the window\u2019s details today (confirmed_on)',
        parameters: [pathParam('id')],
        responses: { 200: json('Window'), ...errors(401, 403, 404) },
      },
    },
    '/v1/admin/webhooks': {
      get: { summary: 'Webhook subscriptions', responses: { 200: json('WebhookPage'), ...commonErrors } },
      post: {
        summary:
          'Subscribe a URL to events; deliveries carry ids and status only, signed (Tsunagu-Signature: t=…,v1=HMAC-SHA256 of "t.body")',
        requestBody: { required: true, ...json('WebhookInput') },
        responses: { 201: json('WebhookCreated'), ...errors(400, 401, 403, 422) },
      },
    },
    '/v1/admin/webhooks/{id}': {
      delete: {
        summary: 'Delete a subscription (and its pending deliveries)',
        parameters: [pathParam('id')],
        responses: { 204: { description: 'deleted' }, ...errors(401, 403, 404) },
      },
    },
    '/v1/admin/webhooks/{id}/deliveries': {
      get: {
        summary: 'The delivery log of a subscription, newest first',
        parameters: [pathParam('id')],
        responses: { 200: json('WebhookDeliveryPage'), ...errors(401, 403, 404) },
      },
    },
    '/v1/admin/audit': {
      get: {
        summary: 'Audit log',
        parameters: [
          q('target_id', { type: 'string' }),
          q('limit', { type: 'integer' }),
          q('cursor', { type: 'string' }),
        ],
        responses: { 200: json('AuditEntryPage'), ...commonErrors },
      },
    },
    '/v1/admin/windows': {
      get: {
        summary: 'Windows the caller may change (ward staff: their wards)',
        responses: { 200: json('WindowPage'), ...commonErrors },
      },
      post: {
        summary: 'Create a window',
        requestBody: { required: true, ...json('WindowInput') },
        responses: { 201: json('Window'), ...errors(400, 401, 403, 409, 422) },
      },
    },
    '/v1/admin/windows/{id}': {
      put: {
        summary: 'Replace a window',
        parameters: [pathParam('id')],
        requestBody: { required: true, ...json('WindowInput') },
        responses: { 200: json('Window'), ...errors(400, 401, 403, 422) },
      },
      delete: {
        summary: 'Delete a window',
        parameters: [pathParam('id')],
        responses: { 204: { description: 'deleted' }, ...errors(401, 403, 404) },
      },
    },
    '/v1/admin/windows/import': {
      post: {
        summary: 'Import windows: text/csv or HSDS-shaped JSON ({windows: [...]} or [...])',
        responses: { 200: { description: '{imported, ids}' }, ...errors(400, 401, 403, 415, 422) },
      },
    },
    '/v1/admin/windows/export': {
      get: {
        summary: 'Static windows file (finder static mode)',
        responses: { 200: json('WindowsExport'), ...commonErrors },
      },
    },
    '/v1/admin/activities': {
      get: {
        summary:
          'Activities the caller manages (a partner its own, ward staff their wards\u2019, administrators all)',
        parameters: [q('limit', { type: 'integer' }), q('cursor', { type: 'string' })],
        responses: { 200: json('ActivityPage'), ...commonErrors },
      },
      post: {
        summary: 'Create an activity',
        requestBody: { required: true, ...json('ActivityInput') },
        responses: { 201: json('Activity'), ...errors(400, 401, 403, 409, 422) },
      },
    },
    '/v1/admin/activities/{id}': {
      put: {
        summary: 'Replace an activity (capacity can not drop below confirmed seats)',
        parameters: [pathParam('id')],
        requestBody: { required: true, ...json('ActivityInput') },
        responses: { 200: json('Activity'), ...errors(400, 401, 403, 409, 422) },
      },
      delete: {
        summary: 'Delete an activity and its sign-ups',
        parameters: [pathParam('id')],
        responses: { 204: { description: 'deleted' }, ...errors(401, 403, 404) },
      },
    },
    '/v1/admin/activities/{id}/roster': {
      get: {
        summary: 'Roster CSV (audited)',
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
        responses: { 200: json('Stats'), ...commonErrors },
      },
    },
    '/v1/admin/maintenance/purge': {
      post: {
        summary: 'Run the retention purge now',
        responses: {
          200: { description: '{purged_reports, purged_signups, purged_idempotency}' },
          ...commonErrors,
        },
      },
    },
    '/v1/auth/login': {
      post: {
        summary:
          'Staff sign-in: password, and the TOTP code where the account has one (administrators always)',
        requestBody: { required: true, ...json('LoginInput') },
        responses: {
          200: {
            description:
              'Signed in. With session_delivery "cookie" (default) an HttpOnly SameSite=Strict cookie is set.',
            ...json('SessionInfo'),
          },
          ...errors(401, 403, 422, 429),
        },
      },
    },
    '/v1/auth/session': {
      get: {
        summary: 'The current session and its CSRF token',
        responses: { 200: json('SessionInfo'), ...errors(401, 403) },
      },
    },
    '/v1/auth/logout': {
      post: {
        summary: 'Sign out (this session)',
        responses: { 204: { description: 'signed out' }, ...errors(401, 403) },
      },
    },
    '/v1/auth/logout-everywhere': {
      post: {
        summary: 'Sign out every session of the signed-in person',
        responses: { 200: { description: '{sessions_ended}' }, ...errors(401, 403) },
      },
    },
    '/v1/auth/password': {
      post: {
        summary: 'Change the password (ends the other sessions)',
        requestBody: { required: true, ...json('PasswordChangeInput') },
        responses: { 200: { description: '{other_sessions_ended}' }, ...errors(401, 403, 422, 429) },
      },
    },
    '/v1/auth/totp': {
      post: {
        summary: 'Begin enrolling a second factor (TOTP)',
        responses: { 200: json('TotpEnrolment'), ...errors(401, 403, 409) },
      },
    },
    '/v1/auth/totp/confirm': {
      post: {
        summary: 'Confirm the second factor with a code from the app',
        requestBody: { required: true, ...json('TotpConfirmInput') },
        responses: { 200: json('StaffAccount'), ...errors(401, 403, 422) },
      },
    },
    '/v1/admin/partners': {
      get: { summary: 'Partners', responses: { 200: json('PartnerPage'), ...commonErrors } },
      post: {
        summary: 'Create a partner',
        requestBody: { required: true, ...json('PartnerInput') },
        responses: { 201: json('Partner'), ...errors(400, 401, 403, 422) },
      },
    },
    '/v1/admin/partners/{id}': {
      patch: {
        summary: "Edit a partner's name, type or ward (its help card shows that ward's office)",
        parameters: [pathParam('id')],
        requestBody: { required: true, ...json('PartnerUpdateInput') },
        responses: { 200: json('Partner'), ...errors(400, 401, 403, 404, 422) },
      },
    },
    '/v1/admin/keys': {
      get: {
        summary: 'API keys (never the keys themselves)',
        parameters: [q('partner_id', { type: 'string' })],
        responses: { 200: json('ApiKeyPage'), ...commonErrors },
      },
      post: {
        summary: 'Create a key: the plain key is in this answer only',
        requestBody: { required: true, ...json('KeyCreateInput') },
        responses: { 201: json('ApiKeyCreated'), ...errors(400, 401, 403, 422) },
      },
    },
    '/v1/admin/keys/{id}': {
      patch: {
        summary: 'Edit the allowed origins of a publishable key (from the next request on)',
        parameters: [pathParam('id')],
        requestBody: { required: true, ...json('KeyUpdateInput') },
        responses: { 200: json('ApiKey'), ...errors(400, 401, 403, 404, 422) },
      },
    },
    '/v1/admin/keys/{id}/revoke': {
      post: {
        summary: 'Revoke a key at once',
        parameters: [pathParam('id')],
        responses: { 200: json('ApiKey'), ...errors(401, 403, 404) },
      },
    },
    '/v1/admin/keys/{id}/rotate': {
      post: {
        summary: 'Issue a successor; the old key works until the overlap ends (default 24 h)',
        parameters: [pathParam('id')],
        requestBody: { required: false, ...json('KeyRotateInput') },
        responses: { 201: json('ApiKeyCreated'), ...errors(400, 401, 403, 404, 422) },
      },
    },
    '/v1/admin/staff': {
      get: { summary: 'Staff accounts', responses: { 200: json('StaffAccountPage'), ...commonErrors } },
      post: {
        summary:
          'Create a staff account: the first password (and an administrator\u2019s TOTP secret) shown once',
        requestBody: { required: true, ...json('StaffCreateInput') },
        responses: { 201: json('StaffCreated'), ...errors(400, 401, 403, 409, 422) },
      },
    },
    '/v1/admin/staff/{id}': {
      patch: {
        summary: 'Change role, wards, name; disable; reset the password (less access signs the person out)',
        parameters: [pathParam('id')],
        requestBody: { required: true, ...json('StaffUpdateInput') },
        responses: { 200: json('StaffCreated'), ...errors(400, 401, 403, 404, 422) },
      },
    },
  };
}

const SCHEMES_OF: Record<Role, string[]> = {
  publishable: ['publishableKey', 'publishableKeyQuery'],
  partner: ['secretKey'],
  ward_staff: ['staffSession', 'staffBearer'],
  city_admin: ['staffSession', 'staffBearer'],
  auditor: ['staffSession', 'staffBearer'],
};

/**
 * Each /v1 operation's security and allowed roles come from the policy table (policy.ts), the same one the
 * server enforces: `x-tsunagu-roles` lists who may call it, `x-tsunagu-scope` how records narrow it.
 */
function withPolicies(paths: Json): Json {
  for (const [path, ops] of Object.entries(paths)) {
    if (!path.startsWith('/v1/')) continue;
    for (const [method, op] of Object.entries(ops as Record<string, Json>)) {
      const policy = policyFor(method, path);
      if (!policy) throw new Error(`OpenAPI: no policy for ${method.toUpperCase()} ${path}`);
      // the pk travels in the query on reads only (the server refuses it there on writes)
      const schemes = [...new Set(policy.allow.flatMap((role) => SCHEMES_OF[role]))].filter(
        (name) => method === 'get' || name !== 'publishableKeyQuery',
      );
      op.security = policy.anonymous ? [] : schemes.map((name) => ({ [name]: [] }));
      op['x-tsunagu-roles'] = [...policy.allow];
      if (policy.scope) op['x-tsunagu-scope'] = [...policy.scope];
    }
  }
  return paths;
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
    paths: withPolicies(buildPaths()),
    components: {
      schemas,
      securitySchemes: {
        publishableKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'pk_… — browsers; bound to allowed origins',
        },
        publishableKeyQuery: {
          type: 'apiKey',
          in: 'query',
          name: 'key',
          description:
            "The same pk_… as ?key= on GETs, so that a widget's reads are simple CORS requests (no preflight). Only a publishable key: sk_…/ss_… in the URL are refused (401 credential_in_url); not beside an Authorization header; the Origin is checked as for the header.",
        },
        secretKey: {
          type: 'http',
          scheme: 'bearer',
          description:
            "sk_… — a partner's own server: its reports' status, its activities; refused with a browser Origin",
        },
        staffSession: {
          type: 'apiKey',
          in: 'cookie',
          name: 'tsunagu_session',
          description:
            'Staff console: the HttpOnly SameSite=Strict cookie set by POST /v1/auth/login (__Host-tsunagu_session outside loopback). State-changing requests also need X-CSRF-Token.',
        },
        staffBearer: {
          type: 'http',
          scheme: 'bearer',
          description:
            'ss_… — a staff session for scripts (POST /v1/auth/login with session_delivery "bearer"); refused with a browser Origin',
        },
      },
    },
  };
}
