/**
 * The add-in version, from package.json via webpack's DefinePlugin (`__APP_VERSION__`).
 * @module
 */

declare const __APP_VERSION__: string | undefined;

/** package.json "version" (e.g. "0.1.0"); "dev" when the code runs unbundled (jest). */
export const APP_VERSION: string = typeof __APP_VERSION__ === "string" ? __APP_VERSION__ : "dev";

declare const __APP_LOGO_URL__: string | undefined;

/**
 * The pane's logo: `assets/logo-filled.png` beside the page, or — in the single-file 网页版
 * (issue #14), which must not load any file — the same image as a data: URL (`__APP_LOGO_URL__`).
 */
export const APP_LOGO_URL: string = typeof __APP_LOGO_URL__ === "string" ? __APP_LOGO_URL__ : "assets/logo-filled.png";
