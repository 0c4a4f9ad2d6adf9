// ESLint flat config (`npm run lint` = eslint src test scripts).
// typescript-eslint recommended everywhere, eslint-plugin-react for .tsx, browser + node
// globals, Office.js namespaces as read-only globals, and import boundaries for src/core.
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import compat from "eslint-plugin-compat";
import react from "eslint-plugin-react";
import globals from "globals";
import tseslint from "typescript-eslint";
import PAGE_TARGETS from "./scripts/page-targets.js";

/** Modules the pure core must not import: UI, hosts, file libraries and Node I/O. */
const CORE_FORBIDDEN_PATHS = ["react", "react-dom", "office-js", "@types/office-js", "docx", "exceljs", "fs", "path"].map(
  (name) => ({ name, message: "src/core is pure TypeScript: UI, Office, docx/exceljs and Node I/O belong in src/adapters, src/taskpane or src/cli." }),
);
const CORE_FORBIDDEN_PATTERNS = [
  {
    group: ["react/*", "react-dom/*", "@fluentui/*", "docx/*", "exceljs/*", "fs/*", "path/*", "node:*"],
    message: "src/core is pure TypeScript: UI, Office, docx/exceljs and Node I/O belong in src/adapters, src/taskpane or src/cli.",
  },
];

export default defineConfig([
  globalIgnores(["dist/", "build/", "out/", "coverage/", "node_modules/", "test-results/", ".e2e-cache/"]),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    languageOptions: {
      ecmaVersion: 2022,
      globals: {
        ...globals.browser,
        ...globals.node,
        Office: "readonly",
        Excel: "readonly",
        Word: "readonly",
        OfficeExtension: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },

  // Plain Node scripts and configs are CommonJS.
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },

  // boot.js runs unbundled in any webview, including Internet Explorer 11: ES5 script only.
  {
    files: ["src/taskpane/boot.js"],
    languageOptions: { ecmaVersion: 5, sourceType: "script", globals: { ...globals.browser } },
    // ES5 has no optional catch binding: `catch (e)` with `e` unused is the only spelling.
    rules: { "@typescript-eslint/no-unused-vars": ["error", { caughtErrors: "none" }] },
  },

  // The 网页版 runs this code in browsers from Chromium 78 on (issue #14; scripts/page-targets.js):
  // every browser and ES API it calls must exist there (lintAllEsApis: ES APIs too). Today src/
  // calls none that Chromium 78 lacks, so `polyfills` is empty; an ES API core-js provides (the build
  // adds it by usage, babel-plugin-polyfill-corejs3) may be listed there once it is needed. The CLI
  // (Node) and tests are not page code.
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/cli/**", "src/**/*.test.ts", "src/**/*.test.tsx"],
    plugins: { compat },
    settings: { browsers: PAGE_TARGETS.browsers, lintAllEsApis: true, polyfills: [] },
    rules: { "compat/compat": "error" },
  },

  // React components.
  {
    files: ["**/*.tsx"],
    ...react.configs.flat.recommended,
    settings: { react: { version: "detect" } },
  },
  { files: ["**/*.tsx"], ...react.configs.flat["jsx-runtime"] },

  // The pure core: no UI, host, file-library or Node imports (see docs: proposed layout).
  {
    files: ["src/core/**/*.ts", "src/core/**/*.tsx"],
    // Tests beside core code may read fixtures and docs from disk; the code under test may not.
    ignores: ["src/core/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: CORE_FORBIDDEN_PATHS, patterns: CORE_FORBIDDEN_PATTERNS }],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "src/core must not touch Office.js; use src/adapters." },
        { name: "Excel", message: "src/core must not touch Office.js; use src/adapters." },
        { name: "Word", message: "src/core must not touch Office.js; use src/adapters." },
      ],
    },
  },
]);
