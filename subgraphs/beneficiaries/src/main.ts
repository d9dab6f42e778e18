import 'reflect-metadata';
import { runSubgraph } from '@maillage/subgraph-kit';
import { beneficiariesSubgraph } from './subgraph';

void runSubgraph(beneficiariesSubgraph);
