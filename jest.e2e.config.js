/** E2E tests (test/e2e): need Debian packages (LibreOffice, poppler, Noto CJK); run via `npx jest -c jest.e2e.config.js`. */
const base = require("./jest.config.js");

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 120000,
  transform: base.transform,
  transformIgnorePatterns: base.transformIgnorePatterns,
  moduleFileExtensions: base.moduleFileExtensions,
};
