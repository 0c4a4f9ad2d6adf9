/**
 * Stable rule ids, their severity and their Chinese wording (spec "Findings"). Wording lives
 * here and nowhere else; checks pass parameters. docs/rules.md lists the same ids.
 * @module
 */
import type { Severity } from "./finding";

/** Parameters a message may use. */
export interface RuleParams {
  /** Header or 项目 text of the field. */
  readonly field?: string;
  /** What the user typed, as text. */
  readonly typed?: string;
  /** What the value was read as (`552`, `2023年6月5日`). */
  readonly read?: string;
  readonly detail?: string;
  readonly limit?: string;
  readonly list?: string;
  /** What the summary prints instead of the typed value. */
  readonly printed?: string;
  /** A person named in free text (`赵大爷`, `志愿者张建国`): value.personal (new-user test 34, D21). */
  readonly who?: string;
  /** What 规范数据 turns text into: `日期` for a date column, else a number (new-user test 31, D13). */
  readonly target?: "日期" | "数值";
}

interface RuleDef {
  readonly severity: Severity;
  /** One line for docs/rules.md. */
  readonly summary: string;
  readonly message: (p: RuleParams) => string;
  /**
   * A warning that a figure is doubtful (digits typed twice, a wrong unit, more than the place holds): a roll-up lists
   * these per unit, since the figure goes into the combined totals unseen (new-user test 64, D7: 石桥村's 公益广告 1300块).
   */
  readonly doubtful?: true;
}

const q = (s: string | undefined): string => `“${s ?? ""}”`;

/**
 * The two actions findings point to, by the names of the pane's and the page's buttons. A core
 * message names no command line: the CLI adds its own commands where a message names an action
 * (src/cli/format.ts; new-user test 2, D2; issue #12 §1).
 */
export const ACTIONS = { repair: "生成或修复标准表", fix: "规范数据" } as const;
const REPAIR = `“${ACTIONS.repair}”`;
const FIX = `“${ACTIONS.fix}”`;

/**
 * What `table.rows-outside` asks of a user with the workbook open in Excel: drag the table's corner, or let
 * 生成或修复标准表 extend it (the CLI adds `upgrade`). The 网页版 shows no sheet to drag and says its own steps in
 * place of this text (taskpane/page-message.ts; new-user test 30, D12).
 */
export const TABLE_EXTEND_ADVICE = `请把表格范围扩展到这些行：在Excel中拖动表格右下角，或用${REPAIR}`;

