import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cais } from '../helpers/cli.js';
import { createServerDatabase, serverSkipReason } from '../helpers/database.js';
import { startReceiver, type Receiver } from '../helpers/receiver.js';

// Five processes, each opening and migrating a database: minutes on a loaded machine.
const SLOW = 480_000;

describe.skipIf(serverSkipReason() !== undefined)('cais alerts', () => {
  let database: { url: string; drop: () => Promise<void> };
  let receiver: Receiver;
  beforeAll(async () => {
    database = await createServerDatabase();
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await database.drop();
    await receiver.close();
  });

  it('adds, lists and tests rules, refusing bad ones by name', { timeout: SLOW }, async () => {
    const env = { DATABASE_URL: database.url, LOG_LEVEL: 'silent' };
    const added = await cais(
      ['alerts', 'add', 'btc-stale', '--kind', 'stale', '--threshold', '3'],
      env,
    );
    expect(added).toMatchObject({ code: 0 });
    expect(added.output).toContain('added 1\tbtc-stale\tstale\t-\tthreshold 3\tok');

    const missing = await cais(
      ['alerts', 'add', 'credits', '--kind', 'credits_low', '--threshold', '10'],
      env,
    );
    expect(missing.code).not.toBe(0);
    expect(missing.output).toContain('plan_credits is required by credits_low');
    const list = await cais(['alerts', 'list'], env);
    expect(list.output.trim()).toBe('1\tbtc-stale\tstale\t-\tthreshold 3\tok');

    const hook = `${receiver.url}/services/secret-hook`;
    const tested = await cais(['alerts', 'test', 'btc-stale'], {
      ...env,
      ALERT_SLACK_WEBHOOK_URL: hook,
    });
    expect(tested).toMatchObject({ code: 0 });
    expect(tested.output).toContain('slack\tsent');
    expect(tested.output).not.toContain('secret-hook');
    expect((receiver.received[0]?.json as { text: string }).text).toContain(
      '*[cais] TEST: btc-stale*',
    );

    const gone = await cais(['alerts', 'remove', 'no-such-rule'], env);
    expect(gone.code).not.toBe(0);
    expect(gone.output).toContain('No alert rule "no-such-rule"');
  });

  it('adds an error_rate rule and switches it off', { timeout: SLOW }, async () => {
    const env = { DATABASE_URL: database.url, LOG_LEVEL: 'silent' };
    const added = await cais(
      [
        'alerts',
        'add',
        'api-errors',
        '--kind',
        'error_rate',
        '--threshold',
        '5',
        '--window',
        '15',
        '--min-requests',
        '50',
      ],
      env,
    );
    expect(added).toMatchObject({ code: 0 });
    expect(added.output).toMatch(
      /added \d+\tapi-errors\terror_rate\t-\tthreshold 5\twindow 15 min\tfrom 50 requests\tok/,
    );
    const disabled = await cais(['alerts', 'disable', 'api-errors'], env);
    expect(disabled).toMatchObject({ code: 0 });
    expect(disabled.output).toMatch(/disabled \d+\tapi-errors\t.*\tdisabled$/m);
  });
});
