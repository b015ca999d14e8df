// The private channels against REST: every order event is the order exactly as GET
// /trade/order/{id} returns it at that point, and every portfolio push is GET /account/portfolio
// (but for its timestamp). Only the connection's own agent's events arrive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, type Credentials } from '../../support/harness.js';
import { WsClient, type ServerMessage } from '../../support/ws-client.js';

const key = (apiKey: string) => ({ 'X-API-Key': apiKey });

describe('WebSocket orders and portfolio channels', () => {
  let server: TestServer;
  let creds: Credentials;
  let ws: WsClient;
  let bystander: WsClient;
  beforeAll(async () => {
    server = await TestServer.start({ WS_PORTFOLIO_INTERVAL_MS: '100' });
    creds = await server.registerAccount();
    server.pushPrice('BTCUSDT', '60000');
    ws = await WsClient.connect(server, { apiKey: creds.agentApiKey });
    // Another account's agent, subscribed to the same channel names.
    const other = await server.registerAccount();
    bystander = await WsClient.connect(server, { apiKey: other.agentApiKey });
    await bystander.subscribe({ channel: 'orders' });
    await bystander.subscribe({ channel: 'portfolio' });
    await bystander.nextOf('portfolio');
  });
  afterAll(async () => {
    await ws.close();
    await bystander.close();
    await server.stop();
  });

  const order = async (id: string) => {
    const res = await server.call('getOrder', { path: { order_id: id }, headers: key(creds.agentApiKey) });
    expect(res.status).toBe(200);
    return res.body;
  };
  const portfolio = async () => {
    const res = await server.call('getPortfolio', { headers: key(creds.agentApiKey) });
    expect(res.status).toBe(200);
    const { timestamp: _t, ...rest } = res.body as Record<string, unknown>;
    return rest;
  };
  const withoutTimestamp = (m: ServerMessage) => {
    const { timestamp: _t, ...rest } = m.data as Record<string, unknown>;
    return rest;
  };

  it('sends the portfolio right after subscribing', async () => {
    await ws.subscribe({ channel: 'portfolio' });
    const first = await ws.nextOf('portfolio', 'portfolio');
    expect(withoutTimestamp(first)).toEqual(await portfolio());
    expect(first.data.positions).toEqual([]);
  });

  it('sends a pending event for a resting limit order and a cancelled one when it is cancelled', async () => {
    await ws.subscribe({ channel: 'orders' });
    const placed = await server.call('placeOrder', {
      headers: key(creds.agentApiKey),
      body: { symbol: 'BTCUSDT', side: 'buy', type: 'limit', quantity: '0.01', price: '50000' },
    });
    expect(placed.status).toBe(201);
    const pending = await ws.next((m) => m.type === 'order' && m.data.order_id === placed.body.order_id);
    expect(pending.channel).toBe('orders');
    expect(pending.data.status).toBe('pending');
    expect(pending.data).toEqual(await order(placed.body.order_id as string));

    const cancel = await server.call('cancelOrder', { path: { order_id: placed.body.order_id }, headers: key(creds.agentApiKey) });
    expect(cancel.status).toBe(200);
    const cancelled = await ws.next((m) => m.type === 'order' && m.data.order_id === placed.body.order_id);
    expect(cancelled.data).toMatchObject({ status: 'cancelled', cancel_reason: 'user' });
    expect(cancelled.data).toEqual(await order(placed.body.order_id as string));
    // The cancel moved cash back (no position is held, so no periodic push can be this one).
    const afterCancel = await ws.next((m) => m.type === 'portfolio' && m.seq! > cancelled.seq!);
    expect(withoutTimestamp(afterCancel)).toEqual(await portfolio());
  });

  it('sends one filled event for a market order, then the portfolio after the fill', async () => {
    ws.clear();
    const placed = await server.call('placeOrder', {
      headers: key(creds.agentApiKey),
      body: { symbol: 'BTCUSDT', side: 'buy', type: 'market', quantity: '0.01' },
    });
    expect(placed.status).toBe(201);
    const filled = await ws.next((m) => m.type === 'order' && m.data.order_id === placed.body.order_id);
    expect(filled.data.status).toBe('filled');
    expect(filled.data).toEqual(await order(placed.body.order_id as string));

    const after = await ws.next((m) => m.type === 'portfolio' && m.data.positions.length === 1);
    expect(withoutTimestamp(after)).toEqual(await portfolio());
    // One event for the order: no pending before the fill.
    expect(ws.received.filter((m) => m.type === 'order' && m.data.order_id === placed.body.order_id)).toHaveLength(1);
  });

  it('sends a resting order filled by the market as pending, then filled', async () => {
    const placed = await server.call('placeOrder', {
      headers: key(creds.agentApiKey),
      body: { symbol: 'BTCUSDT', side: 'sell', type: 'limit', quantity: '0.005', price: '61000' },
    });
    expect(placed.status).toBe(201);
    await ws.next((m) => m.type === 'order' && m.data.order_id === placed.body.order_id && m.data.status === 'pending');
    server.pushPrice('BTCUSDT', '61000');
    await server.app.services.matcher.idle();
    const filled = await ws.next((m) => m.type === 'order' && m.data.order_id === placed.body.order_id && m.data.status === 'filled');
    expect(filled.data).toEqual(await order(placed.body.order_id as string));
  });

  it('pushes the portfolio periodically while the agent holds a position', async () => {
    ws.clear();
    // No trade, no order: only the periodic push (WS_PORTFOLIO_INTERVAL_MS) can send these.
    const first = await ws.nextOf('portfolio');
    const second = await ws.nextOf('portfolio');
    expect(second.seq!).toBeGreaterThan(first.seq!);
    expect(withoutTimestamp(second)).toEqual(await portfolio());
  });

  it("never sends the agent's events to another account's connection", () => {
    expect(bystander.received.filter((m) => m.type === 'order')).toEqual([]);
    // Its own first snapshot only (it holds nothing, so no periodic push either).
    expect(bystander.received.filter((m) => m.type === 'portfolio')).toHaveLength(1);
    bystander.assertClean();
  });
});
