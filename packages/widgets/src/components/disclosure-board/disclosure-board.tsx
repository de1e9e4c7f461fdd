import type { QuarterlyDisclosure } from '@rectify/schemas';
import type { MouseEvent } from 'react';
import { type Lang, type MoneyUnit, useLocale } from '../../i18n/index';
import { statementRows } from '../income-statement/statement-rows';
import { StatementTable } from '../income-statement/statement-table';
import { incomeStatementCss } from '../income-statement/styles';
import { UnitToggle } from '../income-statement/unit-toggle';
import { asArray } from '../shared/data-guards';
import { SubHeading } from '../shared/sub-heading';
import { useSyncedState } from '../shared/use-synced-state';
import { frameBaseProps, WidgetFrame } from '../shared/widget-frame';
import type { WidgetBaseProps } from '../shared/widget-props';
import { withKeys } from '../shared/with-keys';
import { openPrintDocument, type PrintTarget } from './open-print-document';
import { DISPLAY_DAYS, disclosurePosting } from './posting-dates';
import { type NoticeCommunity, type PaperSize, printNotice } from './print-notice';
import { disclosureBoardCss } from './styles';

/** What the print action hands to `onPrint` (and what a custom element puts in its `rectify-print` event). */
export interface PrintRequest {
  /** The complete print document (see {@link printNotice}). */
  html: string;
  /** Its paper size. */
  paper: PaperSize;
  /** Its language. */
  lang: Lang;
  /** The disclosure printed. */
  disclosureId: string;
  /** The community, when known. */
  communityId?: string;
}

/** Props of {@link DisclosureBoard}. */
export interface DisclosureBoardProps extends WidgetBaseProps {
  /** The quarter's disclosure, amounts in integer fen. Absent or `null` shows the empty state. Defaults to none. */
  disclosure?: QuarterlyDisclosure | null;
  /** The community: its name heads the notice, its company signs it. Defaults to none (no name in the title). */
  community?: NoticeCommunity | null;
  /** Paper of the printed notice: `'A4'` (filed copy) or `'A3'` (the board). Defaults to `'A4'`. */
  paper?: PaperSize;
  /** Unit of the amounts, `'yuan'` or `'wan'`; the reader's toggle changes it. Defaults to `'yuan'`. */
  unit?: MoneyUnit;
  /** Called when the reader switches the unit. Defaults to none. */
  onUnitChange?: (unit: MoneyUnit) => void;
  /** Days on display, from the day after posting. Defaults to 30 (PI.C1.d, Civil Code art. 201). */
  displayDays?: number;
  /**
   * Called when the reader presses the print button, with the print document. Return `false` to print it yourself;
   * otherwise the widget opens it and calls the browser's print dialog. Defaults to none.
   */
  onPrint?: (request: PrintRequest) => boolean | undefined;
  /** Where the print document opens: a hidden `'iframe'` or a new `'window'`. Defaults to `'iframe'`. */
  printTarget?: PrintTarget;
  /** Whether the print button is shown. Defaults to `true`. */
  printable?: boolean;
}

function telHref(contact: string): string | undefined {
  const digits = contact.replace(/[^0-9+]/g, '');
  return /^\+?[0-9]{3,20}$/.test(digits) ? `tel:${digits}` : undefined;
}

/**
 * A community's quarterly public-income disclosure as owners see it on a portal: the notice's title, the statement,
 * posting and end dates, channels and complaint numbers, with a print action that produces the A4 / A3 notice.
 */
