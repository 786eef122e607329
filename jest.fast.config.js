// npm run test:fast, the inner loop: the tests of src/ without the suites that take longest.
// npm test runs them all (CI too). Left out, with the time each took in one full run (seconds):
//  - __tests__/e2e/: they spawn dist/, which the inner loop does not rebuild, so they would check
//    the last bundle rather than the code being edited (sarif-multitool 34, action 26,
//    action-api-failures 22, action-drift 17, action-sticky 13, action-from-report 12, the other
//    eight 20 together);
//  - dist.test.ts (66): it builds the bundle;
//  - the generated-input suites of hardening/: properties (16), scale (16), yaml-input (14).
// The oracle's comparison with the engine stays, on a tenth of its plans (ORACLE_RUNS).
import base from './jest.config.js';

process.env.ORACLE_RUNS ??= '1000';

/** @type {import('jest').Config} */
export default {
  ...base,
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/__tests__/e2e/',
    '<rootDir>/__tests__/dist\\.test\\.ts$',
    '<rootDir>/__tests__/hardening/(properties|scale|yaml-input)\\.test\\.ts$',
  ],
};
