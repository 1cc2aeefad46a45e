// Worker threads do not inherit `--import tsx`: register tsx, then load the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./worker.ts');
export default worker.default;
