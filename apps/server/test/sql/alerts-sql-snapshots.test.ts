import * as alertRules from '../../src/alerts/alerts.repository.js';
import * as observations from '../../src/alerts/observations.repository.js';
import * as requestCounts from '../../src/alerts/request-counts.repository.js';
import * as roles from '../../src/db/roles.repository.js';
import { describeSnapshots } from './capture.js';

/**
 * The rest of sql-snapshots.test.ts: the alert rules, their observations and the api's request
 * counts, and the read-only login. Calls run in order on one database.
 */

const at = (iso: string) => new Date(iso);
const key = { symbol: 'BTC', convert: 'BRL' };

describeSnapshots({
  'alerts/alerts.repository': {
    listRules: (db) => alertRules.listRules(db),
    findRule: (db) => alertRules.findRule(db, 1),
    findRuleByName: (db) => alertRules.findRuleByName(db, 'btc-stale'),
    insertRule: (db) =>
      alertRules.insertRule(db, { name: 'btc-stale', kind: 'stale', threshold: 3 }),
    enabledRuleIds: (db) => alertRules.enabledRuleIds(db),
    lockRule: (db) => alertRules.lockRule(db, 1),
    saveState: (db) =>
      alertRules.saveState(db, 1, {
        state: 'firing',
        streak: 0,
        state_since: at('2026-01-01T00:00:00Z'),
        evaluated_at: at('2026-01-01T00:00:00Z'),
        notified_at: null,
      }),
    openEvent: (db) =>
      alertRules.openEvent(db, {
        rule_id: 1,
        symbol: 'BTC',
        convert: 'BRL',
        fired_at: at('2026-01-01T00:10:00Z'),
        trigger_at: at('2026-01-01T00:00:00Z'),
        trigger_value: 100,
        message: 'no new quote',
      }),
    findOpenEvent: (db) => alertRules.findOpenEvent(db, 1),
    resolveEvent: (db) => alertRules.resolveEvent(db, 1, at('2026-01-01T01:00:00Z')),
    listEvents: (db) =>
      alertRules.listEvents(db, {
        from: at('2026-01-01T00:00:00Z'),
        to: at('2026-01-02T00:00:00Z'),
        symbol: 'BTC',
        convert: 'BRL',
        open: true,
        limit: 200,
      }),
    updateRule: (db) =>
      alertRules.updateRule(db, 1, {
        name: 'api-errors',
        kind: 'error_rate',
        threshold: 5,
        window_minutes: 15,
        min_requests: 50,
        enabled: false,
      }),
    deleteRule: (db) => alertRules.deleteRule(db, 1),
  },
  'alerts/request-counts.repository': {
    addCounts: (db) =>
      requestCounts.addCounts(db, 'host:1', [
        { minute: at('2026-01-01T00:00:00Z'), requests: 10, errors: 1 },
        { minute: at('2026-01-01T00:01:00Z'), requests: 4, errors: 0 },
      ]),
    sumCounts: (db) =>
      requestCounts.sumCounts(db, at('2026-01-01T00:00:00Z'), at('2026-01-01T00:15:00Z')),
    pruneCounts: (db) => requestCounts.pruneCounts(db, at('2025-12-24T00:00:00Z')),
  },
  'alerts/observations.repository': {
    newestQuote: (db) => observations.newestQuote(db, key, at('2026-01-01T00:00:00Z')),
    priceRange: (db) =>
      observations.priceRange(db, key, at('2026-01-01T00:00:00Z'), at('2026-01-01T01:00:00Z')),
    lastFinishedRuns: (db) => observations.lastFinishedRuns(db, 3),
  },
  'db/roles.repository': {
    roleInfo: (db) => roles.roleInfo(db, 'dashboard'),
    upsertReadonlyLogin: (db) => roles.upsertReadonlyLogin(db, 'dashboard', 'example-password'),
  },
});
