import type { CountySamplingPlan, SamplingPlan as SamplingPlanData } from '@rectify/rules';
import { useId } from 'react';
import { type Locale, useLocale } from '../../i18n/index';
import { asArray } from '../shared/data-guards';
import { StatusBadge } from '../shared/status-badge';
import { SubHeading } from '../shared/sub-heading';
import { TableScroll } from '../shared/table-scroll';
import { useSyncedState } from '../shared/use-synced-state';
import { frameBaseProps, WidgetFrame } from '../shared/widget-frame';
import type { HeadingLevel, WidgetBaseProps } from '../shared/widget-props';
import { samplingPlanCss } from './styles';

/** Props of {@link SamplingPlan}. */
export interface SamplingPlanProps extends WidgetBaseProps {
  /** The plan (`planSampling` output). Absent or `null` shows the empty state. Defaults to none. */
  plan?: SamplingPlanData | null;
  /** Community names by id, shown beside the ids. Defaults to none (ids only). */
  communityNames?: Readonly<Record<string, string>>;
  /** Division names by code (streets); Quanzhou's counties are built in. Defaults to none. */
  divisionNames?: Readonly<Record<string, string>>;
  /** The county shown (6-digit code), or `'all'`. The reader's select changes it. Defaults to `'all'`. */
  countyCode?: string;
  /** Called when the reader picks a county. Defaults to none. */
  onCountyChange?: (countyCode: string) => void;
}

/** Ids one per line, each kept whole. */
function IdList({ ids, none }: { ids: readonly string[]; none: string }) {
  if (ids.length === 0) return <>{none}</>;
  return (
    <ul className="rk-sampling__ids">
      {[...new Set(ids)].map((id) => (
        <li key={id} className="rk-code rk-nowrap">
          {id}
        </li>
      ))}
    </ul>
  );
}

interface CountyProps {
  county: CountySamplingPlan;
  locale: Locale;
  level: HeadingLevel;
  communityNames: Readonly<Record<string, string>> | undefined;
  divisionNames: Readonly<Record<string, string>> | undefined;
}

function County({ county, locale, level, communityNames, divisionNames }: CountyProps) {
  const { m } = locale;
  const s = m.sampling;
  const picks = asArray(county.picks);
  const name = county.name ?? locale.division(county.countyCode, divisionNames);
  return (
    <div className="rk-sampling__county" data-county={county.countyCode}>
      <SubHeading level={level}>
        {name} <span className="rk-code rk-muted">{county.countyCode}</span>
      </SubHeading>
      <dl className="rk-meta">
        {(
          [
            [s.total, county.total],
            [s.required, county.required],
            [s.priority, county.priorityCount],
            [s.random, county.randomCount],
            [s.inspectorsAvailable, county.inspectorsAvailable],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className="rk-meta__item">
            <dt className="rk-meta__label">{label}</dt>
            <dd className="rk-meta__value">{locale.integer(value)}</dd>
          </div>
        ))}
      </dl>
      {county.explanation ? <p className="rk-note">{locale.pick(county.explanation)}</p> : null}
      {picks.length === 0 ? (
        <p className="rk-muted">{s.noPicks}</p>
      ) : (
        <TableScroll label={name}>
          <table className="rk-table rk-sampling__picks">
            <thead>
              <tr>
                <th scope="col">{s.community}</th>
                <th scope="col">{s.division}</th>
                <th scope="col">{s.reasons}</th>
                <th scope="col">{s.petitions}</th>
                <th scope="col">{s.inspectors}</th>
                <th scope="col">{s.assignment}</th>
                <th scope="col">{s.explanation}</th>
              </tr>
            </thead>
            <tbody>
              {picks.map((p) => (
                <tr key={p.communityId} data-community={p.communityId}>
                  <th scope="row">
                    {communityNames?.[p.communityId] ? (
                      <>
                        {communityNames[p.communityId]}{' '}
                        <span className="rk-sampling__id rk-code rk-muted">{p.communityId}</span>
                      </>
                    ) : (
                      <span className="rk-sampling__id rk-code">{p.communityId}</span>
                    )}
                  </th>
                  <td className="rk-nowrap">{locale.division(p.divisionCode, divisionNames)}</td>
                  <td>
                    <span className="rk-sampling__reasons">
                      {asArray(p.reasons).map((r) => (
                        <span
                          key={r}
                          className={`rk-sampling__reason${r === 'random' ? '' : ' rk-sampling__reason--priority'}`}
                        >
                          {s.reason[r] ?? r}
                        </span>
                      ))}
                    </span>
                  </td>
                  <td>
                    <IdList ids={asArray(p.petitionIds)} none={m.common.none} />
                  </td>
                  <td>
                    <IdList ids={asArray(p.inspectorIds)} none={m.common.none} />
                  </td>
                  <td>
                    <StatusBadge code={p.assignment} locale={locale} />
                  </td>
                  <td className="rk-sampling__explanation">{locale.pick(p.explanation)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}

/**
 * A sampling-verification plan (抽查核实, PI.M2) per county: how many communities must be sampled, the priority
 * and random picks, why each community was picked, and the inspectors drawn (by id only: names are personal data).
 */
export function SamplingPlan(props: SamplingPlanProps) {
  const locale = useLocale(props.lang);
  const { m } = locale;
  const s = m.sampling;
  const selectId = useId();
  const [countyCode, setCountyCode] = useSyncedState<string>(props.countyCode, 'all');
  const plan = props.plan;
  const counties = asArray(plan?.counties);
  const shown = countyCode === 'all' ? counties : counties.filter((c) => c.countyCode === countyCode);
  const share = plan?.share;
  return (
    <WidgetFrame
      widget="sampling-plan"
      css={samplingPlanCss}
      locale={locale}
      {...frameBaseProps(props)}
      empty={!plan || counties.length === 0}
      title={s.title}
    >
      {plan ? (
        <>
          <dl className="rk-meta">
            <div className="rk-meta__item">
              <dt className="rk-meta__label">{s.year}</dt>
              <dd className="rk-meta__value">{String(plan.year)}</dd>
            </div>
            <div className="rk-meta__item">
              <dt className="rk-meta__label">{s.share}</dt>
              <dd className="rk-meta__value">
                {share && share.denominator > 0
                  ? locale.ratio(share.numerator / share.denominator)
                  : m.common.none}
              </dd>
            </div>
            <div className="rk-meta__item">
              <dt className="rk-meta__label">{s.seed}</dt>
              <dd className="rk-meta__value rk-code">{String(plan.seed)}</dd>
            </div>
          </dl>
          <div className="rk-toolbar">
            <div className="rk-field">
              <label className="rk-label" htmlFor={selectId}>
                {s.county}
              </label>
              <select
                id={selectId}
                className="rk-select"
                value={countyCode}
                onChange={(e) => {
                  const next = e.currentTarget.value;
                  setCountyCode(next);
                  props.onCountyChange?.(next);
                }}
              >
                <option value="all">{m.common.all}</option>
                {counties.map((c) => (
                  <option key={c.countyCode} value={c.countyCode}>
                    {c.name ?? locale.division(c.countyCode, props.divisionNames)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {shown.map((county) => (
            <County
              key={county.countyCode}
              county={county}
              locale={locale}
              level={props.headingLevel ?? 2}
              communityNames={props.communityNames}
              divisionNames={props.divisionNames}
            />
          ))}
        </>
      ) : null}
    </WidgetFrame>
  );
}
