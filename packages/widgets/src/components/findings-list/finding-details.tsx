import type { Finding } from '@rectify/rules';
import { type KeyboardEvent, type RefObject, useId } from 'react';
import type { Locale } from '../../i18n/index';
import { asArray, describeValue } from '../shared/data-guards';
import { StatusBadge } from '../shared/status-badge';
import type { HeadingLevel } from '../shared/widget-props';
import { withKeys } from '../shared/with-keys';
import type { FindingRuleInfo } from './rule-info';

/** @internal Props of {@link FindingDetails}. */
export interface FindingDetailsProps {
  /** The finding. */
  finding: Finding;
  /** Its rule, for the clause text. */
  rule: FindingRuleInfo | undefined;
  /** The locale. */
  locale: Locale;
  /** The widget's title level. */
  level: HeadingLevel;
  /** Division names by code. */
  divisionNames: Readonly<Record<string, string>> | undefined;
  /** Ref of the heading, which takes the focus on opening. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Closes the details and returns to the list. */
  onBack: () => void;
}

/** @internal The "why" of one finding: clause text, failed conditions, evidence, deadline, responsible units. */
export function FindingDetails({
  finding,
  rule,
  locale,
  level,
  divisionNames,
  headingRef,
  onBack,
}: FindingDetailsProps) {
  const { m } = locale;
  const f = m.findings;
  const headingId = useId();
  const H = `h${Math.min(level + 1, 6)}` as 'h3';
  const H2 = `h${Math.min(level + 2, 6)}` as 'h4';
  const why = asArray(finding.why);
  const evidence = asArray(finding.evidence);
  const quotes = asArray(rule?.quote);
  const regulated = finding.responsible?.regulated;
  const supervising = finding.responsible?.supervising;
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onBack();
    }
  };
  return (
    <section className="rk-details" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <H id={headingId} ref={headingRef} tabIndex={-1} className="rk-subtitle rk-details__title">
        {f.details}
        {m.common.colon}
        {finding.subject?.name ?? finding.subject?.id}
        {finding.period ? ` · ${locale.period(finding.period)}` : ''}
      </H>
      <p className="rk-details__badges">
        <StatusBadge code={finding.severity} locale={locale} />
        <StatusBadge code={finding.outcome} locale={locale} />
        <span className="rk-code">{finding.ruleId}</span>
        {rule?.title ? <span>{locale.pick(rule.title)}</span> : null}
      </p>
      <p className="rk-details__message">{locale.pick(finding.message)}</p>
      <dl className="rk-details__facts">
        <div>
          <dt>{f.clause}</dt>
          <dd>{asArray(finding.clauseIds).join('、') || m.common.none}</dd>
        </div>
        <div>
          <dt>{f.deadline}</dt>
          <dd>{finding.deadline ? locale.date(finding.deadline) : m.common.none}</dd>
        </div>
        <div>
          <dt>{f.regulated}</dt>
          <dd>
            {regulated
              ? [locale.unit(regulated.unit), regulated.name, regulated.uscc].filter(Boolean).join(' · ')
              : m.common.none}
          </dd>
        </div>
        <div>
          <dt>{f.supervising}</dt>
          <dd>
            {supervising
              ? [
                  supervising.divisionCode ? locale.division(supervising.divisionCode, divisionNames) : '',
                  locale.unit(supervising.unit),
                  supervising.name,
                ]
                  .filter(Boolean)
                  .join(' · ')
              : m.common.none}
          </dd>
        </div>
      </dl>
      <H2 className="rk-details__heading">{f.why}</H2>
      {why.length > 0 ? (
        <ul className="rk-details__why">
          {withKeys(why, (c) => `${c.clauseId}|${c.text?.['zh-CN'] ?? ''}`).map(({ key, item: c }) => (
            <li key={key}>
              <span className="rk-code">{c.clauseId}</span> {locale.pick(c.text)}
              {c.observed !== undefined || c.expected !== undefined ? (
                <span className="rk-muted">
                  {' '}
                  {f.observedExpected(describeValue(c.observed), describeValue(c.expected))}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="rk-muted">{f.noWhy}</p>
      )}
      {quotes.length > 0 ? (
        <>
          <H2 className="rk-details__heading">{f.quote}</H2>
          {withKeys(quotes, (q) => q).map(({ key, item: q }) => (
            <blockquote key={key} className="rk-details__quote" lang="zh-CN">
              <p>{q}</p>
            </blockquote>
          ))}
        </>
      ) : null}
      {evidence.length > 0 ? (
        <>
          <H2 className="rk-details__heading">{f.evidence}</H2>
          <table className="rk-table rk-details__evidence">
            <thead>
              <tr>
                <th scope="col">{f.pointer}</th>
                <th scope="col">{f.observed}</th>
                <th scope="col">{f.expected}</th>
              </tr>
            </thead>
            <tbody>
              {withKeys(evidence, (e) => e.pointer).map(({ key, item: e }) => (
                <tr key={key}>
                  <td>
                    <span className="rk-code">{e.pointer}</span>
                    {e.note ? <span className="rk-details__note">{locale.pick(e.note)}</span> : null}
                  </td>
                  <td>{describeValue(e.observed)}</td>
                  <td>{describeValue(e.expected)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <H2 className="rk-details__heading">{f.remediation}</H2>
      <p>{locale.pick(finding.remediation) || m.common.none}</p>
      <p className="rk-details__actions">
        <button type="button" className="rk-button rk-button--secondary" onClick={onBack}>
          {f.back}
        </button>
      </p>
    </section>
  );
}
