import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // The bench is a report printed to the terminal, not action code: the action logs through @actions/core.
  { files: ['bench/**'], rules: { 'no-console': 'off' } },
);
