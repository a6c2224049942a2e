import { loadConfig } from "./config/config.js";
import { runCli } from "./config/exit-on-error.js";
import { openStore } from "./store/open-store.js";

await runCli(async () => {
  const config = loadConfig(process.env);
  const db = await openStore(config.DATABASE_PATH);
  console.log("Rapor: database ready. The chat is not built yet (see the issues).");
  await db.destroy();
});
