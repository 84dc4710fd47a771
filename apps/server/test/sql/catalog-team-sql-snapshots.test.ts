import { expect } from 'vitest';
import * as history from '../../src/catalog/history.repository.js';
import * as recorded from '../../src/catalog/recorded-writes.repository.js';
import * as trash from '../../src/catalog/trash.repository.js';
import * as sessions from '../../src/team/sessions.repository.js';
import * as attempts from '../../src/team/sign-in-attempts.repository.js';
import * as tokens from '../../src/team/tokens.repository.js';
import * as users from '../../src/team/users.repository.js';
import { describeSnapshots } from './capture.js';

/**
 * The rest of sql-snapshots.test.ts: the catalog's history and trash, and the team (users, their
 * sessions, tokens and sign-in limits). Calls run in order on one database, so each finds the
 * rows the ones before it wrote.
 */

const at = (iso: string) => new Date(iso);
const actor = { name: 'ana', requestId: 'req-1' };

describeSnapshots({
  'catalog/recorded-writes.repository': {
    insertProductRecorded: (db) =>
      recorded.insertProductRecorded(
        db,
        { name: 'Caneta', price: 2.5, categoria: 'Roupas', email_fornecedor: 'a@example.com' },
        actor,
      ),
    changeRecorded: async (db) => {
      await recorded.changeRecorded(db, 1, { action: 'update', changes: { price: 3 } }, actor);
      await recorded.changeRecorded(db, 1, { action: 'delete' }, actor);
      await recorded.changeRecorded(db, 1, { action: 'restore' }, actor);
    },
  },
  'catalog/history.repository': {
    findHistoryPage: (db) => history.findHistoryPage(db, 1, { limit: 50, offset: 0 }),
    findHistoryEntry: (db) => history.findHistoryEntry(db, 1, 1),
    allHistory: async (db) => {
      for await (const entry of history.allHistory(db, 1)) expect(entry.product_id).toBe(1);
    },
  },
  'catalog/trash.repository': {
    findTrashPage: (db) => trash.findTrashPage(db, { limit: 50, offset: 0 }),
    trashedBefore: (db) => trash.trashedBefore(db, at('2026-01-01T00:00:00Z'), 100),
  },
  'team/users.repository': {
    insertUser: (db) =>
      users.insertUser(db, { username: 'ana', passwordHash: 'scrypt$hash', role: 'editor' }),
    listUsers: (db) => users.listUsers(db),
    findByName: (db) => users.findByName(db, 'ana'),
    findUser: (db) => users.findUser(db, 1),
    updateUser: (db) => users.updateUser(db, 'ana', { role: 'admin', disabled: false }),
    anyUser: (db) => users.anyUser(db),
  },
  'team/sessions.repository': {
    insertSession: (db) =>
      sessions.insertSession(db, {
        id: 'session-1',
        userId: 1,
        csrfHash: 'csrf-hash',
        expiresAt: at('2099-01-01T00:00:00Z'),
      }),
    findLiveSession: (db) => sessions.findLiveSession(db, 'session-1', 3_600_000),
    deleteSession: (db) => sessions.deleteSession(db, 'session-1'),
    deleteUserSessions: (db) => sessions.deleteUserSessions(db, 1),
    deleteExpiredSessions: (db) => sessions.deleteExpiredSessions(db, 3_600_000),
  },
  'team/tokens.repository': {
    insertToken: (db) =>
      tokens.insertToken(db, {
        userId: 1,
        name: 'ci',
        hash: 'token-hash',
        expiresAt: at('2099-01-01T00:00:00Z'),
      }),
    listTokens: (db) => tokens.listTokens(db, 1),
    findTokenUser: (db) => tokens.findTokenUser(db, 'token-hash'),
    revokeToken: (db) => tokens.revokeToken(db, 1, 1),
  },
  'team/sign-in-attempts.repository': {
    failuresOf: (db) => attempts.failuresOf(db, ['user:ana', 'ip:127.0.0.1'], 900_000),
    recordFailure: (db) => attempts.recordFailure(db, ['user:ana', 'ip:127.0.0.1'], 900_000),
    clearFailures: (db) => attempts.clearFailures(db, ['user:ana', 'ip:127.0.0.1']),
  },
});
