// Loads a TypeScript worker module through tsx, since worker threads do not inherit tsx's loader.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.module, import.meta.url);
