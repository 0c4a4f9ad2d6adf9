/**
 * The unit-type profiles (docs/narrative.md "Writing like a colleague (v2)", rule 4: the same word
 * twice): a point's lead (一是…。) never repeats words of a section heading of the same profile
 * (run-8 preparation: `三、强化宣传发动，凝聚创建合力` followed by `一是宣传发动。`).
 */
import { Enums } from "../catalog";
import { leadBefore, profileFor } from "./profiles";

describe("profiles", () => {
  const cases: [string, string][] = [...Enums.unitType.map((t): [string, string] => [t, "某单位"]), ["群团组织", "区妇联"]];

  it.each(cases)("%s (%s): no lead is part of a heading", (unitType, name) => {
    const profile = profileFor(unitType, name);
    const headings = Object.values(profile.headings);
    const leads = { ...profile.leads, ...profile.figureLeads } as Record<string, string>;
    const clashes = Object.entries(leads).flatMap(([key, lead]) => headings.filter((h) => h.includes(lead)).map((h) => `${key} ${lead} ⊂ ${h}`));
    expect(clashes).toEqual([]);
  });

  it.each(cases)("%s (%s): no lead is the name of an activity type or a section (二是宣传教育。组织开展2场宣传教育活动)", (unitType, name) => {
    const profile = profileFor(unitType, name);
    const names = new Set<string>([...Enums.activityKind, ...Enums.section]);
    const leads = Object.values({ ...profile.leads, ...profile.figureLeads } as Record<string, string>);
    expect(leads.filter((lead) => names.has(lead))).toEqual([]);
  });
});

describe("leadBefore", () => {
  it("gives a lead another ending when its point repeats the closing word, and leaves set phrases and long leads", () => {
    expect(leadBefore("督查检查", "检查物业小区120余个。")).toBe("督查落实");
    expect(leadBefore("统筹部署", "坚持创城与生产经营同研究、同部署，从解决群众用电难题入手推进创建。")).toBe("统筹谋划");
    expect(leadBefore("集中整治", "5月26日开展“兴中路北段市容集中整治”活动。")).toBe("集中行动");
    expect(leadBefore("校地共建", "与龙泉社区结对共建。")).toBe("校地联动");
    expect(leadBefore("共驻共建", "与司法所结对共建。")).toBe("共驻共建");
    expect(leadBefore("专项整治", "规范商铺经营招牌500余块。")).toBe("专项整治");
    expect(leadBefore("开展环境集中整治", "开展环境整治活动4场。")).toBe("开展环境集中整治");
    expect(leadBefore("专项整治", "整治乱挂晒3处，开展专项行动2次。")).toBe("专项整治");
  });
});
