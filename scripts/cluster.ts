// `npm run cluster`: a local cluster of server processes on the PostgreSQL of DATABASE_URL and the
// Redis of REDIS_URL, behind a round-robin proxy on PORT (default 8000). CLUSTER_INSTANCES sets how
// many (default 3). Needs `npm run build` first (the npm script does it). Ctrl-C stops them all.
import { startCluster } from './lib/cluster.js';

const databaseUrl = process.env.DATABASE_URL;
const redisUrl = process.env.REDIS_URL;
if (!databaseUrl?.startsWith('postgres') || !redisUrl) {
  console.error('npm run cluster needs DATABASE_URL=postgres://… and REDIS_URL=redis://… (see README "Running a cluster")');
  process.exit(2);
}
const count = Number(process.env.CLUSTER_INSTANCES ?? 3);
const cluster = await startCluster({
  instances: count,
  port: Number(process.env.PORT ?? 8000),
  env: { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl },
  onLine: (index, line) => console.log(`[${index}] ${line}`),
});
console.log(`cluster of ${count} instances on ${cluster.url}: ${cluster.instances.map((i) => i.url).join(', ')}`);
const stop = () => {
  cluster.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
