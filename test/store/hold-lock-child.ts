/**
 * A child process that holds the import's turn on the database of its environment, as a long
 * import does (on SQLite: the write lock; on PostgreSQL: the import advisory lock). Prints "locked"; commits and exits on a line on stdin.
 */
import { loadConfig } from "../../src/config/config.js";
import { databaseTarget, openDatabase } from "../../src/store/connection.js";
import { takeImportTurn } from "../../src/store/import-turn.js";

const db = openDatabase(databaseTarget(loadConfig(process.env)));
await db.transaction().execute(async (trx) => {
  await takeImportTurn(trx);
  await trx.updateTable("programmes").set((eb) => ({ name_en: eb.ref("name_en") })).execute();
  console.log("locked");
  await new Promise((resolve) => process.stdin.once("data", resolve));
  process.stdin.destroy();
});
await db.destroy();
console.log("released");
