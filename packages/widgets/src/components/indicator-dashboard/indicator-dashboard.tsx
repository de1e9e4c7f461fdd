import type { Indicator, IndicatorRow } from '@rectify/rules';
import { Fragment, useState } from 'react';
import { type Locale, useLocale } from '../../i18n/index';
import { asArray } from '../shared/data-guards';
import { StatusBadge } from '../shared/status-badge';
import { SubHeading } from '../shared/sub-heading';
import { TableScroll } from '../shared/table-scroll';
import { frameBaseProps, WidgetFrame } from '../shared/widget-frame';
import type { HeadingLevel, WidgetBaseProps } from '../shared/widget-props';
import { fractionText, indicatorStatus, indicatorValue, targetText } from './indicator-text';
import { indicatorDashboardCss } from './styles';

/** What `onToggle` receives when the reader opens or closes a breakdown. */
export interface IndicatorToggleDetail {
  /** The indicator. */
  indicatorId: string;
  /** The county whose streets were opened or closed; absent for the indicator's county table. */
  divisionCode?: string;
  /** Whether it is now open. */
  expanded: boolean;
}

/** Props of {@link IndicatorDashboard}. */
export interface IndicatorDashboardProps extends WidgetBaseProps {
  /** Computed indicators (`CheckResult.indicators`) with their city → county → street breakdown. Defaults to none. */
  indicators?: readonly Indicator[] | null;
  /** Only these indicator ids, in this order. Defaults to every indicator given, in the given order. */
  ids?: readonly string[];
  /**
   * Breakdowns open at first: an indicator id opens its county table, `<indicatorId>/<countyCode>` also the county's
   * streets. Defaults to none.
   */
  expanded?: readonly string[];
  /** Called when the reader opens or closes a breakdown. Defaults to none. */
  onToggle?: (detail: IndicatorToggleDetail) => void;
  /** The as-of date of the figures, shown under the title. Defaults to none. */
  asOf?: string;
}

interface IndicatorCardProps {
  indicator: Indicator;
  locale: Locale;
  level: HeadingLevel;
  open: ReadonlySet<string>;
  toggle: (key: string, detail: IndicatorToggleDetail) => void;
}

function rowName(row: IndicatorRow, locale: Locale): string {
  return row.name ?? locale.division(row.divisionCode);
}

