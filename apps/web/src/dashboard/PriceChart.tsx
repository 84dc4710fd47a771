import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useI18n } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/locale';
import { formatMoney } from '../i18n/money';
import type { ChartData } from './chart-data';
import { drawMarkers, type AlertMarker } from './chart-markers';

export type { AlertMarker };
import { formatTime } from './format';
import type { Bucket } from './prices.types';

const HEIGHT = 320;
/** A zoom or a pan asks for new buckets once the hand rests this long. */
export const WINDOW_DEBOUNCE_MS = 250;
const ACCENT = '#0f5c6e';
const BAND = 'rgba(15, 92, 110, 0.16)';
export interface TimeWindow {
  /** Seconds since the epoch, as the chart's x scale. */
  min: number;
  max: number;
}

interface Props {
  data: ChartData;
  markers?: readonly AlertMarker[];
  /** The window the buckets were asked for; the x scale shows exactly this. */
  shown: TimeWindow | undefined;
  currency: string;
  /** A drag-select zoom or a pan settled on this window. */
  onWindow: (window: TimeWindow) => void;
  /** Double-click: back to the range preset. */
  onReset: () => void;
  /** Identifies what is drawn (for tests and the benchmark): set on the canvas' box once drawn. */
  drawnKey: string;
}

function axisTime(seconds: number, increment: number, locale: Locale): string {
  const date = new Date(seconds * 1000);
  if (increment < 86_400) {
    return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(date);
  }
  if (increment < 28 * 86_400) {
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(date);
  }
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' }).format(date);
}

/**
 * The price line (close of each bucket) over the min/max band of the buckets, drawn by uPlot on a
 * canvas: a year of buckets redraws in a few milliseconds. Drag to zoom, Shift+drag to pan,
 * double-click to go back to the preset; the crosshair's values show below the chart.
 */
