import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { TsunaguNetworkError } from '@tsunagu/client/core';
import { setDefaults } from '../defaults.js';
import { LoadController, resolveSettings } from './connection.js';

/** A load that settles only when the test says so, remembering the signal it was given. */
interface Pending {
  ward: string;
  signal: AbortSignal;
  resolve(value: string): void;
  reject(error: unknown): void;
}

class LoadProbe extends LitElement {
  static override properties = { ward: {} };
  declare ward: string;
  readonly pending: Pending[] = [];
  readonly loads = new LoadController<{ ward: string }, string>(this, {
    inputs: () => (this.ward ? { ward: this.ward } : undefined),
    load: ({ ward }, signal) =>
      new Promise<string>((resolve, reject) => this.pending.push({ ward, signal, resolve, reject })),
  });
  constructor() {
    super();
    this.ward = '';
  }
}
customElements.define('tsunagu-load-probe', LoadProbe);

async function probe(ward: string): Promise<LoadProbe> {
  const el = await fixture<LoadProbe>(html`<tsunagu-load-probe .ward=${ward}></tsunagu-load-probe>`);
  await el.updateComplete;
  return el;
}

describe('LoadController', () => {
  it('a slow answer for the old ward, arriving after the new one, does not overwrite it', async () => {
    const el = await probe('naka');
    el.ward = 'seya';
    await el.updateComplete;
    const [old, current] = el.pending;
    expect(old?.signal.aborted, 'the old load was aborted').to.equal(true);
    current!.resolve('seya data');
    old!.resolve('naka data');
    await el.updateComplete;
    await Promise.resolve();
    expect(el.loads.state).to.deep.equal({ status: 'ready', data: 'seya data' });
  });

  it('leaving the page aborts the load on its way, and coming back loads again', async () => {
    const el = await probe('naka');
    const first = el.pending[0]!;
    el.remove();
    expect(first.signal.aborted).to.equal(true);
    first.resolve('late');
    await Promise.resolve();
    expect(el.loads.state.status).to.not.equal('ready');
    document.body.append(el);
    await el.updateComplete;
    expect(el.pending).to.have.length(2);
    el.remove();
  });

  it('does not load again for the same inputs, and reload() asks again', async () => {
    const el = await probe('naka');
    el.requestUpdate();
    await el.updateComplete;
    expect(el.pending).to.have.length(1);
    el.pending[0]!.resolve('x');
    void el.loads.reload(); // asks at once, before its first await
    expect(el.pending).to.have.length(2);
  });

  it('a failed load is a failure a person can act on', async () => {
    const el = await probe('naka');
    el.pending[0]!.reject(new TsunaguNetworkError({ code: 'network', message: 'x', reason: 'failed' }));
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.loads.state).to.deep.equal({ status: 'failed', failure: { kind: 'offline' } });
  });
});

describe('resolveSettings', () => {
  it("the widget's own attribute wins over the embed default; an empty attribute counts as unset", () => {
    setDefaults({ apiBase: 'https://embed.example', key: 'pk_embed' });
    expect(resolveSettings({ apiBase: 'https://own.example', key: '', locale: 'en' })).to.deep.equal({
      apiBase: 'https://own.example',
      key: 'pk_embed',
      locale: 'en',
    });
  });
});
