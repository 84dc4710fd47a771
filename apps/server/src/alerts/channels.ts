import { PublishCommand, SNSClient, type SNSClientConfig } from '@aws-sdk/client-sns';
import pRetry, { AbortError } from 'p-retry';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import { ConfigError } from '../config/config.js';
import { maskSecrets } from '../config/secrets.js';
import {
  genericBody,
  headline,
  plainText,
  slackBody,
  telegramBody,
  type AlertMessage,
} from './message.js';

/**
 * Where alert messages go: the channels configured by the ALERT_* variables. Webhook URLs and
 * bot tokens are secrets: no error or log line here contains them (errors name the channel and
 * the status only, and are masked again on the way out).
 */

export type ChannelName = 'slack' | 'telegram' | 'webhook' | 'sns';

export interface Channel {
  readonly name: ChannelName;
  send(message: AlertMessage, signal: AbortSignal): Promise<void>;
}

/** The log lines delivery writes; a request's logger or the process's. */
export type AlertLog = Pick<Logger, 'info' | 'warn' | 'error'>;

export interface Delivery {
  channel: ChannelName;
  ok: boolean;
  error: string | null;
}

export interface RetryPolicy {
  /** Attempts after the first. */
  retries: number;
  /** The first wait; each next one doubles, up to 30 s. */
  minTimeoutMs: number;
  /** Each attempt's limit. */
  attemptTimeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  retries: 4,
  minTimeoutMs: 1_000,
  attemptTimeoutMs: 10_000,
};

/** A refusal that no retry can change (a bad URL, a token Telegram does not know). */
const permanent = (status: number) =>
  status >= 400 && status < 500 && status !== 408 && status !== 429;

async function postJson(name: ChannelName, url: string, body: unknown, signal: AbortSignal) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal,
    redirect: 'error',
  });
  const text = await response.text().catch(() => '');
  if (response.ok) return text;
  const error = new Error(`${name} answered ${response.status}`);
  throw permanent(response.status) ? new AbortError(error) : error;
}

function webhookChannel(name: 'slack' | 'webhook', url: string): Channel {
  return {
    name,
    send: async (message, signal) => {
      await postJson(
        name,
        url,
        name === 'slack' ? slackBody(message) : genericBody(message),
        signal,
      );
    },
  };
}

function telegramChannel(apiUrl: string, token: string, chatId: string): Channel {
  const url = `${apiUrl.replace(/\/+$/, '')}/bot${token}/sendMessage`;
  return {
    name: 'telegram',
    send: async (message, signal) => {
      const text = await postJson('telegram', url, telegramBody(message, chatId), signal);
      // The Bot API answers 200 with ok: false for some refusals.
      if (text && (JSON.parse(text) as { ok?: unknown }).ok === false) {
        throw new AbortError('telegram refused the message (ok: false)');
      }
    },
  };
}

function snsChannel(
  topicArn: string,
  endpoint: string | undefined,
  extra: SNSClientConfig,
): Channel {
  // The topic's ARN names its region: arn:aws:sns:<region>:<account>:<name>.
  const region = topicArn.split(':')[3] ?? 'us-east-1';
  const client = new SNSClient({ region, ...(endpoint ? { endpoint } : {}), ...extra });
  return {
    name: 'sns',
    send: async (message, signal) => {
      await client.send(
        new PublishCommand({
          TopicArn: topicArn,
          // SNS e-mail subjects: at most 100 ASCII characters.
          Subject: headline(message)
            .replace(/[^\x20-\x7e]/g, '?')
            .slice(0, 100),
          Message: plainText(message),
        }),
        { abortSignal: signal },
      );
    },
  };
}

/** The channels the configuration sets up; a half-set one (a token without a chat) is an error. */
export function channelsFrom(config: Config, sns: SNSClientConfig = {}): Channel[] {
  const a = config.alerts;
  const channels: Channel[] = [];
  if (a.slackWebhookUrl) channels.push(webhookChannel('slack', a.slackWebhookUrl));
  if ((a.telegramBotToken === undefined) !== (a.telegramChatId === undefined)) {
    throw new ConfigError([
      'ALERT_TELEGRAM_BOT_TOKEN and ALERT_TELEGRAM_CHAT_ID are set together or not at all',
    ]);
  }
  if (a.telegramBotToken && a.telegramChatId) {
    channels.push(telegramChannel(a.telegramApiUrl, a.telegramBotToken, a.telegramChatId));
  }
  if (a.webhookUrl) channels.push(webhookChannel('webhook', a.webhookUrl));
  if (a.snsTopicArn) channels.push(snsChannel(a.snsTopicArn, a.snsEndpoint, sns));
  return channels;
}

const reason = (error: unknown, secrets: readonly string[]) =>
  maskSecrets(error instanceof Error ? error.message : String(error), secrets);

/**
 * Sends one message to every channel, each retried with backoff (a 5xx, a timeout, a lost
 * connection; never a 4xx other than 408 and 429), in parallel; never throws.
 */
export async function deliver(
  channels: readonly Channel[],
  message: AlertMessage,
  options: { log: AlertLog; retry?: RetryPolicy; secrets?: readonly string[] },
): Promise<Delivery[]> {
  const retry = options.retry ?? DEFAULT_RETRY;
  const secrets = options.secrets ?? [];
  return Promise.all(
    channels.map(async (channel): Promise<Delivery> => {
      try {
        await pRetry(() => channel.send(message, AbortSignal.timeout(retry.attemptTimeoutMs)), {
          retries: retry.retries,
          minTimeout: retry.minTimeoutMs,
          maxTimeout: 30_000,
          onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
            if (retriesLeft > 0) {
              options.log.warn(
                `alert "${message.rule.name}" to ${channel.name}: attempt ${attemptNumber} failed (${reason(error, secrets)}); retrying`,
              );
            }
          },
        });
        options.log.info(`alert "${message.rule.name}" ${message.type}: sent to ${channel.name}`);
        return { channel: channel.name, ok: true, error: null };
      } catch (error) {
        const why = reason(error, secrets);
        options.log.error(
          `alert "${message.rule.name}" ${message.type}: ${channel.name} failed: ${why}`,
        );
        return { channel: channel.name, ok: false, error: why };
      }
    }),
  );
}
