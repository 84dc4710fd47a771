import type uPlot from 'uplot';

/** Fired alerts on the price chart (docs/alerts.md). */

const ALERT = '#c0362c';
const ALERT_RESOLVED = '#d98b2b';

/** A fired alert, drawn where it triggered: at its price, or along the top without one. */
export interface AlertMarker {
  /** Seconds since the epoch. */
  time: number;
  value: number | null;
  label: string;
  /** Not recovered yet. */
  open: boolean;
}

/**
 * Each alert as a dot at the point that triggered it and a dashed line down the plot, on the
 * canvas after uPlot's own drawing. Where each landed (CSS pixels of the canvas) goes to the box's
 * `data-markers`, and the plot's area and scales to `data-plot`, so a test can check each lands
 * where its time and price belong.
 */
export function drawMarkers(u: uPlot, markers: readonly AlertMarker[], el: HTMLElement): void {
  const { ctx, bbox } = u;
  const { min, max } = u.scales.x ?? {};
  const drawn: { x: number; y: number; label: string }[] = [];
  ctx.save();
  for (const marker of markers) {
    if (min == null || max == null || marker.time < min || marker.time > max) continue;
    const x = u.valToPos(marker.time, 'x', true);
    const y = marker.value === null ? bbox.top + 8 : u.valToPos(marker.value, 'y', true);
    const color = marker.open ? ALERT : ALERT_RESOLVED;
    ctx.strokeStyle = color;
    ctx.fillStyle = color;
    ctx.lineWidth = devicePixelRatio;
    ctx.setLineDash([4 * devicePixelRatio, 4 * devicePixelRatio]);
    ctx.beginPath();
    ctx.moveTo(x, bbox.top);
    ctx.lineTo(x, bbox.top + bbox.height);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.beginPath();
    ctx.arc(x, y, 5 * devicePixelRatio, 0, 2 * Math.PI);
    ctx.fill();
    drawn.push({
      x: Math.round(x / devicePixelRatio),
      y: Math.round(y / devicePixelRatio),
      label: marker.label,
    });
  }
  ctx.restore();
  el.dataset.markers = JSON.stringify(drawn);
  const y = u.scales.y ?? {};
  el.dataset.plot = JSON.stringify({
    left: bbox.left / devicePixelRatio,
    top: bbox.top / devicePixelRatio,
    width: bbox.width / devicePixelRatio,
    height: bbox.height / devicePixelRatio,
    xMin: min,
    xMax: max,
    yMin: y.min,
    yMax: y.max,
  });
}
