/**
 * Runs `fn`, once more when it met a unique key taken in the meantime by another connection
 * (check-then-write code whose check another instance's write overtook). Use inside no open
 * transaction of the caller: on PostgreSQL the failed statement has aborted it.
 */
export async function retryOnUniqueViolation<T>(fn: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= attempts || !isUniqueViolation(error)) throw error;
    }
  }
}

/** A unique key already held the value (SQLite: SQLITE_CONSTRAINT_UNIQUE / PRIMARYKEY, PostgreSQL: 23505). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}
