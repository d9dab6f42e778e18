export { structuresSubgraph } from './subgraph';
