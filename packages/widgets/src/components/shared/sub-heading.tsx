import type { ReactNode } from 'react';
import type { HeadingLevel } from './widget-props';

/** @internal Props of {@link SubHeading}. */
export interface SubHeadingProps {
  /** The widget's title level; the sub-heading is one below (at most `h6`). */
  level?: HeadingLevel | undefined;
  /** Id of the heading. */
  id?: string | undefined;
  /** Class names. Defaults to `rk-subtitle`. */
  className?: string | undefined;
  /** The heading text. */
  children: ReactNode;
}

/** @internal A section heading one level below the widget title. */
export function SubHeading({ level = 2, id, className = 'rk-subtitle', children }: SubHeadingProps) {
  const Tag = `h${Math.min(level + 1, 6)}` as 'h3';
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}
