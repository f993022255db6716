// The console's api module against the real server: cookie sign-in, CSRF on changes, error codes, and the
// retry after a new sign-in when the session has gone.
import { expect } from '@open-wc/testing';
import { ApiError, ConsoleApi, errorKey } from '../src/api.js';
import { people, signedIn } from './helpers.js';

describe('console api module (real server, same origin)', () => {
  it('maps sign-in refusals to their codes', async () => {
    const api = new ConsoleApi();
    const p = await people();
    const wrong = await api
      .login({ login: p.naka.login, password: 'not the password' })
      .catch((e: unknown) => e);
    expect(wrong).to.be.instanceOf(ApiError);
    expect(errorKey(wrong)).to.equal('invalid_credentials');
    const noCode = await api
      .login({ login: p.admin.login, password: p.admin.password })
      .catch((e: unknown) => e);
    expect(errorKey(noCode)).to.equal('second_factor_required');
    const badCode = await api
      .login({ login: p.admin.login, password: p.admin.password, totp_code: '000000' })
      .catch((e: unknown) => e);
    expect(errorKey(badCode)).to.equal('second_factor_invalid');
  });

  it('keeps the session in the cookie, sends the CSRF token on changes, and answers 403 ward_not_allowed', async () => {
    const api = await signedIn('naka');
    const restored = await new ConsoleApi().restore();
    expect(restored?.staff.login).to.equal(api.session!.staff.login);
    const refused = await api.get('/v1/admin/reports', { ward: 'tsurumi' }).catch((e: unknown) => e);
    expect((refused as ApiError).status).to.equal(403);
    expect(errorKey(refused)).to.equal('ward_not_allowed');
    // without the token the same change is refused
    const bare = await fetch('/v1/admin/windows/nope/confirm', {
      method: 'POST',
      credentials: 'same-origin',
    });
    expect(((await bare.json()) as { error: { code: string } }).error.code).to.equal('csrf_token_invalid');
    const missing = await api.post('/v1/admin/windows/nope/confirm').catch((e: unknown) => e);
    expect(errorKey(missing)).to.equal('not_found');
    await api.logout();
  });

  it('when the session has gone, waits for a new sign-in and sends the request once more', async () => {
    const api = await signedIn('naka');
    const p = await people();
    // end the session behind the client's back (another tab signing out, or the idle time passing)
    await fetch('/v1/auth/logout', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'x-csrf-token': api.session!.csrf_token },
    });
    const asked: string[] = [];
    api.onSessionLost = async (code) => {
      asked.push(code);
      await api.login({ login: p.naka.login, password: p.naka.password });
    };
    const page = await api.get<{ data: unknown[] }>('/v1/admin/windows');
    expect(page.data).to.be.an('array');
    expect(asked).to.have.length(1);
    expect(errorKey(new ApiError(401, 'authentication_error', asked[0]!))).to.equal('session_expired');
    // a person who gives up: the request fails with the session error
    await api.logout();
    api.onSessionLost = () => Promise.reject(new Error('stopped'));
    const stopped = await api.get('/v1/admin/windows').catch((e: unknown) => e);
    expect((stopped as Error).message).to.equal('stopped');
  });

  it('reports a network failure as network', async () => {
    const api = new ConsoleApi(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await api.get('/v1/admin/reports').catch((e: unknown) => e);
    expect(errorKey(error)).to.equal('network');
  });
});
