/**
 * 组织保障 名称或内容 as busy staff type them (new-user test 40, D4, D17, D18, D22): half-width spaces between words
 * (`网格化 一网格一员`, `物业考评 每月一评`), spoken clauses (`跟物业对接电动车进楼问题 开了几次会`), brackets typed with
 * spaces (`联合执法 (公安 市监)`) and a name that opens with its own frequency (`每天早上晨会`). Pure; used by
 * organizationPoints before a row is told.
 */
import { SPOKEN_BA, SPOKEN_CLAUSE, frequencyOf, isTalk } from "./remark";
import { actionOf, PROBLEM_FAMILIES } from "../catalog";
import type { OrganizationItem } from "./types";


/**
 * A clause after a space that only says how often, as people say it (new-user test 43, D6): `每月评一次`, `每周查一次`,
 * `每天一次` (group 1 the cycle) or `周周讲`, `天天查`, `月月评` (group 2 the doubled cycle, no count).
 */
const SPOKEN_FREQUENCY = /^(?:(每(?:日|天|周|月|季度|季|年|半年))[\u4e00-\u9fff]{0,2}?[一1](?:次|回)|(周周|天天|日日|月月)[\u4e00-\u9fff]{0,2})$/u;
/** The cycle a doubled word says (`周周` → `每周`). */
const DOUBLED_CYCLE: Readonly<Record<string, string>> = { 周周: "每周", 天天: "每日", 日日: "每日", 月月: "每月" };

/**
 * A short head noun typed apart from the name it closes (`文明优质服务 窗口`, `党员先锋 岗`): one name, joined without the
 * space (new-user test 43, D19: never the fragment `文明优质服务，窗口`).
 */
const HEAD_NOUN = /^(?:窗口|岗|岗位|站|点|室|队|小组|专班|驿站|工作室|之家)$/u;

/**
 * A name of a recurring work by its closing word (`行政查房`, `创文专项督查`, `交叉检查`, `周例会`): two such names typed
 * apart (`行政查房 创文专项督查`) are two names of the same work, one object joined by 、 (new-user test 50, D7: never
 * the fragment `……累计开展24次，创文专项督查`).
 */
const WORK_NAME = /^[\u4e00-\u9fff“”]{0,10}(?:查房|督查|督导|检查|巡查|巡视|排查|抽查|暗访|考评|考核|评比|讲评|点评|调度|例会|会议|推进会|联席会)$/u;

/**
 * A partner and how the work is done, typed after a space behind the work it names (`出租屋管理 联合派出所上门`): said before
 * the work as the way it is done, `联合派出所上门开展出租屋管理` (new-user test 58, D1), never the fragment `……出租屋管理，
 * 联合派出所上门`. JOINT_WORK is a work named by its closing word, with no verb of its own before it.
 */
const JOINT_TAIL = /^(?:联合|会同|协同|携手|联手)[\u4e00-\u9fff]{2,10}?(?:上门|入户|走访|进村|进社区|进小区)?$/u;
const JOINT_WORK = /^(?!开展|实行|推行|加强|落实|组织|建立|坚持)[\u4e00-\u9fff“”]{2,10}(?:管理|整治|排查|巡查|检查|宣传|督查|清理|治理|执法|服务|走访)$/u;

/**
 * A clause after a space that says how often something is checked and what (`每周查一次宿舍楼和教学楼`, `每月巡一遍背街小巷`):
 * group 1 the cycle, group 2 the places or things checked (new-user test 58, D11). Said `重点检查宿舍楼和教学楼`, the
 * cycle as the row's frequency, never `每周查一次` (spoken) after the 频次 already said.
 */
const SPOKEN_CHECK = /^(每(?:日|天|周|月|季度|季|年|半年))(?:都|要)?(?:查|检查|巡|巡查|督查|看)(?:一|1)(?:次|回|遍|趟)([\u4e00-\u9fff、]{2,20})$/u;

