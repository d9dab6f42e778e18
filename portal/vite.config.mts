import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The single-page application goes to dist/public, next to the server (dist/main.js) that serves it.
export default defineConfig({
  plugins: [react()],
  // The gateway's GraphiQL keeps React 18 at the root of node_modules: every import of React must be the portal's 19.
  resolve: { dedupe: ['react', 'react-dom', 'scheduler'] },
  build: { outDir: 'dist/public', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 400 },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/config.json': 'http://localhost:4010' } },
});
