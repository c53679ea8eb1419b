/** Builds the API over a fresh in-memory SQLite store holding the fixture articles; closes both after the test. */
import type { TestContext } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../src/api/app.ts';
import { openRepository, type Repository } from '../../src/store/index.ts';
import { evilDoc, fixtureDocs } from './fixtures.ts';

export const TOKEN = 'test-token-123';

export async function build(t: TestContext | null, opts: AppOptions & { empty?: boolean } = {}): Promise<{ app: FastifyInstance; store: Repository }> {
  const store = await openRepository(':memory:');
  if (!opts.empty) for (const d of [...fixtureDocs(), evilDoc()]) await store.putDoc(d);
  const app = await buildApp({ store, token: TOKEN, ...opts });
  t?.after(async () => {
    await app.close();
    await store.close();
  });
  return { app, store };
}
