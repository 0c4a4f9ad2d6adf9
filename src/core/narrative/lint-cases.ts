/**
 * The lint's committed test data (narrative spec v2, issue "23 defects per 1,000 characters"):
 * - {@link mustFlag}: every defect the editor quoted, each in a realistic sentence, then at least
 *   three invented cases per rule id; each must be flagged under exactly the rule ids given;
 * - {@link mustPass}: good sentences in the genre's register, with the near-misses a careful
 *   colleague writes; none may be flagged.
 * Lines are body paragraphs as documentText prints them (two ideographic spaces of indent).
 * @module
 */
import type { LintRule } from "./lint";

/** One case: a text, the unit type it speaks for (for `wrong-subject`), and what it must give. */
export interface LintCase {
  readonly text: string;
  readonly unitType?: string;
  /** Rule ids the lint must report, and no others (empty for must-pass cases). */
  readonly rules: readonly LintRule[];
  /** Where the case comes from (`issue`: quoted by the editor). */
  readonly source?: "issue";
}

/** Defects the lint must flag, each under exactly these rule ids. */
export const mustFlag: readonly LintCase[] = [
  // --- Quoted in the issue ---------------------------------------------------------------------
  { source: "issue", text: "　　为加强门前三包管理，配备发放通知书120份。", rules: ["glue-verb"] },
  { source: "issue", text: "　　汛期现有应急队员待命24小时。", rules: ["glue-verb"] },
  { source: "issue", text: "　　开展开展“我们的节日”主题活动5场。", rules: ["glue-verb"] },
  { source: "issue", text: "　　先后开展道德讲堂12期、开展文明礼仪培训3场。", rules: ["repeated-verb"] },
  { source: "issue", text: "　　全年共排查发现各类问题5390宗、136处、808块。", rules: ["mixed-units"] },
  { source: "issue", text: "　　组建志愿服务队，注册志愿者552多人。", rules: ["approximation"] },
  { source: "issue", text: "　　社区问题整改率约96%。", rules: ["approximation"] },
  { source: "issue", text: "　　群众对创建工作的知晓率达90余%。", rules: ["approximation"] },
  { source: "issue", text: "　　在主次干道设置公益广告80块（备注：含电子屏12块）。", rules: ["cell-artefact"] },
  { source: "issue", text: "　　清理乱张贴55处、卫生死角24处、其他3处。", rules: ["cell-artefact"] },
  { source: "issue", text: "　　新增果皮箱300个，其他12个。", rules: ["cell-artefact"] },
  { source: "issue", unitType: "学校", text: "　　社区5月25日召开创文攻坚动员大会，动员全体师生参与创建。", rules: ["wrong-subject"] },
  { source: "issue", unitType: "其他", text: "　　社区以问题为导向，统筹推进各成员单位创建任务。", rules: ["wrong-subject"] },
  { source: "issue", text: "　　联合公安、市场监管等部门开展夜间联合执法，配备执法队员2个。", rules: ["measure-word"] },
  { source: "issue", text: "　　建有社区学校1校，开设市民课堂。", rules: ["echo-classifier"] },
  { source: "issue", unitType: "街道", text: "　　全街道共注册志愿者1157多人。", rules: ["approximation"] },
  { source: "issue", unitType: "街道", text: "　　各社区共配备小区保洁员10人、小区保洁员8人、垃圾桶45个、小区保洁员12人。", rules: ["repeated-item"] },

  // --- glue-verb (rule 1) ------------------------------------------------------------------------
  { text: "　　建有志愿服务活动12场。", rules: ["glue-verb"] },
  { text: "　　开展清理小广告300余张。", rules: ["glue-verb"] },
  { text: "　　现有受益群众2000余人次。", rules: ["glue-verb"] },
  { text: "　　举办发放宣传资料2000份。", rules: ["glue-verb"] },
  { text: "　　建有整改率98%。", rules: ["glue-verb"] },

  // --- repeated-verb (rule 2) --------------------------------------------------------------------
  { text: "　　集中清理乱张贴55处、清理卫生死角24处。", rules: ["repeated-verb"] },
  { text: "　　发放宣传资料2000份、发放倡议书500份。", rules: ["repeated-verb"] },
  { text: "　　先后开展入户宣传并开展义诊活动。", rules: ["repeated-verb"] },
  { text: "　　走访走访困难家庭32户。", rules: ["repeated-verb"] },

  // --- repeated-item (rules 2 and 3: the same item twice in one list) ---------------------------------
  { text: "　　设置公益广告80块、横幅12条、公益广告20块。", rules: ["repeated-item"] },
  { text: "　　评选表彰楼栋好人6人、社区好人6人、楼栋好人3人。", rules: ["repeated-item"] },
  { text: "　　新增果皮箱300个和果皮箱20个。", rules: ["repeated-item"] },

  // --- mixed-units (rule 3) ----------------------------------------------------------------------
  { text: "　　开展“我们的节日”主题活动5场，参与140人、320人次。", rules: ["mixed-units"] },
  { text: "　　走访慰问困难群众56人、32户。", rules: ["mixed-units"] },
  { text: "　　清理乱张贴55处、卫生死角24宗，共79处。", rules: ["mixed-units"] },
  // The list and the rate over it: two issues, one rule.
  { text: "　　排查发现各类问题670处、12宗，已整改665处、11宗，整改率为99.1%。", rules: ["mixed-units"] },

  // --- approximation (rule 4 and the figures rules) ------------------------------------------------
  { text: "　　发放宣传资料1748多份。", rules: ["approximation"] },
  { text: "　　志愿者注册率约为4.2%。", rules: ["approximation"] },
  { text: "　　群众满意度达95%左右。", rules: ["approximation"] },
  { text: "　　志愿者注册率近5%。", rules: ["approximation"] },
  { text: "　　公益广告80多块。", rules: ["approximation"] },
  { text: "　　注册志愿者552余人。", rules: ["approximation"] },

  // --- cell-artefact (rule 5) --------------------------------------------------------------------
  { text: "　　与7家单位签订协议，名称或内容为共驻共建协议。", rules: ["cell-artefact"] },
  { text: "　　清理小广告300余张〔约数〕。", rules: ["cell-artefact"] },
  { text: "　　开展“学雷锋”志愿服务活动，参与数量80人。", rules: ["cell-artefact"] },
  { text: "　　问题类别包括占道经营和乱张贴。", rules: ["cell-artefact"] },
  { text: "　　更换宣传栏15块（注：部分为电子屏）。", rules: ["cell-artefact"] },

  // --- echo-classifier (rule 11) -----------------------------------------------------------------
  { text: "　　建成健身场所1场所。", rules: ["echo-classifier"] },
  { text: "　　建有功能室6室，面向居民开放。", rules: ["echo-classifier"] },
  { text: "　　建成志愿服务站3站。", rules: ["echo-classifier"] },
  { text: "　　新建幼儿园2园。", rules: ["echo-classifier"] },

  // --- measure-word (rule 11) --------------------------------------------------------------------
  { text: "　　配备专职网格员12个。", rules: ["measure-word"] },
  { text: "　　在主要路口悬挂横幅60块。", rules: ["measure-word"] },
  { text: "　　召开创建工作推进会6个。", rules: ["measure-word"] },
  { text: "　　发放宣传资料2000个。", rules: ["measure-word"] },
  { text: "　　资助困难学生12个。", rules: ["measure-word"] },

  // --- wrong-subject (rule 7) --------------------------------------------------------------------
  { unitType: "学校", text: "　　社区1月10日成立创建工作领导小组。", rules: ["wrong-subject"] },
  { unitType: "社区", text: "　　我局结合辖区实际，扎实推进创建工作。", rules: ["wrong-subject"] },
  { unitType: "机关部门", text: "　　我校组织干部职工参加志愿服务。", rules: ["wrong-subject"] },
  { unitType: "群团组织", text: "　　我局联合各社区开展“美丽庭院”创建。", rules: ["wrong-subject"] },
  { unitType: "街道", text: "　　社区共配备保洁员30人。", rules: ["wrong-subject"] },
  { unitType: "企事业单位", text: "　　社区积极组织职工参与文明交通劝导。", rules: ["wrong-subject"] },

  // --- impossible-rate (rule 9) ------------------------------------------------------------------
  { text: "　　问题整改率达105%。", rules: ["impossible-rate"] },
  { text: "　　排查发现问题110处，已整改120处。", rules: ["impossible-rate"] },
  { text: "　　其中占道经营36处（已整改40处）。", rules: ["impossible-rate"] },
  { text: "　　110宗问题中已整改118宗。", rules: ["impossible-rate"] },
  { text: "　　群众满意度为102.5%。", rules: ["impossible-rate"] },

  // --- dangling-deixis (rule 6) ------------------------------------------------------------------
  { text: "　　开展“全民大清扫”活动，当日清理垃圾5吨。", rules: ["dangling-deixis"] },
  { text: "　　本次活动共发放宣传资料300份。", rules: ["dangling-deixis"] },
  { text: "　　组织志愿者开展文明劝导，当天劝导不文明行为120起。", rules: ["dangling-deixis"] },
  { text: "　　召开创建工作推进会，次日组织督查。", rules: ["dangling-deixis"] },

  // --- form rules (issue #4) ---------------------------------------------------------------------
  { text: "　　共开展0期道德讲堂。", rules: ["zero-figure"] },
  { text: "　　参与0人。", rules: ["zero-figure"] },
  { text: "　　投入经费0元，开展活动3场。", rules: ["zero-figure"] },
  { text: "　　开展活动，，参与10人。", rules: ["doubled-punctuation"] },
  { text: "　　开展活动。。", rules: ["doubled-punctuation"] },
  { text: "　　开展活动；。", rules: ["doubled-punctuation"] },
  { text: "　　开展活动,参与10人。", rules: ["half-width-punctuation"] },
  { text: "　　开展活动.", rules: ["half-width-punctuation"] },
  { text: "　　参与10人;服务20次。", rules: ["half-width-punctuation"] },
  { text: "　　开展活动 3场。", rules: ["space-cjk-digit"] },
  { text: "　　开展活动3 场。", rules: ["space-cjk-digit"] },
  { text: "　　注册志愿者 550人。", rules: ["space-cjk-digit"] },
  { text: "　　开展“全民大清扫活动。", rules: ["unbalanced"] },
  { text: "　　开展活动（参与10人。", rules: ["unbalanced"] },
  { text: "　　开展““一老一小”关爱”活动。", rules: ["unbalanced"] },
  { text: "一、甲\n三、乙", rules: ["numbering"] },
  { text: "一、甲\n（一）子\n（三）子", rules: ["numbering"] },
  { text: "一、甲\n　　一是甲；三是乙。", rules: ["numbering"] },
];

