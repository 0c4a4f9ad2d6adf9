/**
 * Output writing for the commands: see ../files.ts.
 * @module
 */
export { writeOutput, checkOutput } from "../files";
