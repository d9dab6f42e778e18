export { {{nameCamel}}Subgraph } from './subgraph';
