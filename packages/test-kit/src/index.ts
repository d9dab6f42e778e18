export * from './kit';
export { startTestStack } from './stack';
export type { TestStack } from './stack';
