export { createGatewayServer } from './server';
export { gatewayEnvSchema, loadGatewayConfig, subgraphUrlVariable } from './config';
export type { GatewayConfig } from './config';
