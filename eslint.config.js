import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// The layering of README.md and docs/architecture.md, enforced: `terms` and `db` import no other
// package of ours, `web` reaches data only through `api` (never `@yakkan/db`), `api` knows nothing of
// `web`, and the engine (terms/src/engine) interprets the terms it is given: it imports no service
// data (terms/services) and not the registry of the built-in services. A package reached by a
// relative path (`../../db/src/…`) is refused as well. test/integration/layering.test.ts shows that a violation fails.
const otherPackagesThan = (self) => ({
  group: ["@yakkan/*", "@yakkan/*/**", `!@yakkan/${self}`, `!@yakkan/${self}/**`],
  message: `${self} imports no other package of ours (README: dependencies point one way).`,
});
const boundary = (...patterns) => ({ "no-restricted-imports": ["error", { patterns }] });
const relativeInto = (dir, message) => ({ regex: `^(\\.\\./)+${dir}(/|$)`, message });
const WEB = [
  {
    group: ["@yakkan/db", "@yakkan/db/**"],
    message: "web reaches data only through @yakkan/api (README), never @yakkan/db.",
  },
  relativeInto("(db|api|terms|test)", "web imports other packages by name (@yakkan/api), not by path."),
];
const LAYERS = [
  {
    files: ["terms/**/*.ts"],
    rules: boundary(
      otherPackagesThan("terms"),
      relativeInto("(db|api|web|test)", "terms imports no other package of ours."),
    ),
  },
  {
    files: ["terms/src/engine/**/*.ts"],
    rules: boundary(
      otherPackagesThan("terms"),
      relativeInto("(db|api|web|test)", "terms imports no other package of ours."),
      {
        regex: "(^|/)services(/|$)|built-in-services(\\.js)?$|^\\.\\./index(\\.js)?$",
        message:
          "The engine interprets the terms it is given: it imports no service data (terms/services) nor the built-in registry.",
      },
    ),
  },
  {
    files: ["db/**/*.ts"],
    rules: boundary(
      otherPackagesThan("db"),
      relativeInto("(terms|api|web|test)", "db imports no other package of ours."),
    ),
  },
  {
    files: ["api/**/*.ts"],
    rules: boundary(
      { group: ["@yakkan/web", "@yakkan/web/**"], message: "api knows nothing of web: web calls api." },
      relativeInto("(web|test)", "api imports no package above it."),
    ),
  },
  {
    files: ["web/**/*.{ts,tsx}"],
    rules: boundary(...WEB),
  },
  {
    // Forms render the API's language-projected fields (Service.parameterFields, decision 010),
    // never the DSL's parameter specs; a configuration is listed from the API's ConfigurationRow.
    files: ["web/**/*.{ts,tsx}"],
    rules: boundary(...WEB, {
      group: ["@yakkan/terms"],
      importNames: ["ParameterSpec", "ParameterRule", "ParameterState", "Scalar"],
      message: "web renders the API's ParameterField (Service.parameterFields), not the terms DSL's parameter specs.",
    }),
  },
];

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
  ...LAYERS,
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
