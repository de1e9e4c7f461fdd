/** Stable codes of {@link SamplesError}. Codes are stable forever; never rename one. */
export const SAMPLES_ERROR_CODES = {
  /** An option of `generateDataset` / `streamDataset` is out of range or malformed. */
  INVALID_OPTION: 'INVALID_OPTION',
  /** `plant` names a rule id no planter is registered for. */
  UNKNOWN_RULE: 'UNKNOWN_RULE',
} as const;

/** A code of {@link SAMPLES_ERROR_CODES}. */
export type SamplesErrorCode = keyof typeof SAMPLES_ERROR_CODES;

/** Thrown only for misuse of the API (a wrong option); the generator itself never throws on its own data. */
export class SamplesError extends Error {
  override readonly name = 'SamplesError';
  /** Stable code of the misuse. */
  readonly code: SamplesErrorCode;
  constructor(code: SamplesErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
