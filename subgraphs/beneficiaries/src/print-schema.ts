import 'reflect-metadata';
import { printSubgraphSdl } from '@maillage/subgraph-kit';
import { beneficiariesSubgraph } from './subgraph';

void beneficiariesSubgraph.buildSchema().then((schema) => process.stdout.write(printSubgraphSdl(schema)));