/**
 * A programme's title typed after the work it is part of (`新生入学教育 文明礼仪第一课`, `廉洁教育 思政公开课`): a lesson's
 * title (…课, …课堂) or any title typed in quotes. With PROGRAMME_OF, the work named by it, the title in quotes before
 * it (`“文明礼仪第一课”新生入学教育`: new-user test 58, D5 — never the fragment `新生入学教育，文明礼仪第一课`).
 */
const PROGRAMME = /^(?:[\u4e00-\u9fff]{2,10}(?:课|课堂)|“[\u4e00-\u9fff·]{2,12}”)$/u;
/** A work a programme is part of, by its closing word (`新生入学教育`, `岗前培训`, `理论宣讲`). */
const PROGRAMME_OF = /^[\u4e00-\u9fff]{2,10}(?:教育|培训|宣讲|宣传|实践|活动)$/u;

/**
 * Whether a part of a 名称或内容 typed after a space is spoken (SPOKEN_CLAUSE, or talk as facts/remark isTalk reads it:
 * `包联社区 帮着跑`, `夜市专班 顺便巡一下`; new-user test 43, D2): left out of the text, and check says so (org.spoken-name).
 */
export const isSpokenPart = (part: string): boolean => SPOKEN_CLAUSE.test(part) || isTalk(part);

/**
 * `网格化 一网格一员`, `联合执法 (公安 市监)`, `跟物业对接…问题 开了几次会`: the 名称或内容 (a string) as the text says it,
 * with what it tells besides — `{ content, frequency?, tail? }`:
 * - brackets full-width, no space around them, the words inside joined by 、 (`联合执法（公安、市监）`); no space
 *   beside punctuation (`责任制： 商户…` is `责任制：商户…`);
 * - a spoken clause after a space is left out (`开了几次会`), and a spoken 跟 at the head of a work with someone is 与
 *   (`与物业对接电动车进楼问题`);
 * - a clause that is a frequency (`每月一评`, `每周一查`) is the row's frequency (`每月`, 1次) when it has none typed;
 * - a name that opens with its frequency (`每天早上晨会`, `每周例会`) gives it too (`每日`, the name `晨会`);
 * - what is left after another space (`一网格一员`) is the `tail`, said after the row's clause with a comma, never with
 *   its count glued after it.
 * Units: none (text only). Source of rule: docs/new-user-test-pane-40.md D4, D17, D18, D22; narrative.md "Writing like
 * a colleague (v2)" (no half-width space in a sentence).
 */
