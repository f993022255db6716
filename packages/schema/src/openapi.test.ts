/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument -- tests read untyped JSON bodies */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildOpenApiDocument } from './openapi.js';
import { ROUTE_POLICIES } from './policy.js';

describe('buildOpenApiDocument', () => {
  const doc = buildOpenApiDocument() as any;

  it('is OpenAPI 3.1 with the API paths of DESIGN.md §4', () => {
    assert.equal(doc.openapi, '3.1.0');
    for (const path of [
      '/v1/windows',
      '/v1/windows/{id}',
      '/v1/areas',
      '/v1/concern-reports',
      '/v1/concern-reports/{reference}/status',
      '/v1/activities',
      '/v1/signups',
      '/v1/signups/{id}/cancel',
      '/openapi.json',
      '/healthz',
    ]) {
      assert.ok(doc.paths[path], path);
    }
    assert.ok(Object.keys(doc.paths).some((p) => p.startsWith('/v1/admin/')));
  });

  it('every $ref resolves to a generated component', () => {
    const refs = JSON.stringify(doc.paths).match(/#\/components\/schemas\/\w+/g) ?? [];
    assert.ok(refs.length > 20);
    for (const ref of refs) assert.ok(doc.components.schemas[ref.split('/').pop()!], ref);
  });

  it('components come from the zod schemas (enums, limits, strictness)', () => {
    const input = doc.components.schemas.ConcernReportInput;
    assert.deepEqual(input.properties.consent.enum, ['yes', 'not_asked', 'no', 'cannot_ask']);
    assert.equal(input.properties.free_text.maxLength, 800);
    assert.equal(input.additionalProperties, false);
    assert.ok(input.required.includes('ward_id'));
    assert.deepEqual(doc.components.schemas.SignupResult.properties.status.enum, [
      'confirmed',
      'waitlisted',
      'cancelled',
    ]);
    assert.ok(doc.components.schemas.Error.properties.error.properties.request_id);
  });
});

describe('OpenAPI and the policy table', () => {
  const doc = buildOpenApiDocument() as any;

  it('documents every route of the policy table, with the roles and schemes it allows', () => {
    for (const [key, policy] of Object.entries(ROUTE_POLICIES)) {
      const [method, path] = key.split(' ') as [string, string];
      const op = doc.paths[path]?.[method.toLowerCase()];
      assert.ok(op, `${key} is in the document`);
      assert.deepEqual(op['x-tsunagu-roles'], [...policy.allow], key);
    }
    const inbox = doc.paths['/v1/admin/reports'].get;
    assert.deepEqual(inbox.security, [{ staffSession: [] }, { staffBearer: [] }], 'no key reads the inbox');
    assert.deepEqual(inbox['x-tsunagu-scope'], ['ward']);
    const roster = doc.paths['/v1/admin/activities/{id}/roster'].get;
    assert.deepEqual(roster.security, [{ secretKey: [] }, { staffSession: [] }, { staffBearer: [] }]);
    assert.deepEqual(doc.paths['/v1/auth/login'].post.security, []);
    // a widget's reads may carry the pk in the query; its writes may not
    assert.deepEqual(doc.paths['/v1/windows'].get.security.slice(0, 2), [
      { publishableKey: [] },
      { publishableKeyQuery: [] },
    ]);
    assert.ok(
      doc.paths['/v1/concern-reports'].post.security.every((s: object) => !('publishableKeyQuery' in s)),
    );
    assert.deepEqual(doc.components.securitySchemes.publishableKeyQuery, {
      ...doc.components.securitySchemes.publishableKeyQuery,
      type: 'apiKey',
      in: 'query',
      name: 'key',
    });
    for (const name of ['publishableKey', 'publishableKeyQuery', 'secretKey', 'staffSession', 'staffBearer'])
      assert.ok(doc.components.securitySchemes[name], name);
  });
});