/** Every rule, by id. */
export const rules = {
  "sheet.missing": {
    severity: "error",
    summary: "A standard sheet is missing (deleted, or renamed beyond recognition).",
    message: (p) => `缺少工作表${q(p.field)}。${p.detail ?? `请把改名的工作表改回原名，或用${REPAIR}补上。`}`,
  },
  "sheet.renamed": {
    severity: "error",
    summary: "A standard sheet is missing under its own name, and another sheet holds its table or headers (renamed).",
    // In a workbook that is no standard ledger (detail `hand-made`), the sheet is the office's own table: 导入, not a rename
    // (new-user test 10, D12: following the rename advice made a broken 活动台账 of a sheet with a 合计 and a 填表人 line).
    message: (p) =>
      p.detail === "hand-made"
        ? `缺少工作表${q(p.field)}；工作表${q(p.typed)}的表头与它相近，但本工作簿不是标准台账：如是本单位自己做的表格，请用“导入已有台账”把其中的数据导入标准台账（标题、合计行和填表人等会被识别），不要直接改名。`
        : `缺少工作表${q(p.field)}；工作表${q(p.typed)}的表头与它相符，可能被改了名。请把${q(p.typed)}改回${q(p.field)}，或用${REPAIR}自动改回。`,
  },
  "sheet.renamed-read": {
    severity: "warning",
    summary: "A standard ledger is missing under its own name, and another sheet holds its table or all its required headers, unambiguously: that sheet is read as the ledger (its findings under the ledger's name).",
    message: (p) =>
      `缺少工作表${q(p.field)}；工作表${q(p.typed)}的表头与它相符，已当作${q(p.field)}读取，其数据会写入总结（各提示中的${q(p.field)}即指${q(p.typed)}）。请把${q(p.typed)}改回${q(p.field)}，或用${REPAIR}自动改回。`,
  },
  "sheet.generated-missing": {
    severity: "warning",
    summary: "A generated sheet (填报说明, 指标汇总) is missing; it is re-created by repair.",
    message: (p) => `缺少自动生成的工作表${q(p.field)}，不影响校验和总结；可用${REPAIR}恢复。`,
  },
  "sheet.headers-not-found": {
    severity: "error",
    summary: "No header row with the standard headers was found on the sheet.",
    message: (p) => `工作表${q(p.field)}中找不到标准表头（应有：${p.list ?? ""}）。请把表头行恢复为这些标准表头（可从新生成的空白标准台账中复制），不要删除或改写。`,
  },
  "table.missing": {
    severity: "warning",
    summary: "The headers were found but are not an Excel table (ListObject) of the standard name.",
    message: (p) => `表头已找到，但不是名为${q(p.field)}的Excel表格（可能被“转换为区域”）。数据照常读取；${REPAIR}会重新建立表格。`,
  },
  "table.rows-outside": {
    severity: "warning",
    summary: "Data typed below the end of the table; it is read, but Excel formulas and validation do not cover it.",
    message: (p) => `第${p.detail ?? ""}行的数据在表格范围之外，已照常读取；${TABLE_EXTEND_ADVICE}，以便下拉列表和公式生效。`,
  },
  "column.missing": {
    severity: "error",
    summary: "A required column's header is missing or renamed.",
    message: (p) => `缺少必填列${q(p.field)}${p.detail ? `（表头中有未识别的列：${p.detail}，是否改了名？）` : ""}。请把表头改回${q(p.field)}，或用${REPAIR}补上该列。`,
  },
  "column.missing-optional": {
    severity: "warning",
    summary: "An optional column's header is missing or renamed.",
    message: (p) => `缺少列${q(p.field)}${p.detail ? `（表头中有未识别的列：${p.detail}，是否改了名？）` : ""}，该列数据不会写入总结。可把表头改回原名，或用${REPAIR}补上。`,
  },
  "column.missing-newer": {
    severity: "warning",
    summary: "Optional columns a later version of the standard added (频次, v1.1; 来源, 落实情况, v1.2) are missing: the workbook was made with an earlier version; one finding per sheet, repair adds them.",
    message: (p) =>
      `本表没有${p.detail ? `${p.detail} ` : "新版标准台账"}新增的可选列${p.list ?? ""}（台账按较早版本的标准制作）；现有数据照常校验并写入总结。可用${REPAIR}补上新列，原有内容不动。`,
  },
  "column.header-variant": {
    severity: "warning",
    summary: "A standard header with a unit or note added (注册人数（人）), or a synonym the catalog knows (活动时间 for 日期); the column is read as that header.",
    message: (p) =>
      String(p.typed ?? "").replace(/\s+/gu, "").replace(/[（(][^（()）]*[)）]$/u, "") === p.field
        ? `表头${q(p.typed)}已按标准表头${q(p.field)}读取。请把表头改为${q(p.field)}（${p.detail ? `单位请填在${q(p.detail)}一列` : "单位已在标准中规定"}），以便其他工具和汇总识别。`
        : `表头${q(p.typed)}已按标准表头${q(p.field)}读取。请把表头改为${q(p.field)}，或用${REPAIR}改回（数据不动），以便其他工具和汇总识别。`,
  },
  "column.duplicate": {
    severity: "warning",
    summary: "The same standard header appears twice; the first one is read.",
    message: (p) => `表头${q(p.field)}出现了两次，只读取第一列（${p.detail ?? ""}）。请删除或改名重复的列。`,
  },
  "column.extra": {
    severity: "warning",
    summary: "Columns added by the user inside or next to a table: kept, but neither checked nor summarised.",
    message: (p) => `表头${p.detail ?? ""}不是标准列：这些列会保留，但不校验、不写入总结。如果是改了名的标准列，请改回原名。`,
  },
  "cell.merged": {
    severity: "warning",
    summary: "Merged cells inside a table: only the top-left cell keeps a value; repair unmerges them.",
    message: (p) => `${p.detail ?? ""}是合并单元格，只有左上角一格的内容有效，其余格按空白读取。请取消合并，每格各填一个值（${REPAIR}会取消表格内的合并）。`,
  },
  "row.hidden": {
    severity: "warning",
    summary: "Hidden data rows: they are checked and summarised like the others.",
    message: (p) => `第${p.detail ?? ""}行被隐藏，其中的数据照常校验并写入总结。请取消隐藏（选中上下两行→右键→取消隐藏）核对这些行。`,
  },
  "value.huge-text": {
    severity: "warning",
    summary: "A cell of a user-added column holds more than Excel's 32,767 characters.",
    message: (p) => `此格有${p.detail ?? ""}个字，超过Excel单元格上限32767字，Excel打开时会截断。请把内容拆分到多格或另存文档。`,
  },
  "profile.item-missing": {
    severity: "error",
    summary: "A required 项目 row of 基本信息 is missing.",
    message: (p) => `基本信息中缺少项目${q(p.field)}这一行。请在“项目”列补上${q(p.field)}并在“内容”列填写。`,
  },
  "profile.item-variant": {
    severity: "warning",
    summary: "A 基本信息 项目 typed as one of the item's catalog synonyms (单位全称 for 单位名称): read as that item (new-user test 31, D28).",
    message: (p) => `项目${q(p.typed)}已按${q(p.field)}读取。请把它改为${q(p.field)}，以便其他工具和汇总识别。`,
  },
  "value.required": {
    severity: "error",
    summary: "A required value is blank.",
    message: (p) => `${q(p.field)}必须填写。`,
  },
  "value.excel-error": {
    severity: "error",
    summary: "The cell holds an Excel error value (#DIV/0!, #REF! …).",
    message: (p) => `${q(p.field)}是Excel错误值${p.typed ?? ""}，请改正公式或直接填写数值。`,
  },
  "value.not-number": {
    severity: "error",
    summary: "A number column holds text that cannot be read as a number.",
    message: (p) => `${q(p.field)}应填数字，${q(p.typed)}无法识别为数字。`,
  },
  "value.not-integer": {
    severity: "error",
    summary: "A whole-number column holds a fraction.",
    message: (p) => `${q(p.field)}应为整数，不能是${p.read ?? p.typed ?? ""}。`,
  },
  "value.out-of-range": {
    severity: "error",
    summary: "A number is below its minimum (negative counts) or above its maximum.",
    message: (p) => `${q(p.field)}${p.detail ?? "超出允许范围"}，现为${p.read ?? p.typed ?? ""}。`,
  },
  "value.enum": {
    severity: "error",
    summary: "A value is not one of the column's listed values.",
    message: (p) => `${q(p.field)}不能填${q(p.typed)}，请从下拉列表中选择：${p.list ?? ""}。${p.detail ? `${p.detail}。` : ""}`,
  },
  "value.personal": {
    severity: "warning",
    summary: "A phone or ID card number (or 联系人…) typed into a column the summary prints; the summary leaves that part out. A phone, ID card or other personal number in a 备注 (the ledger is handed in). A private person named in an 活动名称, which is printed as typed: the user decides.",
    // `typed`: an 活动名称 the summary prints as typed, the name in it (`who`) too (new-user test 36, D11).
    // `list`: the numbers typed in a 备注 (`手机号码、身份证号`), which the summary never prints but the ledger is handed in
    // with (new-user test 38, D27).
    message: (p) => p.list !== undefined
      ? `${q(p.field)}中有${p.list}，总结不会写出；台账报送时请注意保护个人信息，如无必要请删去。`
      // `read`: the honour title a holder's name was typed after (`好婆婆王秀英`: new-user test 57, D21).
      : p.read !== undefined
      ? `${q(p.field)}中有个人姓名${q(p.who)}，总结只写荣誉名称${q(p.read)}，不写姓名（勾选“在总结中写入姓名”时作为姓名写出）；${p.detail ?? ""}。`
      : p.typed !== undefined
      ? `${q(p.field)}中似有个人姓名${q(p.who)}，总结写到这项活动时会照原样写出；如不宜公开，请改写${p.printed ? `（如${q(p.printed)}）` : ""}。`
      : `${q(p.field)}中有${p.who ? `个人姓名或称呼${q(p.who)}` : "电话号码、身份证号或联系人"}，总结不会写出这一部分；${p.detail ?? "个人信息请不要填在这一列"}。`,
  },
  "value.too-long": {
    severity: "error",
    summary: "Text longer than the column allows.",
    message: (p) => `${q(p.field)}最多${p.limit ?? ""}个字，现有${p.detail ?? ""}个字，请精简。`,
  },
  "value.not-date": {
    severity: "error",
    summary: "A date column holds something that is not a date.",
    message: (p) => (p.detail ? `${q(p.field)}${q(p.typed)}${p.detail}。` : `${q(p.field)}应为日期（如2023年6月5日），${q(p.typed)}无法识别为日期。`),
  },
  "value.month-only": {
    severity: "warning",
    summary: "A date column that accepts a month (catalog monthOnly: every ledger's date column, new-user test 54, D16) holds a year and month alone; read as that month (ordered as its first day), no day invented: an activity is told as `10月` (new-user test 46, D20; new-user test 49, D16).",
    message: (p) => `${q(p.field)}只填了年月${q(p.typed)}，已按${p.read ?? ""}处理（不补具体日期）。`,
  },
  "value.date-range": {
    severity: "error",
    summary: "A date outside 1990-01-01..2100-12-31.",
    message: (p) => `${q(p.field)}的日期${p.read ?? ""}不在1990年至2100年之间，请检查。`,
  },
  "value.as-text": {
    severity: "warning",
    summary: "A number or date stored as text; it is read with the stated meaning (规范数据 / fix converts it: to a date in a date column, `target` 日期, else to a number).",
    message: (p) => `${q(p.field)}是文本${q(p.typed)}，已读作${p.read ?? ""}${p.detail ?? ""}。可用${FIX}转换为${p.target ?? "数值"}。`,
  },
  "value.unit-mismatch": {
    severity: "warning",
    summary: "A number typed with a unit that is not its column's nor its row's 单位 (80人次 beside 单位 人, 80元 in 注册人数); read as the number, left as typed by 规范数据.",
    message: (p) => `${q(p.field)}是文本${q(p.typed)}，已读作${p.read ?? ""}；${p.detail ?? ""}。“${ACTIONS.fix}”不会改动这一格，请核对后手工改正。`,
  },
  "value.approximate": {
    severity: "warning",
    summary: "An approximate figure (552多, 约14800, 近100); it is kept approximate in the summary.",
    message: (p) => `${q(p.field)}是约数${q(p.typed)}，已读作${p.read ?? ""}${p.detail ?? ""}。如知道准确数字，请填写准确数字。`,
  },
  "value.approx-tag-stale": {
    severity: "warning",
    summary: "A 〔约数〕 tag in 备注 whose recorded figure (百余 = 100) is no longer the cell's (128 typed after 规范数据): the cell is read as the exact figure it is; 规范数据 removes the tag.",
    message: (p) => `${q(p.field)}已改为准确数字${p.read ?? ""}，备注${p.detail ?? ""}中的约数标记${q(p.typed)}已不适用，总结按准确数字写；可用${FIX}删除这一标记。`,
  },
  "value.percent-misplaced": {
    severity: "error",
    summary: "A percentage typed where a count is expected (percentages only in 其他指标 rows with 单位 %).",
    message: (p) => `${q(p.field)}填的是百分数${q(p.typed)}。百分数只能填在“其他指标”中单位为%的行；此处请填写数量。`,
  },
  "value.formula-typed": {
    severity: "warning",
    summary: "A formula typed into a ledger input cell; its last calculated result is read.",
    message: (p) => `${q(p.field)}中是公式“=${p.typed ?? ""}”，只读取其计算结果${p.read ? `（${p.read}）` : "（文件中没有计算结果，按空白读取）"}。台账请直接填写数值，以免引用的单元格变动后数字跟着改变。`,
  },
  "value.formula-overwritten": {
    severity: "warning",
    summary: "A typed-over formula column (整改率); the value is recomputed anyway.",
    message: (p) => `${q(p.field)}由公式自动计算，此处手工填写的${q(p.typed)}不会被采用（按已整改数÷发现数重新计算）。请清空该格，再用${REPAIR}恢复公式（它只在空格中写入公式，不覆盖填写的内容）。`,
  },
  "profile.phone-chars": {
    severity: "warning",
    summary: "A phone number with characters other than digits, spaces, + and -.",
    message: (p) => `${q(p.field)}只应包含数字、空格、+和-，${q(p.typed)}中有其他字符。`,
  },
  "profile.date-order": {
    severity: "error",
    summary: "起始日期 is after 截止日期 (reported at 截止日期). The summary takes the period 报告年度 and 报告期 name; a 专项 (`field`) names none, so its text tells no days (new-user test 43, D18).",
    message: (p) => `截止日期${p.read ?? ""}早于起始日期${p.detail ?? ""}，请检查报告期的起止日期${p.field === "专项" ? "；专项的起止日期改正前，总结不写起止日期" : ""}。`,
  },
  "profile.households-not-territorial": {
    severity: "warning",
    summary: "户数 typed by a unit that has no 辖区 of residents (群团组织, 学校, 企事业单位): the summary leaves it out (new-user test 31, D25).",
    message: (p) => `${p.field ?? ""}一般不填“户数”，总结不写这一项。`,
  },
  "profile.population-not-territorial": {
    severity: "warning",
    summary: "常住人口 typed beside 户数 by a unit without a 辖区: an area's figure, not the unit's own people; neither said nor used for a 注册率 (new-user test 31, D25).",
    message: (p) => `${p.field ?? ""}填了户数，这里的“常住人口”应是辖区人口而不是本单位${p.detail ?? ""}人数，总结不写这一项，也不据此计算志愿者注册率；如是本单位${p.detail ?? ""}人数，请删去户数。`,
  },
  "profile.members-over-population": {
    severity: "warning",
    doubtful: true,
    summary: "志愿服务's 注册人数 add up to more than 常住人口: one of them is wrong; the summary prints no 注册率.",
    message: (p) => `志愿服务各队注册人数合计${p.detail ?? ""}人，多于常住人口${p.read ?? ""}人，其中必有一个数字有误；总结中不写志愿者注册率。请核对。`,
  },
  "profile.members-most-of-population": {
    severity: "warning",
    summary: "志愿服务's 注册人数 add up to half the 常住人口 or more (not above it: profile.members-over-population): a rate few places reach, likely a typo in one of the two (`1.2万` volunteers of `约1.2万` residents; new-user test 42, D18). Said at the 常住人口 cell; the summary prints the rate as computed.",
    message: (p) => `志愿服务各队注册人数合计${p.detail ?? ""}人，占常住人口${p.read ?? ""}人的${p.limit ?? ""}，志愿者注册率偏高，可能有一个数字填错，请核对。`,
  },
  "profile.households-over-population": {
    severity: "warning",
    summary: "户数 above 常住人口: every household has a resident, so one figure is wrong; the summary prints both as typed (new-user test 38, D26).",
    message: (p) => `户数${p.read ?? ""}户多于常住人口${p.detail ?? ""}人，每户至少有1人，其中必有一个数字有误；总结会照此写出，请核对。`,
  },
  "figure.repeats-ledger": {
    severity: "warning",
    summary: "A 其他指标 row that repeats a 志愿服务 total (`注册志愿者服务时长`, `志愿者人数`: catalog LEDGER_FIGURE_NAMES) with another value than the ledger's sum: two figures for one thing. The summary tells the ledger's and not the row (new-user test 28, D2). Said at the row's 数值. Registered volunteers above the teams' sum are the unit's total, told with the teams (review run 33, AW 材料10 item 4): no finding.",
    message: (p) => `“${p.field ?? ""}”${p.read ?? ""}与志愿服务台账的${p.list ?? ""}合计${p.detail ?? ""}不一致，总结只写台账的${p.detail ?? ""}，不写这一行；请核对后改正台账或删去这一行。`,
  },
  "figure.restates-row": {
    severity: "warning",
    summary: "A 其他指标 row that states another sheet's row again: the same thing and the same figure (`受理客户投诉` 12件 beside a 问题整改 其他 row of 投诉 12件; `发放安全用电宣传资料` 2000份 beside 宣传投放 `安全用电明白纸` 2000份; `新建职工书屋` 8家 beside 组织保障 `职工书屋建设` 8个). The summary tells the fact once, by the other row (new-user test 51, D3). Said at the row's 数值, naming the other cell.",
    message: (p) => `“${p.field ?? ""}”${p.read ?? ""}与${p.detail ?? ""}记的是同一件事，总结只按${p.detail ?? ""}写一次；如确是两件事，请在本行备注中写明区别。`,
  },
  "rect.leads-twice": {
    severity: "warning",
    summary: "A 问题整改 其他 row whose 备注 names leads (`公益诉讼线索`), told as leads handled (`办理公益诉讼线索8件，均已办结`, never as problems 整改到位), beside a 其他指标 row of the same leads (`摸排公益诉讼线索` 15条) with another figure: two figures of one thing (new-user test 57, D12). Said at the 备注, naming the other row; with more leads surveyed in 环境整治, the summary's `摸排公益诉讼线索15条，办理8条` (review run 30, reviewer AT).",
    message: (p) => `问题整改记“${p.field ?? ""}”${p.read ?? ""}，${p.detail ?? ""}记的也是${p.field ?? ""}，两个数字不同。线索不是待整改的问题，总结写作“${p.list ?? `办理${p.field ?? ""}${p.read ?? ""}`}”；请核对两处是否为同一批线索，如是，请只在其他指标中填写（如“办结${p.field ?? ""}”一行）并删去本行。`,
  },
  "figure.new-over-registered": {
    severity: "warning",
    doubtful: true,
    summary: "A 其他指标 count of volunteers newly registered (`新增注册志愿者`: catalog NEW_VOLUNTEERS_NAME, in 人/名 or 万人/万名) above the 志愿服务 ledger's 注册人数 total: the new ones are part of the registered, never more (new-user test 37, D18). Said at the row's 数值 with both figures; the summary prints both as typed.",
    message: (p) => `“${p.field ?? ""}”${p.read ?? ""}，多于志愿服务台账的注册人数合计${p.detail ?? ""}，请核对。`,
  },
  "profile.special-dates": {
    severity: "warning",
    summary: "报告期 专项 without 起始日期 or 截止日期 (new-user test 30, D18): the summary tells no days, never the whole year — `2025年春运期间` by its 专项名称 (`detail`, facts specialWhenOf), else no time at all (new-user test 58, D2). Said at 报告期.",
    message: (p) => `报告期为“专项”，还要填写${p.list ?? ""}；未填写时总结${p.detail ? `只写“${p.detail}”，` : ""}不写起止日期。请在基本信息中补填专项行动的起止日期。`,
  },
  "profile.month-start": {
    severity: "error",
    summary: "报告期 月度 without 起始日期: the month of a 月报 is 起始日期's (new-user test 36, D16); without it the title cannot name the month. Said at 报告期; `detail` an example date.",
    message: (p) => `报告期为“月度”，还要在“起始日期”填写该月1日（如${p.detail ?? ""}）；总结按这一月写出标题和日期。请在基本信息中补填起始日期。`,
  },
  "profile.month-span": {
    severity: "error",
    summary: "报告期 月度 whose 起始日期/截止日期 are not one calendar month of 报告年度 (new-user test 36, D16). Said at the cell that breaks it; `read` the dates as typed, `detail` the month 起始日期 names.",
    message: (p) => `报告期为“月度”，起止日期应是${p.detail ?? "同一个月"}的第一天和最后一天（截止日期可不填），现在是${p.read ?? ""}；请改正起止日期，或把报告期改为“专项”。`,
  },
  "profile.special-month": {
    severity: "warning",
    summary: "报告期 专项 without a 专项名称 whose 起始日期/截止日期 are exactly one calendar month: a 月报, which 月度 titles by its month and can step to the next month (new-user test 36, D16; a named one is its campaign: test 63, D15). Said at 报告期.",
    message: (p) => `起止日期（${p.read ?? ""}）正是${p.detail ?? ""}整月：月报的报告期可选“月度”，总结标题写作“${p.detail ?? ""}创建文明城市工作总结”，开始下一期时自动推到下一个月。`,
  },
  "profile.special-name-missing": {
    severity: "warning",
    summary: "报告期 专项 with 专项名称 blank: the title says only `创建文明城市专项工作总结`, not which 专项 (new-user test 39, D25). Said at 专项名称; none on a form made before that row (upgrade adds it).",
    message: () => "报告期为“专项”，“专项名称”还没有填写；总结标题只写“创建文明城市专项工作总结”。请在基本信息中填写专项名称（如春运、“文明交通”专项行动），标题会写明是哪一项专项工作。",
  },
  "profile.special-name-unused": {
    severity: "warning",
    summary: "专项名称 (an extension, new-user test 37, D24) filled for a 报告期 other than 专项: only a 专项's title and file name use it. Said at 专项名称; `read` the name, `detail` the 报告期.",
    message: (p) => `专项名称“${p.read ?? ""}”只用于报告期为“专项”的总结标题和文件名，本表报告期为“${p.detail ?? ""}”，总结不会用到它；如是专项工作总结，请把报告期改为“专项”并填写起止日期，否则可清空专项名称。`,
  },
  "profile.type-name": {
    severity: "warning",
    summary: "单位类型 of a place (社区, 村, 街道, 乡镇) for a name that says a school, hospital, company or bank, or of an institution for a name that says a 社区/村 居委会 (new-user test 28, D24): the summary speaks in the type's voice. Said at 单位类型.",
    message: (p) => `单位名称“${p.field ?? ""}”看起来是${p.detail ?? ""}，单位类型却是“${p.read ?? ""}”，总结会按${p.read ?? ""}的口吻写（标题、用语都不同）；请核对单位类型。`,
  },
  "profile.guide-self": {
    severity: "warning",
    summary: "上级指导单位 naming the unit itself (its 单位名称, 单位简称, or the name without its county), most often copied from a sub-unit's ledger (new-user test 63, D2). The summary leaves the guidance out. Said at 上级指导单位.",
    message: (p) => `上级指导单位“${p.read ?? ""}”就是本单位自己，总结不写“在……的指导下”；请填写指导本单位创建工作的上级单位（如县文明办），没有可留空。`,
  },
  "profile.population-zero": {
    severity: "warning",
    summary: "常住人口 typed as 0: no unit has no residents; the summary then tells no population and no 注册率 (new-user test 27, D17).",
    message: () => "常住人口填的是0，总结不写常住人口，也不计算志愿者注册率；请填写实际人数，不清楚可留空。",
  },
  "volunteer.members-implausible": {
    severity: "warning",
    doubtful: true,
    summary: "Without a 常住人口, 志愿服务's 注册人数 adding up to more than the most people a unit of its 单位类型 gathers (catalog activityTurnoutCeiling: 村 50,000, 社区 100,000 …) or, for a 企事业单位, more than its staff register (catalog staffVolunteerCeiling: 10,000; new-user test 33, D21, detail `staff`): likely digits typed twice. Said at the largest 注册人数; the summary prints the figure (new-user test 27, D17).",
    message: (p) => {
      const limit = Number(p.limit) >= 10000 ? `${Number(p.limit) / 10000}万` : p.limit ?? "";
      // A company's own staff (new-user test 33, D21): not more than it may have, more than it registers.
      return p.detail === "staff"
        ? `志愿服务各队注册人数合计${p.read ?? ""}人，一个${p.field ?? "单位"}的注册志愿者很少超过${limit}人，请核对是否多输了数字；总结会照此写出。`
        : `志愿服务各队注册人数合计${p.read ?? ""}人，超过一个${p.field ?? "单位"}可能有的人数（${limit}），请核对是否多输了数字；总结会照此写出。`;
    },
  },
  "profile.period-mismatch": {
    severity: "error",
    summary: "起始日期 or 截止日期 lies outside the period that 报告年度 and 报告期 name: the title would name one period over another period's work (a 上半年 summary telling a July activity, new-user test 31, D17), so the summary waits until they agree. `field` is the period as the title writes it (2025年上半年), `list` what the data says (数据却到9月30日).",
    message: (p) => `日期${p.read ?? ""}不在${p.detail ?? "报告期"}内：总结标题写“${p.field ?? "报告期"}”，${p.list ?? "起止日期却不同"}；请改正报告年度、报告期或起止日期，三者一致后才能生成总结。`,
  },
  "text.plans-missing": {
    severity: "warning",
    summary: "A unit's summary would lack 下一步工作打算 (no 下一步打算 row) or 存在的不足 (no 存在不足 row and no problem left open in 问题整改), which a 文明办 asks every 工作总结 for; `detail` names the parts (empty, empty-plans, both, shortcomings; none: 下一步打算 only). Told whenever a ledger holds rows (new-user tests 10 D3, 32 D34, 33 D13). A part typed as nothing (无, 暂无, —) is as missing and said at its cell: `list` names such kinds, `typed` what was typed, `field` all when every lacking part was (new-user test 37, D25).",
    message: (p) => {
      const [lacking, kinds] =
        p.detail === "empty" || p.detail === "both"
          ? ["“存在的不足”和“下一步工作打算”部分", "“存在不足”“下一步打算”"]
          : p.detail === "shortcomings"
            ? ["“存在的不足”部分", "“存在不足”"]
            : ["“下一步工作打算”部分", "“下一步打算”"];
      const said =
        p.detail === "empty" || p.detail === "empty-plans"
          ? "文字材料还没有填写"
          : p.detail === "both"
            ? "文字材料中还没有“存在不足”和“下一步打算”"
            : p.detail === "shortcomings"
              ? "文字材料中还没有“存在不足”，问题整改台账中也没有未整改到位的问题"
              : "文字材料中还没有“下一步打算”";
      if (p.list) {
        const typed = `“${p.typed ?? "无"}”`;
        const other = ["存在不足", "下一步打算"].find((k) => kinds.includes(k) && !p.list?.includes(k));
        const fill = p.field === "all" || !other ? `请把${typed}改为具体内容` : `请把${typed}改为具体内容，并在文字材料中加上“${other}”`;
        return `文字材料中${p.list}只填了${typed}，总结将没有${lacking}。文明办通常要求写明，${fill}。`;
      }
      return `${said}，总结将没有${lacking}。文明办通常要求写明，请在文字材料中加上，类型选${kinds}。`;
    },
  },
  "text.approach-unused": {
    severity: "warning",
    summary: "工作思路 is filled while 文字材料 has a 导语: the summary opens with the 导语, and the 工作思路 is not written.",
    message: () => "文字材料中已有“导语”，总结开头用导语，这里的“工作思路”不会写入总结；如要写入，请把它写进导语，或删去导语。",
  },
  "text.plan-past-deadline": {
    severity: "warning",
    summary: "A 下一步打算 whose deadline (`6月底前`, `6月15日前`) is on or before the period's last day or the 成文日期: already past when the summary is read. The summary keeps the plan without the deadline (facts/remark pastDeadlines); said at the 内容 cell (new-user test 53, D3).",
    message: (p) => `下一步打算中的期限${q(p.read)}不晚于${p.limit ?? "本期截止日期"}（${p.detail ?? ""}），已经过去，总结不写这个期限；请改为下一期的期限，或把已完成的工作写进工作亮点。`,
  },
  "rollup.name-from-file": {
    severity: "warning",
    summary: "A roll-up's unit whose 单位名称 was blank, named from its file (汇总 sheet 状态 `单位名称按文件名…记为“…”，待核对`): said at its 填报单位 cell of the 汇总 sheet until that cell is changed or 待核对 deleted (new-user test 31, D5).",
    message: (p) => `单位名称“${p.read ?? ""}”取自文件名${p.detail ?? ""}，请核对后改为正式名称（汇总表和各台账的“填报单位”一并改）；名称无误时删去“状态”中的“待核对”。`,
  },
  "rollup.units-left-out": {
    severity: "warning",
    summary: "A roll-up whose 汇总 sheet lists units left out (状态 未汇总): the combined summary counts only the units included.",
    message: (p) => `汇总表中有${p.detail ?? ""}个单位未汇总（${p.list ?? ""}），总结只写已汇总的单位，单位个数也只算它们；如应一并汇总，请改正后重新汇总。`,
  },
  "rollup.own-plans-missing": {
    severity: "warning",
    summary: "A roll-up (汇总) workbook whose combining unit has no 下一步打算 row of its own (填报单位 blank) in 文字材料: the combined summary, whose 下一步工作打算 takes only the combining unit's own (the units' 工作亮点 and 存在不足 are told, new-user test 60, D11), would have none.",
    message: (p) =>
      `汇总总结的“下一步工作打算”只写汇总单位自己的下一步打算（文字材料中“填报单位”留空的行），其中还没有，总结将没有这一部分。请在文字材料中加上本单位的下一步打算，“填报单位”留空${Number(p.detail) ? `（各单位填报的${p.detail}条下一步打算可作参考，它们不写入汇总总结）` : ""}。`,
  },
  "row.total": {
    severity: "error",
    summary: "A 合计/总计/小计 row typed into a ledger; its figures would be counted twice.",
    message: (p) => `第${p.detail ?? ""}行是${q(p.typed)}行。合计由台账助手自动计算（见“指标汇总”），请删除这一行，否则数字会被重复计算。`,
  },
  "row.duplicate": {
    severity: "warning",
    summary: "A ledger row whose every standard cell equals an earlier row's (typed or pasted twice); both are counted — a 文字材料 point typed twice is said once (new-user test 29, D15).",
    message: (p) =>
      p.list === "once"
        ? `第${p.detail ?? ""}行与第${p.read ?? ""}行内容完全相同，可能重复录入；总结只写一次。请删除重复的一行。`
        : `第${p.detail ?? ""}行与第${p.read ?? ""}行内容完全相同，可能重复录入；两行都会计入总结。如确是两件事，请在备注中写明区别，否则请删除重复的一行。`,
  },
  "rect.exceeds-found": {
    severity: "error",
    summary: "已整改数 is greater than 发现数 (reported at 已整改数).",
    message: (p) => `已整改数${p.read ?? ""}大于发现数${p.detail ?? ""}，已整改数不能超过发现数。`,
  },
  "rect.carried-over-previous": {
    severity: "warning",
    summary: "In a workbook started by 开始下一期 (it holds 上期指标), the 上期遗留 rows of 问题整改 found more (in one 单位) than 上期指标 left open (发现问题数 − 已整改数, and 上期遗留问题数 − 上期遗留问题已整改数): a row of this period marked 上期遗留 by mistake makes the summary say `上期遗留问题85处` where the previous one said 7 were open (new-user test 29, D23). Said at the first such row's 发现数, naming the rows.",
    message: (p) =>
      `来源为“上期遗留”的问题（${p.list ?? ""}）发现数合计${p.read ?? ""}，多于上期未整改的${p.limit ?? ""}（上期指标：${p.detail ?? ""}）；总结会写“上期遗留问题${p.read ?? ""}”，与上期总结不符。请核对这些行的“来源”：本期新发现的问题，来源应为“本期发现”或留空。`,
  },
  "rect.deadline-passed": {
    severity: "warning",
    summary: "问题整改: a row not fully rectified (已整改数 below 发现数) whose 整改时限 lies before the report period begins — most often a 上期遗留 row carried by 开始下一期 with last period's date (new-user test 30, D19). Said at 整改时限.",
    message: (p) => `${p.field === "上期遗留" ? "上期遗留问题的" : ""}整改时限${p.read ?? ""}早于本期开始（${p.limit ?? ""}），问题尚未全部整改，已经逾期；请重新确定整改时限。`,
  },
  "rect.implausible-rate": {
    severity: "warning",
    doubtful: true,
    summary: "问题整改: a 发现数 of 1000 or more with less than 1% of it rectified (`1.5万` 宗 of 占道经营 and 3 rectified): a digit or a 万 typed too many is likelier than such a 整改率 (new-user test 38, D1). Said at 发现数, with both figures and the rate.",
    message: (p) => `发现数${p.read ?? ""}、已整改${p.detail ?? ""}，整改率仅${p.limit ?? ""}%，请核对是否多输了数字或单位。`,
  },
  "rect.stated-rate": {
    severity: "warning",
    summary: "A 其他指标 row whose name or 备注 states a rate (`处理患者投诉` 12件, 备注 `办结率100%`) that a 问题整改 row of the same count and measure word (and 填报单位) contradicts (发现12件, 已整改10件). Said at both cells, each naming the other; the summary keeps each ledger's figures (review run 27, 材料2 item 6).",
    message: (p) => `${p.read ?? ""}与问题整改数据不一致：${p.detail ?? ""}（另见${p.limit ?? ""}）。总结照各表的数字写出，请核对后统一。`,
  },
  "rect.approx-exceeds-found": {
    severity: "warning",
    doubtful: true,
    summary: "问题整改: one of 发现数 and 已整改数 approximate, the other its figure, saying more rectified than found — `三十` found and `三十余` rectified (an import's 〔约数〕 tag too), `近30` found and 30 rectified. As rect.exceeds-found for two exact figures, but a 提示: the summary prints the row as typed (new-user test 43, D12). Said at 已整改数; `read` and `detail` as typed when approximate.",
    message: (p) => `已整改数${p.read ?? ""}多于发现数${p.detail ?? ""}，已整改数不能超过发现数；总结照此写出，请核对这两个数。`,
  },
  "rect.approx-found": {
    severity: "warning",
    summary: "发现数 is approximate (百余, 约100) and 已整改数 equals its figure: not known to be all rectified; the summary does not say 均已整改到位 and 开始下一期 names the row instead of dropping it (reported at 已整改数).",
    message: (p) => `发现数${q(p.typed)}是约数，已整改数${p.read ?? ""}不能说明已全部整改，请填写实际发现数。总结不写“均已整改到位”。`,
  },
  "honour.names-count": {
    severity: "warning",
    summary: "先进典型: 姓名 lists fewer or more names than 人数 counts, with no 等 (with names printed, `3人获评……（李梅）` would read as the whole list; the summary adds 等 when fewer).",
    message: (p) => `姓名列了${p.detail ?? ""}人（${p.typed ?? ""}），人数为${p.read ?? ""}：如另有获评人，请补全姓名或在最后加“等”；否则请核对人数。`,
  },
  "honour.nickname": {
    severity: "warning",
    summary: "先进典型: a 姓名 that is a 称呼 or 昵称, no name (`老李头`, `老王`, `小李`, `黄大妈`, `刘嫂`: facts/remark isFormOfAddress); with names printed (`--names`) the summary leaves it out of the bracket. One finding per such name, said at 姓名 (new-user test 38, D21). A nickname in quotation marks beside a name (`“胖哥”刘涛`: facts/remark nicknameInName) is told with the name printed alone (new-user test 45, D14).",
    // `printed`: the name typed beside a nickname in quotation marks (`“胖哥”刘涛`: new-user test 45, D14).
    message: (p) => p.printed !== undefined
      ? `${q(p.field)}中${q(p.typed)}是绰号，总结写入姓名时只写${q(p.printed)}；请只填写正式姓名。`
      : `${q(p.field)}${q(p.typed)}像是称呼，不是正式姓名；总结写入姓名时不写它，请填写正式姓名。`,
  },
  "honour.collective-count": {
    severity: "warning",
    summary: "先进典型: a collective honour (荣誉名称 ending as in catalog COLLECTIVE_HONOUR_ENDINGS, households — 户, 家庭, 庭院 — apart: 文明楼院, 文明单位, 文明寝室) whose 人数 is a bare number: the summary counts it in its own measure word (`评出文明楼院6个`, from 备注 when it says one) and leaves it out of 先进典型人数 (new-user test 34, D1). Said at 人数.",
    message: (p) => `“${p.field ?? ""}”是集体荣誉，人数${p.typed ?? ""}在总结中写作“${p.read ?? ""}”，不计入先进典型人数；如确是${p.typed ?? ""}名个人获此荣誉，请把荣誉名称改为个人荣誉的正式名称。`,
  },
  "honour.deed-not-title": {
    severity: "warning",
    summary: "先进典型: a 荣誉名称 that names a good deed, no title anyone confers (`好人好事`; catalog DEED_NOT_TITLE): the summary would read `1人获评省级“好人好事”`, so it leaves the row out of its 获评 sentence. Said at 荣誉名称 (new-user test 39, D16).",
    message: (p) => `荣誉名称${q(p.typed)}是事迹，不是荣誉称号，总结不写“获评${p.typed ?? ""}”，这一行不写入总结：请填写所获荣誉的正式名称（如“身边好人”“道德模范”），事迹可写在备注。`,
  },
  "honour.name-in-title": {
    severity: "warning",
    summary: "先进典型: a 荣誉名称 with a name typed in 姓名 between its words (`保洁员王秀英拾金不昧`): without names the summary would quote what is left (`“保洁员拾金不昧”`), a title nobody awarded. Said at 荣誉名称.",
    message: (p) => `荣誉名称中有姓名“${p.typed ?? ""}”，总结不写姓名时会写成“${p.read ?? ""}”，不是荣誉的名称：请在荣誉名称中填写所获荣誉的正式名称，姓名只填在“姓名”一列，事迹可写在备注。`,
  },
  "value.measure-word": {
    severity: "warning",
    summary: "A typed 单位 that does not fit the thing counted (`个` for people, `校` for a school) in 其他指标 (指标名称), 组织保障 (名称或内容), 宣传投放 (类型) or, for postings only (`乱张贴5家`: new-user test 39, D16), 问题整改 (问题类别, printed as typed); one finding per row, at the 单位 cell, naming the word expected. The summary prints the expected word where it counts the same thing; money (元) beside a work or a thing in 其他指标 is read as invested in it (`投入1.5万元新增……`), and the message says so.",
    message: (p) =>
      // Money beside a work or a thing (其他指标 `新增充电桩` 元) is read as what was invested in it (new-user test 40, D3).
      p.printed?.startsWith("投入……") ? `${p.detail ?? ""}的单位${q(p.typed)}是金额，总结中按投入金额写作${q(p.printed)}；如填的是${q(p.field)}的数量，请把单位改为${q(p.read)}。` :
      `${p.detail ?? ""}的单位${q(p.typed)}不适合${q(p.field)}，应为${q(p.read)}${p.list ? `（可用${p.list}）` : ""}。` +
      (p.printed === p.read ? `总结中写作${q(p.read)}；请把单位改为${q(p.read)}。` : `总结中照填写的单位写出；请核对数值和单位，改为${q(p.read)}等合适的单位。`),
  },
  "activity.outside-period": {
    severity: "warning",
    summary: "An activity dated outside the report period.",
    message: (p) => `活动日期${p.read ?? ""}不在报告期（${p.detail ?? ""}）内，这一场活动未计入总结；请核对日期或报告期。`,
  },
  "org.outside-period": {
    severity: "warning",
    summary: "A 组织保障 row dated outside the report period: a 领导小组, 工作机制 or 共建单位 dated before it is told as going on (继续发挥……作用), without its date; any other row (a meeting, an inspection) is left out of the summary.",
    message: (p) =>
      p.detail === "before"
        ? `${p.field ?? "组织保障"}日期${p.read ?? ""}早于报告期（${p.limit ?? ""}），总结不把它写成本期的工作，也不写这一日期，只写本期继续发挥作用；如确是本期的事，请核对日期或报告期。`
        : `${p.field ?? "组织保障"}日期${p.read ?? ""}不在报告期（${p.limit ?? ""}）内，这一项未写入总结；请核对日期或报告期。`,
  },
  "profile.doc-date-early": {
    severity: "warning",
    summary: "成文日期 more than a month before the end of the report period: the summary would be signed long before the period it reports on has ended.",
    message: (p) => `成文日期${p.read ?? ""}早于报告期截止日期${p.detail ?? ""}，总结的落款将是这一天；请核对（留空则取导出当天）。`,
  },
  "profile.doc-date-late": {
    severity: "warning",
    summary: "成文日期 more than half a year after the end of the report period (core `signedLate`): likely a slip of the year (2030 for 2025); the summary would be signed on it.",
    message: (p) => `成文日期${p.read ?? ""}距报告期截止日期${p.detail ?? ""}已超过半年，总结的落款将是这一天；请核对（留空则取导出当天）。`,
  },
  "value.impossible": {
    severity: "error",
    summary: "A ledger figure at or above what no unit, not even a city's roll-up, reports in one period, by the measure word it counts in (catalog impossibleFigureOf: 处/块/场/个/支 1,000,000; 人/户/份 100,000,000; 次/人次 1,000,000,000; 元 10,000,000,000): digits typed twice or an ID number (new-user test 30, D7). No summary without --force.",
    message: (p) => `${q(p.field)}为${p.read ?? ""}，不可能是一个单位一期的数字，请核对是否多输了位数；改正前不能生成总结。`,
  },
  "money.implausible": {
    severity: "warning",
    doubtful: true,
    summary: "A money figure (元) above what one unit of its 单位类型 spends in a period (catalog moneyCeiling: 社区/村/学校/企事业单位 100万元, 街道/乡镇 500万元, 机关部门/群团组织/其他 5000万元): likely digits typed twice or 分 typed as 元 (new-user test 30, D14). The summary prints the figure.",
    message: (p) => `${q(p.field)}为${p.read ?? ""}，一个${p.detail ?? "单位"}一期的${p.list ?? "投入"}很少超过${p.limit ?? ""}，请核对是否多输了位数或把分写成了元。`,
  },
  "value.implausible": {
    severity: "warning",
    doubtful: true,
    summary: "A ledger figure beyond what any unit reports (a whole count above 100,000,000, another figure above 100,000,000,000; a 其他指标 数值 by its 单位: 次 above 1,000,000 …): likely digits typed twice or an ID number.",
    message: (p) => `${q(p.field)}为${p.read ?? ""}，远超一个单位可能的数字，请核对是否多输了数字；总结会照此写出。`,
  },
  "activity.zero-turnout": {
    severity: "warning",
    summary: "An activity's 参与数量 is 0: a typo or a figure not yet counted; the summary tells the activity without a count.",
    message: () => "“参与数量”为0，请核对是否漏填或输错；如未统计请留空。总结中只写这场活动，不写参与人数。",
  },
  "volunteer.zero-members": {
    severity: "warning",
    summary: "A 志愿服务 team whose 注册人数 is 0: a team of no registered volunteer is no team (先进典型's 人数 0 is an error; 注册人数 stays a plain count by the spec). Said at the 注册人数.",
    message: (p) => `${p.field ? `“${p.field}”的` : ""}注册人数为0，没有注册志愿者就还不是一支队伍：请填写实际注册人数；如队伍尚未组建，请删除这一行。`,
  },
  "activity.festival-date": {
    severity: "warning",
    summary: "An activity whose 活动名称 names a traditional festival (春节, 除夕, 元宵, 清明, 端午, 七夕, 中秋, 重阳, 腊八) dated more than 30 days from it (45 days before 春节), or a day its name gives by its date (`3·15`, `12·4`, 三八, 五四, 六一, 七一, 八一) dated more than 30 days from that day (run-29 review: `5月15日……“3·15”消费维权宣传`) — a 我们的节日 celebration (not of 春节, nor a visit or a season's series) more than 10 days (new-user test 51, D18): a slip in the date or the year; said at the 日期 with the festival's date (table: src/core/catalog/festival-dates.ts, 2015–2035).",
    message: (p) => `${q(p.field)}的日期${p.read ?? ""}离${p.detail ?? ""}较远，请核对日期或年份。`,
  },
  "activity.turnout-outlier": {
    severity: "warning",
    doubtful: true,
    summary: "One activity's 参与数量 (人, 人次 or blank) of at least 1,000 and above 20 times the median of the ledger's other activities counted in people (at least two): likely a slip (`1.2万` for 1200) — in a roll-up, one unit's row beside the others'. Not said where the 常住人口 checks already speak of it. Said at the 参与数量; the summary prints the figure as typed (new-user test 49, D14).",
    message: (p) => `“参与数量”为${p.read ?? ""}，是其他活动参与数量中位数（${p.detail ?? ""}）的20倍以上，请核对是否输错；总结会照此写出。`,
  },
  "activity.turnout-implausible": {
    severity: "warning",
    doubtful: true,
    summary: "One activity's 参与数量 above ten times the unit's 常住人口 or, without a population, above a ceiling by 单位类型 (社区 100,000, 村 50,000, 街道/乡镇 500,000, 学校 50,000, 企事业单位 100,000; catalog activityTurnoutCeiling): likely digits typed twice. Said at the 参与数量; the summary prints the figure as typed.",
    message: (p) =>
      p.detail
        ? `“参与数量”为${p.read ?? ""}，是${p.detail}的10倍以上，一场活动不大可能有这么多人参加，请核对是否多输了数字；总结会照此写出。`
        : `“参与数量”为${p.read ?? ""}，超过一个${p.field ?? "单位"}一场活动可能的人数（${Number(p.limit) >= 10000 ? `${Number(p.limit) / 10000}万` : p.limit ?? ""}），请核对是否多输了数字；总结会照此写出。`,
  },
  "activity.turnout-over-population": {
    severity: "warning",
    doubtful: true,
    summary: "One activity's 参与数量 above the 常住人口 of the unit's 辖区 (社区, 村, 街道, 乡镇: where 常住人口 counts residents), in 人, or in 人次 unless the 活动名称 says it ran over days (宣传月, 活动周, 系列, 常态化); up to ten times the population (above: `activity.turnout-implausible`). Said at the 参与数量; the summary prints the figure as typed (new-user test 34, D24).",
    message: (p) =>
      `${p.field ? `“${p.field}”的` : ""}“参与数量”为${p.read ?? ""}，多于${p.detail ?? "常住人口"}，${p.typed === "人" ? "一场活动的参加人数" : "一场活动的参与人次"}超过辖区全部居民，请核对；如确有辖区外群众参加，可不改。总结会照此写出。`,
  },
  "publicity.quantity-over-population": {
    severity: "warning",
    doubtful: true,
    summary: "One 宣传投放 row's 数量 at least half the 常住人口 of the unit's 辖区 (社区, 村, 街道, 乡镇: where 常住人口 counts residents): a piece for every two residents, most likely a wrong unit or digits typed twice. Handouts (宣传单, 倡议书, 宣传资料, 方式 发放) and 平方米 are never flagged. Said at the 数量; the summary prints the figure as typed (new-user test 39, D13).",
    message: (p) => `${p.field ? `“${p.field}”的` : ""}“数量”为${p.read ?? ""}，达到${p.detail ?? "常住人口"}的一半以上，一批宣传品不大可能有这么多，请核对是否多输了数字或填错了单位；如确实如此，可不改。总结会照此写出。`,
  },
  "figure.count-over-households": {
    severity: "warning",
    doubtful: true,
    summary: "One 其他指标 row counted in 户 or 家 above the 户数 of the unit's 辖区 (社区, 村, 街道, 乡镇: catalog populationAs), or above its 常住人口 when 户数 is blank: more households or businesses than the place has, most likely digits too many or a wrong unit. Said at the 数值; the summary prints the figure as typed (new-user test 43, D6: 农家乐 1.5万家 in a village of 520户).",
    message: (p) => `${p.field ? `“${p.field}”的` : ""}“数值”为${p.read ?? ""}，多于${p.detail ?? "户数"}，辖区内不大可能有这么多，请核对是否多输了数字或填错了单位；如确实如此，可不改。总结会照此写出。`,
  },
  "figure.drills-below-dated": {
    severity: "warning",
    summary: "A 其他指标 count of drills (`开展应急演练` 1 次) below the drills the 活动台账 lists typed 其他: the two read as a contradiction, so the summary tells the listed drills only, without this figure. Said at the 数值 (run-29 review, t55-fire-q2).",
    message: (p) => `“${p.field ?? ""}”的“数值”为${p.read ?? ""}，少于活动台账中填写的${p.detail ?? ""}场演练，前后对不上，总结只写活动台账中的各场演练，不写这个数；请核对数值。`,
  },
  "publicity.outside-period": {
    severity: "warning",
    summary: "A 宣传投放 row dated outside the report period: left out of the summary (its quantity and 投入金额 too), as an activity outside the period is, so that money of another period is not reported twice. Said at the 日期.",
    message: (p) => `宣传投放日期${p.read ?? ""}不在报告期（${p.detail ?? ""}）内，这一项（数量和投入金额）未计入总结；请核对日期或报告期。`,
  },
  "honour.outside-period": {
    severity: "warning",
    summary: "A 先进典型 row dated outside the report period: a title of another period, perhaps claimed again. Unlike an activity it is still told (指标汇总's 先进典型人数 has no room in Excel's formula length for a date test), so the user is asked to delete it or correct the date. Said at the 日期.",
    message: (p) => `表彰日期${p.read ?? ""}不在报告期（${p.detail ?? ""}）内，总结仍会写出这项荣誉；如是其他时期获得的，请删除这一行，否则请核对日期。`,
  },
  "row.same-entry": {
    severity: "warning",
    summary: "A 活动台账 row with the 日期, 活动名称, 活动类型 and 参与数量 (and 单位) of an earlier row, or a 宣传投放 row with its 类型, 位置或内容, 数量, 单位 and 日期, while other cells differ (rows equal in every cell are row.duplicate's; rows whose 备注 both say different things are told apart by them): likely one entry typed twice; both are counted. Said at the later row's first key cell.",
    message: (p) => `${p.field ?? ""}第${p.detail ?? ""}行与第${p.read ?? ""}行的${p.list ?? ""}完全相同，是否重复登记？如是，请删除其中一行，否则两行都会计入总结；如确是两件事，请在备注中写明区别。`,
  },
  "activity.festival-not-traditional": {
    severity: "warning",
    summary: "A 我们的节日 activity whose 活动名称 names a festival of the calendar (妇女节, 劳动节, 国庆, 儿童节, 元旦 …; catalog modernFestivalIn) and none of the 填报说明's 春节、元宵、清明、端午、七夕、中秋、重阳: said at the 活动类型; the summary tells it with the 文体 or other activities, never under 弘扬中华优秀传统文化 (new-user test 38, D23). A name naming no festival, dated on a modern holiday (10月1日: 国庆节; catalog modernHolidayOn), is told by its date, with 宣传教育 or 理论学习 suggested (new-user test 48, D14: never `中秋节…`).",
    message: (p) =>
      p.detail
        ? `“${p.field ?? ""}”日期${p.read ?? ""}是${p.detail}，${p.detail}不是“我们的节日”所指的传统节日（春节、元宵、清明、端午、七夕、中秋、重阳），建议活动类型按内容选“宣传教育”或“理论学习”；总结中不把它写作传统节日活动。`
        : `“${p.field ?? ""}”不是“我们的节日”所指的传统节日（春节、元宵、清明、端午、七夕、中秋、重阳）活动，建议活动类型选“文体活动”或“其他”；总结中不把它写作传统节日活动。`,
  },
  "activity.festival-unnamed": {
    severity: "warning",
    summary: "A 我们的节日 activity whose 活动名称 names no festival (`文艺汇演`, `敬老`), though 填报说明 asks for it: the summary groups these activities by festival. Said at the 活动名称; a date within a week of a festival suggests it.",
    message: (p) =>
      p.detail
        ? `“${p.field ?? ""}”是“我们的节日”活动，活动名称中没有写明节日（日期${p.read ?? ""}在${p.detail}前后）：请在名称中写明节日，如“${p.detail}${p.field ?? ""}”，总结按节日归类写出这些活动。`
        : `“${p.field ?? ""}”是“我们的节日”活动，活动名称中没有写明节日：请在名称中写明节日（春节、元宵节、清明节、端午节、七夕节、中秋节、重阳节等），总结按节日归类写出这些活动。`,
  },
  "figure.percent-unnamed": {
    severity: "warning",
    summary: "A 其他指标 row in % whose 指标名称 names no share (does not end in 率, 比例, 占比, 度 …: catalog NAMES_A_SHARE): `抢修响应` 100% says no rate of what. Said at the 指标名称 (new-user test 42, D29).",
    message: (p) => `指标名称${q(p.field)}以%计，请写明是什么比率（如${q(p.printed)}）。`,
  },
  "value.indicator-no-verb": {
    severity: "warning",
    summary: "A 其他指标 指标名称 that is a bare noun of people, units or deeds honoured (`好人好事`, `文明单位`: catalog verblessIndicator), with no action and none the summary can supply: `文明单位3个` does not read. Said at the 指标名称 (new-user test 52, D16).",
    message: (p) => `指标名称${q(p.field)}没有动作，总结写成${q(p.printed)}读不通；请按填报说明以动作开头，如“开展…”“评选…”。`,
  },
  "value.rate-over-100": {
    severity: "warning",
    doubtful: true,
    summary: "A 其他指标 share of a whole in % (注册率, 整改率, 覆盖率, 满意度 …: catalog BOUNDED_RATE) above 100: impossible. The summary leaves it out (and computes no second 志愿者注册率 beside a typed one).",
    message: (p) => `${q(p.field)}为${p.read ?? ""}，超过100%，不可能；总结不会写出这一数字，请核对。`,
  },
  "value.frequency-total": {
    severity: "warning",
    doubtful: true,
    summary: "A 组织保障 or 其他指标 row whose 频次 (`每季度1次`) gives, over the report period, a count far from its 数量/数值 (below 75%, or above 110% and one occasion more): `每季度1次` with 4次 in a half-year, `每周1次` with 30次, `每日` with 约120次; also a 志愿服务 team whose 备注 says how often (`每天早上都来`) against its 服务次数 (new-user test 46, D13). Not judged for a 频次 of each of many parts (`各村`) or of each body a 组织保障 row counts (`道德评议会` 12个 with 48场 `每季度1次`; new-user test 54, D15). Said at the total with the count the 频次 gives; the summary then tells the total alone (`累计召开……4次`; new-user test 27, D1).",
    message: (p) => `${p.field ? `${p.field}中的` : ""}频次“${p.typed ?? ""}”在报告期（约${p.list ?? ""}）内约为${p.detail ?? ""}，与填写的${p.read ?? ""}不符，总结只写累计的${p.read ?? ""}，不写频次；请核对频次或数量。`,
  },
  "value.frequency-approx": {
    severity: "warning",
    summary: "A 其他指标 频次 that holds a 表述 word (`约`, `精确`, `余`, `近`, `超过` …: catalog APPROX_WORD_IN_FREQUENCY), typed one column too far right (new-user test 35, D4). Said at the 频次; with 表述 blank the summary reads the word as the 表述 (`约1.5万处`), with 表述 filled it keeps the 表述.",
    message: (p) =>
      `“${p.typed ?? ""}”不是频次，像是“表述”的值（表述在频次左边一列：精确、约、余、近）。` +
      (p.detail ? `表述已填“${p.detail}”，总结按表述写出这一数字，不用这一格；` : p.read === "精确" ? "总结按精确数写出这一数字；" : `总结已按表述“${p.read ?? ""}”写出这一数字；`) +
      "请把它移到“表述”一栏，频次只填如“每月2次”“每周1次”。",
  },
  "value.over-not-round": {
    severity: "warning",
    summary: "A 其他指标 数值 typed to its last digit (86) with 表述 余 (new-user test 65, D14). 余 follows a round figure (narrative v2 rule 4): the summary and the 附表 say `80余篇` (the lint's approximation rule), the 86 typed nowhere. Said at the 数值, so an exact 86 gets 表述 精确.",
    message: (p) => `数值${p.typed ?? ""}选了表述“余”：“余”只跟在整数之后，总结和附表写作“${p.read ?? ""}”；如${p.typed ?? ""}是准确数，请把表述改为“精确”。`,
  },
  "figure.rate-contradicts-ledger": {
    severity: "warning",
    doubtful: true,
    summary: "A 其他指标 rate the ledgers give themselves (`志愿者注册率`: 志愿服务 注册人数 / 常住人口; `整改率`: 问题整改 已整改数 / 发现数) typed more than 5 points away from theirs (`志愿者注册率` 95% with 2300 members of 12000 师生: 19.2%). Said at the typed 数值 with both figures; the summary tells the ledgers' figure and leaves the typed one out, never two contradicting figures (new-user test 35, D11).",
    message: (p) =>
      `${q(p.field)}填写为${p.typed ?? ""}，与台账算出的${p.read ?? ""}（${p.detail ?? ""}）相差较大；总结不写${p.typed ?? ""}，按台账中的数字写。请核对这一行或台账中的数字。`,
  },
  "workbook.empty": {
    severity: "warning",
    summary: "Every ledger of a standard workbook is empty (only 基本信息 filled, or nothing): perhaps the blank template or another file was opened. No summary is made of it, even when forced (CLI `summarize` exits 1; the panes' 总结 is refused). Said once, at the first ledger sheet.",
    message: (p) => `各台账（${p.list ?? ""}）都没有数据，无法生成总结。如果打开的是空白模板或别的文件，请打开本单位填好的台账；否则请先填写台账。`,
  },
  "workbook.carried-only": {
    severity: "warning",
    summary: "A workbook started by 开始下一期 (it holds 上期指标) whose ledgers hold only what was carried: standing 组织保障 rows not dated in the period, 志愿服务 teams without 服务次数 or 服务时长, 上期遗留 problems with nothing rectified, 上期打算 without 落实情况, and nothing in 宣传投放, 先进典型, 活动台账 or 其他指标. The summary can tell only those standing facts (each once). Said once at 基本信息 (new-user test 43, D21).",
    message: (p) => `本期各台账还只有从上期结转的内容（${p.list ?? ""}），没有本期填写的数据；总结只能写出这些内容，请先填写本期台账${p.detail === "plans" ? "，并在“文字材料”中填写上期打算的“落实情况”" : ""}。`,
  },
  "text.repeated-word": {
    severity: "warning",
    summary: "A 文字材料 内容/落实情况 with a word of three or four characters typed twice at once (`进一步进一步`): always a slip, so the summary says it once (facts/tidy REPEATED_LONG_WORD); said at the cell with the word once (new-user test 42, D30). Words of one or two characters are text.doubled-word.",
    message: (p) => `“${p.field ?? ""}”中${p.typed ?? ""}重复了，总结只写一次${p.printed ?? ""}；请改为${p.printed ?? ""}。`,
  },
  "text.intro-dangling": {
    severity: "warning",
    summary: "A 文字材料 导语 sentence that ends on its means with nothing after it (`……，以家庭文明建设为抓手。`, also 为载体, 为契机, 为突破口 …): the summary prints the 导语 as typed and adds no work the unit did not name; said at the cell (new-user test 47, D16).",
    message: (p) => `导语中${q(p.typed)}后面没有写做了什么，总结会照原样写出；请补全这句话（如“${p.typed ?? ""}，扎实推进……”）。`,
  },
  "text.doubled-word": {
    severity: "warning",
    summary: "A 活动台账 活动名称 whose last word is typed twice (`文明交通劝导活动活动`, `宣传宣传`), or a 文字材料 内容/落实情况 with a word typed twice by slip (`继续继续`, `做好做好`, `的的`; never reduplication such as 常常, 天天, 家家户户, 看看): the summary says the text as typed. Said at the cell, with the word it likely means; nothing is changed silently (new-user tests 31, D19; 34, D11).",
    message: (p) => (p.field
      ? `“${p.field}”中${p.typed ?? ""}重复了，总结会照原样写出；如是笔误，请改为${p.printed ?? ""}。`
      : `${q(p.typed)}末尾的“${p.detail ?? ""}”重复了，总结会照原样写出；请改为${q(p.printed)}。`),
  },
  "rect.spoken-remark": {
    severity: "warning",
    summary: "A 问题整改 备注 of a row typed 其他 that names no problem but holds a clause in spoken words (`有人在楼下乱扔`, `报住建局了`, `楼下那家老是吵`; facts/remark isSpoken) once who reported it is cut (`网格员上报：`, `居民说有人`) and spoken states are said in written words (`冒了` → 外溢, `坏了` → 损坏, `漏了` → 渗漏, `堵了` → 堵塞): the summary never quotes it and tells the row as 其他问题 (各类问题 when it is the only one). Said at the 备注 (new-user test 40, D20). So is a judgement of the problem instead of its name (`游客投诉多`, `群众反映强烈`, `难度大`: detail `comment`; new-user test 44, D6). A 备注 that names its problem beside a spoken clause (`窗口人员着装不规范，已经批评教育了`) is told by its name; the spoken clause alone is left out and named (detail `part`, list the name; new-user test 47, D9), with a written action asked for when the clause tells what was done, else a written problem name. A cause or amount beside the name (`线路私拉乱接 老旧小区多`: facts/remark isComment) is left out silently, as a judgement is (new-user test 51, D2).",
    // detail `comment`: a judgement of the problem (`游客投诉多`, `群众反映强烈`: facts/remark isComment; new-user test 44, D6).
    // detail `part`: the 备注 names its problem (list) beside the spoken clause (new-user test 47, D9).
    // detail `written`: the spoken 备注 holds a common problem, told by its written name (list; run-27 review, 材料6 item 1).
    message: (p) => (p.detail === "written" ? `${q(p.field)}中${q(p.typed)}是口语，总结按书面语写作${q(p.list)}；如不确切，请在备注中写明问题名称。` : p.detail === "part" ? `${q(p.field)}中${q(p.typed)}是口语，总结只写问题名称${q(p.list)}，不写这一句；${/^(?:已|已经|都|均|全)|了$/u.test(p.typed ?? "") ? "如需写入，请改为书面语（如“已约谈整改”）" : "如问题名称不全，请在备注中用书面语写明问题名称（如“楼道堆物”“线路私拉乱接”）"}。` : `${q(p.field)}中${q(p.typed)}${p.detail === "comment" ? "是评价，不是问题名称，总结不引用" : "是口语，总结不把它当作问题名称，也不引用"}；请在备注中写明问题名称（如“化粪池外溢”“楼道堆物”）。`),
  },
  "text.placeholder": {
    severity: "warning",
    summary: "A free-text cell the summary tells (catalog FieldSpec.told) that holds a placeholder (normalize placeholderKind): in a name (活动名称, 指标名称, 组织保障 名称或内容, 志愿服务 队伍名称: a team so named is neither named nor counted, its members kept in the total — new-user test 61, D3) any placeholder (`同上`, `见备注`, `其他`, `无`, `待定`; `活动`, `会议` as an 活动名称); in content (简要内容, 文字材料 内容 …) and 备注 a back-reference, pointer or catch-all (`同上`, `同前`, `见上`, `见备注`, `详见工作群`, `其他`), never `无` — but in an 活动台账 简要内容 `略`, `无`, `暂无` too, the content left out (new-user test 52, D10). The summary never writes it: an activity so named is `开展活动1场` (a back-reference `同上` under a named row is that row's activity, detail `activity-above`, printed its name: facts copiedDownName, new-user test 61, D10; of 类型 其他: counted in the total only, detail `activity-other`; new-user test 51, D7; with no 简要内容, 参与数量 or 地点 either neither told nor counted, detail `activity-empty`: catalog isEmptyActivityRow, review run 31, AU), an indicator or a 其他 row so named is left out. Also an 活动台账 简要内容 clause that is a note about the record (`日期可能记错`, `待核实`, `照片在群里`, `回头补`: detail `record`) or says who did it (`书法协会老李写的`, `王主任负责的`: detail `who`; facts/remark activityContent), or is talk (`胖姐也来了`, `顺便宣传`, `很感人`, after a space a clause that is no written content such as `共享单车摆放`: detail `talk`; new-user test 43, D2), or a sum said as people say it (`花了大概20来万`: detail `money`, printed the written sum asked for, `投入约20万元`; new-user test 48, D3): that clause is left out. Said at the cell (new-user test 39, D4, D18, D21, D26; test 41, D1). A text cell the summary never tells (问题整改 责任单位, 活动台账 地点 …) holding a back-reference or pointer (`同上`, `见备注`) is said too (detail `cell`, printed what a `同上` reads as now: the nearest cell above that is no reference), since sorting, deleting or 开始下一期 changes what it points at (new-user test 67, D10).",
    message: (p) => (p.detail === "activity"
      ? `活动名称${q(p.typed)}不是具体名称，总结不引用这一名称，只写“开展活动1场”；请填写活动的实际名称。`
      : p.detail === "activity-above"
        ? `活动名称${q(p.typed)}不是具体名称，总结按上面一行的${q(p.printed)}写作同一活动；如不是同一活动，请填写活动的实际名称。`
      : p.detail === "activity-empty"
        ? `活动名称${q(p.typed)}不是具体名称，活动类型是“其他”，也没有简要内容、参与数量和地点：总结不写这一行，也不计入活动总数和附表的活动场次；如确有此活动，请填写实际名称和内容。`
      : p.detail === "activity-other"
        ? `活动名称${q(p.typed)}不是具体名称，活动类型又是“其他”：总结只把它计入活动总数，不单独写这一场；请填写活动的实际名称。`
      : p.detail === "cell"
        ? (p.printed
          ? `${p.field ?? ""}${q(p.typed)}指上面的${q(p.printed)}：请直接填写${q(p.printed)}。行被排序、删除或开始下一期只结转部分行时，${q(p.typed)}会改指别的行。`
          : `${p.field ?? ""}${q(p.typed)}不是具体内容，请写明实际内容。`)
      : p.detail === "figure"
        ? `指标名称${q(p.typed)}不是具体名称，总结不写这一行；请填写指标的实际名称。`
        : p.detail === "record"
          ? `${p.field ?? ""}中${q(p.typed)}是对记录的说明，不是活动内容：总结不写这一句；请核实后改正台账，${p.field ?? ""}只写活动的实际内容。`
          : p.detail === "when"
            ? `${p.field ?? ""}中${q(p.typed)}说的是活动时间，不是活动内容：总结不写这一句，时间以“日期”为准；请写明活动的实际内容。`
          : p.detail === "who"
            ? `${p.field ?? ""}中${q(p.typed)}说的是由谁来做，不是活动内容：总结不写这一句；请写明活动的实际内容，个人姓名不必写入。`
            : p.detail === "named"
              ? `${q(p.field)}中的个人姓名总结不写，去掉姓名后剩下的${q(p.typed)}太短，不足以写成活动内容：总结不写这一句；请写明活动的实际内容，个人姓名不必写入。`
            : p.detail === "talk"
              ? `${q(p.field)}中${q(p.typed)}是口语、感受或闲谈，不是活动内容：总结不写这一句；请写明活动的实际内容（如“讲解垃圾分类知识”“发放宣传资料”）。`
            : p.detail === "count"
              ? `${q(p.field)}中${q(p.typed)}是参加的人数，总结已按“参与数量”写出，不再写这一句。`
            : p.detail === "money"
              ? `${q(p.field)}中${q(p.typed)}是口头说的金额，总结不写这一句；投入的经费请写在“其他指标”或“宣传投放”的经费中（如${q(p.printed ?? "投入××元")}）。`
            : `${p.field ?? ""}${q(p.typed)}不是具体内容：总结不写这一格，请写明实际内容。`),
  },
  "text.question": {
    severity: "warning",
    summary: "A 备注 that is a question (`这个算不算创文活动？`, `是否计入`, `要不要写`: ？, 吗, 算不算, 是否 …): the staff member asked whether the row belongs in the ledger; the summary never writes the question. Said at the cell (new-user test 55, D11).",
    message: (p) => `${p.field ?? "备注"}中是一个疑问${q(p.typed)}，请确认后删去疑问或删去这一行。`,
  },
  "text.inferred-shortcoming": {
    severity: "warning",
    summary: "A shortcoming the summary's 存在的不足 adds from a judgement on the data, which no 文字材料 row says (narrative inferredShortcomings; spec narrative.md §存在的不足 \"plus facts the data itself shows\"): a registration rate below catalog lowRegistrationRate (detail `lowRate`: `read` the count and the rate, `limit` the threshold; left to the unit when it writes a 存在不足 about its volunteers), or a material fall since 上期指标 (detail `fall`: `read` the two figures). Said at the figure's first cell with the item as printed, so that the user sees it coming (new-user test 69, D10).",
    message: (p) => (p.detail === "lowRate"
      ? `总结“存在的不足”会写入“${p.printed ?? ""}”。这一条不是文字材料中写的，是按台账数据判断的：${p.read ?? ""}，低于村、社区、街道、乡镇志愿者注册率的参考值${p.limit ?? ""}。请核对；如不宜这样写，可在文字材料中写一条关于志愿者队伍的“存在不足”，总结就按您写的，不再加这一条。`
      : `总结“存在的不足”会写入“${p.printed ?? ""}”。这一条不是文字材料中写的，是与“上期指标”对比得出的：${p.read ?? ""}。请核对这一判断是否恰当。`),
  },
  "text.spoken": {
    severity: "warning",
    summary: "A 文字材料 内容 or 落实情况 typed with a space between words (`夜市专班 晚上十点后还在巡`: written with ，), or with a sentence in spoken words (`今年上半年呢，…搞得还可以`, `效果蛮好的`) or calling a person by nickname or surname (`老刘那几家`, `刘书记`): such a sentence is left out of the summary; only its spoken tail when its written head reads on its own (`柳塘村推行“积分超市”，…可以换东西，效果很好`: `printed` the head kept; new-user test 50, D10). Said at the cell with the sentence (new-user test 43, D7; new-user test 44, D3); `list` names the section the summary then lacks (`“下一步工作打算”部分`) when every row of 下一步打算 or 存在不足 is left out (new-user test 46, D7). A text with 我们/咱们/这个 that the summary writes with written words (facts/remark writtenRemark: `我们中心` → `我中心`, `把A和B结合起来` → `将A与B相结合`) is said with what is written (detail `书面`, `printed`; new-user test 51, D4). A sentence left out whole that is too long to quote whole is said with its spoken clauses (`read`; new-user test 63, D5).",
    message: (p) => p.detail === "短句"
      ? `${p.field ?? "内容"}中${q(p.typed)}是口语说法，去掉口语部分后只剩${q(p.printed)}一句，不足以写成工作亮点，总结不写这一条；请改写成书面表述，写明做法和成效。`
      : p.detail === "口语"
      ? `${p.field ?? "内容"}中${q(p.typed)}${p.read ? `有口语说法${q(p.read)}` : "是口语说法"}，总结不写${p.printed ? `这部分，这一句只写${q(p.printed)}` : "这一句"}${p.list ? `，总结将没有${p.list}` : ""}；请改写成书面表述。`
      : p.detail === "称呼"
        ? `${p.field ?? "内容"}中${q(p.typed)}用称呼或姓氏指人，总结不写${p.printed ? `这部分，这一句只写${q(p.printed)}` : "这一句"}${p.list ? `，总结将没有${p.list}` : ""}；请改写成书面表述，不写个人的姓名或称呼。`
        : p.detail === "书面"
          ? `${p.field ?? "内容"}${q(p.typed)}中有口语说法，总结写作${q(p.printed)}；请核对，或改成书面表述。`
          : `${p.field ?? "内容"}${q(p.typed)}中有空格，像是随手记下的话，总结写作${q(p.printed)}；工作亮点、存在不足等会原样写入总结，请改成书面表述。`,
  },
  "org.spoken-name": {
    severity: "warning",
    summary: "A 组织保障 名称或内容 typed with a half-width space between words (`网格化 一网格一员`) or a spoken clause (`跟物业对接电动车进楼问题 开了几次会`): the summary leaves the spoken clause out, says 跟 as 与 and the rest after a comma. Said at the name with what is written (new-user test 40, D4, D22).",
    message: (p) => `名称或内容${q(p.typed)}中有${p.detail ?? "空格"}，总结按${q(p.printed)}理解${p.read ? `（频次${p.read}）` : ""}；请写成书面的名称，说明写在“备注”中。`,
  },
  "figure.spoken-name": {
    severity: "warning",
    summary: "A 其他指标 指标名称 typed in two parts split by a half-width space, the work and what its figure counts (`食堂光盘行动 减少剩饭剩菜`): the summary says `开展食堂光盘行动，减少剩饭剩菜……`. Said at the name with what is written (new-user test 58, D4).",
    message: (p) => `指标名称${q(p.typed)}中有空格，总结按${q(p.printed)}理解；请写成书面的名称（以动作开头），说明写在“备注”中。`,
  },
  "org.no-verb": {
    severity: "warning",
    summary: "A 组织保障 row of 事项类型 其他 whose 名称或内容 is a bare name with no action and none its ending gives (`客户投诉处理流程图`): the summary cannot tell what was done and leaves the row out (new-user test 54, D7).",
    message: (p) => `名称或内容${q(p.typed)}没有动作，总结不知道做了什么，这一行不写入总结；请以动作开头，如“建立…”“制定…”“开展…”。`,
  },
  "activity.mixed-units": {
    severity: "warning",
    summary: "Within one 活动类型, 参与数量 counted partly in 人 and partly in 人次 (or another word): no total can be said; reported at the 单位 of a lone row in another word than the one three or more rows of the type use.",
    message: (p) => `“${p.field ?? ""}”类活动的参与数量多数按${q(p.read)}计，这一行按${q(p.typed)}计，两者不能相加，总结中不写这类活动的参与总数；如计法相同，请统一单位。`,
  },
} satisfies Record<string, RuleDef>;

/** A stable rule id. */
export type RuleId = keyof typeof rules;

/** Whether a rule says a figure is doubtful (its `doubtful` flag above): a roll-up lists these per unit (new-user test 64, D7). */
export function isDoubtfulFigure(rule: string): boolean {
  return (rules as Readonly<Record<string, RuleDef>>)[rule]?.doubtful === true;
}
