import type { Locale } from '../../i18n/index';
import { classNames } from './class-names';

/** The colour family of a status; the icon and the words carry the meaning, colour only adds to it. */
export type StatusTone = 'pass' | 'fail' | 'warn' | 'info' | 'neutral';

const TONES: Readonly<Record<string, StatusTone>> = {
  pass: 'pass',
  done: 'pass',
  met: 'pass',
  shown: 'pass',
  'board-present': 'pass',
  assigned: 'pass',
  'warning-none': 'pass',
  fail: 'fail',
  overdue: 'fail',
  'not-met': 'fail',
  missing: 'fail',
  'board-absent': 'fail',
  unassigned: 'fail',
  critical: 'fail',
  'warning-red': 'fail',
  'warning-orange': 'fail',
  pending: 'warn',
  unknown: 'warn',
  'done-late': 'warn',
  partial: 'warn',
  major: 'warn',
  'warning-yellow': 'warn',
  'in-progress': 'info',
  'warning-blue': 'info',
};

/** The tone of a status code; `neutral` for codes without one. */
export function statusTone(code: string): StatusTone {
  return Object.hasOwn(TONES, code) ? (TONES[code] as StatusTone) : 'neutral';
}

/** Props of {@link StatusBadge}. */
export interface StatusBadgeProps {
  /** The status code (`pass`, `fail`, `overdue`, `met`, `warning-red`, …). Required. */
  code: string;
  /** The locale to word it in (`createLocale` / `useLocale`). Required. */
  locale: Locale;
  /** Extra class names. Defaults to none. */
  className?: string;
}

/** A status as an icon and words (STYLE.md: never colour alone). The icon is hidden from screen readers. */
export function StatusBadge({ code, locale, className }: StatusBadgeProps) {
  const { icon, text } = locale.status(code);
  return (
    <span className={classNames('rk-status', `rk-status--${statusTone(code)}`, className)} data-status={code}>
      <span className="rk-status__icon" aria-hidden="true">
        {icon}
      </span>
      <span className="rk-status__text">{text}</span>
    </span>
  );
}
