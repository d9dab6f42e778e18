export { trainingsSubgraph } from './subgraph';
