// Builds the web client into client/dist, which Express serves (npm run build; npm start builds first).
// In development, `npm run dev:client` serves it with hot reload and passes /api to the API on PORT.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiPort = process.env.PORT ?? '3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Keep the one bundle whole; the app is small and served from the same origin.
    chunkSizeWarningLimit: 1500,
  },
  server: { proxy: { '/api': `http://localhost:${apiPort}` } },
});