export function tidyOrgName(content: string): { content: string; frequency?: string; tail?: string } {
  let text = content
    .replace(/\s*[(（]\s*([^()（）]*?)\s*[)）]\s*/gu, (_, inner: string) => `（${inner.split(/\s+/u).filter(Boolean).join("、")}）`)
    // A space beside punctuation (`落实门前三包责任制： 商户签订…`) separates nothing: the punctuation does (new-user test 34, D2).
    .replace(/\s*([：:，,；;。、])\s*/gu, "$1")
    .trim();
  let frequency: string | undefined;
  const parts = text.split(/\s+/u).filter(Boolean);
  const kept: string[] = [];
  for (const [n, part] of parts.entries()) {
    if (n > 0 && isSpokenPart(part)) continue;
    const often = /^(每(?:日|天|周|月|季度|季|年|半年))[一1](?:评|查|检|调度|督查|督导|考评|评比|巡查|通报|点评)$/u.exec(part);
    if (n > 0 && often) {
      frequency = `${often[1].replace(/^每天$/u, "每日")}1次`;
      continue;
    }
    const checked = n > 0 ? SPOKEN_CHECK.exec(part) : null;
    if (checked) {
      frequency ??= `${checked[1].replace(/^每天$/u, "每日")}1次`;
      kept.push(`重点检查${checked[2]}`);
      continue;
    }
    const said = n > 0 ? SPOKEN_FREQUENCY.exec(part) : null;
    if (said) {
      frequency = said[1] ? `${said[1].replace(/^每天$/u, "每日")}1次` : DOUBLED_CYCLE[said[2]];
      continue;
    }
    if (n > 0 && kept.length && HEAD_NOUN.test(part)) {
      kept[kept.length - 1] += part;
      continue;
    }
    if (kept.length === 1 && n === 1 && parts.length === 2 && PROGRAMME_OF.test(kept[0]) && PROGRAMME.test(part) && !actionOf(part.replace(/[“”]/gu, ""))) {
      kept[0] = `“${part.replace(/[“”]/gu, "")}”${kept[0]}`;
      continue;
    }
    if (kept.length === 1 && WORK_NAME.test(kept[0]) && WORK_NAME.test(part)) {
      kept[0] += `、${part}`;
      continue;
    }
    kept.push(part);
  }
  if (kept.length === 2 && JOINT_WORK.test(kept[0]) && JOINT_TAIL.test(kept[1])) kept.splice(0, 2, `${kept[1]}开展${kept[0]}`);
  text = kept[0] ?? text;
  const tail = kept.slice(1).join("，") || undefined;
  // `跟物业对接……`: the spoken 跟 of working with someone is the written 与.
  text = text.replace(/^跟(?=[\u4e00-\u9fff]{2,12}?(?:对接|沟通|协调|联系|商量|研究|座谈))/u, "与");
  // `把文明就医纳入科室绩效考核`: the spoken 把 is the written 将 (new-user test 53, D11).
  text = text.replace(SPOKEN_BA, "将");
  // `每天早上晨会`: the frequency opens the name; the thing held is the rest.
  const opening = /^(每(?:日|天|周|月|季度))(?:早上|上午|下午|晚上|早|晚)?([\u4e00-\u9fff]{1,8}?(?:会|会议))$/u.exec(text);
  if (opening && !frequency) {
    frequency = opening[1].replace(/^每天$/u, "每日");
    text = opening[2];
  }
  return { content: text, ...(frequency ? { frequency } : {}), ...(tail ? { tail } : {}) };
}

/** The written verb of a spoken purpose of a meeting (`布置创文` → `部署`). */
const MEETING_PURPOSE: Readonly<Record<string, string>> = { 布置: "部署", 安排: "部署", 部署: "部署", 研究: "研究", 传达: "传达", 学习: "学习", 动员: "动员", 推进: "推进", 落实: "落实", 调度: "调度" };

/**
 * A meeting named as people say it (new-user test 43, D3, D13): the bare verb `开会` (`开个会`, `开了会`) is the kind's
 * noun `工作会议` (said `召开工作会议3次`, never `召开开会3次`), `开例会` is `例会`; `开会布置创文` is `召开会议部署创文工作`
 * (a purpose that is only the campaign, `创文`/`创建`/`创城`, takes `工作`). Any other name unchanged.
 */
export function spokenMeeting(content: string): string {
  const bare = /^开(?:个|了)?(会议?|例会|大会|碰头会)$/u.exec(content);
  if (bare) return bare[1].startsWith("会") ? "工作会议" : bare[1];
  const purpose = /^开(?:个|了)?会(布置|安排|部署|研究|传达|学习|动员|推进|落实|调度)([\u4e00-\u9fff“”]{2,})$/u.exec(content);
  if (!purpose) return content;
  return `召开会议${MEETING_PURPOSE[purpose[1]]}${purpose[2]}${/^(?:创文|创建|创城|文明创建|文明城市创建)$/u.test(purpose[2]) ? "工作" : ""}`;
}

/**
 * A standing meeting said as people say it, its cycle and what it stresses (`每天早上开班前会讲文明服务`, `每周一开例会说安全`,
 * `每月开会部署创文`): `{ meeting: 召开班前会, cycle: 每日, tail: 强调文明服务 }` — the meeting held (召开), its cycle as a 频次
 * (每天 is 每日; the time of day goes), and what it stresses in written words (讲/说 → 强调; 布置 → 部署 …: MEETING_PURPOSE).
 * Never `每天早上开班前会讲文明服务180次` copied (new-user test 61, D9). Undefined for any other name.
 */
