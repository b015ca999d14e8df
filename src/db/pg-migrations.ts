// What migrating a PostgreSQL database needs beyond Kysely's migrator (see migrateToLatest in
// connection.ts).
import { sql, type DatabaseIntrospector, type Kysely, type QueryExecutorProvider, type SchemaMetadata, type TableMetadata } from 'kysely';

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

/**
 * The migrator asks whether its tables exist through Kysely's introspector, which reads every
 * column of every table of every schema, and fails when another schema of the database is dropped
 * meanwhile (its name no longer resolves). This one reads the table names of one schema only.
 */
class OneSchemaIntrospector implements DatabaseIntrospector {
  constructor(
    private readonly db: QueryExecutorProvider,
    private readonly schema: string,
  ) {}

  async getSchemas(): Promise<SchemaMetadata[]> {
    const { rows } = await sql<{
      name: string;
    }>`select nspname as name from pg_catalog.pg_namespace where nspname = ${this.schema}`.execute(this.db);
    return rows;
  }

  async getTables(): Promise<TableMetadata[]> {
    const { rows } = await sql<{ name: string }>`
      select c.relname as name from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
      where n.nspname = ${this.schema} and c.relkind in ('r', 'p')`.execute(this.db);
    return rows.map((r) => ({ name: r.name, schema: this.schema, isView: false, columns: [] }));
  }

  async getMetadata(): Promise<{ tables: TableMetadata[] }> {
    return { tables: await this.getTables() };
  }
}

/**
 * `db` for a Migrator of `schema` (with `migrationTableSchema: schema`): the same database, whose
 * `introspection` sees that schema alone. Everything else is `db`'s own, called on `db` itself.
 */
export function migratorView<DB>(db: Kysely<DB>, schema: string): Kysely<DB> {
  const introspection = new OneSchemaIntrospector(db, schema);
  return new Proxy(db, {
    get(target, property) {
      if (property === 'introspection') return introspection;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
