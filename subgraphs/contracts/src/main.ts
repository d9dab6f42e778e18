// Tracing first: it instruments the HTTP modules the rest of the process loads.
import { startTracing } from '@maillage/subgraph-kit/tracing';
startTracing('contracts');

import 'reflect-metadata';
import { runSubgraph } from '@maillage/subgraph-kit';
import { contractsSubgraph } from './subgraph';

void runSubgraph(contractsSubgraph);
