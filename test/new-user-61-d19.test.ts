/**
 * New-user test 61 (docs/new-user-test-pane-61.md), D19: a 专项 named as a month of a work (`全民健身月`) was titled
 * `……全民健身月创建文明城市专项工作总结`; like `学雷锋志愿服务月` (test 59, D18) it is the campaign's own name.
 */
import { specialTitle } from "../src/core/narrative/compose";

it("D19: a month or week of a named work is titled by its name alone; a calendar month is not", () => {
  expect(specialTitle("全民健身月")).toBe("全民健身月工作总结");
  expect(specialTitle("爱国卫生月")).toBe("爱国卫生月工作总结");
  expect(specialTitle("学雷锋志愿服务月")).toBe("学雷锋志愿服务月工作总结");
  expect(specialTitle("春运")).toBe("春运创建文明城市专项工作总结");
  expect(specialTitle("农历十二月")).toBe("农历十二月创建文明城市专项工作总结");
});
