export { loadStackConfig, localSubgraphs, ROOT_DIR, variable } from './config';
export type { StackConfig, StackSubgraph } from './config';
export { startStack } from './stack';
export type { RunningStack, StackOptions } from './stack';
export { DEMO_VIEWERS, DEV_AUDIENCE, DEV_PORTAL_CLIENT_ID, startDevIssuer } from './dev-issuer';
export type { DevIssuer } from './dev-issuer';