export function DisclosureBoard(props: DisclosureBoardProps) {
  const locale = useLocale(props.lang);
  const { m } = locale;
  const [unit, setUnit] = useSyncedState<MoneyUnit>(props.unit, 'yuan');
  const { disclosure, community } = props;
  const paper: PaperSize = props.paper === 'A3' ? 'A3' : 'A4';
  const days = props.displayDays ?? DISPLAY_DAYS;
  const name = community?.name ?? '';
  const period = disclosure ? locale.period(disclosure.quarter) : '';
  const title = disclosure
    ? `${m.board.title(name, period)}${disclosure.isRectification ? m.board.rectification : ''}`
    : m.board.heading;

  const print = (event: MouseEvent<HTMLButtonElement>) => {
    if (!disclosure) return;
    const html = printNotice(disclosure, community ?? { name: '' }, {
      lang: locale.lang,
      paper,
      unit,
      displayDays: days,
    });
    const request: PrintRequest = {
      html,
      paper,
      lang: locale.lang,
      disclosureId: disclosure.id,
      ...(community?.id ? { communityId: community.id } : {}),
    };
    if (props.onPrint?.(request) === false) return;
    openPrintDocument(html, props.printTarget ?? 'iframe', event.currentTarget.ownerDocument);
  };

  const posting = disclosure ? disclosurePosting(disclosure, { displayDays: days }) : undefined;
  const contacts = disclosure ? asArray(disclosure.complaintContacts) : [];
  return (
    <WidgetFrame
      widget="disclosure-board"
      css={`${incomeStatementCss}\n${disclosureBoardCss}`}
      locale={locale}
      {...frameBaseProps(props)}
      empty={!disclosure}
      title={title}
      actions={
        props.printable === false ? null : (
          <button type="button" className="rk-button" onClick={print} data-paper={paper}>
            {m.board.print(paper)}
          </button>
        )
      }
    >
      {disclosure && posting ? (
        <>
          <dl className="rk-meta">
            <div className="rk-meta__item">
              <dt className="rk-meta__label">{m.board.company}</dt>
              <dd className="rk-meta__value">{community?.companyName ?? m.common.none}</dd>
            </div>
            <div className="rk-meta__item">
              <dt className="rk-meta__label">{m.board.quarter}</dt>
              <dd className="rk-meta__value">{period}</dd>
            </div>
            <div className="rk-meta__item">
              <dt className="rk-meta__label">{m.board.postedOn}</dt>
              <dd className="rk-meta__value">
                {posting.postedOn ? locale.noticeDate(posting.postedOn) : m.board.notPosted}
              </dd>
            </div>
            <div className="rk-meta__item">
              <dt className="rk-meta__label">{m.board.endsOn}</dt>
              <dd className="rk-meta__value">
                {posting.endsOn ? locale.noticeDate(posting.endsOn) : m.common.none}
              </dd>
            </div>
            {posting.location ? (
              <div className="rk-meta__item">
                <dt className="rk-meta__label">{m.board.location}</dt>
                <dd className="rk-meta__value">{posting.location}</dd>
              </div>
            ) : null}
          </dl>
          <p className="rk-note rk-board__rule">{m.board.displayRule(days)}</p>
          <div className="rk-board__toolbar">
            <UnitToggle
              unit={unit}
              locale={locale}
              onChange={(next) => {
                setUnit(next);
                props.onUnitChange?.(next);
              }}
            />
          </div>
          <StatementTable
            rows={statementRows(disclosure, locale)}
            unit={unit}
            locale={locale}
            caption={m.statement.caption(period)}
          />
          {posting.channels.length > 0 ? (
            <>
              <SubHeading level={props.headingLevel}>{m.board.channels}</SubHeading>
              <ul className="rk-board__list">
                {withKeys(posting.channels, (c) => c.channel).map(({ key, item: c }) => (
                  <li key={key}>
                    {m.board.channel[c.channel] ?? c.channel}
                    {m.common.colon}
                    {c.postedOn ? locale.date(c.postedOn) : m.board.notPosted}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <SubHeading level={props.headingLevel}>{m.board.complaints}</SubHeading>
          {contacts.length > 0 ? (
            <>
              <p>{m.board.complaintsIntro}</p>
              <ul className="rk-board__contacts">
                {withKeys(contacts, (c) => c).map(({ key, item: c }) => {
                  const href = telHref(c);
                  return (
                    <li key={key}>
                      {href ? (
                        <a className="rk-board__contact" href={href}>
                          {c}
                        </a>
                      ) : (
                        <span className="rk-board__contact">{c}</span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </>
          ) : (
            <p className="rk-muted">{m.board.noComplaintContacts}</p>
          )}
        </>
      ) : null}
    </WidgetFrame>
  );
}
