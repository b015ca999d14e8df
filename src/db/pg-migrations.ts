// What migrating a PostgreSQL database needs beyond Kysely's migrator (see migrateToLatest in
// connection.ts).
import { sql, type QueryExecutorProvider } from 'kysely';

/**
 * The schema a PostgreSQL database works in: the first of its search_path that exists. Kysely's
 * migrator looks for its own tables in every schema unless told which, so a second schema of the
 * same database (tests give each server one) would find the first's tables and skip creating its own.
 */
export async function pgSchemaOf(db: QueryExecutorProvider): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('database migration failed: no schema of the search_path exists (does DATABASE_SCHEMA name one?)');
  return schema;
}
