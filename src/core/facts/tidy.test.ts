import { chineseQuotes, tidyPhrase, tidyPoint, fullWidthPunctuation } from "./tidy";

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
