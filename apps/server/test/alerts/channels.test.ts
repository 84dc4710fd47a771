import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { channelsFrom, deliver, type RetryPolicy } from '../../src/alerts/channels.js';
import type { AlertMessage } from '../../src/alerts/message.js';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import { secretValues } from '../../src/config/secrets.js';
import { captureLog } from '../helpers/capture-log.js';
import { startReceiver, type Receiver } from '../helpers/receiver.js';

const FAST: RetryPolicy = { retries: 3, minTimeoutMs: 10, attemptTimeoutMs: 2_000 };
const TOKEN = '123456789:AAH-secret_bot_token';
const SNS_ARN = 'arn:aws:sns:sa-east-1:123456789012:cais-alerts';
const SNS_CREDENTIALS = { credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' } };

const message: AlertMessage = {
  type: 'fired',
  rule: { id: 7, name: 'btc-stale', kind: 'stale' },
  summary: 'no new BTC/BRL quote for 23 min (allowed: 3 intervals of 5 min)',
  triggerAt: new Date('2026-11-22T14:04:00.000Z'),
  triggerValue: 512345.67,
  series: { symbol: 'BTC', convert: 'BRL' },
  firedAt: new Date('2026-11-22T14:27:00.000Z'),
  link: 'http://localhost:8501/dashboard?symbol=BTC&convert=BRL&from=2026-11-22T13%3A04%3A00.000Z&to=2026-11-22T15%3A04%3A00.000Z',
};

describe('alert channels', () => {
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
  });
  beforeEach(() => {
    receiver.received.length = 0;
  });

  const configOf = (env: Record<string, string>) => loadConfig({ LOG_LEVEL: 'silent', ...env });

  it('posts Slack incoming-webhook JSON with the dashboard link', async () => {
    const config = configOf({ ALERT_SLACK_WEBHOOK_URL: `${receiver.url}/services/T0/B0/xyz` });
    const [result] = await deliver(channelsFrom(config), message, { log: captureLog().log });
    expect(result).toEqual({ channel: 'slack', ok: true, error: null });
    const [request] = receiver.received;
    expect(request?.path).toBe('/services/T0/B0/xyz');
    expect(request?.headers['content-type']).toBe('application/json');
    const body = request?.json as { text: string };
    expect(Object.keys(body)).toEqual(['text']);
    expect(body.text).toContain('*[cais] FIRING: btc-stale*');
    expect(body.text).toContain(`<${message.link}|Open the dashboard at that moment>`);
  });

  it("calls Telegram's sendMessage with the chat and plain text", async () => {
    const config = configOf({
      ALERT_TELEGRAM_BOT_TOKEN: TOKEN,
      ALERT_TELEGRAM_CHAT_ID: '-1001234',
      ALERT_TELEGRAM_API_URL: receiver.url,
    });
    const [result] = await deliver(channelsFrom(config), message, { log: captureLog().log });
    expect(result?.ok).toBe(true);
    expect(receiver.received[0]?.path).toBe(`/bot${TOKEN}/sendMessage`);
    expect(receiver.received[0]?.json).toEqual({
      chat_id: '-1001234',
      text: expect.stringContaining(`Dashboard: ${message.link}`) as string,
      disable_web_page_preview: true,
    });
  });

  it('posts the generic JSON body with stable fields', async () => {
    const config = configOf({ ALERT_WEBHOOK_URL: `${receiver.url}/hook?token=abcdef123` });
    await deliver(channelsFrom(config), message, { log: captureLog().log });
    expect(receiver.received[0]?.json).toEqual({
      type: 'fired',
      rule: { id: 7, name: 'btc-stale', kind: 'stale' },
      summary: message.summary,
      text: expect.stringContaining('[cais] FIRING: btc-stale') as string,
      trigger_at: '2026-11-22T14:04:00.000Z',
      trigger_value: 512345.67,
      symbol: 'BTC',
      convert: 'BRL',
      fired_at: '2026-11-22T14:27:00.000Z',
      dashboard_url: message.link,
    });
  });

  it('retries after a 500 with backoff, then delivers once', async () => {
    const config = configOf({ ALERT_SLACK_WEBHOOK_URL: `${receiver.url}/slack` });
    receiver.queue({ status: 500 }, { status: 503 });
    const { log, text } = captureLog();
    const [result] = await deliver(channelsFrom(config), message, { log, retry: FAST });
    expect(result?.ok).toBe(true);
    expect(receiver.received).toHaveLength(3);
    expect(receiver.accepted()).toHaveLength(1);
    expect(text()).toMatch(/attempt 1 failed \(slack answered 500\); retrying/);
  });

  it('gives up at once on a 4xx, and never shows the token or the webhook URL', async () => {
    const config = configOf({
      ALERT_TELEGRAM_BOT_TOKEN: TOKEN,
      ALERT_TELEGRAM_CHAT_ID: '@cais_alerts',
      ALERT_TELEGRAM_API_URL: receiver.url,
      ALERT_WEBHOOK_URL: `${receiver.url}/secret-hook-path`,
    });
    receiver.queue({ status: 401, body: '{"ok":false}' });
    const { log, lines } = captureLog();
    const results = await deliver(channelsFrom(config), message, {
      log,
      retry: FAST,
      secrets: secretValues(config),
    });
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(results.find((r) => !r.ok)?.error).toMatch(/answered 401/);
    expect(receiver.received).toHaveLength(2);
    const logged = JSON.stringify(lines) + JSON.stringify(results);
    expect(logged).not.toContain(TOKEN);
    expect(logged).not.toContain('secret-hook-path');
  });

  it('gives up after the retries, saying so', async () => {
    const config = configOf({ ALERT_WEBHOOK_URL: `${receiver.url}/down` });
    receiver.queue(...Array.from({ length: 4 }, () => ({ status: 502 })));
    const [result] = await deliver(channelsFrom(config), message, {
      log: captureLog().log,
      retry: FAST,
    });
    expect(result).toEqual({ channel: 'webhook', ok: false, error: 'webhook answered 502' });
    expect(receiver.received).toHaveLength(4);
  });

  it('publishes to SNS (the Query protocol a local server answers like SNS)', async () => {
    const config = configOf({ ALERT_SNS_TOPIC_ARN: SNS_ARN, ALERT_SNS_ENDPOINT: receiver.url });
    receiver.queue({ status: 500, body: '' });
    receiver.queue({
      status: 200,
      contentType: 'text/xml',
      body:
        '<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult>' +
        '<MessageId>m-1</MessageId></PublishResult><ResponseMetadata><RequestId>r-1</RequestId>' +
        '</ResponseMetadata></PublishResponse>',
    });
    const [result] = await deliver(
      channelsFrom(config, { ...SNS_CREDENTIALS, maxAttempts: 1 }),
      message,
      {
        log: captureLog().log,
        retry: FAST,
      },
    );
    expect(result).toEqual({ channel: 'sns', ok: true, error: null });
    const form = new URLSearchParams(receiver.received.at(-1)?.body);
    expect(form.get('Action')).toBe('Publish');
    expect(form.get('TopicArn')).toBe(SNS_ARN);
    expect(form.get('Subject')).toBe('[cais] FIRING: btc-stale');
    expect(form.get('Message')).toContain(message.link);
    // Signed for the topic's region.
    expect(receiver.received.at(-1)?.headers.authorization).toContain('/sa-east-1/sns/');
  });

  it('refuses a Telegram token without a chat, naming both variables', () => {
    expect(() => channelsFrom(configOf({ ALERT_TELEGRAM_BOT_TOKEN: TOKEN }))).toThrow(ConfigError);
    expect(() => channelsFrom(configOf({ ALERT_TELEGRAM_BOT_TOKEN: TOKEN }))).toThrow(
      /ALERT_TELEGRAM_BOT_TOKEN and ALERT_TELEGRAM_CHAT_ID/,
    );
  });

  it('refuses bad values of the alert variables, hiding the secret ones', () => {
    expect(() => configOf({ ALERT_REPEAT: '4 hours' })).toThrow(/ALERT_REPEAT="4 hours" must be/);
    expect(() => configOf({ ALERT_SLACK_WEBHOOK_URL: 'ftp://hooks/x-secret' })).toThrow(
      /ALERT_SLACK_WEBHOOK_URL="<hidden>"/,
    );
    expect(() => configOf({ ALERT_SNS_TOPIC_ARN: 'arn:aws:s3:::bucket' })).toThrow(
      /ALERT_SNS_TOPIC_ARN=.* must be an SNS topic ARN/,
    );
  });
});
