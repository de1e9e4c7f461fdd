/** Stable codes of {@link WidgetElementError}. Codes are stable forever; never rename one. */
export const WIDGET_ELEMENT_ERROR_CODES = {
  /** `defineWidget` was given a tag name that is not a `rectify-*` custom element name. */
  INVALID_TAG_NAME: 'INVALID_TAG_NAME',
  /** `defineWidget` was given an attribute or event declaration that cannot work. */
  INVALID_DECLARATION: 'INVALID_DECLARATION',
} as const;

/** A code of {@link WIDGET_ELEMENT_ERROR_CODES}. */
export type WidgetElementErrorCode = keyof typeof WIDGET_ELEMENT_ERROR_CODES;

/** Thrown only for misuse of `defineWidget`; an element never throws on the data it is given. */
export class WidgetElementError extends Error {
  override readonly name = 'WidgetElementError';
  /** Stable code of the misuse. */
  readonly code: WidgetElementErrorCode;
  constructor(code: WidgetElementErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