/** Good sentences a careful colleague writes, near-misses included: none may be flagged. */
export const mustPass: readonly LintCase[] = [
  { text: "　　规范占道经营120宗、拆除违章搭建16处、清理小广告300余张。", rules: [] },
  { text: "　　开展道德讲堂12期、文明礼仪培训3场。", rules: [] },
  { text: "　　组建志愿服务队，注册志愿者550余人。", rules: [] },
  { text: "　　排查发现的问题均已整改到位，整改率达100%。", rules: [] },
  { text: "　　群众对创建工作的满意度达90%以上。", rules: [] },
  { text: "　　组织开展“我们的节日”主题活动5场，其中春节2场，元宵节、清明节和端午节各1场。", rules: [] },
  { text: "　　坚持每月开展道德讲堂2期，全年共开展22期。", rules: [] },
  { text: "　　6月5日，社区开展“世界环境日环保宣传”活动；当日发放宣传资料300份。", rules: [] },
  { text: "　　清理移动广告牌34个，规范占道经营21处、流动摊点15处，均已整改到位。", rules: [] },
  { text: "　　建有社区学校1所、功能室6个，向居民免费开放。", rules: [] },
  { text: "　　出动执法人员约14800人次、执法车辆1260台次，下达限期整改通知书860份。", rules: [] },
  { text: "　　配备小区保洁员12人、垃圾桶70余个、清运机动车辆1辆。", rules: [] },
  { unitType: "机关部门", text: "　　我局1月9日成立由局主要负责同志任组长的创建工作领导小组。", rules: [] },
  { unitType: "学校", text: "　　我校把创建工作纳入学校年度重点工作，组织师生参与志愿服务。", rules: [] },
  { unitType: "其他", text: "　　指挥部坚持每周调度，统筹推进各成员单位创建任务。", rules: [] },
  { unitType: "街道", text: "　　街道以城市管理难点为突破口，组织社区和职能部门开展集中整治。", rules: [] },
  { text: "　　110宗问题中已整改108宗，整改率为98.2%。", rules: [] },
  { text: "　　投入宣传经费20.75万元，服务时长680.5小时。", rules: [] },
  { text: "　　2023年3月8日开展“创建业务培训会”，参与150人。", rules: [] },
  { text: "　　发放宣传资料2.8万份，投入资金4万余元。", rules: [] },
  { unitType: "社区", text: "　　社区1月10日成立以党工委书记为组长的创建工作领导小组。", rules: [] },
  { text: "　　走访慰问困难群众320户，发放慰问金9.6万元。", rules: [] },
  { text: "　　评选表彰楼栋好人6人和社区好人6人，共12人。", rules: [] },
  { text: "　　改造老旧小区172个、楼栋617栋，新增公共停车泊位420个。", rules: [] },
  { text: "　　排查发现乱张贴、占道经营和卫生死角问题118处，已整改115处，整改率为97.5%。", rules: [] },
  { text: "　　其中乱张贴342处、占道经营126处（已整改124处）、卫生死角96处等。", rules: [] },
  { text: "　　设置公益广告80余块和道旗120余面，更换宣传栏15块，悬挂横幅12条。", rules: [] },
  { text: "　　注册志愿者3260人，志愿者注册率为3.8%，较上年同期增长150%。", rules: [] },
  { text: "　　签订门前三包责任书1850份，下达限期整改通知书860份。", rules: [] },
  { text: "　　拆除违章建筑3200平方米，清运建筑垃圾120吨。", rules: [] },
  { text: "　　组建志愿服务队伍6支，累计开展志愿服务160次，服务时长1870小时。", rules: [] },
  { text: "　　5月22日至27日，出动人员100余人、车辆5辆，清理垃圾5车。", rules: [] },
  { text: "　　现有注册志愿者550余人，建有志愿服务站3个。", rules: [] },
  { text: "　　针对主次干道的占道经营，先教育劝导，再依法暂扣经营工具。", rules: [] },
  { text: "　　为困难学生发放助学金约1.23万元。", rules: [] },
  { text: "　　组织近100名志愿者参与清扫。", rules: [] },
  { text: "　　6月18日开展“城管开放日”志愿服务活动，参与86人；次日组织回访。", rules: [] },
  { text: "　　乱张贴58处中尚有3处未整改到位，需持续跟进。", rules: [] },
  { text: "　　开展“学雷锋志愿服务”“文明交通劝导”等活动，参与群众达2000余人次。", rules: [] },
  { text: "　　召开创建工作推进会6次、专题调度会8次。", rules: [] },
  { text: "　　发现各类问题670处，已整改665处，尚有5处正在整改。", rules: [] },
  { unitType: "群团组织", text: "　　区妇联联合社区开展“美丽庭院”创建活动。", rules: [] },
  { unitType: "群团组织", text: "　　我会组织巾帼志愿者开展关爱留守儿童活动12场，参与儿童300余人次。", rules: [] },
  { unitType: "学校", text: "　　学校与龙泉社区结对共建，组织师生到社区开展志愿服务。", rules: [] },
  { text: "　　发放宣传资料2000份和倡议书500份。", rules: [] },
  { unitType: "街道", text: "　　全街道4个社区共开展各类活动48场，注册志愿者1100余人。", rules: [] },
  { text: "　　清理小广告12000余处，收缴罚没款8.65万元。", rules: [] },
  { text: "　　走访困难户12户，资助困难学生8名。", rules: [] },
  { text: "　　组织网格员入户排查1200户。", rules: [] },
  { text: "　　推进行动方案落实，实现有效管控。", rules: [] },
  { text: "　　报告期内，明确责任单位和整改时限，常住人口覆盖率稳步提高。", rules: [] },
  { text: "　　按照《文明城市创建实施方案》（城文明办〔2023〕5号）要求，细化任务分工。", rules: [] },
  { text: "　　组建青年志愿服务队（注册志愿者80人），开展服务20次。", rules: [] },
  { text: "　　评选东湖好人12人、社区好人6人。", rules: [] },
  { text: "　　3月10日开展“城管执法业务培训”，参与120人。", rules: [] },
  { text: "　　每日抽调警力200余名，在中心城区查获非法改装机动车19辆。", rules: [] },
  { text: "　　全年共开展环境整治活动6场，参与270人次。", rules: [] },
  { text: "　　新建口袋公园3个，改造公厕12座，补植行道树120棵。", rules: [] },
  { unitType: "社区", text: "　　社区联合辖区小学开展“学雷锋志愿服务”活动，参与80人。", rules: [] },
  { text: "　　1月1日至10月10日，改造楼栋617栋，开工率为74%。", rules: [] },
];
