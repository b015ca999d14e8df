// A local cluster without Docker: N server processes on one PostgreSQL and one Redis, behind a
// round-robin proxy. Used by `npm run cluster` (README "Running a cluster"), the multi-instance
// tests and the benchmark.
//
// The proxy works at the TCP level: each client connection goes to the next instance in turn and is
// piped both ways, so HTTP keep-alive and WebSocket upgrades pass through untouched (what an L4 load
// balancer does). A connection to an instance that refuses it (killed) is sent to the next one.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import { join } from 'node:path';

export interface ClusterInstance {
  readonly index: number;
  readonly port: number;
  readonly url: string;
  readonly process: ChildProcess;
  /** Output so far (stdout and stderr), for a test's failure message. */
  readonly output: () => string;
}

export interface Cluster {
  /** The proxy's address: use it as a single server's. */
  readonly url: string;
  readonly instances: ClusterInstance[];
  /** Starts a replacement for instance `index` (after it was killed) on the same port. */
  restart(index: number): Promise<ClusterInstance>;
  stop(): Promise<void>;
}

export interface ClusterOptions {
  instances: number;
  /** Environment of every instance (DATABASE_URL, REDIS_URL, …); PORT is set per instance. */
  env: Record<string, string | undefined>;
  /** The proxy's port (0: any free one). */
  port?: number;
  /** The command that runs one server (default: node dist/src/main.js, built by `npm run build`). */
  command?: string[];
  /** Project root (default: the current directory). */
  cwd?: string;
  /** Called with each line an instance prints (the CLI forwards them). */
  onLine?: (index: number, line: string) => void;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

async function waitHealthy(url: string, child: ChildProcess, output: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`instance at ${url} exited with ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`instance at ${url} did not become healthy in ${timeoutMs} ms:\n${output()}`);
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const cwd = options.cwd ?? process.cwd();
  const command = options.command ?? [process.execPath, join(cwd, 'dist/src/main.js')];
  const instances: ClusterInstance[] = [];

  const launch = async (index: number, port: number): Promise<ClusterInstance> => {
    let log = '';
    const child = spawn(command[0]!, command.slice(1), {
      cwd,
      env: { ...process.env, ...options.env, PORT: String(port), HOST: '127.0.0.1', INSTANCE_ID: `instance-${index}-${port}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      log = (log + text).slice(-20_000);
      if (options.onLine) for (const line of text.split('\n')) if (line) options.onLine(index, line);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const instance: ClusterInstance = { index, port, url: `http://127.0.0.1:${port}`, process: child, output: () => log };
    await waitHealthy(instance.url, child, instance.output);
    return instance;
  };

  const ports = [];
  for (let i = 0; i < options.instances; i++) ports.push(await freePort());
  // One at a time: the first runs the migrations, the others find them done.
  for (let i = 0; i < options.instances; i++) instances.push(await launch(i, ports[i]!));

  let next = 0;
  const sockets = new Set<net.Socket>();
  const proxy = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.pause();
    const tryConnect = (attempt: number) => {
      const target = instances[next++ % instances.length]!;
      const upstream = net.connect(target.port, '127.0.0.1');
      sockets.add(upstream);
      upstream.on('close', () => sockets.delete(upstream));
      upstream.once('connect', () => {
        upstream.removeAllListeners('error');
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      });
      upstream.once('error', () => {
        upstream.destroy();
        if (attempt + 1 < instances.length) tryConnect(attempt + 1);
        else client.destroy();
      });
    };
    tryConnect(0);
  });
  proxy.listen(options.port ?? 0, '127.0.0.1');
  await once(proxy, 'listening');
  const { port } = proxy.address() as net.AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    instances,
    async restart(index) {
      const old = instances[index]!;
      if (old.process.exitCode === null && old.process.signalCode === null) {
        old.process.kill('SIGTERM');
        await once(old.process, 'exit');
      }
      const fresh = await launch(index, old.port);
      instances[index] = fresh;
      return fresh;
    },
    async stop() {
      proxy.close();
      for (const s of sockets) s.destroy();
      await Promise.all(
        instances.map(async (i) => {
          if (i.process.exitCode !== null || i.process.signalCode !== null) return;
          i.process.kill('SIGTERM');
          await once(i.process, 'exit');
        }),
      );
    },
  };
}
