/**
 * Builds the classroom page into web/dist: static files that run from any static host or
 * straight from a USB stick (file://). Chromium refuses ES-module scripts and module workers
 * on file:// pages, so the bundle is one classic script (IIFE, no code splitting) and the
 * batch worker is inlined into it (a Blob URL at run time). Nothing is fetched: the scenarios
 * are bundled as text and the charts are drawn by the bundled vega.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Vite writes `<script type="module" crossorigin src=...>` and `<link crossorigin ...>`; a file://
 * page can load neither (no origin to check CORS against). The IIFE bundle needs no module
 * script, so the tags become a plain deferred script and a plain stylesheet link.
 */
function classicScripts(): Plugin {
  return {
    name: 'firebreak-classic-scripts',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/<script type="module" crossorigin/g, '<script defer').replace(/ crossorigin(="[^"]*")?/g, ''),
    },
  };
}

export default defineConfig({
  root,
  base: './',
  // The page imports sim/, scenarios/ and analysis/ from the project root.
  server: { fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
  plugins: [classicScripts()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // vega and vega-lite make one large bundle; that is expected for an offline page.
    chunkSizeWarningLimit: 5000,
    modulePreload: false,
    rollupOptions: {
      output: { format: 'iife', inlineDynamicImports: true },
      // zod's sources carry /*#__PURE__*/ comments where Rollup cannot use them; harmless.
      onwarn(warning, warn) {
        if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
      },
    },
  },
  worker: { format: 'iife' },
});
