/**
 * Starts the HTTP API and dashboard on a port. All the app lives in `app.ts`; this file
 * only finds (or builds) the dashboard, listens, and closes cleanly on SIGINT/SIGTERM.
 */
import { existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { repoPath } from '../core/paths.ts';
import { buildApp, type AppOptions } from './app.ts';

export const WEB_DIR = repoPath('web', 'dist');
export const WEB_BUILD_COMMAND = 'npx vite build --config web/vite.config.ts';

export interface ServeOptions extends AppOptions {
  port?: number;
  host?: string;
  /** Build the dashboard if web/dist is missing (default true). */
  buildWeb?: boolean;
  /** Called when the server closes (e.g. to close the store). */
  onClose?: () => Promise<void> | void;
  /** Progress and notices (default: stderr). */
  log?: (line: string) => void;
}

/** Builds web/dist with Vite. Returns false (and says why) when that is impossible. */
export async function ensureWebBuilt(log: (line: string) => void = (l) => process.stderr.write(l + '\n')): Promise<boolean> {
  if (existsSync(repoPath('web', 'dist', 'index.html'))) return true;
  log('marsad: building the dashboard (first start; takes a few seconds)...');
  try {
    const vite = await import('vite');
    await vite.build({ configFile: repoPath('web', 'vite.config.ts'), logLevel: 'warn' });
  } catch (e) {
    log(`marsad: could not build the dashboard (${(e as Error).message}); the API still works. Build it with: ${WEB_BUILD_COMMAND}`);
    return false;
  }
  return existsSync(repoPath('web', 'dist', 'index.html'));
}

export async function startServer(opts: ServeOptions = {}): Promise<{ app: FastifyInstance; url: string }> {
  const log = opts.log ?? ((l: string) => process.stderr.write(l + '\n'));
  let webDir = opts.webDir === undefined ? WEB_DIR : opts.webDir;
  if (webDir === WEB_DIR && opts.buildWeb !== false) {
    if (!(await ensureWebBuilt(log))) webDir = null;
  }
  const app = await buildApp({ ...opts, webDir });
  if (opts.onClose) {
    const done = opts.onClose;
    app.addHook('onClose', async () => {
      await done();
    });
  }
  const host = opts.host ?? '127.0.0.1';
  const address = await app.listen({ port: opts.port ?? 8080, host });
  const close = () => {
    app.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  return { app, url: address };
}
