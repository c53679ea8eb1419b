/**
 * All Marsad errors, with stable codes, in one place. User-facing layers (CLI, API)
 * print `message` only: never a stack trace for a MarsadError.
 */
export const ERRORS = {
  E_DOC_TEXT: 'Doc text must be a string',
  E_DOC_JSON: 'malformed Doc JSON',
  E_DOC_SCHEMA: 'unsupported Doc schema',
  E_DOC_SPAN: 'span outside the text',
  E_PIPELINE: 'pipeline is not well formed',
  E_STAGE: 'a stage failed',
  E_INPUT_EMPTY: 'input is empty',
  E_INPUT_ENCODING: 'input is not valid UTF-8',
  E_INPUT_BINARY: 'input looks binary',
  E_INPUT_TOO_LARGE: 'input is larger than the limit',
  E_INPUT_NOT_FOUND: 'input file not found',
  E_INPUT_DATE: 'invalid date',
  E_CONLL: 'malformed CoNLL data',
  E_MODEL: 'model file is missing or corrupt',
  E_STORE: 'store error',
  E_QUERY: 'invalid query',
  E_USAGE: 'invalid usage',
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class MarsadError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message?: string) {
    super(message ?? ERRORS[code]);
    this.name = 'MarsadError';
    this.code = code;
  }
}

export function isMarsadError(e: unknown): e is MarsadError {
  return e instanceof MarsadError;
}
