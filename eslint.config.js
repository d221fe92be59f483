import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import { readdirSync } from 'node:fs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Every folder of src/features is a feature: a new one is bounded as soon as it exists. */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const leafletBan = {
  group: ['leaflet', 'leaflet/*', 'react-leaflet'],
  message: 'Only src/features/map may use Leaflet.',
};

/**
 * Architecture as lint (after bulletproof-react): shared code (components, data, lib, stores)
 * never imports a feature or the app shell, lib/ (pure helpers) imports none of data, stores
 * or components, features never import each other (by alias or by relative path), and only
 * the map feature touches Leaflet. Import cycles are caught by scripts/import-cycles.test.ts.
 */
function layerBoundaries() {
  const shared = {
    files: ['src/{components,data,lib,stores}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            leafletBan,
            {
              group: ['@/features/*', '@/app/*'],
              message: 'Shared code must not import features or the app shell.',
            },
          ],
        },
      ],
    },
  };
  const lib = {
    files: ['src/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            leafletBan,
            {
              group: ['@/features/*', '@/app/*', '@/data/*', '@/stores/*', '@/components/*'],
              message: 'lib/ holds pure helpers: no data, stores, components, features or app.',
            },
          ],
        },
      ],
    },
  };
  const perFeature = features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...(feature === 'map' ? [] : [leafletBan]),
            {
              group: [
                '@/features/*',
                `!@/features/${feature}`,
                `!@/features/${feature}/*`,
                '@/app/*',
              ],
              message: 'Features must not import each other or the app shell.',
            },
            {
              // Tests may reach the repository's scripts (the bundled dataset reader).
              regex: String.raw`^\.\./(?!\.\./\.\./scripts/)`,
              message: 'Reach outside the feature by the @/ alias, never by a relative path.',
            },
          ],
        },
      ],
    },
  }));
  return [shared, lib, ...perFeature];
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'playwright-report',
      'test-results',
      'test-results-summary',
      'public',
      '**/*.tmp.mjs',
    ],
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // A file a reader can hold in mind: split by what its parts do before it grows past this.
      'max-lines': ['error', { max: 400 }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [...pluginQuery.configs['flat/recommended']],
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['error', { allowConstantExport: true }],
      'no-restricted-imports': ['error', { patterns: [leafletBan] }],
    },
  },
  {
    // Type-aware: a promise nobody awaits or catches loses its error silently.
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  ...layerBoundaries(),
  {
    files: ['scripts/**/*.{ts,mjs}', 'bench/**/*.{ts,mjs}'],
    rules: { 'no-console': 'off' },
  },
);
