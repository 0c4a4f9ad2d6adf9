import { chineseQuotes, tidyPhrase, tidyPoint, fullWidthPunctuation, writtenLists } from "./tidy";

describe("writtenLists (new-user test 56, D6)", () => {
  it("writes a list of weekdays with 、 and a range of buildings with —", () => {
    expect(writtenLists("每周二四开课")).toBe("每周二、四开课");
    expect(writtenLists("每周一三五下午，周六日上午")).toBe("每周一、三、五下午，周六、日上午");
    expect(writtenLists("1-12栋、3~5号楼")).toBe("1—12栋、3—5号楼");
    for (const typed of ["每周三四次", "每周六天", "每周五六个小时", "三周一二次", "电话0571-8888", "7-3栋", "每周二二开课"]) expect(writtenLists(typed)).toBe(typed);
  });
});

describe("tidyPhrase", () => {
  it("drops end punctuation and converts paired ASCII quotes", () => {
    expect(tidyPhrase("成立社区创建文明城市工作领导小组。")).toBe("成立社区创建文明城市工作领导小组");
    expect(tidyPhrase(' "六一"关爱困境儿童 ')).toBe("“六一”关爱困境儿童");
    expect(chineseQuotes('a"b')).toBe('a"b');
  });
});

describe("tidyPoint", () => {
  it("drops the numbering users type in front of a point", () => {
    for (const typed of ["1、居民参与度不高", "2.居民参与度不高", "一是居民参与度不高", "（二）居民参与度不高", "三、居民参与度不高", "① 居民参与度不高"]) {
      expect(tidyPoint(typed)).toBe("居民参与度不高");
    }
    expect(tidyPoint("2023年完成改造")).toBe("2023年完成改造");
    // New-user test 56, D1: an enumeration of values or a decimal in front is no numbering.
    for (const typed of ["7、8月份雨水多", "3、5号楼加装监控", "3、4号线完成清洗", "一、二月份雨水少", "1.5万元资金到位"]) expect(tidyPoint(typed)).toBe(typed);
    expect(tidyPoint("1、2025年起实行月度考核")).toBe("2025年起实行月度考核");
    expect(tidyPoint("一、三项制度落实到位")).toBe("三项制度落实到位");
  });
});

describe("fullWidthPunctuation", () => {
  it("makes punctuation beside Chinese full-width and leaves ASCII text alone", () => {
    expect(fullWidthPunctuation("村(社区)妇代会")).toBe("村（社区）妇代会");
    expect(fullWidthPunctuation("清理垃圾,8:30开始;结束")).toBe("清理垃圾，8:30开始；结束");
    expect(fullWidthPunctuation('<w:fldSimple w:instr="PAGE"/>')).toBe('<w:fldSimple w:instr="PAGE"/>');
    expect(fullWidthPunctuation("a(b), c")).toBe("a(b), c");
  });
});
