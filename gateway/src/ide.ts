import { dirname, join } from 'node:path';
import express, { type Router } from 'express';

/** Static files of the IDE, served from node_modules: nothing is fetched from a CDN. */
const ASSETS: Record<string, string> = {
  'react.js': join(dirname(require.resolve('react/package.json')), 'umd/react.production.min.js'),
  'react-dom.js': join(dirname(require.resolve('react-dom/package.json')), 'umd/react-dom.production.min.js'),
  'graphiql.js': join(dirname(require.resolve('graphiql/package.json')), 'graphiql.min.js'),
  'graphiql.css': join(dirname(require.resolve('graphiql/package.json')), 'graphiql.min.css'),
};

const EXAMPLE_QUERY = `# Maillage: contracts in execution in the Rhône, their insertion hours (contracts), their buyer's
# commune (directory) and their holder's insertion structure (structures)
query ContractsAcrossSubgraphs {
  contracts(first: 5, filter: { department: "69", status: [IN_EXECUTION] }) {
    totalCount
    nodes {
      reference
      title
      hoursTarget
      buyer { name commune { name postalCodes department { name } } }
      holder { name siret insertionStructure { name kind } }
      lots { number title clause { legalBasis hoursTarget } }
    }
  }
}
`;

function page(graphqlPath: string): string {
  return `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8" />
  <title>Maillage — GraphiQL</title>
  <link rel="stylesheet" href="/ide/assets/graphiql.css" />
  <style>body { margin: 0; height: 100vh; } #ide { height: 100vh; }</style>
</head>
<body>
  <div id="ide"></div>
  <script src="/ide/assets/react.js"></script>
  <script src="/ide/assets/react-dom.js"></script>
  <script src="/ide/assets/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(graphqlPath)} });
    ReactDOM.createRoot(document.getElementById('ide')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(EXAMPLE_QUERY)} }),
    );
  </script>
</body>
</html>`;
}

/** The GraphiQL IDE at `/ide`, for development only. */
export function createIdeRouter(graphqlPath = '/graphql'): Router {
  const router = express.Router();
  const html = page(graphqlPath);
  router.get('/ide', (_req, res) => {
    res.type('html').send(html);
  });
  router.get('/ide/assets/:file', (req, res) => {
    const file = ASSETS[req.params.file];
    if (!file) {
      res.status(404).end();
      return;
    }
    res.sendFile(file, { maxAge: '1h' });
  });
  router.get('/', (_req, res) => res.redirect('/ide'));
  return router;
}

export { EXAMPLE_QUERY };
