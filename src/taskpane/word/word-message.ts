/**
 * Findings as the Word pane shows them.
 * @module
 */
import { ACTIONS } from "../../core/validate/rules";

/**
 * A finding's message as the Word pane shows it: the actions it names by their button (“规范数据”, “生成或修复标准表”)
 * are not in Word, so the message says where they are (new-user tests 15 D16, 16 D9), as the CLI adds its command. Written
 * `Excel台账助手`, without spaces, as the core's messages write Excel (`在Excel中拖动表格右下角`; new-user test 31, D13).
 * @example wordMessage("可用“规范数据”改正。") // "可用Excel台账助手或网页版中的“规范数据”改正。"
 */
export function wordMessage(message: string): string {
  return [ACTIONS.fix, ACTIONS.repair].reduce((m, action) => m.replace(`“${action}”`, `Excel台账助手或网页版中的“${action}”`), message);
}
