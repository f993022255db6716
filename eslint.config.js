// Lint for faults that matter here: type-aware TypeScript rules, Lit template mistakes, template a11y.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.tsbuild/**',
      'storybook-static/**',
      'docs/api/**',
      '**/custom-elements.json',
      'bench/.out/**',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['packages/**/*.ts', 'examples/**/*.ts', 'examples/**/*.tsx'],
    // The consumer projects are type-checked by their own tsc / vue-tsc runs against the installed tarballs
    // (examples/consumers/run.mjs); from here their packages do not resolve.
    ignores: ['examples/consumers/**'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // node:test's describe/it return promises that the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', name: ['describe', 'it', 'test', 'suite'], package: 'node:test' },
          ],
        },
      ],
      // Lit event listeners and chai assertions legitimately pass methods/expressions around.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['.storybook/**/*.ts'],
    extends: [...tseslint.configs.recommended],
  },
  {
    files: ['packages/elements/src/**/*.ts', 'packages/embed/src/**/*.ts'],
    extends: [litConfigs['flat/recommended'], litA11y.configs.recommended],
    languageOptions: { globals: globals.browser },
  },
  {
    // やさしい日本語 strings carry readings as {漢字|かんじ}; only i18n/ruby.ts's `html` turns them into <ruby>
    // (and plain words in attributes), so a widget template that takes `html` from lit shows the marks raw.
    files: ['packages/elements/src/**/*.ts'],
    ignores: [
      '**/*.test.ts',
      '**/*.stories.ts',
      'packages/elements/src/i18n/ruby.ts',
      'packages/elements/src/internal/block-story.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'lit',
              importNames: ['html'],
              message: "Use `html` from '../i18n/ruby.js' (renders readings as <ruby>).",
            },
          ],
        },
      ],
    },
  },
  {
    // Test files use chai's property assertions (`expect(x).to.be.true`) and mocha globals.
    files: ['**/*.test.ts', '**/*.stories.ts', 'packages/elements/src/testing/**'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