export function spokenStandingMeeting(content: string): { meeting: string; cycle: string; tail: string } | undefined {
  const m = /^(每(?:日|天|周|月|季度|季))(?:[一二三四五六日天]|早上|早晨|上午|下午|晚上|早|晚)?(?:都|固定)?开(?:个|好)?([\u4e00-\u9fff]{0,6}?(?:会议|会))(讲讲|讲|说|强调|提|布置|安排|部署|研究|传达|学习|动员|推进|落实|调度)([\u4e00-\u9fff“”、]{2,12})$/u.exec(content);
  if (!m || m[2] === "会" || m[2] === "会议") return undefined;
  const verb = MEETING_PURPOSE[m[3]] ?? "强调";
  return { meeting: `召开${m[2]}`, cycle: m[1].replace(/^每天$/u, "每日").replace(/^每季$/u, "每季度"), tail: `${verb}${m[4]}` };
}

/** Matters that are handled, by their closing word (`投诉`, `矛盾纠纷`, `群众诉求`, `信访件`). */
const HANDLED_MATTER = /(?:投诉|诉求|纠纷|矛盾|信访|信访件|来信|来电|来访|工单|举报|案件)$/u;

/**
 * A matter named with its handling after it (`投诉处理`, `矛盾纠纷调解`, `群众诉求办理`) said verb first, as a colleague writes
 * it: `处理投诉`, `调解矛盾纠纷`, `办理群众诉求` (new-user test 58, D9: never the verbless `投诉处理36件`); so is a rule or paper
 * with its one-off act after it (`章程修订` → `修订章程`, `责任书签订` → `签订责任书`). Any other name unchanged.
 */
export function handledFirst(content: string): string {
  const m = /^([\u4e00-\u9fff]{2,10}?)(处理|办理|受理|调处|调解|化解|处置|办结)$/u.exec(content);
  if (m && HANDLED_MATTER.test(m[1])) return `${m[2]}${m[1]}`;
  // A rule or paper named with the one-off act done to it (`红白理事会章程修订`, `门前三包责任书签订`), alone or as the first
  // clause: the act first, `修订红白理事会章程`, `签订门前三包责任书` (new-user test 59, D11).
  const act = /^([\u4e00-\u9fff“”]{2,16}?(?:章程|公约|村规民约|居规民约|制度|办法|方案|细则|规定|守则|责任书|承诺书|协议书?|合同))(修订|修改|制定|制订|签订|签署|出台|印发|完善)(?=$|[，,；;])/u.exec(content);
  return act ? `${act[2]}${act[1]}${content.slice(act[0].length)}` : content;
}

/** A practice of duties named bare, one clause (`楼栋长包楼`, `党员联户`, `干部包村`): no 制/制度/机制 ends it. */
const BARE_PRACTICE = /^[\u4e00-\u9fff]{2,10}(?:包[楼村组户片街段路巷栋格]|包保|包干|联户)$/u;

/**
 * A group's name with its members listed in brackets after it (`小区创文工作小组（业委会+物业）`, `（业委会、物业）`) said as
 * who forms it (`由业委会和物业组成的小区创文工作小组`: run-27 review, 材料1 item 1 — brackets after a name read as a
 * table). Only a list of two to five bodies, each of two to eight characters with no word of leading (组长, 任, 牵头 …) nor
 * a figure; any other name as typed.
 */
export function membersFirst(content: string): string {
  const m = /^([\u4e00-\u9fff“”]{2,20}?(?:小组|专班|工作组|委员会|指挥部))\s*[（(]([^（）()]{4,40})[)）]$/u.exec(content);
  if (!m) return content;
  const members = m[2].split(/\s*[、，,+＋/]\s*|和|及|与/u);
  if (members.length < 2 || members.length > 5 || !members.every((x) => /^[\u4e00-\u9fff]{2,8}$/u.test(x) && !/组长|任|牵头|负责|成员|调整|成立|书记|主任/u.test(x))) return content;
  return `由${members.slice(0, -1).join("、")}和${members[members.length - 1]}组成的${m[1]}`;
}

