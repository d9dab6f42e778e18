export { directorySubgraph } from './subgraph';
