import type { SeriesKey } from '../quotes/series-key.js';
import type { Message } from './transition.js';

/** One message about a rule, before any channel formats it. */
export interface AlertMessage {
  type: Message | 'test';
  rule: { id: number; name: string; kind: string };
  summary: string;
  /** The point that triggered the firing (for a recovery: the point that cleared it). */
  triggerAt: Date;
  triggerValue: number | null;
  series: SeriesKey | null;
  /** When the firing began (for a reminder or a recovery: the firing's start). */
  firedAt: Date;
  /** The dashboard around triggerAt. */
  link: string;
}

const HOUR_MS = 3_600_000;

/**
 * The dashboard's address around a moment: an hour either side, the coin's series when the
 * rule has one (apps/web/src/dashboard/dashboard-url.ts reads `symbol`, `convert`, `from`, `to`).
 */
export function dashboardLink(base: string, at: Date, series: SeriesKey | null): string {
  const url = new URL('dashboard', base.endsWith('/') ? base : `${base}/`);
  if (series) {
    url.searchParams.set('symbol', series.symbol);
    url.searchParams.set('convert', series.convert);
  }
  url.searchParams.set('from', new Date(at.getTime() - HOUR_MS).toISOString());
  url.searchParams.set('to', new Date(at.getTime() + HOUR_MS).toISOString());
  return url.toString();
}

const HEADLINES: Record<AlertMessage['type'], string> = {
  fired: 'FIRING',
  recovered: 'RECOVERED',
  reminder: 'STILL FIRING',
  test: 'TEST',
};

export const headline = (message: AlertMessage): string =>
  `[cais] ${HEADLINES[message.type]}: ${message.rule.name}`;

/** The plain text every channel builds on. */
export function plainText(message: AlertMessage): string {
  const since =
    message.type === 'reminder' || message.type === 'recovered'
      ? ` (fired at ${message.firedAt.toISOString()})`
      : '';
  const sample = message.type === 'test' ? ' (a sample sent by cais alerts test)' : '';
  return `${headline(message)}${since}${sample}\n${message.summary}\nDashboard: ${message.link}`;
}

/** The generic webhook's JSON body: stable field names a receiver can rely on. */
export function genericBody(message: AlertMessage) {
  return {
    type: message.type,
    rule: message.rule,
    summary: message.summary,
    text: plainText(message),
    trigger_at: message.triggerAt.toISOString(),
    trigger_value: message.triggerValue,
    symbol: message.series?.symbol ?? null,
    convert: message.series?.convert ?? null,
    fired_at: message.firedAt.toISOString(),
    dashboard_url: message.link,
  };
}

/** Slack's incoming webhook body: mrkdwn text with the link as Slack writes one. */
export function slackBody(message: AlertMessage) {
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return {
    text:
      `*${escape(headline(message))}*\n${escape(message.summary)}\n` +
      `<${message.link}|Open the dashboard at that moment>`,
  };
}

/** Telegram's sendMessage body: plain text (no parse_mode, so nothing needs escaping). */
export function telegramBody(message: AlertMessage, chatId: string) {
  return { chat_id: chatId, text: plainText(message), disable_web_page_preview: true };
}
