/**
 * Where things are: the repository root (for committed models and data) and the shared
 * data folder (`../shared` beside the repository, or MARSAD_SHARED). Code that reads
 * shared data must handle `sharedAvailable() === false` (tests skip with a message).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The repository root (the folder holding package.json). */
export const REPO_ROOT = resolve(here, '..', '..');

export function repoPath(...parts: string[]): string {
  return join(REPO_ROOT, ...parts);
}

/** The shared data folder: $MARSAD_SHARED, else `../shared` beside the repository. */
export function sharedDir(): string {
  return process.env.MARSAD_SHARED ? resolve(process.env.MARSAD_SHARED) : resolve(REPO_ROOT, '..', 'shared');
}

export function sharedPath(...parts: string[]): string {
  return join(sharedDir(), ...parts);
}

export function sharedAvailable(...parts: string[]): boolean {
  return existsSync(sharedPath(...parts));
}
