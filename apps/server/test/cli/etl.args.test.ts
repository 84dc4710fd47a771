import { CommanderError, type Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';

/** Parses like the cais command, but reports instead of exiting, and runs no action. */
function parse(args: string[]): { error: CommanderError | undefined; output: string } {
  const program = buildProgram();
  let output = '';
  const quiet = (command: Command) => {
    command.exitOverride().configureOutput({
      writeOut: (text) => (output += text),
      writeErr: (text) => (output += text),
    });
    command.commands.forEach(quiet);
  };
  quiet(program);
  try {
    program.parse(['node', 'cais', ...args]);
  } catch (error) {
    if (error instanceof CommanderError) return { error, output };
    throw error;
  }
  return { error: undefined, output };
}

describe('cais etl arguments', () => {
  it('lists the etl commands in its help', () => {
    const { error, output } = parse(['etl', '--help']);
    expect(error?.code).toBe('commander.helpDisplayed');
    for (const command of ['run', 'schedule', 'replay [options]', 'status [options]']) {
      expect(output).toContain(`  ${command}`);
    }
  });

  it.each([
    ['run', /Exit codes: 0 loaded; 3 written to the lake, load pending/],
    ['schedule', /on ETL_SCHEDULE \(UTC\), until SIGTERM or SIGINT/],
    ['replay', /--from <date>\s+first day to replay, YYYY-MM-DD/],
    ['status', /--runs <n>\s+how many recent runs to show \(default: 10\)/],
  ])('explains `etl %s` in its help', (command, expected) => {
    const { output } = parse(['etl', command, '--help']);
    expect(output).toMatch(expected);
  });

  it.each([
    [
      ['etl', 'replay', '--from', '2026-13-01'],
      "error: option '--from <date>' argument '2026-13-01' is invalid. must be a calendar day as YYYY-MM-DD (UTC)",
    ],
    [
      ['etl', 'replay', '--to', '2026-02-30'],
      "error: option '--to <date>' argument '2026-02-30' is invalid. must be a calendar day as YYYY-MM-DD (UTC)",
    ],
    [
      ['etl', 'replay', '--from', 'yesterday'],
      "error: option '--from <date>' argument 'yesterday' is invalid.",
    ],
    [['etl', 'replay', '--frm', '2026-01-01'], "error: unknown option '--frm'"],
    [
      ['etl', 'status', '--runs', '0'],
      "error: option '--runs <n>' argument '0' is invalid. must be an integer from 1 to 1,000",
    ],
    [['etl', 'run', '--now'], "error: unknown option '--now'"],
    [['etl', 'run', 'BTC'], 'error: too many arguments'],
    [['etl', 'rerun'], "error: unknown command 'rerun'"],
  ])('rejects %j, naming what is wrong', (args, expected) => {
    const { error, output } = parse(args);
    expect(error).toBeInstanceOf(CommanderError);
    expect(error?.exitCode).toBe(1);
    expect(output).toContain(expected);
  });
});
