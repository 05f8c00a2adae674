// ESLint flat config: typescript-eslint type-checked rules, plus import boundaries between the processes.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'worker_threads',
  'stream',
  'util',
  'http',
  'https',
  'net',
];
const nodeImportPatterns = [
  { group: ['node:*'], message: 'Node modules are not available here.' },
  ...nodeBuiltins.map((name) => ({
    group: [name, `${name}/*`],
    message: 'Node modules are not available here.',
  })),
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.cache/**',
      'test/fixtures/**/*',
      '!test/fixtures/factories/',
      '!test/fixtures/factories/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain', 'ipcRenderer'],
              message: 'ipcMain lives only in electron/ipc.ts and ipcRenderer only in electron/preload.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/ipc.ts', 'electron/preload.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to the host only through renderer/platform.' },
          ],
          patterns: [
            {
              group: ['**/electron/*', '../electron', '../../electron'],
              message: 'The renderer must not import electron/.',
            },
            ...nodeImportPatterns,
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ is pure: no Electron.' }],
          patterns: [
            {
              group: ['**/electron/*', '**/renderer/*'],
              message: 'shared/ must not import electron/ or renderer/.',
            },
            ...nodeImportPatterns,
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
