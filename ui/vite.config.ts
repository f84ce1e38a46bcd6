import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The build lands where Spring Boot serves static files from a jar (META-INF/resources), so the
// Maven module packages it as it is; see pom.xml.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
