import type { QuarterlyDisclosure } from '@rectify/schemas';
import { type MoneyUnit, useLocale } from '../../i18n/index';
import { useSyncedState } from '../shared/use-synced-state';
import { frameBaseProps, WidgetFrame } from '../shared/widget-frame';
import type { WidgetBaseProps } from '../shared/widget-props';
import { statementRows } from './statement-rows';
import { StatementTable } from './statement-table';
import { incomeStatementCss } from './styles';
import { UnitToggle } from './unit-toggle';

/** Props of {@link IncomeStatement}. */
export interface IncomeStatementProps extends WidgetBaseProps {
  /** The quarter's disclosure, amounts in integer fen. Absent or `null` shows the empty state. Defaults to none. */
  disclosure?: QuarterlyDisclosure | null;
  /** The community's name, put before the period in the title. Defaults to none (the title names the period only). */
  communityName?: string;
  /**
   * The unit amounts are shown in: `'yuan'` (`¥1,234.56`) or `'wan'` (万元 with two decimals, under 金额（万元）). The
   * reader's toggle changes it; a new value of this prop sets it again. Defaults to `'yuan'`.
   */
  unit?: MoneyUnit;
  /** Called when the reader switches the unit with the toggle. Defaults to none. */
  onUnitChange?: (unit: MoneyUnit) => void;
  /** Whether the 元 / 万元 toggle is shown. Defaults to `true`. */
  showUnitToggle?: boolean;
}

/** The income, expense, distribution and balance lines of one quarter's public income, with a 元 / 万元 toggle. */
export function IncomeStatement(props: IncomeStatementProps) {
  const locale = useLocale(props.lang);
  const [unit, setUnit] = useSyncedState<MoneyUnit>(props.unit, 'yuan');
  const { disclosure } = props;
  const period = disclosure ? locale.period(disclosure.quarter) : '';
  const caption = locale.m.statement.caption(period);
  const title = props.communityName
    ? `${props.communityName}${locale.lang === 'en' ? ': ' : ' '}${caption}`
    : caption;
  const changeUnit = (next: MoneyUnit) => {
    setUnit(next);
    props.onUnitChange?.(next);
  };
  return (
    <WidgetFrame
      widget="income-statement"
      css={incomeStatementCss}
      locale={locale}
      {...frameBaseProps(props)}
      empty={!disclosure}
      title={disclosure ? title : locale.m.statement.heading}
      actions={
        props.showUnitToggle === false ? null : (
          <UnitToggle unit={unit} locale={locale} onChange={changeUnit} />
        )
      }
    >
      {disclosure ? (
        <StatementTable rows={statementRows(disclosure, locale)} unit={unit} locale={locale} />
      ) : null}
    </WidgetFrame>
  );
}
