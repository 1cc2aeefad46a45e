// Worker entry used only when the library runs from its TypeScript sources (tests,
// development): worker threads do not inherit `--import tsx`, so tsx is registered here
// before the TypeScript worker is loaded. The built package uses dist/src/bulk/worker.js.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./worker.ts');
export default worker.default;
