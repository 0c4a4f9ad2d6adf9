import { addApproxTag, formatApproxTag, parseApproxTags, removeApproxTag } from "./approx-tag";

describe("formatApproxTag", () => {
  it("writes 〔约数〕header：typed", () => {
    expect(formatApproxTag("数量", "552多")).toBe("〔约数〕数量：552多");
    expect(formatApproxTag(" 投入金额（元） ", " 4万余元 ")).toBe("〔约数〕投入金额（元）：4万余元");
  });

  it.each<[string, string]>([["", "552多"], ["数量", ""], ["数：量", "552多"], ["数量", "552多；其他"], ["〔约数〕", "1"]])(
    "throws when a part would not read back (%j, %j)",
    (header, typed) => {
      expect(() => formatApproxTag(header, typed)).toThrow(RangeError);
    },
  );
});

describe("parseApproxTags", () => {
  it("reads the spec's example", () => {
    expect(parseApproxTags("〔约数〕数量：552多")).toEqual([{ header: "数量", typed: "552多" }]);
  });

  it("reads several tags joined with ；, among other remark text", () => {
    expect(parseApproxTags("已核实；〔约数〕数量：552多；〔约数〕投入金额（元）：4万余元")).toEqual([
      { header: "数量", typed: "552多" },
      { header: "投入金额（元）", typed: "4万余元" },
    ]);
  });

  it("reads tags retyped with ASCII : and ; and spaces", () => {
    expect(parseApproxTags("〔约数〕 数量 : 552多 ;〔约数〕注册人数：约100")).toEqual([
      { header: "数量", typed: "552多" },
      { header: "注册人数", typed: "约100" },
    ]);
  });

  it("reads adjacent tags without a separator", () => {
    expect(parseApproxTags("〔约数〕数量：552多〔约数〕人数：80余")).toEqual([
      { header: "数量", typed: "552多" },
      { header: "人数", typed: "80余" },
    ]);
  });

  it.each<[string | null]>([[null], [""], ["已核实"], ["〔约数〕"], ["〔约数〕数量"], ["〔约数〕：552多"], ["〔约数〕数量："]])(
    "gives no tag for %j",
    (remark) => {
      expect(parseApproxTags(remark)).toEqual([]);
    },
  );
});

describe("addApproxTag", () => {
  it("gives the tag alone when the remark is blank", () => {
    expect(addApproxTag(null, "数量", "552多")).toBe("〔约数〕数量：552多");
    expect(addApproxTag("  ", "数量", "552多")).toBe("〔约数〕数量：552多");
  });

  it("appends with ； when the remark has text", () => {
    expect(addApproxTag("已核实", "数量", "552多")).toBe("已核实；〔约数〕数量：552多");
    expect(addApproxTag("〔约数〕数量：552多", "投入金额（元）", "4万余元")).toBe("〔约数〕数量：552多；〔约数〕投入金额（元）：4万余元");
  });

  it("adds no second ； when the remark already ends with one", () => {
    expect(addApproxTag("已核实；", "数量", "552多")).toBe("已核实；〔约数〕数量：552多");
  });

  it("does not add a duplicate", () => {
    const once = addApproxTag("已核实", "数量", "552多");
    expect(addApproxTag(once, "数量", "552多")).toBe(once);
  });

  it("replaces the tag of the same header when the typed text changed", () => {
    expect(addApproxTag("〔约数〕数量：552多；已核实", "数量", "600余")).toBe("〔约数〕数量：600余；已核实");
  });

  it("round-trips through parseApproxTags", () => {
    const remark = addApproxTag(addApproxTag("备注", "数量", "552多"), "发现数", "约30");
    expect(parseApproxTags(remark)).toEqual([
      { header: "数量", typed: "552多" },
      { header: "发现数", typed: "约30" },
    ]);
  });
});

describe("removeApproxTag", () => {
  it("removes the header's tag with its separator and keeps the rest as typed", () => {
    expect(removeApproxTag("已核实；〔约数〕数量：552多", "数量")).toBe("已核实");
    expect(removeApproxTag("〔约数〕数量：552多；已核实", "数量")).toBe("已核实");
    expect(removeApproxTag("已核实；〔约数〕数量：552多；〔约数〕人数：80余", "数量")).toBe("已核实；〔约数〕人数：80余");
    expect(removeApproxTag("〔约数〕数量：552多", "数量")).toBeNull();
    expect(removeApproxTag("已核实", "数量")).toBe("已核实");
    expect(removeApproxTag(null, "数量")).toBeNull();
  });
});
