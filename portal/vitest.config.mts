import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  // The gateway's GraphiQL keeps React 18 at the root of node_modules: the tests, like the build, use the portal's 19.
  resolve: { dedupe: ['react', 'react-dom', 'scheduler'] },
  test: { environment: 'jsdom', include: ['src/app/**/*.spec.{ts,tsx}'], testTimeout: 30_000 },
});
