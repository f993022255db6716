import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MinuteClock } from './minute-clock.js';

/** A host that counts update requests, and the interval callbacks the clock registers (no real waiting). */
function setUp(fixed: boolean) {
  const controllers: ReactiveController[] = [];
  let updates = 0;
  const host: ReactiveControllerHost = {
    addController: (c) => void controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => void updates++,
    updateComplete: Promise.resolve(true),
  };
  const ticks: (() => void)[] = [];
  const cleared: unknown[] = [];
  const realSet = globalThis.setInterval;
  const realClear = globalThis.clearInterval;
  globalThis.setInterval = ((fn: () => void, ms: number) => {
    expect(ms).to.equal(60_000);
    ticks.push(fn);
    return ticks.length;
  }) as typeof setInterval;
  globalThis.clearInterval = (id: unknown) => void cleared.push(id);
  new MinuteClock(host, () => fixed);
  const restore = () => {
    globalThis.setInterval = realSet;
    globalThis.clearInterval = realClear;
  };
  return { controllers, ticks, cleared, updates: () => updates, restore };
}

describe('MinuteClock', () => {
  it('renders the host again each minute while connected, and stops on disconnect', () => {
    const t = setUp(false);
    try {
      expect(t.controllers).to.have.length(1);
      t.controllers[0]!.hostConnected!();
      t.ticks[0]!();
      t.ticks[0]!();
      expect(t.updates()).to.equal(2);
      t.controllers[0]!.hostDisconnected!();
      expect(t.cleared).to.deep.equal([1]);
    } finally {
      t.restore();
    }
  });

  it('does not tick for a host showing a fixed instant', () => {
    const t = setUp(true);
    try {
      t.controllers[0]!.hostConnected!();
      t.ticks[0]!();
      expect(t.updates()).to.equal(0);
    } finally {
      t.restore();
    }
  });
});
