export { loadPortalConfig, portalEnvSchema } from './config';
export type { PortalConfig } from './config';
export { createPortalServer } from './server';
