/**
 * The add-in version, from package.json via webpack's DefinePlugin (`__APP_VERSION__`).
 * @module
 */

declare const __APP_VERSION__: string | undefined;

/** package.json "version" (e.g. "0.1.0"); "dev" when the code runs unbundled (jest). */
export const APP_VERSION: string = typeof __APP_VERSION__ === "string" ? __APP_VERSION__ : "dev";
