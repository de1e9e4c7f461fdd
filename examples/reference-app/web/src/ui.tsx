// Small pieces every page uses: the loading and error states, finding counts, the breadcrumb trail, and the
// city-or-county picker.
import type { AppError, FindingCounts, MetaResponse, TrailStep } from '../../shared/api';
import { type Lang, pick, type Words } from './i18n';
import { href } from './router';

/** Shown while a page's data loads, or when it failed. */
export function Pending(props: {
  loading: boolean;
  error: AppError['error'] | undefined;
  w: Words;
  lang: Lang;
  reload: () => void;
}) {
  if (props.error)
    return (
      <div className="ra-error" role="alert">
        <p>
          {props.w.failed}: {pick(props.error.message, props.lang)} <code>{props.error.code}</code>
        </p>
        <button type="button" onClick={props.reload}>
          {props.w.retry}
        </button>
      </div>
    );
  return (
    <p className="ra-loading" role="status" aria-live="polite">
      {props.w.loading}
    </p>
  );
}

/** Fail / pending / unknown counts as table cells, each with its word for screen readers and icons for the eye. */
export function CountCells({ counts, w }: { counts: FindingCounts; w: Words }) {
  return (
    <>
      <td className="ra-num">
        {counts.fail > 0 ? '✘ ' : ''}
        {counts.fail}
        <span className="ra-sr"> {w.fail}</span>
      </td>
      <td className="ra-num">
        {counts.pending}
        <span className="ra-sr"> {w.pending}</span>
      </td>
      <td className="ra-num">
        {counts.unknown}
        <span className="ra-sr"> {w.unknown}</span>
      </td>
    </>
  );
}

/** The header cells matching {@link CountCells}. */
export function CountHeads({ w }: { w: Words }) {
  return (
    <>
      <th scope="col" className="ra-num">
        {w.fail}
      </th>
      <th scope="col" className="ra-num">
        {w.pending}
      </th>
      <th scope="col" className="ra-num">
        {w.unknown}
      </th>
    </>
  );
}

/** City → county → street links. */
export function Trail({ trail, current }: { trail: readonly TrailStep[]; current?: string }) {
  return (
    <nav aria-label="breadcrumb" className="ra-trail">
      <ol>
        {trail.map((step) => (
          <li key={step.code}>
            <a href={step.level === 'city' ? href('dashboard') : href(step.level, step.code)}>{step.name}</a>
          </li>
        ))}
        {current ? <li aria-current="page">{current}</li> : null}
      </ol>
    </nav>
  );
}

/** A labelled choice of the city (shown as `cityLabel`) or one of its counties; the value is the division code. */
export function DivisionSelect(props: {
  label: string;
  cityLabel: string;
  meta: Pick<MetaResponse, 'city' | 'counties'>;
  value: string;
  onChange: (divisionCode: string) => void;
}) {
  return (
    <label className="ra-field">
      {props.label}{' '}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value={props.meta.city.code}>{props.cityLabel}</option>
        {props.meta.counties.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
