import { cutContactPerson, cutPersonalBrackets, frequencyOf, hasPersonalData, readRemark, redactPersonal, scrubPersonal } from "./remark";

describe("personal data in free text (narrative v2 rule 13)", () => {
  it.each([
    ["联系人王某某13800000000", true], ["电话：0551-5550188", true], ["身份证340102199001011234", true],
    ["由李明书记带队", true], ["某某某老师主讲", true], ["张华同志负责", true],
    ["社区书记带队", false], ["每周一次", false], ["江城好医生", false], ["江城好老师", false], ["王美丽老师", true], ["光明路、开元大街", false], ["2023年6月5日", false], ["共120人", false],
  ])("%s → %s", (text, personal) => {
    expect(hasPersonalData(text)).toBe(personal);
  });

  it("drops the clauses that hold it and keeps the rest", () => {
    expect(scrubPersonal("每周一次，联系人王某某13800000000；光明路")).toBe("每周一次，光明路");
    // A full name before an office goes, the office stays, as after it (`书记李明带队`): new-user test 54, D3.
    expect(scrubPersonal("李明书记带队")).toBe("书记带队");
  });

  it.each([
    // A bracket holding a phone or ID number goes whole, with the name and role beside it (new-user test 6, D1).
    ["巾帼志愿服务队（队长李秀英13712345678）", "巾帼志愿服务队"],
    ["与辖区单位签订共驻共建协议（联络员：孙红 电话0551-6543210）", "与辖区单位签订共驻共建协议"],
    ["党员志愿服务队(负责人 张强，手机 13900001111)", "党员志愿服务队"],
    // Unbracketed: a role's name and a label left without its number are personal; the clause goes.
    ["签订共驻共建协议，联络员：孙红 电话0551-6543210", undefined],
    ["签订协议，电话13712345678", "签订协议"],
  ])("redactPersonal(%s) → %s", (text, expected) => {
    expect(redactPersonal(text)).toBe(expected);
  });

  it("never leaves a name beside a role or a label without its number", () => {
    expect(scrubPersonal("签订共驻共建协议，联络员：孙红 电话0551-6543210")).toBe("签订共驻共建协议");
    expect(hasPersonalData("联络员：孙红")).toBe(true);
    expect(hasPersonalData("队长李秀英")).toBe(true);
    expect(hasPersonalData("电话")).toBe(true);
    expect(hasPersonalData("电话宣传")).toBe(false);
  });
});

describe("frequencyOf (v2 rule 6)", () => {
  it.each([
    ["5月起每月2期", "每月2期"], ["每周一次", "每周1次"], ["每天", "每日"], ["每季度开展1次", "每季度1次"], ["坚持每日巡查", "每日"],
  ])("%s → %s", (text, expected) => {
    expect(frequencyOf(text)?.text).toBe(expected);
  });

  it("finds none where there is none", () => {
    expect(frequencyOf("光明路、开元大街")).toBeUndefined();
  });
});

describe("readRemark", () => {
  it("reads frequency, places, a detail and a clause; drops notes and personal data", () => {
    const r = readRemark("5月起每月2期；光明路、开元大街；店外店21家；均已整改到位；〔约数〕数量：552多；联系人王某某");
    expect(r.frequency?.text).toBe("每月2期");
    expect(r.places).toEqual(["光明路", "开元大街"]);
    expect(r.detail).toBe("店外店");
    expect(r.clause).toBe("均已整改到位");
    expect(r.dropped.map((d) => d.why)).toEqual(["figure", "artefact", "personal"]);
  });

  it("reads a list of items, closed by 合计 or open with 等", () => {
    expect(readRemark("社区天天乐、亲子活动、道德讲堂故事会等").list).toBe("社区天天乐、亲子活动、道德讲堂故事会等");
    expect(readRemark("义诊、讲座、体检合计").list).toBe("义诊、讲座、体检");
    expect(readRemark("省、市级评比").list).toBeUndefined();
  });

  it("gives nothing for a blank remark", () => {
    expect(readRemark(undefined)).toEqual({ places: [], dropped: [] });
  });
});

describe("the stage of a figure (plan or progress so far)", () => {
  it.each([
    ["全年任务", "全年计划"], ["年度目标", "年度计划"], ["计划", "计划"], ["截至目前", "截至目前，"], ["截止9月底", "截至9月底，"],
  ])("%s → %s", (text, stage) => {
    expect(readRemark(text).stage).toBe(stage);
  });

  it("is not read from a remark that only mentions a task", () => {
    expect(readRemark("分解落实创建任务").stage).toBeUndefined();
  });
});

describe("a bound on the figure", () => {
  it.each([["不少于", "不少于"], ["至少", "不少于"], ["以上", "不少于"], ["不超过", "不超过"], ["最多", "不超过"]])("%s → %s", (text, bound) => {
    expect(readRemark(text).bound).toBe(bound);
  });
});

describe("cutContactPerson (new-user test 22, D15)", () => {
  it.each([
    ["设立爱心驿站，联系人王五（13700002222）随时为环卫工人提供饮水。", "设立爱心驿站，随时为环卫工人提供饮水。"],
    ["设立爱心驿站，联系人王五（13700002222）。", "设立爱心驿站。"],
    ["负责人张丽，电话13912345678，每周开放3天", "每周开放3天"],
    ["联系人王五随时提供饮水", "联系人王五随时提供饮水"],
  ])("%s → %s", (text, cut) => {
    expect(cutContactPerson(text)).toBe(cut);
  });
});

describe("cutPersonalBrackets (new-user test 26, D12)", () => {
  it.each([
    ["本季度，社区在街道党工委领导下（联系人：刘主任 13711112222）扎实推进创建工作。", "本季度，社区在街道党工委领导下扎实推进创建工作。"],
    // 王大妈 is a resident called by surname (new-user test 34, D18/D21): who led it goes, what was done stays.
    ["由王大妈（身份证330102195001011234）牵头组建楼道议事会。", "组建楼道议事会。"],
    ["在阅览室（电话0571-87654321）设立咨询台。", "在阅览室设立咨询台。"],
  ])("%s → %s", (text, cut) => {
    expect(cutPersonalBrackets(text)).toBe(cut);
  });
  it("keeps a person's bracket, so that the caller drops the clause with the name", () => {
    expect(cutPersonalBrackets("由张伟（13812345678）负责")).toBeUndefined();
  });
});
