import { useI18n } from '../i18n/I18nProvider';
import { RANGES, type RangePreset } from './dashboard-url';

/** The range presets as a group of toggle buttons; none is pressed while zoomed. */
export function RangePicker({
  range,
  onRange,
}: {
  range: RangePreset | undefined;
  onRange: (range: RangePreset) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="range-picker" role="group" aria-label={t.dashboard.chart.range}>
      {RANGES.map((r) => (
        <button
          key={r}
          type="button"
          className="button button-small"
          aria-pressed={range === r}
          onClick={() => {
            onRange(r);
          }}
        >
          {t.dashboard.chart.ranges[r]}
        </button>
      ))}
    </div>
  );
}
