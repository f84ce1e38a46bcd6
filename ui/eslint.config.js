// ESLint for the pages: JavaScript's and typescript-eslint's recommended rules, type-checked against
// tsconfig.json, and the React hooks rules. `npm run lint` fails on any warning (--max-warnings 0); the ui
// Maven module runs it in the test phase next to Vitest.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['target/', 'node_modules/']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommendedTypeChecked,
      reactHooks.configs.flat.recommended,
    ],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
    rules: {
      // Leaving a member out by destructuring the rest (`const { kind: _kind, ...members } = preset`) is meant.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // A test's fake fetch is async because fetch returns a promise, with nothing of its own to await.
    files: ['**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // This file itself is plain JavaScript outside tsconfig.json's program.
    files: ['eslint.config.js'],
    extends: [js.configs.recommended],
  },
]);
