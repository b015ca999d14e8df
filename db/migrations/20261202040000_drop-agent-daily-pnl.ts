// agent_daily_pnl is no longer read: the daily-loss breaker reads session_daily_pnl and the reports
// read agent_trade_stats. It was still written with every fill, so it goes. Going back down rebuilds
// it from the stored fills, summed exactly per agent and UTC day. Self-contained on purpose: a
// migration is frozen in time and imports nothing from src/.
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
  await db.schema.dropTable('agent_daily_pnl').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  const types = columnTypes(db);
  await db.schema
    .createTable('agent_daily_pnl')
    .addColumn('agent_id', 'text', (c) => c.notNull().references('agents.id').onDelete('cascade'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('realized_pnl', types.money, (c) => c.notNull())
    .addColumn('fees', types.money, (c) => c.notNull())
    .addPrimaryKeyConstraint('agent_daily_pnl_pk', ['agent_id', 'day'])
    .execute();

  const totals = new Map<string, { agentId: string; day: string; realized: bigint; fees: bigint }>();
  const query = db.selectFrom('fills').select(['agent_id', 'executed_ms', 'realized_pnl', 'fee']);
  // Kysely's PostgreSQL dialect streams only through pg-cursor, which is not installed.
  for await (const f of isPostgres(db) ? await query.execute() : query.stream(1000)) {
    const day = utcDay(Number(f.executed_ms));
    const key = `${f.agent_id as string}|${day}`;
    const t = totals.get(key) ?? { agentId: f.agent_id as string, day, realized: 0n, fees: 0n };
    t.realized += parse(f.realized_pnl as string);
    t.fees += parse(f.fee as string);
    totals.set(key, t);
  }
  const rows = [...totals.values()].map((t) => ({
    agent_id: t.agentId,
    day: t.day,
    realized_pnl: format(t.realized),
    fees: format(t.fees),
  }));
  // SQLite binds at most 32766 parameters per statement; 4 per row.
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('agent_daily_pnl')
      .values(rows.slice(i, i + 1000))
      .execute();
}
