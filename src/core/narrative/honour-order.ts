/**
 * An honour told before the appraisal that awarded it (new-user test 58, D15: `评出文明宿舍48间。11月15日学生处在各宿舍楼开展
 * “文明宿舍评比”。`): one sentence, the appraisal first and what it awarded after it. Pure; applied to a section's points.
 * @module
 */
import type { Point } from "./context";

/**
 * A sentence that is one honour's selection (`评出文明宿舍48间。`), alone or as the last clause of a list of honours
 * (`3人获评……；评出文明宿舍48间。`: review run 31, AU, t58-college item 5): group 1 the list before it with its `；`,
 * group 2 the title, group 3 the figure as said.
 */
const SELECTION_ALONE = /^(.*；)?评出([\u4e00-\u9fff“”]{2,12}?)((?:\d+(?:\.\d+)?)(?:余|多)?[\u4e00-\u9fff]{1,2})。$/u;

/**
 * The points with each honour's lone selection (`评出文明宿舍48间。`) said after the one dated activity of the same point that
 * appraised that title (`……开展“文明宿舍评比”。`, an activity named title + 评比/评选, told with no clause after its name):
 * `……开展文明宿舍评比，评出文明宿舍48间。`, the selection's sentence gone and its cells kept. A selection that closes a list of
 * honours is cut from it, its cells (`honourCells` of its title: the 先进典型 cells) going with it. Points without such a pair
 * are returned unchanged.
 */
export function awardedAfterAppraisal(points: readonly Point[], honourCells: (title: string) => readonly string[] = () => []): Point[] {
  return points.map((p) => {
    if (p.sentences.length < 2) return p;
    const sentences = [...p.sentences];
    for (let i = 0; i < sentences.length; i++) {
      const m = SELECTION_ALONE.exec(sentences[i].text);
      if (!m) continue;
      const [, before, said, figure] = m;
      const title = said.replace(/[“”]/gu, "");
      const ending = new RegExp(`开展“?(${title}(?:评比|评选))”?(?:活动)?。$`, "u");
      const at = sentences.findIndex((s, j) => j !== i && ending.test(s.text));
      if (at < 0) continue;
      const s = sentences[at];
      const text = s.text.replace(ending, (_, name: string) => `开展${name}，评出${said}${figure}。`);
      // Cut from a list, the selection's cells are those of its title (`honourCells`); the list keeps the others.
      const own = before ? honourCells(title) : sentences[i].sources;
      sentences[at] = { text, sources: [...new Set([...s.sources, ...own])] };
      if (before) sentences[i] = { text: `${before.slice(0, -1)}。`, sources: sentences[i].sources.filter((c) => !own.includes(c)) };
      else sentences.splice(i, 1);
      return { ...p, sentences };
    }
    return p;
  });
}