function IndicatorCard({ indicator, locale, level, open, toggle }: IndicatorCardProps) {
  const { m } = locale;
  const breakdown = asArray(indicator.breakdown);
  const counties = breakdown.filter((r) => r.level === 'county');
  const isOpen = open.has(indicator.id);
  const title = locale.pick(indicator.title) || indicator.id;
  const unit = indicator.unit;
  const cells = (row: Pick<IndicatorRow, 'value' | 'numerator' | 'denominator' | 'met'>) => (
    <>
      <td className="rk-num">{indicatorValue(unit, row, locale)}</td>
      <td className="rk-num">{fractionText(row, locale)}</td>
      <td>
        <StatusBadge code={indicatorStatus(row.met, indicator.target)} locale={locale} />
      </td>
    </>
  );
  return (
    <li className="rk-indicator" data-indicator={indicator.id}>
      <SubHeading level={level}>
        {title}
        <span className="rk-indicator__clauses">{asArray(indicator.clauseIds).join('、')}</span>
      </SubHeading>
      {indicator.definition ? <p className="rk-note">{locale.pick(indicator.definition)}</p> : null}
      <dl className="rk-indicator__facts">
        <div className="rk-indicator__fact">
          <dt>{m.indicators.target}</dt>
          <dd>{targetText(indicator, locale)}</dd>
        </div>
        <div className="rk-indicator__fact">
          <dt>{m.indicators.value}</dt>
          <dd>{indicatorValue(unit, indicator, locale)}</dd>
        </div>
        <div className="rk-indicator__fact">
          <dt>{m.indicators.fraction}</dt>
          <dd>{fractionText(indicator, locale)}</dd>
        </div>
        <div className="rk-indicator__fact">
          <dt>{m.indicators.status}</dt>
          <dd>
            <StatusBadge code={indicatorStatus(indicator.met, indicator.target)} locale={locale} />
          </dd>
        </div>
      </dl>
      {counties.length > 0 ? (
        <div className="rk-drill">
          <button
            type="button"
            className="rk-button rk-button--secondary rk-drill__toggle"
            aria-expanded={isOpen}
            onClick={() => toggle(indicator.id, { indicatorId: indicator.id, expanded: !isOpen })}
          >
            {m.indicators.byCounty}
          </button>
          {isOpen ? (
            <TableScroll label={`${title} ${m.indicators.byCounty}`}>
              <table className="rk-table rk-drill__table">
                <caption className="rk-sr-only">{`${title} ${m.indicators.byCounty}`}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.indicators.division}</th>
                    <th scope="col" className="rk-num">
                      {m.indicators.value}
                    </th>
                    <th scope="col" className="rk-num">
                      {m.indicators.fraction}
                    </th>
                    <th scope="col">{m.indicators.status}</th>
                  </tr>
                </thead>
                <tbody>
                  <tr className="rk-row--city">
                    <th scope="row">{m.indicators.cityWide}</th>
                    {cells(indicator)}
                  </tr>
                  {counties.map((county) => {
                    const key = `${indicator.id}/${county.divisionCode}`;
                    const streets = breakdown.filter(
                      (r) => r.level === 'street' && r.divisionCode.startsWith(county.divisionCode),
                    );
                    const countyOpen = open.has(key);
                    const name = rowName(county, locale);
                    return (
                      <Fragment key={key}>
                        <tr className="rk-row--county" data-division={county.divisionCode}>
                          <th scope="row">
                            {streets.length > 0 ? (
                              <button
                                type="button"
                                className="rk-button rk-button--link rk-drill__county"
                                aria-expanded={countyOpen}
                                onClick={() =>
                                  toggle(key, {
                                    indicatorId: indicator.id,
                                    divisionCode: county.divisionCode,
                                    expanded: !countyOpen,
                                  })
                                }
                              >
                                {name}
                              </button>
                            ) : (
                              name
                            )}
                          </th>
                          {cells(county)}
                        </tr>
                        {countyOpen
                          ? streets.map((street) => (
                              <tr
                                key={`${key}/${street.divisionCode}`}
                                className="rk-row--street"
                                data-division={street.divisionCode}
                              >
                                <th scope="row">{rowName(street, locale)}</th>
                                {cells(street)}
                              </tr>
                            ))
                          : null}
                      </Fragment>
                    );
                  })}
                </tbody>
              </table>
            </TableScroll>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

/**
 * The campaign targets (PI.T1, PI.T2, WG.T1–T5 …) against their values, each with numerator and denominator and
 * met / not met by icon and text, drilling down city → county → street with buttons (`aria-expanded`).
 */
export function IndicatorDashboard(props: IndicatorDashboardProps) {
  const locale = useLocale(props.lang);
  const { m } = locale;
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(asArray(props.expanded)));
  const all = asArray(props.indicators);
  const shown = props.ids
    ? asArray(props.ids)
        .map((id) => all.find((i) => i.id === id))
        .filter((i): i is Indicator => i !== undefined)
    : all;
  const toggle = (key: string, detail: IndicatorToggleDetail) => {
    setOpen((prev) => {
      const next = new Set(prev);
      if (detail.expanded) next.add(key);
      else next.delete(key);
      return next;
    });
    props.onToggle?.(detail);
  };
  return (
    <WidgetFrame
      widget="indicator-dashboard"
      css={indicatorDashboardCss}
      locale={locale}
      {...frameBaseProps(props)}
      empty={shown.length === 0}
      title={m.indicators.title}
    >
      {props.asOf ? <p className="rk-note">{m.common.asOf(locale.date(props.asOf))}</p> : null}
      <ul className="rk-indicators">
        {shown.map((indicator) => (
          <IndicatorCard
            key={indicator.id}
            indicator={indicator}
            locale={locale}
            level={props.headingLevel ?? 2}
            open={open}
            toggle={toggle}
          />
        ))}
      </ul>
    </WidgetFrame>
  );
}