/**
 * A meeting's name with what it studied or laid out after it (`馆务会研究创文`, `党支部会议专题部署文明创建`): the meeting
 * (`馆务会`) and its purpose in written words (`专题研究创文工作`: MEETING_PURPOSE, a purpose that is only the campaign takes
 * 工作); undefined for any other name, or one that opens with its own verb (`召开…`, `开会…`: spokenMeeting's).
 * Run-27 review, 材料4 item 2.
 */
export function meetingPurpose(content: string): { meeting: string; tail: string } | undefined {
  const m = /^(?!召开|开)([\u4e00-\u9fff]{1,10}?(?:会议|会))(?:专题)?(布置|安排|部署|研究|传达|学习|动员|推进|调度)([\u4e00-\u9fff“”]{2,12})$/u.exec(content);
  if (!m || m[1].length < 2) return undefined;
  return { meeting: m[1], tail: `专题${MEETING_PURPOSE[m[2]]}${m[3]}${/^(?:创文|创建|创城|文明创建|文明城市创建)$/u.test(m[3]) ? "工作" : ""}` };
}

/**
 * A mechanism's name that closes with its own cadence (`楼道巡查每日一巡`, `安全检查每周一查`, `文明户评议一月一评`): group 1
 * the work, group 2 the cadence, group 3 its cycle (`日`, `周` …). New-user test 56, D7.
 */
const CADENCE_END = /^([\u4e00-\u9fff“”]{2,12}?)((?:每|一)(日|天|周|月|季度|季|年)[一1][\u4e00-\u9fff])$/u;

/**
 * A round of checks named with what it looks for said as a question (`文明阅览巡查，查看阅览室有没有大声喧哗、占座`): the work
 * (group 1), how it looks (2), where (3) and the things looked for (4). New-user test 59, D4.
 */
const CHECKED_FOR = /^([\u4e00-\u9fff“”]{2,16}?)[，,](查看|检查|巡查|看看|看)([\u4e00-\u9fff]{0,8}?)(?:有没有|有无|是否有|是不是有)([\u4e00-\u9fff、]{2,30})$/u;

/**
 * What a round of checks looks for, said in writing (new-user test 59, D4): `{ content: 文明阅览巡查, tail: 查看阅览室是否存在
 * 大声喧哗、占座等不文明行为 }` for `文明阅览巡查，查看阅览室有没有大声喧哗、占座`: 有没有 is a spoken question, 是否存在 its
 * written form; a list of conduct (catalog PROBLEM_FAMILIES) takes `等不文明行为`. Undefined for any other name.
 */
export function checkedFor(content: string): { content: string; tail: string } | undefined {
  const m = CHECKED_FOR.exec(content);
  if (!m) return undefined;
  const family = PROBLEM_FAMILIES.find((f) => f.name === "不文明行为");
  const conduct = !!family && m[4].split("、").every((x) => family.words.test(x) && !/行为$/u.test(x));
  return { content: m[1], tail: `${/^看/u.test(m[2]) ? "查看" : m[2]}${m[3]}是否存在${m[4]}${conduct ? "等不文明行为" : ""}` };
}

/** A 组织保障 name of a thing, its cycle and the check done on it (`星级厕所每日巡查`): 1 the thing, 2 the cycle, 3 the verb. */
const THING_CYCLE_CHECK = /^([\u4e00-\u9fff“”]{2,10}?)(每(?:日|天|周|月|季度|季|年))(巡查|检查|督查|巡检|督导|抽查|暗访|保洁|消杀|清扫|巡逻)$/u;

/** People who do a check (`楼栋长`, `网格员`, `值班干部`, `保安队`), never the thing checked. */
const CHECKER = /(?:长|员|人|干部|队|组|班|者|书记|主任|领导|党员|志愿者|保安|民警|辅警)$/u;

/**
 * An OrganizationItem with its 名称或内容 tidied (tidyOrgName): a frequency the name gave becomes the row's frequency
 * when no 频次 was typed (its source the 名称或内容 cell); the tail is returned beside it for the caller to say.
 */
