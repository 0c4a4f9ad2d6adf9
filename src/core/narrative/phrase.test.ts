import { chineseOrdinal, dateText, figureText, joinList, numberText } from "./phrase";
import type { Figure } from "../facts";

const fig = (value: number, unit: string, extra: Partial<Figure> = {}): Figure => ({ value, unit, kind: "count", sources: [], ...extra });
const money = (value: number, approx?: Figure["approx"]): Figure => fig(value, "元", { kind: "money", ...(approx ? { approx } : {}) });

describe("figureText", () => {
  it("writes counts in Arabic numerals without separators", () => {
    expect(figureText(fig(7, "家"))).toBe("7家");
    expect(figureText(fig(14800, "人次"))).toBe("14800人次");
  });
  it("writes money below 10000 in 元 and from 10000 in 万元 with at most two decimals", () => {
    expect(figureText(money(8500))).toBe("8500元");
    expect(figureText(money(40000))).toBe("4万元");
    expect(figureText(money(120000000))).toBe("1.2亿元");
    expect(figureText(money(99999999999999))).toBe("约100万亿元");
    // Rounded up to 10000万: 亿 (new-user test 38, D26).
    expect(figureText(money(99999999))).toBe("约1亿元");
    expect(figureText(money(99994999))).toBe("约9999万元");
    expect(figureText(money(42500))).toBe("4.25万元");
    expect(figureText(money(12345))).toBe("约1.23万元");
    expect(figureText(money(9999.5))).toBe("9999.5元");
  });
  it("keeps the kind of an approximate amount", () => {
    expect(figureText(money(40000, "over"))).toBe("4万余元");
    expect(figureText(money(40000, "about"))).toBe("约4万元");
    expect(figureText(money(40000, "nearly"))).toBe("近4万元");
    expect(figureText(money(3000, "over"))).toBe("3000余元");
  });
  it("writes 余 after a round number, and rounds a 'more than' that is not round down to one (v2 rule 4)", () => {
    expect(figureText(fig(80, "块", { approx: "over" }))).toBe("80余块");
    expect(figureText(fig(120, "面", { approx: "over" }))).toBe("120余面");
    expect(figureText(fig(552, "人", { approx: "over" }))).toBe("550余人");
    expect(figureText(fig(1748, "起", { approx: "over" }))).toBe("1700余起");
    expect(figureText(fig(15, "人", { approx: "over" }))).toBe("10余人");
    expect(figureText(fig(5, "个", { approx: "over" }))).toBe("5个以上");
    expect(figureText(fig(4, "万元", { approx: "over" }))).toBe("4万余元");
    expect(figureText(fig(1.3, "万起", { approx: "over" }))).toBe("1.3万余起");
    expect(figureText(fig(2, "万人次", { approx: "about" }))).toBe("约2万人次");
    expect(figureText(fig(43700, "元", { kind: "money", approx: "over" }))).toBe("4.3万余元");
  });
  it("never puts an approximation word on a rate (v2 rule 4)", () => {
    expect(figureText(fig(6.4, "%", { kind: "rate", approx: "about" }))).toBe("6.4%");
    expect(figureText(fig(90, "%", { kind: "rate", approx: "over" }))).toBe("90%以上");
  });
  it("writes counts of 100,000 and more in 万 when two decimals hold them (v2 rule 10)", () => {
    expect(figureText(fig(180000, "平方米"))).toBe("18万平方米");
    expect(figureText(fig(123500, "人次"))).toBe("12.35万人次");
    expect(figureText(fig(123456, "人次"))).toBe("123456人次");
    // Whole thousands from 10,000 in 万 however typed (new-user test 34, D19); other counts below 100,000 keep their digits.
    expect(figureText(fig(28000, "份"))).toBe("2.8万份");
    expect(figureText(fig(28500, "份"))).toBe("28500份");
  });
  it("puts 约 and 近 before the number", () => {
    expect(figureText(fig(14800, "人次", { approx: "about" }))).toBe("约14800人次");
    expect(figureText(fig(100, "名", { approx: "nearly" }))).toBe("近100名");
  });
  it("writes rates with at most one decimal", () => {
    expect(figureText(fig(100, "%", { kind: "rate" }))).toBe("100%");
    expect(figureText(fig(96.54, "%", { kind: "rate" }))).toBe("96.5%");
    expect(figureText(fig(97.4576, "%", { kind: "rate" }))).toBe("97.5%");
  });
  it("keeps 万元 figures of 其他指标 in 万元", () => {
    expect(figureText(fig(4.25, "万元"))).toBe("4.25万元");
  });
});

describe("numberText", () => {
  it("drops trailing zeros and never uses exponents or separators", () => {
    expect(numberText(1234567)).toBe("1234567");
    expect(numberText(0.1 + 0.2)).toBe("0.3");
    expect(numberText(12.5)).toBe("12.5");
  });
});

describe("joinList", () => {
  it("joins with 、 and a final 和 or 及", () => {
    expect(joinList(["春节"])).toBe("春节");
    expect(joinList(["春节", "元宵"])).toBe("春节和元宵");
    expect(joinList(["春节", "元宵", "清明"])).toBe("春节、元宵和清明");
    expect(joinList(["甲", "乙", "丙"], "及")).toBe("甲、乙及丙");
    expect(joinList([])).toBe("");
  });
});

describe("dateText", () => {
  it("omits the year inside the report year and keeps it otherwise", () => {
    expect(dateText(45082, 2023)).toBe("6月5日");
    expect(dateText(44925, 2023)).toBe("2022年12月30日");
  });
});

describe("chineseOrdinal", () => {
  it("counts 一 to 九十九", () => {
    expect([1, 2, 9, 10, 11, 12, 20, 21, 99].map(chineseOrdinal)).toEqual(["一", "二", "九", "十", "十一", "十二", "二十", "二十一", "九十九"]);
  });
});
