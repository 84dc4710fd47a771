import { and, asc, desc, eq, gte, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { alertEvents, alertRules } from '../db/alerts.schema.js';

/** All SQL of alert_rules and alert_events. */

export type RuleRecord = typeof alertRules.$inferSelect;
export type NewRule = typeof alertRules.$inferInsert;
export type EventRecord = typeof alertEvents.$inferSelect & {
  rule_name: string;
  kind: RuleRecord['kind'];
};

export async function listRules(db: Database): Promise<RuleRecord[]> {
  return db.select().from(alertRules).orderBy(asc(alertRules.id));
}

export async function findRule(db: Database, id: number): Promise<RuleRecord | undefined> {
  const [row] = await db.select().from(alertRules).where(eq(alertRules.id, id));
  return row;
}

export async function findRuleByName(db: Database, name: string): Promise<RuleRecord | undefined> {
  const [row] = await db.select().from(alertRules).where(eq(alertRules.name, name));
  return row;
}

/** The new rule, or undefined when its name is taken. */
export async function insertRule(db: Database, rule: NewRule): Promise<RuleRecord | undefined> {
  const [row] = await db
    .insert(alertRules)
    .values(rule)
    .onConflictDoNothing({ target: alertRules.name })
    .returning();
  return row;
}

export type RuleDefinition = Omit<
  NewRule,
  'id' | 'created_at' | 'state' | 'streak' | 'state_since' | 'evaluated_at' | 'notified_at'
>;

/**
 * Replaces a rule's definition. The evaluation streak starts over (it counted against the old
 * condition); a rule disabled while firing is set back to ok, since no evaluation will recover it.
 */
export async function updateRule(
  tx: Database,
  id: number,
  rule: RuleDefinition,
): Promise<RuleRecord | undefined> {
  const [row] = await tx
    .update(alertRules)
    .set({
      ...rule,
      streak: 0,
      ...(rule.enabled === false ? { state: 'ok' as const, notified_at: null } : {}),
    })
    .where(eq(alertRules.id, id))
    .returning();
  return row;
}

export async function deleteRule(db: Database, id: number): Promise<boolean> {
  const rows = await db
    .delete(alertRules)
    .where(eq(alertRules.id, id))
    .returning({ id: alertRules.id });
  return rows.length > 0;
}

export async function enabledRuleIds(db: Database): Promise<number[]> {
  const rows = await db
    .select({ id: alertRules.id })
    .from(alertRules)
    .where(eq(alertRules.enabled, true))
    .orderBy(asc(alertRules.id));
  return rows.map((r) => r.id);
}

/**
 * The rule, locked for the caller's transaction; undefined when another evaluation holds it
 * (that one decides and sends; waiting would only evaluate the same data twice) or it is gone.
 */
export async function lockRule(tx: Database, id: number): Promise<RuleRecord | undefined> {
  const [row] = await tx
    .select()
    .from(alertRules)
    .where(and(eq(alertRules.id, id), eq(alertRules.enabled, true)))
    .for('update', { skipLocked: true });
  return row;
}

export interface RuleState {
  state: RuleRecord['state'];
  streak: number;
  state_since: Date | null;
  evaluated_at: Date;
  notified_at: Date | null;
}

export async function saveState(tx: Database, id: number, state: RuleState): Promise<void> {
  await tx.update(alertRules).set(state).where(eq(alertRules.id, id));
}

export interface NewEvent {
  rule_id: number;
  symbol: string | null;
  convert: string | null;
  fired_at: Date;
  trigger_at: Date;
  trigger_value: number | null;
  message: string;
}

export async function openEvent(tx: Database, event: NewEvent): Promise<number> {
  const [row] = await tx.insert(alertEvents).values(event).returning({ id: alertEvents.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

/** The rule's firing not yet recovered, if any. */
export async function findOpenEvent(
  tx: Database,
  ruleId: number,
): Promise<typeof alertEvents.$inferSelect | undefined> {
  const [row] = await tx
    .select()
    .from(alertEvents)
    .where(and(eq(alertEvents.rule_id, ruleId), isNull(alertEvents.resolved_at)));
  return row;
}

/** Closes the rule's open event, if any. */
export async function resolveEvent(tx: Database, ruleId: number, at: Date): Promise<void> {
  await tx
    .update(alertEvents)
    .set({ resolved_at: at })
    .where(and(eq(alertEvents.rule_id, ruleId), isNull(alertEvents.resolved_at)));
}

export interface EventFilter {
  from?: Date | undefined;
  to?: Date | undefined;
  symbol?: string | undefined;
  convert?: string | undefined;
  open?: boolean | undefined;
  limit: number;
}

export async function listEvents(db: Database, filter: EventFilter): Promise<EventRecord[]> {
  const where: (SQL | undefined)[] = [
    filter.from ? gte(alertEvents.trigger_at, filter.from) : undefined,
    filter.to ? lte(alertEvents.trigger_at, filter.to) : undefined,
    // An event of no coin (a failed run) belongs on every coin's chart.
    filter.symbol
      ? or(isNull(alertEvents.symbol), sql`upper(${alertEvents.symbol}) = ${filter.symbol}`)
      : undefined,
    filter.convert
      ? or(isNull(alertEvents.convert), sql`upper(${alertEvents.convert}) = ${filter.convert}`)
      : undefined,
    filter.open ? isNull(alertEvents.resolved_at) : undefined,
  ];
  return db
    .select({
      id: alertEvents.id,
      rule_id: alertEvents.rule_id,
      symbol: alertEvents.symbol,
      convert: alertEvents.convert,
      fired_at: alertEvents.fired_at,
      trigger_at: alertEvents.trigger_at,
      trigger_value: alertEvents.trigger_value,
      message: alertEvents.message,
      resolved_at: alertEvents.resolved_at,
      rule_name: alertRules.name,
      kind: alertRules.kind,
    })
    .from(alertEvents)
    .innerJoin(alertRules, eq(alertRules.id, alertEvents.rule_id))
    .where(and(...where))
    .orderBy(desc(alertEvents.trigger_at), desc(alertEvents.id))
    .limit(filter.limit);
}
