/** Types of scripts/page-targets.js (the 网页版's browser targets and single-file name). */
declare const PAGE_TARGETS: {
  browsers: string[];
  esbuild: string;
  ecmaVersion: number;
  bootEcmaVersion: number;
  singleFileName: string;
};
export = PAGE_TARGETS;
