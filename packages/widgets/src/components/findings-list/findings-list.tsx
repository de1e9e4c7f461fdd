import type { Finding, Outcome, Severity } from '@rectify/rules';
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { type Locale, useLocale } from '../../i18n/index';
import { asArray } from '../shared/data-guards';
import { StatusBadge } from '../shared/status-badge';
import { useSyncedState } from '../shared/use-synced-state';
import { frameBaseProps, WidgetFrame } from '../shared/widget-frame';
import type { WidgetBaseProps } from '../shared/widget-props';
import { FindingDetails } from './finding-details';
import {
  type FindingsFilters,
  type FindingsGroupBy,
  type FindingsRow,
  filterFindings,
  filterOptions,
  findingsRows,
} from './findings-model';
import type { FindingRuleInfo } from './rule-info';
import { findingsListCss } from './styles';
import { useVirtualWindow } from './use-virtual-window';

/** The filters and grouping of the list, as `onFilterChange` reports them. */
export interface FindingsView extends FindingsFilters {
  /** The grouping. */
  groupBy: FindingsGroupBy;
}

/** Props of {@link FindingsList}. */
export interface FindingsListProps extends WidgetBaseProps {
  /** The findings (`CheckResult.findings`), in the order to list them. Defaults to none. */
  findings?: readonly Finding[] | null;
  /**
   * The rules the findings came from, to quote each finding's clause text (`quote`) and title by `ruleId`: pass
   * `[...PUBLIC_INCOME_RULES, ...WAGES_RULES]` from `@rectify/rules` (a `Rule` is a {@link FindingRuleInfo}). Not
   * imported by default: the packs (and the schemas under them) would weigh the widget down by ~150 KB gzip.
   * Defaults to none (the details then show clause IDs without their text).
   */
  rules?: readonly FindingRuleInfo[];
  /** Names of divisions by code (county and street names of the dataset). Defaults to Quanzhou's built-in county names. */
  divisionNames?: Readonly<Record<string, string>>;
  /** Severity filter. Defaults to `'all'`. */
  severity?: Severity | 'all';
  /** Clause filter (a clause ID such as `PI.C1.b`). Defaults to `'all'`. */
  clauseId?: string;
  /** County filter (6-digit code). Defaults to `'all'`. */
  countyCode?: string;
  /** Outcome filter. Defaults to `'all'`. */
  outcome?: Outcome | 'all';
  /** Grouping: `'none'`, `'rule'` or `'division'` (county). Defaults to `'none'`. */
  groupBy?: FindingsGroupBy;
  /** Called when the reader changes a filter or the grouping. Defaults to none. */
  onFilterChange?: (view: FindingsView) => void;
  /** Called when the reader opens a finding's details. Defaults to none. */
  onSelect?: (finding: Finding) => void;
  /** Rows visible at once in the scrolling list. Defaults to 8. */
  visibleRows?: number;
}

// Row height in px before layout can be measured (server render; a 16px root and line height 1.6).
const FALLBACK_ROW_PX = 93;
const OVERSCAN = 6;

interface SelectProps {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}

