import type { Logger } from 'pino';

export type Closer = () => Promise<unknown>;

/** Past this, a stuck close must not keep a container from stopping (ECS waits 30 s, then kills). */
const SHUTDOWN_TIMEOUT_MS = 10_000;

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
      process.exit(code);
    })();
  };
  process.once('SIGTERM', onSignal).once('SIGINT', onSignal);
}
