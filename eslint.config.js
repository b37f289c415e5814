// Flat config: typescript-eslint's type-aware rules everywhere; the web client (client/, its own
// tsconfig with DOM and JSX) adds browser globals and the React hooks rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'client/dist/',
      'client/src/api/schema.d.ts',
      'dist/',
      'var/',
      'coverage/',
      'test-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/only-throw-error': 'off',
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts', 'seeders/cli.ts'],
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    // Tests read JSON answers whose shape is what they check; typing every body adds nothing.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Mocha loads the suite through require (tsx's CommonJS side); an import() of the same file gets
      // a second copy of the module with its own state (a second queue connection nobody closes,
      // which kept a whole CI run alive). Import statically.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression',
          message: 'import() gives tests a second copy of the module: import statically',
        },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The arrow runs routes → commands → presenters → models; nothing below routes imports them.
    files: [
      'server/{presenters,models,commands,policies,letters,meetings,deadlines,reminders,spreadsheets,storage,mail,pdf}/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '/routes/', message: 'routes import from here, not the other way round' }] },
      ],
    },
  },
  {
    // One home for a write's transaction and audit row: a command (server/commands), or one of the
    // two route shapes that own them for simple record changes (crud.ts, meetingChangeRoute.ts).
    files: ['server/routes/**/*.ts'],
    ignores: ['server/routes/api/crud.ts', 'server/routes/api/steering-meetings/meetingChangeRoute.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '/db/transaction(\\.js)?$|/audit(\\.js)?$',
              message: 'a command owns the transaction and its audit row: call one from server/commands',
            },
          ],
        },
      ],
    },
  },
  {
    // common/ is bundled into the web client as well as run by the server: pure code, no Node
    // built-ins and no packages, only other files of its own.
    files: ['common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\./)', message: 'common/ is shared with the browser: import only ./ files' }] },
      ],
    },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
);
