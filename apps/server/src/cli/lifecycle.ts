import type { Logger } from 'pino';

export type Closer = () => Promise<unknown>;

/** Past this, a stuck close must not keep a container from stopping (ECS waits 30 s, then kills). */
const SHUTDOWN_TIMEOUT_MS = 10_000;

const exitClosers: Closer[] = [];

/**
 * Runs `close` last: after closeOnSignals' closers, after a failed command, or when the process
 * ends by itself (flushing the traces still buffered).
 */
export function atExit(close: Closer): void {
  exitClosers.push(close);
  if (exitClosers.length === 1) process.once('beforeExit', () => void runExitClosers());
}

/** Runs the atExit closers once; a failure is ignored: the process is ending anyway. */
export async function runExitClosers(): Promise<void> {
  for (const close of exitClosers.splice(0)) await close().catch(() => undefined);
}

/**
 * On SIGTERM or SIGINT, runs the closers in order (servers first, so in-flight requests finish
 * while the database is still open), then exits. A second signal exits at once.
 */
export function closeOnSignals(log: Logger, closers: Closer[]): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) {
      log.warn(`${signal} again: exiting now`);
      process.exit(1);
    }
    closing = true;
    log.info(`${signal}: shutting down`);
    const timer = setTimeout(() => {
      log.error(`shutdown took longer than ${SHUTDOWN_TIMEOUT_MS / 1000} s: exiting`);
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    void (async () => {
      let code = 0;
      for (const close of closers) {
        try {
          await close();
        } catch (error) {
          code = 1;
          log.error({ err: error }, 'error while shutting down');
        }
      }
      log.info('stopped');
      await runExitClosers();
      process.exit(code);
    })();
  };
  process.once('SIGTERM', onSignal).once('SIGINT', onSignal);
}

/**
 * Runs `task` now and then every `intervalMs`, for housekeeping that belongs to a running process
 * rather than to any request. A failed run is logged and the next one tries again. The closer
 * stops the timer and waits for a run in flight, so what the task uses can close after it.
 */
export function repeatEvery(
  intervalMs: number,
  what: string,
  task: () => Promise<unknown>,
  log: Logger,
): Closer {
  let running: Promise<void> = Promise.resolve();
  const runOnce = () => {
    running = running.then(() =>
      task().then(
        () => undefined,
        (error: unknown) => {
          log.warn({ err: error }, `could not ${what}`);
        },
      ),
    );
  };
  // Unref'd: housekeeping never keeps a process alive that has nothing else to do.
  const timer = setInterval(runOnce, intervalMs).unref();
  runOnce();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
