import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advance,
  parseDuration,
  type Holds,
  type Message,
  type StateBefore,
} from '../../src/alerts/transition.js';

const MINUTE = 60_000;

/** Feeds a sequence of observations, one per 5 minutes, and returns the messages sent. */
function run(observations: readonly boolean[], holds: Holds): Message[] {
  let before: StateBefore = { state: 'ok', streak: 0, stateSince: null, notifiedAt: null };
  const messages: Message[] = [];
  observations.forEach((breached, i) => {
    const now = new Date(i * 5 * MINUTE);
    const step = advance(before, breached, now, holds);
    if (step.message) messages.push(step.message);
    before = {
      state: step.state,
      streak: step.streak,
      stateSince: step.stateSince,
      notifiedAt: step.message === 'recovered' ? null : step.message ? now : before.notifiedAt,
    };
  });
  return messages;
}

const holdsArb = fc.record({
  fireAfter: fc.integer({ min: 1, max: 4 }),
  recoverAfter: fc.integer({ min: 1, max: 4 }),
  repeatMs: fc.constantFrom(0, 30 * MINUTE, 4 * 60 * MINUTE),
});

describe('alert state transitions', () => {
  it('alternates fired and recovered, reminding only in between', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 200 }), holdsArb, (observations, holds) => {
        const changes = run(observations, holds).filter((m) => m !== 'reminder');
        changes.forEach((m, i) => {
          expect(m).toBe(i % 2 === 0 ? 'fired' : 'recovered');
        });
      }),
    );
  });

  it('sends exactly one message under flapping at every evaluation (recover_after ≥ 2)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 300 }),
        fc.integer({ min: 2, max: 4 }),
        (length, recoverAfter) => {
          const flapping = Array.from({ length }, (_, i) => i % 2 === 0);
          expect(run(flapping, { fireAfter: 1, recoverAfter, repeatMs: 0 })).toEqual(['fired']);
        },
      ),
    );
  });

  it('never reminds more often than the repeat', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), (length) => {
        const messages = run(Array<boolean>(length).fill(true), {
          fireAfter: 1,
          recoverAfter: 1,
          repeatMs: 60 * MINUTE,
        });
        // One firing, then one reminder per 12 evaluations of 5 minutes.
        expect(messages.filter((m) => m === 'reminder')).toHaveLength(
          Math.floor((length - 1) / 12),
        );
      }),
    );
  });

  it('needs fire_after breaches in a row before firing', () => {
    const holds = { fireAfter: 3, recoverAfter: 1, repeatMs: 0 };
    expect(run([true, true, false, true, true, true], holds)).toEqual(['fired']);
    expect(run([true, true, false, true, true], holds)).toEqual([]);
  });

  it('reads ALERT_REPEAT durations', () => {
    expect(parseDuration('0')).toBe(0);
    expect(parseDuration('30m')).toBe(30 * MINUTE);
    expect(parseDuration('4h')).toBe(240 * MINUTE);
    expect(parseDuration('1d')).toBe(1440 * MINUTE);
    expect(parseDuration('4 hours')).toBeUndefined();
  });
});
