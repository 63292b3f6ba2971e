import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  // Type-aware: floating promises, misused promises and deprecated APIs (the SDK marks its old waiters) are errors.
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-deprecated': 'error',
    },
  },
  { files: ['*.js', '*.mjs', '*.cjs', 'bench/*.mjs'], ...tseslint.configs.disableTypeChecked },
  { files: ['*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } } },
  { files: ['*.mjs', 'bench/*.mjs'], languageOptions: { globals: { process: 'readonly' } } },
  // The bench and the demo print to a terminal, not action code: the action logs through @actions/core.
  { files: ['bench/**', 'demo/**'], rules: { 'no-console': 'off' } },
  // A test's `!` asserts what the test set up; in the action, each one would be an unchecked claim about AWS or input.
  { files: ['__tests__/**', 'bench/**', 'demo/**'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
);