function FilterSelect({ label, value, options, onChange }: SelectProps) {
  const id = useId();
  return (
    <div className="rk-field">
      <label className="rk-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="rk-select" value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function groupLabel(row: Extract<FindingsRow, { kind: 'group' }>, groupBy: FindingsGroupBy, ctx: RowContext) {
  if (groupBy === 'rule') {
    const title = ctx.rules.get(row.groupKey)?.title;
    return ctx.locale.m.findings.group(
      title ? `${row.groupKey} ${ctx.locale.pick(title)}` : row.groupKey,
      row.count,
    );
  }
  return ctx.locale.m.findings.group(ctx.locale.division(row.groupKey, ctx.divisionNames), row.count);
}

interface RowContext {
  locale: Locale;
  rules: ReadonlyMap<string, FindingRuleInfo>;
  divisionNames: Readonly<Record<string, string>> | undefined;
}

/**
 * Findings with filters (severity, clause, county, outcome) and grouping (rule, county). Each finding opens its
 * "why": the clause text, the failed conditions, evidence, deadline and responsible units. The list is windowed
 * (fixed row height, only rows near the viewport in the DOM) so 10,000 findings render at once, and is operable
 * by keyboard: arrow keys, Page Up / Page Down, Home / End move the focus, keeping it in view; Enter opens; Escape
 * in the details returns to the list.
 */
export function FindingsList(props: FindingsListProps) {
  const locale = useLocale(props.lang);
  const { m } = locale;
  const all = asArray(props.findings);
  const [severity, setSeverity] = useSyncedState<Severity | 'all'>(props.severity, 'all');
  const [clauseId, setClauseId] = useSyncedState<string>(props.clauseId, 'all');
  const [countyCode, setCountyCode] = useSyncedState<string>(props.countyCode, 'all');
  const [outcome, setOutcome] = useSyncedState<Outcome | 'all'>(props.outcome, 'all');
  const [groupBy, setGroupBy] = useSyncedState<FindingsGroupBy>(props.groupBy, 'none');
  const [active, setActive] = useState(0);
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const pendingFocus = useRef<number | 'details' | undefined>(undefined);
  const listRef = useRef<HTMLUListElement | null>(null);
  const detailsHeadingRef = useRef<HTMLHeadingElement | null>(null);
  const visibleRows = Math.max(1, Math.floor(props.visibleRows ?? 8));

  const rulesById = useMemo(
    () => new Map(asArray(props.rules).map((r) => [r.id, r] as const)),
    [props.rules],
  );
  const options = useMemo(() => filterOptions(all), [all]);
  const filtered = useMemo(
    () => filterFindings(all, { severity, clauseId, countyCode, outcome }),
    [all, severity, clauseId, countyCode, outcome],
  );
  const rows = useMemo(() => findingsRows(filtered, groupBy), [filtered, groupBy]);
  const win = useVirtualWindow({
    count: rows.length,
    visibleRows,
    fallbackRowPx: FALLBACK_ROW_PX,
    overscan: OVERSCAN,
  });
  const firstFinding = rows.findIndex((r) => r.kind === 'finding');
  const activeRow = rows[active]?.kind === 'finding' ? active : firstFinding;

  useEffect(() => {
    const target = pendingFocus.current;
    if (target === undefined) return;
    pendingFocus.current = undefined;
    if (target === 'details') {
      detailsHeadingRef.current?.focus();
      return;
    }
    const el = listRef.current?.querySelector<HTMLElement>(`[data-row="${target}"] button`);
    el?.focus({ preventScroll: true });
  });

  const ctx: RowContext = { locale, rules: rulesById, divisionNames: props.divisionNames };
  const view = (patch: Partial<FindingsView>) => {
    const next: FindingsView = { severity, clauseId, countyCode, outcome, groupBy, ...patch };
    setActive(0);
    win.reset();
    props.onFilterChange?.(next);
  };

  const focusRow = (index: number) => {
    setActive(index);
    win.scrollIntoView(index);
    pendingFocus.current = index;
  };

  const step = (from: number, direction: 1 | -1, distance = 1): number => {
    let i = from;
    let moved = 0;
    let last = from;
    while (moved < distance) {
      i += direction;
      if (i < 0 || i >= rows.length) break;
      if (rows[i]?.kind === 'finding') {
        last = i;
        moved += 1;
      }
    }
    return last;
  };

  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (activeRow < 0) return;
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = step(activeRow, 1);
        break;
      case 'ArrowUp':
        next = step(activeRow, -1);
        break;
      case 'PageDown':
        next = step(activeRow, 1, visibleRows - 1);
        break;
      case 'PageUp':
        next = step(activeRow, -1, visibleRows - 1);
        break;
      case 'Home':
        next = firstFinding;
        break;
      case 'End':
        next = step(rows.length, -1);
        break;
      default:
        return;
    }
    event.preventDefault();
    focusRow(next);
  };

  const open = (index: number, finding: Finding) => {
    setActive(index);
    setSelectedId(finding.id);
    pendingFocus.current = 'details';
    props.onSelect?.(finding);
  };

  const back = () => {
    setSelectedId(undefined);
    if (activeRow >= 0) focusRow(activeRow);
  };

  const selected = selectedId === undefined ? undefined : filtered.find((f) => f.id === selectedId);
  const rendered: number[] = [];
  for (let i = win.first; i < win.last; i += 1) rendered.push(i);
  // The focusable row stays in the DOM when scrolled away, so Tab always lands in the list.
  if (activeRow >= 0 && (activeRow < win.first || activeRow >= win.last)) rendered.push(activeRow);

  const all_ = m.common.all;
  const shownRows = Math.min(visibleRows, rows.length);
  return (
    <WidgetFrame
      widget="findings-list"
      css={findingsListCss}
      locale={locale}
      {...frameBaseProps(props)}
      empty={all.length === 0}
      title={m.findings.title}
    >
      <div className="rk-findings__filters">
        <FilterSelect
          label={m.findings.severity}
          value={severity}
          options={[
            { value: 'all', label: all_ },
            ...options.severities.map((s) => ({ value: s, label: locale.status(s).text })),
          ]}
          onChange={(v) => {
            setSeverity(v as Severity | 'all');
            view({ severity: v as Severity | 'all' });
          }}
        />
        <FilterSelect
          label={m.findings.outcome}
          value={outcome}
          options={[
            { value: 'all', label: all_ },
            ...options.outcomes.map((o) => ({ value: o, label: locale.status(o).text })),
          ]}
          onChange={(v) => {
            setOutcome(v as Outcome | 'all');
            view({ outcome: v as Outcome | 'all' });
          }}
        />
        <FilterSelect
          label={m.findings.clause}
          value={clauseId}
          options={[{ value: 'all', label: all_ }, ...options.clauseIds.map((c) => ({ value: c, label: c }))]}
          onChange={(v) => {
            setClauseId(v);
            view({ clauseId: v });
          }}
        />
        <FilterSelect
          label={m.findings.division}
          value={countyCode}
          options={[
            { value: 'all', label: all_ },
            ...options.countyCodes.map((c) => ({ value: c, label: locale.division(c, props.divisionNames) })),
          ]}
          onChange={(v) => {
            setCountyCode(v);
            view({ countyCode: v });
          }}
        />
        <FilterSelect
          label={m.findings.groupBy}
          value={groupBy}
          options={[
            { value: 'none', label: m.findings.groupNone },
            { value: 'rule', label: m.findings.groupRule },
            { value: 'division', label: m.findings.groupDivision },
          ]}
          onChange={(v) => {
            setGroupBy(v as FindingsGroupBy);
            view({ groupBy: v as FindingsGroupBy });
          }}
        />
      </div>
      <p className="rk-findings__count" role="status">
        {m.common.shown(filtered.length, all.length)}
      </p>
      {rows.length === 0 ? (
        <p className="rk-state rk-state--empty rk-findings__none">{m.findings.noMatches}</p>
      ) : (
        <div
          ref={win.viewportRef}
          className="rk-vlist"
          style={{ height: `calc(var(--rk-vrow-height) * ${shownRows})` }}
          onScroll={win.onScroll}
        >
          <ul
            ref={listRef}
            className="rk-vlist__list"
            aria-label={m.findings.listLabel}
            style={{ height: `calc(var(--rk-vrow-height) * ${rows.length})` }}
            onKeyDown={onListKeyDown}
          >
            {rendered.map((i) => {
              const row = rows[i];
              if (!row) return null;
              const style = { top: `calc(var(--rk-vrow-height) * ${i})` };
              if (row.kind === 'group')
                return (
                  <li
                    key={row.key}
                    className="rk-vrow rk-vrow--group"
                    style={style}
                    data-row={i}
                    aria-setsize={rows.length}
                    aria-posinset={i + 1}
                  >
                    {groupLabel(row, groupBy, ctx)}
                  </li>
                );
              const f = row.finding;
              return (
                <li
                  key={row.key}
                  className="rk-vrow"
                  style={style}
                  data-row={i}
                  aria-setsize={rows.length}
                  aria-posinset={i + 1}
                >
                  <button
                    type="button"
                    className="rk-vrow__button"
                    tabIndex={i === activeRow ? 0 : -1}
                    aria-current={f.id === selectedId ? 'true' : undefined}
                    onClick={() => open(i, f)}
                    onFocus={() => {
                      if (i !== active) setActive(i);
                    }}
                  >
                    <span className="rk-vrow__head">
                      <StatusBadge code={f.severity} locale={locale} />
                      <StatusBadge code={f.outcome} locale={locale} />
                      <span>
                        {f.subject?.name ?? f.subject?.id}
                        {f.period ? ` · ${locale.period(f.period)}` : ''}
                      </span>
                      <span className="rk-code">{f.ruleId}</span>
                      {f.deadline ? (
                        <span className="rk-muted">
                          {m.findings.deadline} {locale.date(f.deadline)}
                        </span>
                      ) : null}
                    </span>
                    <span className="rk-vrow__message">{locale.pick(f.message)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {selected ? (
        <FindingDetails
          finding={selected}
          rule={rulesById.get(selected.ruleId)}
          locale={locale}
          level={props.headingLevel ?? 2}
          divisionNames={props.divisionNames}
          headingRef={detailsHeadingRef}
          onBack={back}
        />
      ) : null}
    </WidgetFrame>
  );
}
