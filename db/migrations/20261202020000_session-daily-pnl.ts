// Realized PnL and fees per trading session and UTC day, kept with each fill. The daily-loss
// breaker counts losses since the later of 00:00 UTC and the start of the agent's current session,
// so a reset starts with a clear breaker: it reads the (current session, today) row. The per-agent
// `agent_daily_pnl` stays as it is (cumulative totals for snapshots read it).
// The rows of the sessions active now are filled in from their fills, summed exactly. Self-contained
// on purpose: a migration is frozen in time and imports nothing from src/.
import type { Kysely } from 'kysely';
import { columnTypes, isPostgres } from '../column-types.js';

const UNIT = 100_000_000n;
const DAY_MS = 86_400_000;

function parse(text: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new Error(`not a stored amount: ${text}`);
  const units = BigInt(match[2]!) * UNIT + BigInt((match[3] ?? '').padEnd(8, '0').slice(0, 8) || '0');
  return match[1] === '-' ? -units : units;
}

function format(value: bigint): string {
  const abs = value < 0n ? -value : value;
  return `${value < 0n ? '-' : ''}${abs / UNIT}.${(abs % UNIT).toString().padStart(8, '0')}`;
}

const utcDay = (ms: number) => new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);

export async function up(db: Kysely<any>): Promise<void> {
  const types = columnTypes(db);
  await db.schema
    .createTable('session_daily_pnl')
    .addColumn('session_id', 'text', (c) => c.notNull().references('trading_sessions.id').onDelete('cascade'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('realized_pnl', types.money, (c) => c.notNull())
    .addColumn('fees', types.money, (c) => c.notNull())
    .addPrimaryKeyConstraint('session_daily_pnl_pk', ['session_id', 'day'])
    .execute();

  const totals = new Map<string, { sessionId: string; day: string; realized: bigint; fees: bigint }>();
  const query = db
    .selectFrom('fills')
    .innerJoin('trading_sessions', 'trading_sessions.id', 'fills.session_id')
    .select(['fills.session_id', 'fills.executed_ms', 'fills.realized_pnl', 'fills.fee'])
    .where('trading_sessions.status', '=', 'active');
  // Kysely's PostgreSQL dialect streams only through pg-cursor, which is not installed; a PostgreSQL
  // database has no rows from before this migration anyway (PostgreSQL support came later).
  const fills = isPostgres(db) ? await query.execute() : query.stream(1000);
  for await (const f of fills) {
    const day = utcDay(Number(f.executed_ms));
    const key = `${f.session_id as string}|${day}`;
    const t = totals.get(key) ?? { sessionId: f.session_id as string, day, realized: 0n, fees: 0n };
    t.realized += parse(f.realized_pnl as string);
    t.fees += parse(f.fee as string);
    totals.set(key, t);
  }
  const rows = [...totals.values()].map((t) => ({
    session_id: t.sessionId,
    day: t.day,
    realized_pnl: format(t.realized),
    fees: format(t.fees),
  }));
  // SQLite binds at most 32766 parameters per statement; 4 per row.
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('session_daily_pnl')
      .values(rows.slice(i, i + 1000))
      .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('session_daily_pnl').execute();
}
