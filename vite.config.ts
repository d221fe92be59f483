/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { datasetFiles } from './src/data/dataset-files';
import { eventCategories } from './src/data/schemas/events';
import { coloursCss } from './src/styles/colours';

/**
 * The Content-Security-Policy of the built app. Everything comes from the page's own origin;
 * images may also be data:/blob: URLs (chart export, Leaflet), and fonts data: URLs (the font
 * embedded in an exported SVG while it is rasterised to PNG). Map tiles from OpenStreetMap are
 * allowed as images, but the app asks for them only when the user turns online tiles on (off by
 * default); to forbid them outright, delete that host from img-src. Only added to the production
 * build: the dev server needs an inline script for React Fast Refresh. Workers (the import of an
 * analyst's event file) come from the page's origin too: `worker-src 'self'`, no blob: workers.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: https://tile.openstreetmap.org",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Asks the browser for every data file as it parses the page, in parallel with the app's code,
 * instead of once the app has started and its panels ask (about 150 ms later on these
 * machines). The app's own fetch of each file then takes over the preloaded response.
 */
function preloadDataset(): Plugin {
  return {
    name: 'preload-dataset',
    transformIndexHtml: () =>
      Object.values(datasetFiles).map(({ file }) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `./data/${file}`, as: 'fetch', crossorigin: 'anonymous' },
        injectTo: 'head' as const,
      })),
  };
}

/**
 * The colour tokens as a stylesheet, `import 'virtual:colours.css'`, generated from
 * src/styles/colours.ts: the one place a colour is written, for the stylesheet and the code.
 */
function colourTokens(): Plugin {
  const id = 'virtual:colours.css';
  const resolved = `\0${id}`;
  return {
    name: 'colour-tokens',
    resolveId: (source) => (source === id ? resolved : undefined),
    load: (source) => (source === resolved ? coloursCss(eventCategories) : undefined),
  };
}

export default defineConfig({
  // Relative asset URLs, so the static build works from any sub-path (e.g. /tools/syria/).
  base: './',
  plugins: [react(), colourTokens(), contentSecurityPolicyMeta(), preloadDataset()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { sourcemap: true },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
  },
});
