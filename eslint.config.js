// Lint rules for the browser app and its tests: typescript-eslint's strict,
// type-aware rules.
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["dist/", "www/pkg/", "target/", "test-results/", "playwright-report/", "crate/", "tests/corpus/", "tests/bench/"],
  },
  {
    files: ["**/*.ts"],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    extends: [tseslint.configs.recommended],
  },
);
