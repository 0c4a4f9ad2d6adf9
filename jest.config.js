/** Unit and integration tests: Node only (no Debian packages). E2E tests live in test/e2e and run via `npm run test:e2e`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: {
    "^.+\\.(t|j)sx?$": ["ts-jest", { tsconfig: { allowJs: true, jsx: "react-jsx", esModuleInterop: true, target: "ES2020", module: "commonjs", isolatedModules: true }, diagnostics: false }],
  },
  transformIgnorePatterns: ["^(?!.*/node_modules/(uuid|strip-bom)/).*/node_modules/"],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // Workbook round trips (write, read, check, summarise) take 1–3 s on an idle 2-core machine and over 5 s (jest's
  // default) when the machine is busy: a slow machine is no failure. Speed is measured by `npm run bench`.
  testTimeout: 20000,
};