export function tidyOrgItem(i: OrganizationItem): { item: OrganizationItem; tail?: string } {
  const t = tidyOrgName(i.content);
  t.content = handledFirst(spokenMeeting(t.content));
  // `每天早上开班前会讲文明服务` (频次 每日) 180次: `坚持每日召开班前会，累计180次，强调文明服务` (new-user test 61, D9).
  const standing = t.tail || t.frequency ? undefined : spokenStandingMeeting(t.content);
  if (standing) {
    t.content = standing.meeting;
    t.tail = standing.tail;
    if (!i.remark?.frequency) t.frequency = `${standing.cycle}1次`;
  }
  const looked = t.tail ? undefined : checkedFor(t.content);
  if (looked) {
    t.content = looked.content;
    t.tail = looked.tail;
  }
  // A meeting typed with what it studied (`馆务会研究创文` 3次) is held, its purpose said after the count (run-27 review,
  // 材料4 item 2: `召开馆务会3次，专题研究创文工作`, never `召开馆务会研究创文3次`).
  const purpose = i.kind === "工作会议" && !t.tail ? meetingPurpose(t.content) : undefined;
  if (purpose) {
    t.content = purpose.meeting;
    t.tail = purpose.tail;
  }
  if (i.kind === "领导小组") t.content = membersFirst(t.content);
  // A practice of duties named bare (`楼栋长包楼`) is a system: `落实楼栋长包楼制度`, never `落实楼栋长包楼` with no head noun
  // (run-27 review, 材料1 item 2). One clause only: `镇干部包村、村干部包组，责任到人` reads on as typed.
  if (i.kind === "工作机制" && BARE_PRACTICE.test(t.content)) t.content += "制度";
  // A mechanism that says its own cadence (`楼道巡查每日一巡`, 频次 每日) is set up and kept at it: `建立楼道巡查机制，坚持每日一巡`,
  // never the 频次 said again before it (`坚持每日一巡楼道巡查`: new-user test 56, D7). A typed 频次 of the same cycle is the
  // cadence's; one of another cycle is kept.
  const cadence = i.kind === "工作机制" && !t.tail && !t.frequency ? CADENCE_END.exec(t.content) : null;
  let typedFrequency = i.remark?.frequency;
  if (cadence) {
    t.content = `${cadence[1]}${/(?:机制|制度|责任制)$/u.test(cadence[1]) ? "" : "机制"}`;
    t.tail = `坚持${cadence[2]}`;
    const cycle = (every: string): string => every.replace(/^每/u, "").replace(/^天$/u, "日").replace(/^季$/u, "季度");
    if (typedFrequency && cycle(typedFrequency.every) === cycle(cadence[3])) typedFrequency = undefined;
  }
  // A check named by its thing, its cycle and its verb (`星级厕所每日巡查` 180次) is the verb on the thing, kept at that cycle:
  // `坚持每日巡查星级厕所，累计巡查180次`, never `开展星级厕所每日巡查180次` (review run 31, reviewer AU, t58-scenic item 1).
  // Who checks (`楼栋长每日巡查`) is no thing checked: kept as typed (new-user test 47, D1).
  const named = !t.tail && !t.frequency ? THING_CYCLE_CHECK.exec(t.content) : null;
  const timed = named && !CHECKER.test(named[1]) ? named : null;
  const cycleOf = (every: string): string => every.replace(/^每/u, "").replace(/^天$/u, "日").replace(/^季$/u, "季度");
  if (timed && (!typedFrequency || cycleOf(typedFrequency.every) === cycleOf(timed[2]))) {
    t.content = `${timed[3]}${timed[1]}`;
    if (!typedFrequency) t.frequency = `${timed[2].replace(/^每天$/u, "每日")}1次`;
  }
  if (t.content === i.content && !t.frequency && !t.tail) return { item: i };
  const read = t.frequency ? frequencyOf(t.frequency) : undefined;
  const kept = i.remark && typedFrequency !== i.remark.frequency ? { ...i.remark, frequency: typedFrequency } : i.remark;
  const remark = read && !kept?.frequency ? { places: [], dropped: [], ...kept, frequency: { ...read, source: i.source } } : kept;
  return { item: { ...i, content: t.content, ...(remark ? { remark } : {}) }, ...(t.tail ? { tail: t.tail } : {}) };
}
