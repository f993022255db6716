// Child process of bench/slow-net.mjs: the real reference server (seeded with Yokohama, a demo partner
// whose publishable key allows the bench's page origin), on its own event loop like a deployment's.
// Sends {url, key} over IPC; exits when told to or when the parent goes.
import { register } from 'tsx/esm/api';

register();
const { startTestServer } = await import('../packages/server/src/testing.ts');
const server = await startTestServer({ seed: 'yokohama', origins: [process.argv[2]] });
process.on('message', async (m) => {
  if (m === 'exit') {
    await server.close();
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
process.send({ url: server.url, key: server.publishableKey });
