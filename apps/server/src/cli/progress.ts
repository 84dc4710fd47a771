import type { Logger } from 'pino';

export interface Progress {
  update(done: number, total: number, detail: string): void;
  finish(): void;
}

const WIDTH = 28;
const n = (value: number) => value.toLocaleString('en');

/**
 * A progress bar redrawn in place on a terminal; elsewhere (a log file, CI, a container) a plain
 * log line at every tenth of the work, so the log stays readable.
 */
export function createProgress(
  label: string,
  log: Logger,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  const started = performance.now();
  let drawn = 0;
  let reportedTenth = -1;
  let open = false;
  const rate = (done: number) => {
    const seconds = (performance.now() - started) / 1000;
    return seconds > 0 ? done / seconds : 0;
  };
  return {
    update(done, total, detail) {
      const fraction = total > 0 ? Math.min(done / total, 1) : 1;
      const perSecond = rate(done);
      const left = perSecond > 0 ? Math.ceil((total - done) / perSecond) : undefined;
      if (stream.isTTY) {
        const now = performance.now();
        if (now - drawn < 100 && done < total) return;
        drawn = now;
        const filled = Math.round(fraction * WIDTH);
        stream.write(
          `\r\x1b[2K${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${Math.floor(fraction * 100)}% ` +
            `${n(done)}/${n(total)} · ${detail} · ${n(Math.round(perSecond))}/s` +
            (left !== undefined && done < total ? ` · ${left} s left` : ''),
        );
        open = true;
        return;
      }
      const tenth = Math.floor(fraction * 10);
      if (tenth <= reportedTenth) return;
      reportedTenth = tenth;
      log.info(`${label}: ${Math.floor(fraction * 100)}% (${n(done)} of ${n(total)}; ${detail})`);
    },
    finish() {
      if (open) stream.write('\n');
      open = false;
    },
  };
}
