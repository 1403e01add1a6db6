import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/dist/**", "**/build/**", "**/node_modules/**", "**/.data/**", "**/.cache/**", "db/migrations/**"] },
  js.configs.recommended,
  // Type-aware: every .ts/.tsx file belongs to its package's tsconfig.json, found by the project service.
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      ecmaVersion: 2023,
      sourceType: "module",
      parserOptions: {
        projectService: {
          // Root configs and scripts belong to no package; they get the base compiler options.
          allowDefaultProject: ["*.js", "*.ts", "scripts/*.mjs"],
          defaultProject: "tsconfig.base.json",
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": [
        "error",
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      // Numbers print the same everywhere; everything else must be turned into a string on purpose.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // `onClick={() => setOpen(false)}` and `return next()` in a middleware typed `void` are the
      // idioms; a void value used as a value is still reported.
      "@typescript-eslint/no-confusing-void-expression": [
        "error",
        { ignoreArrowShorthand: true, ignoreVoidReturningFunctions: true },
      ],
      // Remix loaders and actions answer by throwing a Response (404, redirect): that is its API.
      "@typescript-eslint/only-throw-error": [
        "error",
        {
          allow: [
            { from: "lib", name: "Response" },
            { from: "package", package: "@remix-run/server-runtime", name: "TypedResponse" },
          ],
        },
      ],
      eqeqeq: ["error", "always"],
      "no-console": ["error", { allow: ["info", "warn", "error"] }],
    },
  },
  {
    // type-graphql object types are the shapes of the API's answers: services build them as plain
    // objects (no behaviour lives on them), so an object literal for a class type is the design here.
    files: ["api/src/**/*.ts"],
    rules: { "@typescript-eslint/no-unsafe-class-instance-assignment": "off" },
  },
  {
    files: ["**/test/**/*.{ts,tsx}", "test/**/*.ts", "**/bench/**/*.ts"],
    rules: {
      // In tests a wrong `!` fails the test at that line, which is the check we want.
      "@typescript-eslint/no-non-null-assertion": "off",
      // Fixtures assigned in beforeAll are typed as always set, but afterAll runs when beforeAll
      // failed too: the `server?.stop()` in a teardown is needed though TypeScript cannot see why.
      "@typescript-eslint/no-unnecessary-condition": "off",
    },
  },
  {
    // Plain JavaScript (scripts, configs) is not type-checked.
    files: ["**/*.{js,mjs,cjs}"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["web/app/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
