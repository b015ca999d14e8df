// Trade net PnL and running trade totals. A sell's net PnL now also carries its pro-rata share of the
// fees paid on the buys that built the position, so positions keep those opening fees (`open_fees`)
// and each fill its `net_pnl`; positions keep the price of their last fill (`last_price`) to show
// while the feed has no price. `agent_trade_stats` holds running totals per agent over all time, per
// session and per session-hour, updated with each fill, so reports no longer replay the history.
// Existing fills are replayed once here, in order, to fill all of it in. Self-contained on purpose:
// a migration is frozen in time and imports nothing from src/.
import { sql, type Kysely } from 'kysely';
import { columnTypes } from '../column-types.js';

const UNIT = 100_000_000n;
const HOUR_MS = 3_600_000;

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

/** Half-even, as the money module rounds. */
function divRound(n: bigint, d: bigint): bigint {
  const negative = n < 0n;
  const a = negative ? -n : n;
  let q = a / d;
  const twice = (a % d) * 2n;
  if (twice > d || (twice === d && q % 2n === 1n)) q += 1n;
  return negative ? -q : q;
}

interface Stats {
  fills: number;
  realized: bigint;
  fees: bigint;
  trades: number;
  wins: number;
  losses: number;
  profit: bigint;
  loss: bigint;
  best: bigint | null;
  worst: bigint | null;
  leadSign: number;
  leadLen: number;
  trailSign: number;
  trailLen: number;
  longestWin: number;
  longestLoss: number;
}

const empty = (): Stats => ({
  fills: 0,
  realized: 0n,
  fees: 0n,
  trades: 0,
  wins: 0,
  losses: 0,
  profit: 0n,
  loss: 0n,
  best: null,
  worst: null,
  leadSign: 0,
  leadLen: 0,
  trailSign: 0,
  trailLen: 0,
  longestWin: 0,
  longestLoss: 0,
});

