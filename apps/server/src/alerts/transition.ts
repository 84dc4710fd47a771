/**
 * How a rule's state moves with each evaluation: the deduplication and the damping in one pure
 * function. A firing needs `fireAfter` breached evaluations in a row and a recovery
 * `recoverAfter` clear ones in a row, so a condition flapping at every evaluation fires once and
 * stays firing instead of sending a message each time. While firing, one reminder at most every
 * `repeatMs` (0: none); a firing whose message could not be delivered is sent again as one.
 */

export type AlertState = 'ok' | 'firing';
export type Message = 'fired' | 'recovered' | 'reminder';

export interface StateBefore {
  state: AlertState;
  streak: number;
  stateSince: Date | null;
  /** When the last message of this firing was delivered; null: none was. */
  notifiedAt: Date | null;
}

export interface Holds {
  fireAfter: number;
  recoverAfter: number;
  repeatMs: number;
}

export interface Step {
  state: AlertState;
  streak: number;
  stateSince: Date | null;
  /** The message this evaluation sends, if any. */
  message: Message | undefined;
}

export function advance(before: StateBefore, breached: boolean, now: Date, holds: Holds): Step {
  const agrees = (before.state === 'firing') === breached;
  if (agrees) {
    const due =
      before.state === 'firing' &&
      (before.notifiedAt === null ||
        (holds.repeatMs > 0 && now.getTime() - before.notifiedAt.getTime() >= holds.repeatMs));
    return {
      state: before.state,
      streak: 0,
      stateSince: before.stateSince,
      message: due ? 'reminder' : undefined,
    };
  }
  const streak = before.streak + 1;
  const needed = before.state === 'ok' ? holds.fireAfter : holds.recoverAfter;
  if (streak < needed) {
    return { state: before.state, streak, stateSince: before.stateSince, message: undefined };
  }
  return before.state === 'ok'
    ? { state: 'firing', streak: 0, stateSince: now, message: 'fired' }
    : { state: 'ok', streak: 0, stateSince: now, message: 'recovered' };
}

const DURATION = /^(\d{1,6})(s|m|h|d)$/;
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `4h`, `30m`, `1d` in milliseconds; `0` is none. Undefined when not a duration. */
export function parseDuration(raw: string): number | undefined {
  if (raw === '0') return 0;
  const match = DURATION.exec(raw);
  if (!match) return undefined;
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}
