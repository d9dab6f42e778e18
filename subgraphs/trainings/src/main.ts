// Tracing first: it instruments the HTTP modules the rest of the process loads.
import { startTracing } from '@maillage/subgraph-kit/tracing';
startTracing('trainings');

import 'reflect-metadata';
import { runSubgraph } from '@maillage/subgraph-kit';
import { trainingsSubgraph } from './subgraph';

void runSubgraph(trainingsSubgraph);
