/**
 * New-user test 38 (/work/nu38/REPORT.md): the defects D7 and D11 fixed in the session that ran it, each as the tester
 * typed it.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

const college = { 单位名称: "江城理工学院", 单位类型: "学校", 报告年度: 2025, 报告期: "全年", 常住人口: "1.2万" };

it("D7: 问题整改 单位 may be 间 (rooms) or 条 (messages): no error, and the summary counts in them", async () => {
  const content = {
    profile: college,
    ledgers: {
      问题整改: [
        { 问题类别: "其他", 发现数: 60, 已整改数: 55, 单位: "间", 备注: "宿舍违规使用大功率电器" },
        { 问题类别: "其他", 发现数: 10, 已整改数: 10, 单位: "条", 备注: "校园网络不文明留言" },
      ],
    },
  };
  const checked = await cli("check", await workbookFile(content));
  expect(checked.out).not.toContain("[value.enum]");
  expect(checked.out).toContain("共0个错误");
  const text = await summaryTextOf(content);
  expect(text).toContain("排查发现宿舍违规使用大功率电器问题60间，已整改55间；校园网络不文明留言行为10条，均已纠正。");
  expect(text).toContain("宿舍违规使用大功率电器问题60间中尚有5间未整改到位");
});
