import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports flow one way: config/lxd/lib (lib may use lxd's wire types) -> api -> realtime -> components -> features -> app.
// Each layer lists what it must not import; features must not import each other.
const LAYERS = ['config', 'lib', 'lxd', 'api', 'realtime', 'components', 'features', 'app'];
const forbidden = {
  config: ['lib', 'lxd', 'api', 'realtime', 'components', 'features', 'app'],
  lib: ['api', 'realtime', 'components', 'features', 'app'],
  lxd: ['api', 'realtime', 'components', 'features', 'app'],
  api: ['realtime', 'components', 'features', 'app'],
  realtime: ['components', 'features', 'app'],
  components: ['features', 'app'],
  features: ['app'],
  app: [],
};

function restrict(groups, extra = []) {
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...groups.map((layer) => ({
            group: [`@/${layer}`, `@/${layer}/*`],
            message: `This layer must not import from src/${layer} (imports flow lxd -> api -> realtime -> features -> app).`,
          })),
          ...extra,
          {
            group: ['../../*'],
            message: 'Reach other layers through the @/ alias so the layer rules can see the import.',
          },
        ],
      },
    ],
  };
}

const featureDirs = (() => {
  try {
    return readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
})();

export default tseslint.config(
  { ignores: ['dist', 'node_modules', '.sandbox', 'test-results', 'playwright-report', 'bench'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  ...LAYERS.filter((layer) => layer !== 'features').map((layer) => ({
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: restrict(
      forbidden[layer],
      layer === 'lxd' ? [{ group: ['react', 'react-dom', 'react/*'], message: 'src/lxd is plain TypeScript, no React.' }] : [],
    ),
  })),
  ...featureDirs.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: restrict(forbidden.features, [
      {
        group: featureDirs.filter((other) => other !== feature).flatMap((other) => [`@/features/${other}`, `@/features/${other}/*`]),
        message: 'Features do not import each other; move shared code to components/ or api/.',
      },
    ]),
  })),
  {
    files: ['scripts/**/*.{js,mjs}', '*.config.{js,ts}', 'e2e/**/*.ts', 'playwright.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
