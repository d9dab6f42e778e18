import 'reflect-metadata';
import { runSubgraph } from '@maillage/subgraph-kit';
import { contractsSubgraph } from './subgraph';

void runSubgraph(contractsSubgraph);
