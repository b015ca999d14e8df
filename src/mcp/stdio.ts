#!/usr/bin/env node
// MCP over stdio for desktop MCP clients (`tradeready-mcp`, `npm run mcp`): the same tools as /mcp,
// each one a REST request to the server at TRADEREADY_URL with TRADEREADY_API_KEY. With
// TRADEREADY_API_SECRET as well it logs in and also sends the JWT (operations that manage agents
// accept nothing else), renewing it before it expires. stdout is the protocol, so everything else
// goes to stderr, and no credential is ever written anywhere.
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { MCP_TOOLS } from '../../generated/mcp-tools.gen.js';
import { createMcpServer } from './server.js';
import { settingsFrom, stdioTarget, type StdioSettings } from './stdio-target.js';

function log(message: string): void {
  process.stderr.write(`tradeready-mcp: ${message}\n`);
}

async function main(): Promise<void> {
  let settings: StdioSettings;
  try {
    settings = settingsFrom(process.env);
  } catch (err) {
    log((err as Error).message);
    process.exit(2);
  }
  const server = createMcpServer({ tools: MCP_TOOLS, target: stdioTarget(settings, log) });
  server.onerror = (err) => log(`error: ${err.message}`);
  await server.connect(new StdioServerTransport());
  log(`serving ${MCP_TOOLS.length} tools for ${settings.baseUrl}`);
}

await main();
