import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  // Vue must leave <tsunagu-*> to the browser's custom element registry.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('tsunagu-') } } })],
  build: { outDir: 'dist', emptyOutDir: true },
});