export function PriceChart({
  data,
  markers = [],
  shown,
  currency,
  onWindow,
  onReset,
  drawnKey,
}: Props) {
  const { t, locale } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const applying = useRef(false);
  const latest = useRef({ data, markers, shown, onWindow, onReset, drawnKey });
  // Handlers read the newest props through this, so the chart is not rebuilt for each render.
  useLayoutEffect(() => {
    latest.current = { data, markers, shown, onWindow, onReset, drawnKey };
  });
  const [hover, setHover] = useState<Bucket | null>(null);

  // One uPlot per language and currency (its axes format with them); data changes go to setData.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const scaleChanged = (u: uPlot) => {
      if (applying.current) return;
      const { min, max } = u.scales.x ?? {};
      if (min == null || max == null) return;
      clearTimeout(settle);
      settle = setTimeout(() => {
        latest.current.onWindow({ min: Math.floor(min), max: Math.ceil(max) });
      }, WINDOW_DEBOUNCE_MS);
    };
    const options: uPlot.Options = {
      width: Math.max(el.clientWidth, 300),
      height: HEIGHT,
      legend: { show: false },
      scales: { x: { time: true } },
      cursor: {
        drag: { x: true, y: false, setScale: true },
        bind: {
          dblclick: () => () => {
            latest.current.onReset();
            return null;
          },
        },
      },
      series: [
        {},
        { label: t.dashboard.chart.close, stroke: ACCENT, width: 2, spanGaps: false },
        { label: t.dashboard.chart.high, stroke: 'transparent', points: { show: false } },
        { label: t.dashboard.chart.low, stroke: 'transparent', points: { show: false } },
      ],
      bands: [{ series: [2, 3], fill: BAND }],
      axes: [
        {
          values: (_u, splits, _axis, _space, increment) =>
            splits.map((s) => axisTime(s, increment, locale)),
        },
        {
          size: 90,
          values: (_u, splits) =>
            splits.map((v) => formatMoney(v, locale, currency, { compact: true })),
        },
      ],
      hooks: {
        setScale: [
          (u, key) => {
            if (key === 'x') scaleChanged(u);
          },
        ],
        setCursor: [
          (u) => {
            const idx = u.cursor.idx;
            setHover(idx == null ? null : (latest.current.data.buckets[idx] ?? null));
          },
        ],
        draw: [
          (u) => {
            if (u.data[0].length === 0) return;
            drawMarkers(u, latest.current.markers, el);
            el.dataset.drawn = latest.current.drawnKey;
            if (performance.getEntriesByName('cais:first-chart').length === 0) {
              performance.mark('cais:first-chart');
            }
          },
        ],
      },
    };
    const u = new uPlot(options, latest.current.data.columns, el);
    plot.current = u;
    applyData(u, latest.current.data, latest.current.shown, applying);

    // Shift+drag pans: the x scale follows the pointer, the buckets follow once it rests.
    const over = u.over;
    const panStart = (event: MouseEvent) => {
      if (!event.shiftKey || event.button !== 0) return;
      const { min, max } = u.scales.x ?? {};
      if (min == null || max == null) return;
      event.preventDefault();
      event.stopPropagation();
      const startX = event.clientX;
      // bbox is in canvas pixels; the pointer moves in CSS pixels.
      const perPixel = (max - min) / (u.bbox.width / devicePixelRatio);
      const move = (e: MouseEvent) => {
        const shift = (startX - e.clientX) * perPixel;
        u.setScale('x', { min: min + shift, max: max + shift });
      };
      const up = () => {
        window.removeEventListener('mousemove', move);
        window.removeEventListener('mouseup', up);
      };
      window.addEventListener('mousemove', move);
      window.addEventListener('mouseup', up);
    };
    over.addEventListener('mousedown', panStart, { capture: true });

    const resize = new ResizeObserver(() => {
      u.setSize({ width: Math.max(el.clientWidth, 300), height: HEIGHT });
    });
    resize.observe(el);
    return () => {
      clearTimeout(settle);
      resize.disconnect();
      over.removeEventListener('mousedown', panStart, { capture: true });
      u.destroy();
      plot.current = null;
    };
  }, [locale, currency, t]);

  useLayoutEffect(() => {
    if (plot.current) applyData(plot.current, data, shown, applying);
  }, [data, shown, drawnKey]);
  useLayoutEffect(() => {
    plot.current?.redraw(false, false);
  }, [markers]);

  const bucket = hover ?? lastBucket(data);
  const money = (v: number) => formatMoney(v, locale, currency);
  return (
    <figure className="chart">
      <div ref={box} className="chart-canvas" data-drawn="" aria-hidden="true" />
      {markers.length > 0 ? (
        <ul className="visually-hidden" data-testid="chart-alerts">
          {markers.map((m) => (
            <li key={`${m.label}-${m.time}`}>
              {t.dashboard.chart.alertAt(
                m.label,
                formatTime(new Date(m.time * 1000).toISOString(), locale),
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <figcaption className="chart-readout" data-testid="chart-readout">
        {bucket ? (
          <>
            <span className="readout-time">{formatTime(bucket.time, locale)}</span>
            <span>
              {t.dashboard.chart.open} <strong>{money(bucket.open)}</strong>
            </span>
            <span>
              {t.dashboard.chart.high} <strong>{money(bucket.high)}</strong>
            </span>
            <span>
              {t.dashboard.chart.low} <strong>{money(bucket.low)}</strong>
            </span>
            <span>
              {t.dashboard.chart.close} <strong>{money(bucket.close)}</strong>
            </span>
            <span>
              {t.dashboard.chart.count} <strong>{bucket.count}</strong>
            </span>
          </>
        ) : (
          <span>{t.dashboard.chart.noData}</span>
        )}
      </figcaption>
    </figure>
  );
}

function lastBucket(data: ChartData): Bucket | null {
  for (let i = data.buckets.length - 1; i >= 0; i--) {
    const bucket = data.buckets[i];
    if (bucket) return bucket;
  }
  return null;
}

/** New buckets and the window they cover, without the chart reporting it back as a zoom. */
function applyData(
  u: uPlot,
  data: ChartData,
  shown: TimeWindow | undefined,
  applying: { current: boolean },
): void {
  applying.current = true;
  try {
    u.batch(() => {
      u.setData(data.columns, shown === undefined);
      if (shown) u.setScale('x', { min: shown.min, max: shown.max });
    });
  } finally {
    applying.current = false;
  }
}
