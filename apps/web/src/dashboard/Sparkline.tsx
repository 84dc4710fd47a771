import { sparklinePoints } from './chart-data';

const WIDTH = 120;
const HEIGHT = 32;

/** A small line of the last day's prices, drawn as SVG (no chart library on the card). */
export function Sparkline({ values, label }: { values: readonly number[]; label: string }) {
  const points = sparklinePoints(values, WIDTH, HEIGHT);
  if (points.length < 2) return null;
  const path = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');
  return (
    <svg
      className="sparkline"
      viewBox={`-1 -1 ${WIDTH + 2} ${HEIGHT + 2}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={label}
    >
      <path d={path} fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
