// Starts an analysis worker thread from the TypeScript sources (no build step).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
