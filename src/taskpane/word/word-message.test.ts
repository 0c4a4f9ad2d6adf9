import { wordMessage } from "./word-message";

it("says where 规范数据 and 生成或修复标准表 are, since the Word pane has neither (new-user tests 15 D16, 16 D9)", () => {
  expect(wordMessage("“级别”不能填“市级”……“市级”请选“市”，可用“规范数据”改正。")).toBe("“级别”不能填“市级”……“市级”请选“市”，可用Excel台账助手或网页版中的“规范数据”改正。");
  expect(wordMessage("缺少工作表“宣传投放”。请把改名的工作表改回原名，或用“生成或修复标准表”补上。")).toBe("缺少工作表“宣传投放”。请把改名的工作表改回原名，或用Excel台账助手或网页版中的“生成或修复标准表”补上。");
});
