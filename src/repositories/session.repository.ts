import type { Kysely } from 'kysely';
import type { Database, NewTradingSession, TradingSession } from '../db/schema.js';

type Q = Kysely<Database>;

export async function insertSession(db: Q, session: NewTradingSession): Promise<void> {
  await db.insertInto('trading_sessions').values(session).execute();
}

export async function findActiveSession(db: Q, agentId: string): Promise<TradingSession | undefined> {
  return db
    .selectFrom('trading_sessions')
    .selectAll()
    .where('agent_id', '=', agentId)
    .where('status', '=', 'active')
    .orderBy('started_at', 'desc')
    .executeTakeFirst();
}

export async function closeActiveSessions(db: Q, agentId: string, endedAt: string): Promise<void> {
  await db
    .updateTable('trading_sessions')
    .set({ status: 'closed', ended_at: endedAt })
    .where('agent_id', '=', agentId)
    .where('status', '=', 'active')
    .execute();
}
