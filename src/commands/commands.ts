/**
 * Ribbon commands (the manifest's FunctionFile, commands.html).
 *
 * The only ribbon button, 打开台账助手, is a ShowTaskpane action and needs no code. Buttons with
 * an ExecuteFunction action are registered here with `Office.actions.associate(id, handler)`
 * inside `Office.onReady`; each handler must call `event.completed()`.
 * @module
 */

/** Resolves when Office has initialised this page; immediately when office.js is absent. */
export function initCommands(): Promise<void> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve();
  return Office.onReady().then(() => undefined);
}

void initCommands();
