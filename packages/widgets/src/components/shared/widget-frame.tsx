import { type ReactNode, useId } from 'react';
import type { Locale } from '../../i18n/index';
import { themeClass } from '../../theme/index';
import { classNames } from './class-names';
import { RectifyStyles } from './rectify-styles';
import type { HeadingLevel, WidgetBaseProps, WidgetError } from './widget-props';

/** @internal Props of {@link WidgetFrame}. */
export interface WidgetFrameProps {
  /** Kebab-case widget name: the root gets `rk-<widget>`. */
  widget: string;
  /** The widget's locale. */
  locale: Locale;
  /** Theme name (a class on the root). */
  theme?: string | undefined;
  /** Host class names on the root. */
  className?: string | undefined;
  /** The title text (always shown, in every state). */
  title: ReactNode;
  /** Level of the title heading. Defaults to 2. */
  headingLevel?: HeadingLevel | undefined;
  /** Shows the loading state. */
  loading?: boolean | undefined;
  /** Shows the error state; wins over loading. */
  error?: WidgetError | undefined;
  /** Whether there is nothing to show; the empty state replaces the content. */
  empty?: boolean | undefined;
  /** The text of the empty state. Defaults to the catalog's "no data". */
  emptyText?: string | undefined;
  /** The widget's own CSS and its style id. */
  css: string;
  /** Whether to render the `<RectifyStyles />`. Defaults to `true`. */
  injectStyles?: boolean | undefined;
  /** Controls shown beside the title (print button, unit toggle). Hidden while loading or in error. */
  actions?: ReactNode;
  /** The content, shown when there is no error, no loading and data. */
  children?: ReactNode;
}

/** @internal The props of {@link WidgetFrame} that every widget passes on from its own props unchanged. */
export type FrameBaseProps = Pick<
  WidgetFrameProps,
  'theme' | 'className' | 'headingLevel' | 'injectStyles' | 'loading' | 'error'
>;

/**
 * @internal Picks, from a widget's own props, what {@link WidgetFrame} takes as is: theme, host class names, heading
 * level, whether to inject the styles, and the loading and error states (`lang` is not among them: the widget
 * passes its `locale`). Spread it into the frame, `<WidgetFrame widget="…" css={…} locale={locale}
 * {...frameBaseProps(props)} …>`; a widget with an error of its own sets `error={…}` after the spread.
 */
export function frameBaseProps(props: WidgetBaseProps): FrameBaseProps {
  return {
    theme: props.theme,
    className: props.className,
    headingLevel: props.headingLevel,
    injectStyles: props.injectStyles,
    loading: props.loading,
    error: props.error,
  };
}

/** The text of an `error` prop: its own words, or the catalog's generic message. */
export function errorText(error: WidgetError | undefined, locale: Locale): string {
  if (typeof error === 'string' && error.trim() !== '') return error;
  if (error && typeof error === 'object') return locale.pick(error) || locale.m.common.errorFallback;
  return locale.m.common.errorFallback;
}

/** @internal The root every widget shares: theme and language, styles, title, and the loading / error / empty states. */
export function WidgetFrame(props: WidgetFrameProps) {
  const { locale, widget } = props;
  const titleId = useId();
  const Heading = `h${props.headingLevel ?? 2}` as 'h2';
  const hasError = props.error !== undefined && props.error !== null && props.error !== false;
  const { m } = locale;
  let body: ReactNode;
  if (hasError) {
    body = (
      <div className="rk-state rk-state--error" role="alert">
        <span className="rk-state__icon" aria-hidden="true">
          ✗
        </span>
        <span>
          <strong className="rk-state__title">{m.common.errorTitle}</strong>{' '}
          <span className="rk-state__text">{errorText(props.error, locale)}</span>
        </span>
      </div>
    );
  } else if (props.loading) {
    body = (
      <div className="rk-state rk-state--loading" role="status">
        <span className="rk-spinner" aria-hidden="true" />
        <span>{m.common.loading}</span>
      </div>
    );
  } else if (props.empty) {
    body = <p className="rk-state rk-state--empty">{props.emptyText ?? m.common.empty}</p>;
  } else {
    body = props.children;
  }
  const ready = !hasError && !props.loading && !props.empty;
  return (
    <section
      className={classNames('rk-root', `rk-${widget}`, themeClass(props.theme), props.className)}
      lang={locale.lang}
      aria-labelledby={titleId}
      aria-busy={props.loading && !hasError ? true : undefined}
      data-rk-widget={widget}
    >
      {props.injectStyles === false ? null : (
        <>
          <RectifyStyles />
          <RectifyStyles id={`rectify-${widget}`} css={props.css} />
        </>
      )}
      <div className="rk-header">
        <Heading id={titleId} className="rk-title">
          {props.title}
        </Heading>
        {ready && props.actions ? <div className="rk-actions">{props.actions}</div> : null}
      </div>
      {body}
    </section>
  );
}
