import 'reflect-metadata';
import { runSubgraph } from '@maillage/subgraph-kit';
import { structuresSubgraph } from './subgraph';

void runSubgraph(structuresSubgraph);
