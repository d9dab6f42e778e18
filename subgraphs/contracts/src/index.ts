export { contractsSubgraph } from './subgraph';
