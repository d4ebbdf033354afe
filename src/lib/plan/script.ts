/**
 * Traditional script, read as simplified: real plans of the genre come in both (a Hong Kong or
 * Taiwan mirror of a mainland page, a Guangdong city's own site). The words the reader matches —
 * notice, unit-list and web-page vocabulary — are mapped one character for one, so every index
 * into the simplified text is an index into the text as written, which is always what is kept.
 */
const PAIRS =
  '牽牵頭头負负責责單单門门職职協协關关級级機机構构縣县區区辦办時时間间參参與与別别體体屬属' +
  '於于發发給给們们現现將将開开號号廳厅員员會会務务轉转為为實实導导佈布來来點点擊击瀏浏覽览數数頁页當当綜综類类標标題题' +
  '經经貫贯徹彻執执見见劃划計计細细規规綱纲決决則则';

const SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  const from = PAIRS[i] as string;
  const to = PAIRS[i + 1] as string;
  if (from !== to) SIMPLIFIED.set(from, to);
}
const TRADITIONAL = new RegExp(`[${[...SIMPLIFIED.keys()].join('')}]`, 'g');

/** The text with the traditional characters of the reader's vocabulary simplified; same length, same offsets. */
export function simplifyScript(text: string): string {
  return text.replace(TRADITIONAL, (ch) => SIMPLIFIED.get(ch) ?? ch);
}
