/** Codes of {@link ServiceError}: misuse of the service's API by the host, never bad data from a caller. */
export const SERVICE_ERROR_CODES = {
  /** An API key in `keys` is malformed: too short, an unknown role, or a division code that does not fit the role. */
  INVALID_KEY: 'INVALID_KEY',
  /** An option of `createRectifyService` or `startServer` is out of range. */
  INVALID_OPTION: 'INVALID_OPTION',
} as const;

/** A code of {@link SERVICE_ERROR_CODES}. */
export type ServiceErrorCode = (typeof SERVICE_ERROR_CODES)[keyof typeof SERVICE_ERROR_CODES];

/** Thrown only when the host misconfigures the service (a malformed key, a negative limit); never for a request. */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  /** What was wrong. */
  readonly code: ServiceErrorCode;
  constructor(code: ServiceErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
