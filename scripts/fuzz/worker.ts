/** The piscina worker of `npm run fuzz -- --workers N`: one batch per task. */
import { runBatch, type BatchResult, type BatchTask } from './batch.js';

export default function fuzzBatch(task: BatchTask): Promise<BatchResult> {
  return runBatch(task);
}
