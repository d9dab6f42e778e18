import 'reflect-metadata';
import { runSubgraph } from '@maillage/subgraph-kit';
import { directorySubgraph } from './subgraph';

void runSubgraph(directorySubgraph);
