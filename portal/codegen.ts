import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The portal's operations (`src/app/operations/*.graphql`) typed from the composed supergraph. The output is
 * committed; `src/app/codegen.spec.ts` fails when it is stale (run `npm run -w portal codegen`).
 */
export const codegenConfig: CodegenConfig = {
  schema: '../schema/supergraph.graphql',
  documents: ['src/app/operations/*.graphql'],
  ignoreNoDocuments: false,
  silent: true,
  generates: {
    'src/app/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Decimal: 'string', LocalDate: 'string', DateTimeISO: 'string' },
      },
    },
  },
};

export default codegenConfig;
