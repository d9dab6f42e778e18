// Tracing first: it instruments the HTTP modules the rest of the process loads.
import { startTracing } from '@maillage/subgraph-kit/tracing';
startTracing('{{name}}');

import 'reflect-metadata';
import { runSubgraph } from '@maillage/subgraph-kit';
import { {{nameCamel}}Subgraph } from './subgraph';

void runSubgraph({{nameCamel}}Subgraph);
