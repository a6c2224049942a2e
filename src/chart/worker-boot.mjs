// Entry of a chart render worker. Workers do not inherit the main thread's tsx loader, so it is
// registered here before the TypeScript worker module is loaded.
import { workerData } from "node:worker_threads";

if (String(workerData.entry).endsWith(".ts")) {
  const { register } = await import("tsx/esm/api");
  register();
}
await import(workerData.entry);
