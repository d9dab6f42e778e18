export { loadStackConfig, ROOT_DIR } from './config';
export type { StackConfig, StackSubgraph } from './config';
export { startStack } from './stack';
export type { RunningStack, StackOptions } from './stack';