/** Adds one fill at the end of the stretch. */
function add(s: Stats, side: string, realized: bigint, fee: bigint, net: bigint): void {
  s.fills++;
  s.realized += realized;
  s.fees += fee;
  if (side !== 'sell') return;
  s.trades++;
  if (s.best === null || net > s.best) s.best = net;
  if (s.worst === null || net < s.worst) s.worst = net;
  const sign = net > 0n ? 1 : net < 0n ? -1 : 0;
  if (sign === 0) return;
  const decidedBefore = s.wins + s.losses;
  if (sign === 1) {
    s.wins++;
    s.profit += net;
  } else {
    s.losses++;
    s.loss += net;
  }
  if (decidedBefore === 0) {
    s.leadSign = sign;
    s.leadLen = 1;
  } else if (s.leadLen === decidedBefore && s.leadSign === sign) s.leadLen++;
  s.trailLen = s.trailSign === sign ? s.trailLen + 1 : 1;
  s.trailSign = sign;
  if (sign === 1) s.longestWin = Math.max(s.longestWin, s.trailLen);
  else s.longestLoss = Math.max(s.longestLoss, s.trailLen);
}

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .alterTable('fills')
    .addColumn('net_pnl', t.money, (c) => c.notNull().defaultTo('0.00000000'))
    .execute();
  await db.schema
    .alterTable('positions')
    .addColumn('open_fees', t.money, (c) => c.notNull().defaultTo('0.00000000'))
    .execute();
  await db.schema.alterTable('positions').addColumn('last_price', t.money).execute();
  await db.schema
    .createTable('agent_trade_stats')
    .addColumn('agent_id', 'text', (c) => c.notNull().references('agents.id').onDelete('cascade'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('bucket_ms', 'bigint', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('fills', t.int, (c) => c.notNull())
    .addColumn('realized_pnl', t.money, (c) => c.notNull())
    .addColumn('fees', t.money, (c) => c.notNull())
    .addColumn('trades', t.int, (c) => c.notNull())
    .addColumn('wins', t.int, (c) => c.notNull())
    .addColumn('losses', t.int, (c) => c.notNull())
    .addColumn('gross_profit', t.money, (c) => c.notNull())
    .addColumn('gross_loss', t.money, (c) => c.notNull())
    .addColumn('best_trade', t.money)
    .addColumn('worst_trade', t.money)
    .addColumn('lead_sign', t.int, (c) => c.notNull())
    .addColumn('lead_len', t.int, (c) => c.notNull())
    .addColumn('trail_sign', t.int, (c) => c.notNull())
    .addColumn('trail_len', t.int, (c) => c.notNull())
    .addColumn('longest_win', t.int, (c) => c.notNull())
    .addColumn('longest_loss', t.int, (c) => c.notNull())
    // bucket_ms before session_id: the hourly rows of a time window are one range of the key.
    .addPrimaryKeyConstraint('agent_trade_stats_pk', ['agent_id', 'scope', 'bucket_ms', 'session_id'])
    .addCheckConstraint('agent_trade_stats_scope_check', sql`scope in ('all', 'session', 'hour')`)
    .execute();
  // The snapshot job reads every agent's all-time row each tick: a partial index keeps that read to
  // one entry per agent, whatever the number of hourly rows.
  await db.schema
    .createIndex('agent_trade_stats_all_idx')
    .on('agent_trade_stats')
    .column('agent_id')
    .where(sql.ref('scope'), '=', sql.lit('all'))
    .execute();

  // Replay the stored fills in execution order: one agent at a time, positions restarting with each
  // session (a reset closes them without a trade).
  const fills = await db
    .selectFrom('fills')
    .select(['id', 'agent_id', 'session_id', 'symbol', 'side', 'quantity', 'price', 'fee', 'realized_pnl', 'executed_ms'])
    .orderBy('agent_id')
    .orderBy('executed_ms')
    .orderBy(sql`rowid`)
    .execute();
  const stats = new Map<string, { agentId: string; scope: string; bucket: number; session: string; s: Stats }>();
  const statsOf = (agentId: string, scope: string, bucket: number, session: string): Stats => {
    const key = `${agentId}|${scope}|${bucket}|${session}`;
    let entry = stats.get(key);
    if (!entry) stats.set(key, (entry = { agentId, scope, bucket, session, s: empty() }));
    return entry.s;
  };
  let agent: string | undefined;
  let session: string | undefined;
  let held = new Map<string, { qty: bigint; fees: bigint; price: string }>();
  const flushPositions = async () => {
    if (agent === undefined) return;
    for (const [symbol, p] of held) {
      await db
        .updateTable('positions')
        .set({ open_fees: format(p.fees), last_price: p.price })
        .where('agent_id', '=', agent)
        .where('symbol', '=', symbol)
        .execute();
    }
  };
  for (const f of fills) {
    if (f.agent_id !== agent) {
      await flushPositions();
      agent = f.agent_id;
      session = undefined;
    }
    if (f.session_id !== session) {
      held = new Map();
      session = f.session_id;
    }
    const qty = parse(f.quantity);
    const fee = parse(f.fee);
    const realized = parse(f.realized_pnl);
    const p = held.get(f.symbol) ?? { qty: 0n, fees: 0n, price: f.price };
    let net = 0n;
    if (f.side === 'buy') {
      p.qty += qty;
      p.fees += fee;
    } else {
      const remaining = p.qty > qty ? p.qty - qty : 0n;
      const fees = remaining === 0n || p.qty === 0n ? 0n : divRound(p.fees * remaining, p.qty);
      net = realized - fee - (p.fees - fees);
      p.qty = remaining;
      p.fees = fees;
      await db
        .updateTable('fills')
        .set({ net_pnl: format(net) })
        .where('id', '=', f.id)
        .execute();
    }
    p.price = f.price;
    held.set(f.symbol, p);
    const hour = Math.floor(Number(f.executed_ms) / HOUR_MS) * HOUR_MS;
    for (const s of [
      statsOf(f.agent_id, 'all', 0, ''),
      statsOf(f.agent_id, 'session', 0, f.session_id),
      statsOf(f.agent_id, 'hour', hour, f.session_id),
    ]) {
      add(s, f.side, realized, fee, net);
    }
  }
  await flushPositions();

  const rows = [...stats.values()].map(({ agentId, scope, bucket, session: sessionId, s }) => ({
    agent_id: agentId,
    scope,
    bucket_ms: bucket,
    session_id: sessionId,
    fills: s.fills,
    realized_pnl: format(s.realized),
    fees: format(s.fees),
    trades: s.trades,
    wins: s.wins,
    losses: s.losses,
    gross_profit: format(s.profit),
    gross_loss: format(s.loss),
    best_trade: s.best === null ? null : format(s.best),
    worst_trade: s.worst === null ? null : format(s.worst),
    lead_sign: s.leadSign,
    lead_len: s.leadLen,
    trail_sign: s.trailSign,
    trail_len: s.trailLen,
    longest_win: s.longestWin,
    longest_loss: s.longestLoss,
  }));
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('agent_trade_stats')
      .values(rows.slice(i, i + 1000))
      .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('agent_trade_stats').execute();
  await db.schema.alterTable('positions').dropColumn('last_price').execute();
  await db.schema.alterTable('positions').dropColumn('open_fees').execute();
  await db.schema.alterTable('fills').dropColumn('net_pnl').execute();
}
