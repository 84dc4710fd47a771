/**
 * The ETL schedule is a five-field cron expression in UTC (ETL_SCHEDULE). The Fargate option hands
 * it to EventBridge, whose cron dialect differs, and the cost estimate counts its runs; both need
 * the expression parsed here, with numbers only (no MON or JAN names).
 */
export interface Cron {
  minutes: Set<number>;
  hours: Set<number>;
  days: Set<number>;
  months: Set<number>;
  weekdays: Set<number>;
  /** Day-of-month and day-of-week restricted at once: a day matches either (Vixie cron). */
  daysOr: boolean;
  fields: [string, string, string, string, string];
}

const FIELDS = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12 },
  { name: 'day of week', min: 0, max: 7 },
] as const;

function parseField(text: string, { name, min, max }: (typeof FIELDS)[number]): Set<number> {
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const match = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!match)
      throw new Error(`${name} field "${text}": use numbers, *, ranges, lists and /steps`);
    const from = match[1] === '*' ? min : Number(match[2]);
    const to = match[1] === '*' ? max : match[3] !== undefined ? Number(match[3]) : from;
    const step = match[4] !== undefined ? Number(match[4]) : 1;
    const end = match[4] !== undefined && match[3] === undefined && match[1] !== '*' ? max : to;
    if (from < min || end > max || from > end || step < 1) {
      throw new Error(`${name} field "${text}" is outside ${min}-${max}`);
    }
    for (let v = from; v <= end; v += step) values.add(name === 'day of week' ? v % 7 : v);
  }
  return values;
}

export function parseCron(expression: string): Cron {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) {
    throw new Error(
      `"${expression}" has ${fields.length} fields; give 5 (minute hour day month weekday)`,
    );
  }
  const [minute, hour, day, month, weekday] = fields as Cron['fields'];
  return {
    minutes: parseField(minute, FIELDS[0]),
    hours: parseField(hour, FIELDS[1]),
    days: parseField(day, FIELDS[2]),
    months: parseField(month, FIELDS[3]),
    weekdays: parseField(weekday, FIELDS[4]),
    daysOr: day !== '*' && weekday !== '*',
    fields: [minute, hour, day, month, weekday],
  };
}

/** Runs in an average month: every minute of a common year is checked, then divided by 12. */
export function runsPerMonth(expression: string): number {
  const cron = parseCron(expression);
  let runs = 0;
  const start = Date.UTC(2025, 0, 1);
  for (let day = 0; day < 365; day++) {
    const date = new Date(start + day * 86_400_000);
    if (!cron.months.has(date.getUTCMonth() + 1)) continue;
    const byDay = cron.days.has(date.getUTCDate());
    const byWeekday = cron.weekdays.has(date.getUTCDay());
    const dayMatches = cron.daysOr
      ? byDay || byWeekday
      : cron.fields[2] !== '*'
        ? byDay
        : byWeekday;
    if (dayMatches) runs += cron.hours.size * cron.minutes.size;
  }
  return runs / 12;
}

/**
 * The same schedule in EventBridge's dialect: six fields, `?` in one of the day fields, weekdays
 * numbered 1 (Sunday) to 7, and `0/n` for a step over a whole field.
 */
export function toEventBridgeCron(expression: string): string {
  const { fields, daysOr } = parseCron(expression);
  if (daysOr) {
    throw new Error(
      `"${expression}" restricts both day of month and day of week, which EventBridge cannot express`,
    );
  }
  const [minute, hour, day, month, weekday] = fields;
  const step = (field: string, first: number) => field.replace(/^\*\//, `${first}/`);
  // Renumber the weekdays themselves, not the step after a slash.
  const weekdays = step(weekday, 0).replace(
    /(^|[,-])(\d+)/g,
    (_, before: string, n: string) => `${before}${(Number(n) % 7) + 1}`,
  );
  const dayField = day === '*' && weekday !== '*' ? '?' : step(day, 1);
  const weekdayField = weekday === '*' ? '?' : weekdays;
  return `cron(${step(minute, 0)} ${step(hour, 0)} ${dayField} ${step(month, 1)} ${weekdayField} *)`;
}
