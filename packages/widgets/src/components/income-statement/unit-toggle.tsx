import type { Locale, MoneyUnit } from '../../i18n/index';

/** @internal Props of {@link UnitToggle}. */
export interface UnitToggleProps {
  /** The unit on. */
  unit: MoneyUnit;
  /** The locale. */
  locale: Locale;
  /** Called with the unit switched to. */
  onChange: (unit: MoneyUnit) => void;
}

const UNITS: readonly MoneyUnit[] = ['yuan', 'wan'];

/** @internal The 元 / 万元 switch: two toggle buttons in a fieldset named by its legend (aria-pressed tells which is on). */
export function UnitToggle({ unit, locale, onChange }: UnitToggleProps) {
  const { m } = locale;
  return (
    <fieldset className="rk-segmented">
      <legend className="rk-sr-only">{m.common.unitLabel}</legend>
      {UNITS.map((u) => (
        <button
          key={u}
          type="button"
          className="rk-button"
          aria-pressed={unit === u}
          onClick={() => {
            if (u !== unit) onChange(u);
          }}
        >
          {u === 'wan' ? m.common.unitWan : m.common.unitYuan}
        </button>
      ))}
    </fieldset>
  );
}
