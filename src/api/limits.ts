/** Limits of the HTTP API that the CLI shows in its help (kept apart so `--help` loads no server code). */

/** Largest request body accepted by default (2 MiB). */
export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;
