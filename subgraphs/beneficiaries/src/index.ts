export { beneficiariesSubgraph } from './subgraph';
