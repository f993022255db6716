import { expect } from '@open-wc/testing';
import { failureFor } from './failures.js';
import { LaterPart, LaterPartError } from './later-part.js';

type Part = { answer: number };

/** A loader that fails `failures` times (as a dropped line does), then gives the part. */
function flakyLoader(failures: number, message = 'Failed to fetch dynamically imported module') {
  const calls = { count: 0 };
  const load = (): Promise<Part> => {
    calls.count += 1;
    return calls.count <= failures ? Promise.reject(new TypeError(message)) : Promise.resolve({ answer: 42 });
  };
  return { calls, load };
}

describe('LaterPart', () => {
  it('fetches once for a prefetch and every later use', async () => {
    const { calls, load } = flakyLoader(0);
    const part = new LaterPart('test part', load, 'answer');
    part.prefetch();
    const [a, b] = await Promise.all([part.get(), part.get()]);
    expect(a.answer).to.equal(42);
    expect(b).to.equal(a);
    expect(calls.count).to.equal(1);
  });

  it('a failed fetch is reported as offline, and the next use fetches again', async () => {
    const { calls, load } = flakyLoader(1);
    const part = new LaterPart('test part', load, 'answer');
    part.prefetch(); // the failure of a prefetch is not thrown anywhere
    const error = await part.get().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(LaterPartError);
    expect(failureFor(error)).to.deep.equal({ kind: 'offline' });
    expect((await part.get()).answer).to.equal(42);
    expect(calls.count).to.equal(2);
  });

  it('when the browser names the failed file, the retry asks for that file under a new URL', async () => {
    // The module under test stands in for a chunk whose failed fetch the browser keeps.
    const url = new URL('./later-part.ts', import.meta.url).href;
    const { calls, load } = flakyLoader(99, `Failed to fetch dynamically imported module: ${url}`);
    const part = new LaterPart(
      'test part',
      load as unknown as () => Promise<{ LaterPart: unknown }>,
      'LaterPart',
    );
    await part.get().catch(() => undefined);
    const module = await part.get();
    expect(module.LaterPart).to.be.a('function');
    expect(module.LaterPart).not.to.equal(LaterPart); // a fresh module instance, fetched again
    expect(calls.count).to.equal(1);
  });

  it('when the named file is not the part itself, the retry asks for the part again', async () => {
    const url = new URL('./later-part.ts', import.meta.url).href;
    const { calls, load } = flakyLoader(1, `Failed to fetch dynamically imported module: ${url}`);
    const part = new LaterPart('test part', load, 'answer');
    await part.get().catch(() => undefined);
    expect((await part.get()).answer).to.equal(42);
    expect(calls.count).to.equal(2);
  });
});
