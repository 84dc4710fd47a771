import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { humanMessage, reportFailure, wantsVerboseFailure } from '../../src/cli/failure.js';
import { query } from '../helpers/sql.js';
import { captureLog } from '../helpers/capture-log.js';
import { describeEachDatabase } from '../helpers/database.js';

describe('how a failed command reports', () => {
  it('keeps the JSON log line for machines and LOG_LEVEL=debug, not for a person at info', () => {
    expect(wantsVerboseFailure('info', true)).toBe(false);
    expect(wantsVerboseFailure('info', false)).toBe(true);
    expect(wantsVerboseFailure('debug', true)).toBe(true);
    expect(wantsVerboseFailure('trace', true)).toBe(true);
  });

  it('on a terminal: one human line, no stack, and how to see more', () => {
    const { log, lines } = captureLog();
    const written: string[] = [];
    const error = new Error('boom\n    at somewhere (file.ts:1:1)');
    reportFailure(error, false, { log, write: (t) => written.push(t), verbose: false });
    expect(written).toEqual(['cais: boom (LOG_LEVEL=debug shows the details)\n']);
    expect(lines).toEqual([]);
  });

  it('for machines: the same line, and a fatal log line with the stack', () => {
    const { log, lines } = captureLog();
    const written: string[] = [];
    reportFailure(new Error('boom'), false, { log, write: (t) => written.push(t), verbose: true });
    expect(written).toEqual(['cais: boom\n']);
    expect(lines[0]).toMatchObject({ level: 60, msg: 'boom', err: { message: 'boom' } });
    expect((lines[0]?.err as { stack: string }).stack).toContain('at ');
  });

  it('an expected failure prints its own message whole', () => {
    const message = 'DATABASE_URL: cannot connect\nsecond line';
    expect(humanMessage(new Error(message), true)).toBe(message);
  });

  it('a very long message is cut', () => {
    expect(humanMessage(new Error('x'.repeat(1000)), false)).toHaveLength(301);
  });
});

describeEachDatabase('a database error on a terminal', (database) => {
  it("shows the server's words and SQLSTATE, not the failed query's SQL", async () => {
    const error = await query(database().db, sql`select * from no_such_table`).catch(
      (e: unknown) => e,
    );
    expect(humanMessage(error, false)).toBe(
      'the database refused: relation "no_such_table" does not exist (SQLSTATE 42P01)',
    );
  });
});
