import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['actors', 'process-tracker', 'statistics', 'map', 'search'];
const leafletBan = {
  group: ['leaflet', 'leaflet/*', 'react-leaflet'],
  message: 'Only src/features/map may use Leaflet.',
};

/**
 * Architecture as lint (after bulletproof-react): shared code (components, data, lib, stores)
 * never imports a feature or the app shell, features never import each other, and only the map
 * feature touches Leaflet.
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
          ],
        },
      ],
    },
  }));
  return [shared, ...perFeature];
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
  ...layerBoundaries(),
  {
    files: ['scripts/**/*.{ts,mjs}', 'bench/**/*.{ts,mjs}'],
    rules: { 'no-console': 'off' },
  },
);
