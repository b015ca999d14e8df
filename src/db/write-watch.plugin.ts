// A Kysely plugin that counts writes to a chosen set of tables, so an in-memory cache of rows from
// those tables can tell whether anything it holds may have changed: an entry stamped with the
// generation read before its rows were read is current exactly while the generation is unchanged.
import type {
  KyselyPlugin,
  OperationNode,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryId,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';

/** Words that make a raw SQL statement a possible write, checked only when it names a watched table. */
const RAW_WRITE = /\b(?:insert|update|delete|replace|upsert|merge|drop|alter|truncate)\b/i;

export class WriteWatchPlugin implements KyselyPlugin {
  #generation = 0;
  readonly #tables: ReadonlySet<string>;
  readonly #rawTableName: RegExp;
  /** Writes seen by transformQuery, to bump again once they have run. Weak: a failed query never reaches transformResult. */
  readonly #inFlight = new WeakSet<QueryId>();

  constructor(tables: Iterable<string>) {
    this.#tables = new Set([...tables].map((t) => t.toLowerCase()));
    if (this.#tables.size === 0) throw new Error('WriteWatchPlugin needs at least one table to watch');
    const names = [...this.#tables].map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    this.#rawTableName = new RegExp(`\\b(?:${names.join('|')})\\b`, 'i');
  }

  /** Called after each write to a watched table has run (a cluster tells the other instances). */
  onWrite: (() => void) | undefined;

  /** Increases with every write to a watched table, both before it runs and after it has run. */
  generation(): number {
    return this.#generation;
  }

  /**
   * For writes the plugin cannot see: statements run on the raw better-sqlite3 handle
   * (`rawHandleOf`). Call it before and after such a write to a watched table.
   */
  noteWrite(): void {
    this.#generation++;
  }

  transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
    if (this.#writesWatchedTable(node)) {
      // Before the statement: a reader stamping itself from now on can no longer keep what it reads
      // once the second bump below lands.
      this.#generation++;
      this.#inFlight.add(queryId);
    }
    return node;
  }

  async transformResult({ queryId, result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (this.#inFlight.has(queryId)) {
      this.#inFlight.delete(queryId);
      // After the statement: whatever was read (and stamped) while it was queued or running is out.
      this.#generation++;
      this.onWrite?.();
    }
    return result;
  }

  #writesWatchedTable(node: OperationNode): boolean {
    const n = node as unknown as Record<string, OperationNode | undefined>;
    switch (node.kind) {
      case 'InsertQueryNode': // also REPLACE INTO, INSERT OR …, and upserts (ON CONFLICT …)
      case 'MergeQueryNode':
        return this.#names(n.into) || this.#cteWrites(n.with);
      case 'UpdateQueryNode':
        // Joined tables count too: MySQL's `update a join b set b.x = …` writes them.
        return this.#names(n.table) || this.#anyNames(n.joins) || this.#cteWrites(n.with);
      case 'DeleteQueryNode':
        // Multi-table deletes name their targets in `from` (and sometimes `using`).
        return this.#names(n.from) || this.#names(n.using) || this.#cteWrites(n.with);
      case 'SelectQueryNode':
        return this.#cteWrites(n.with);
      case 'RawNode':
        return this.#rawWrites(node);
      case 'AlterTableNode':
      case 'DropTableNode':
        return this.#names(n.table);
      default:
        return false;
    }
  }

  #anyNames(nodes: unknown): boolean {
    return Array.isArray(nodes) && nodes.some((node: OperationNode) => this.#names(node));
  }

  /** A data-modifying CTE (`with x as (update agents … returning …) select …`) writes too. */
  #cteWrites(withNode: OperationNode | undefined): boolean {
    if (!withNode || withNode.kind !== 'WithNode') return false;
    const expressions = (withNode as unknown as { expressions: ReadonlyArray<{ expression: OperationNode }> }).expressions;
    return expressions.some((cte) => this.#writesWatchedTable(cte.expression));
  }

  /** Raw SQL is judged by its text, conservatively: a write keyword and a watched table's name. */
  #rawWrites(node: OperationNode): boolean {
    const raw = node as unknown as { sqlFragments: ReadonlyArray<string>; parameters: ReadonlyArray<OperationNode> };
    const text = raw.sqlFragments.join(' ');
    const namesWatched = this.#rawTableName.test(text) || raw.parameters.some((p) => this.#names(p));
    const mayWrite = RAW_WRITE.test(text) || raw.parameters.some((p) => p.kind === 'RawNode' && this.#rawWrites(p));
    return namesWatched && mayWrite;
  }

  /** Whether a table reference, in any of the shapes Kysely builds, names a watched table. */
  #names(node: OperationNode | undefined): boolean {
    if (!node) return false;
    const n = node as unknown as Record<string, unknown>;
    switch (node.kind) {
      case 'TableNode': {
        // `schema.table` matches on the table's own name.
        const id = n.table as { identifier?: { name?: unknown } } | undefined;
        return typeof id?.identifier?.name === 'string' && this.#tables.has(id.identifier.name.toLowerCase());
      }
      case 'IdentifierNode':
        return typeof n.name === 'string' && this.#tables.has(n.name.toLowerCase());
      case 'SchemableIdentifierNode':
        return this.#names(n.identifier as OperationNode | undefined);
      case 'AliasNode':
        return this.#names(n.node as OperationNode | undefined);
      case 'FromNode':
        return (n.froms as OperationNode[]).some((f) => this.#names(f));
      case 'UsingNode':
        return (n.tables as OperationNode[]).some((t) => this.#names(t));
      case 'ListNode':
        return (n.items as OperationNode[]).some((i) => this.#names(i));
      case 'JoinNode':
        return this.#names(n.table as OperationNode | undefined);
      case 'RawNode':
        // `updateTable(sql\`agents\`)` has the name in its text; `sql.table('agents')` in a child.
        return this.#rawTableName.test((n.sqlFragments as string[]).join(' ')) || this.#anyNames(n.parameters);
      default:
        return false;
    }
  }
}
