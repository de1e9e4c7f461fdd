import type { RightsBoard } from '@rectify/schemas';
import { useLocale } from '../../i18n/index';
import { asArray } from '../shared/data-guards';
import { StatusBadge } from '../shared/status-badge';
import { frameBaseProps, WidgetFrame } from '../shared/widget-frame';
import type { WidgetBaseProps } from '../shared/widget-props';
import { latestBoard } from './latest-board';
import { RIGHTS_BOARD_ITEM_CODES as RIGHTS_BOARD_ITEMS } from './rights-board-items';
import { wageRightsBoardCss } from './styles';

/** Props of {@link WageRightsBoard}. */
export interface WageRightsBoardProps extends WidgetBaseProps {
  /** One observation of the board. Wins over `boards`. Defaults to none. */
  board?: RightsBoard | null;
  /** Observations of the board; the latest (of `project`, on or before `asOf`) is shown. Defaults to none. */
  boards?: readonly RightsBoard[] | null;
  /** The project, to name it in the title and pick its observations. Defaults to none. */
  project?: { id: string; name: string } | null;
  /** Ignore observations after this day, `YYYY-MM-DD`. Defaults to every observation. */
  asOf?: string;
}

/**
 * The rights-information board (维权信息告示牌) of a construction project: the nine items art. 34 of the wage payment
 * regulations requires, each shown present or missing by icon and text, from the latest observation.
 */
export function WageRightsBoard(props: WageRightsBoardProps) {
  const locale = useLocale(props.lang);
  const { m } = locale;
  const r = m.rightsBoard;
  const board =
    props.board ?? latestBoard(props.boards, { projectId: props.project?.id, asOf: props.asOf }) ?? undefined;
  const shownItems = new Set<string>(board?.present ? asArray(board.items) : []);
  const shownCount = RIGHTS_BOARD_ITEMS.filter((i) => shownItems.has(i)).length;
  const title = props.project?.name ? `${props.project.name}${m.common.colon}${r.title}` : r.title;
  return (
    <WidgetFrame
      widget="wage-rights-board"
      css={wageRightsBoardCss}
      locale={locale}
      {...frameBaseProps(props)}
      empty={!board}
      emptyText={r.noBoard}
      title={title}
    >
      {board ? (
        <>
          <dl className="rk-meta">
            <div className="rk-meta__item">
              <dt className="rk-meta__label">{r.checkedOn}</dt>
              <dd className="rk-meta__value">{locale.date(board.checkedOn)}</dd>
            </div>
            <div className="rk-meta__item">
              <dt className="rk-meta__label">{r.board}</dt>
              <dd className="rk-meta__value">
                <StatusBadge code={board.present ? 'board-present' : 'board-absent'} locale={locale} />
              </dd>
            </div>
            {board.minimumWage !== undefined ? (
              <div className="rk-meta__item">
                <dt className="rk-meta__label">{r.minimumWage}</dt>
                <dd className="rk-meta__value">{locale.money(board.minimumWage)}</dd>
              </div>
            ) : null}
            {board.payDay !== undefined ? (
              <div className="rk-meta__item">
                <dt className="rk-meta__label">{r.payDay}</dt>
                <dd className="rk-meta__value">{r.payDayValue(board.payDay)}</dd>
              </div>
            ) : null}
          </dl>
          <p className="rk-rights__summary">{r.summary(shownCount, RIGHTS_BOARD_ITEMS.length)}</p>
          <table className="rk-table rk-rights__items">
            <thead>
              <tr>
                <th scope="col">{r.item}</th>
                <th scope="col">{r.state}</th>
              </tr>
            </thead>
            <tbody>
              {RIGHTS_BOARD_ITEMS.map((item) => (
                <tr key={item} data-item={item}>
                  <th scope="row">{r.items[item] ?? item}</th>
                  <td>
                    <StatusBadge code={shownItems.has(item) ? 'shown' : 'missing'} locale={locale} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </WidgetFrame>
  );
}
