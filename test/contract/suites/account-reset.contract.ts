// POST /account/reset takes `starting_balance` as an alias of `new_starting_balance` (the name the
// registration uses); `confirm: true` stays required.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer } from '../../support/harness.js';

describe('POST /api/v1/account/reset with the starting_balance alias', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(() => server.stop());

  it('sets the new starting balance from starting_balance', async () => {
    const c = await server.registerAccount();
    const h = { 'X-API-Key': c.agentApiKey };
    const res = await server.call('resetAccount', { headers: h, body: { confirm: true, starting_balance: '25000.5' } });
    expect(res.status).toBe(200);
    expect(res.body.new_session.starting_balance).toBe('25000.50000000');
    const portfolio = (await server.call('getPortfolio', { headers: h })).body;
    expect(portfolio).toMatchObject({ starting_balance: '25000.50000000', total_equity: '25000.50000000' });
    // Both names with one value are fine; a JSON number works too.
    const same = await server.call('resetAccount', {
      headers: h,
      body: { confirm: true, starting_balance: 300, new_starting_balance: '300.00' },
    });
    expect(same.status).toBe(200);
    expect(same.body.new_session.starting_balance).toBe('300.00000000');
  });

  it('still requires confirm, refuses a bad alias, and refuses two different balances', async () => {
    const c = await server.registerAccount();
    const h = { 'X-API-Key': c.agentApiKey };
    for (const body of [
      { starting_balance: '5000' },
      { confirm: false, starting_balance: '5000' },
      { confirm: true, starting_balance: '0' },
      { confirm: true, starting_balance: '-5' },
      { confirm: true, starting_balance: '5000', new_starting_balance: '6000' },
    ]) {
      const res = await server.call('resetAccount', { headers: h, body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.error.code).toBe('VALIDATION_ERROR');
    }
    const info = (await server.call('getAccountInfo', { headers: h })).body;
    expect(info.starting_balance).toBe('10000.00000000');
  });
});
