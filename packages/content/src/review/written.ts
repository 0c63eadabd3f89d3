import type { TReviewInput } from "./schema";

/**
 * Second readings of the written (short-answer) items. The reader re-read each item against the
 * article, sceptically and one by one, after all were written: every quote, figure, attribution and
 * hedge of the prompt, model answer, rubric and explanation. NOTE: author and reader are the same
 * engineer working in two passes (draft, then a separate re-reading), not two people. `laterReadings`
 * holds the independent reading by another engineer (wreview) that followed: its verdict is the item's.
 * Checked by test/written-review.test.ts.
 */
export const reviewsOfWrittenItems: TReviewInput[] = [
  {
    itemId: "l0-written-new-pattern-meaning",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "revised",
    changes:
      "Checked the 14 May wording (s0-p1) and the split into 內循環/外循環 (s1-p1). The 'reinforce' criterion rested only on the slogan itself, which does not say what 相互促進 excludes; added s4-p1 (內外循環並非相互割裂和對立) as its support and to the item's sources, and said so in the explanation.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "accepted",
        changes:
          "Read against s0-p1, s1-p1 and s4-p1: both circulations, 相互促進 and the meeting's 超大規模市場優勢和內需潛力 are the article's; every 「」 is verbatim; the 2+1+1 rubric gives a good answer full marks and a one-circulation answer little. English faithful. No change.",
      },
    ],
  },
  {
    itemId: "l0-written-circulation-system-task",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "accepted",
    changes:
      "Checked: the task and 提供有力支撐 are the introduction's words (s0-p1); what the circulation system does and that both circulations depend on it are in the 9月 財經委 row (s5-r7). Our prose avoids the article's typo 聯系. No change.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "accepted",
        changes:
          "Checked the task (s0-p1) against the September 財經委 row (s5-r7): what the circulation system does and 國內循環和國際循環都離不開 are verbatim; the model answer's 所以 follows the row's own reasoning. The 'any one' of the second criterion is fair. No change.",
      },
    ],
  },
  {
    itemId: "l0-written-two-wordings",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "accepted",
    changes:
      "Checked both quotations in s0-p1: the only difference in how the pattern is named is 以國內大循環為主體. Checked that 主次 is the article's reading (s2-p1). The explanation already warns that the May 兩會 row (s5-r2) uses 主體 too, so the item does not claim the wording is new in September. No change.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "accepted",
        changes:
          "Compared the two s0-p1 quotations word by word: the only change in how the pattern is named is 以國內大循環為主體; the 主次 reading is s2-p1's, and the explanation rightly warns that s5-r2 already has 主體 in May. No change.",
      },
    ],
  },
  {
    itemId: "l0-written-title-turn",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "revised",
    changes:
      "The draft asked what the 'big ship' is, which duplicates the ship criterion of l4-written-big-ship (both could be drawn into one quiz). Reworked: the item now asks from which course to which and why the author thinks China must turn; the why criterion rests on s2-p1 (急劇惡化的國際政經形勢) and s1-p5 (強弩之末, 難以為繼), added to the sources.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "revised",
        changes:
          "The 'why' criterion accepted only the general wording (形勢急劇惡化, 強弩之末): a good student naming the concrete changes of s1-p5 (中美對抗愈演愈烈, 「去中國化」) could lose 2 points. The criterion now says naming them counts, and the explanation says the reason is in s1-p5 and s2-p1 (it named s1-p5 only). From, to and why checked against s2-p1, s4-p5 and s1-p5.",
      },
    ],
  },
  {
    itemId: "l0-written-large-market",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "accepted",
    changes:
      "Checked every figure against s2-p3 and s4-p2: 超過14億人口, 約4億 中等收入階層 (the largest in the world: the article's 全球最大規模 qualifies the middle-income group), 41萬億元人民幣 = 96% of the US; the explanation's warning about 40萬億美元 matches s4-p2. No change.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "revised",
        changes:
          "The figure criterion left out the other market-size figure of s4-p2 (網上零售額超過10萬億元人民幣, over 1.4 times US e-commerce), so a correct answer using it scored nothing; added it with its quote. The explanation now says 41 and 10 萬億 are RMB and that US$40 trillion is a pledge, not today's market.",
      },
    ],
  },
  {
    itemId: "l1-written-both-ends-abroad",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "revised",
    changes:
      "The model answer glossed 兩頭在外 as 'raw materials and money come from abroad': the article never mentions raw materials. Now: capital and technology brought in from abroad (s1-p2), products going mainly to markets abroad. The definition 市場和資源 is from the July row (s5-r3), as the explanation says.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "revised",
        changes:
          "The 'ends abroad' criterion rests on s5-r3 (市場和資源). A student giving the usual gloss 原材料和銷售市場 would lose the point although raw materials are resources; the criterion now accepts it. Added to the explanation that the cheap labour and land s1-p2 calls 資源優勢 are domestic strengths, not an end abroad. Methods and industry checked verbatim in s1-p2.",
      },
    ],
  },
  {
    itemId: "l1-written-deep-problems",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "revised",
    changes:
      "The model answer said developed countries turned to re-industrialisation 'so' (於是) because of hollowing-out: s1-p4 lists the two without a causal link. Removed the 於是 (and 'so' in English). Checked the four problems and the end-market link (s1-p3, 以美歐等發達國家作為主要終端消費市場).",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "revised",
        changes:
          "The model answer said developed countries were pulling industry back home (把產業拉回本土) and that export-led growth lost its support (失去支撐): s1-p4 says re-industrialisation held back the deepening of global supply chains, and nowhere that growth lost its support. Now follows s1-p4 (產業鏈深化遭遇阻滯) and ends 難以延續; English to match.",
      },
    ],
  },
  {
    itemId: "l1-written-2008-watershed",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "accepted",
    changes:
      "Checked: 這種經濟型態 in s1-p3 is the 東方生產、西方消費 pattern, peaking before 2008; 11.6% is manufacturing and 22.3% goods exports (order as in 分別達); the post-crisis deleveraging is s1-p4; the August row (s5-r5) dates the shift from 2008. No change.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "accepted",
        changes:
          "Checked the peak (s1-p3: 11.6% manufacturing, 22.3% goods exports, 67% at the end of 2006), the post-crisis deleveraging and collapse of import demand (s1-p4), the 分水嶺 sentence (s1-p5) and the August row's 自2008年 (s5-r5, 8月 in the table). The rubric separates before, after and the table. No change.",
      },
    ],
  },
  {
    itemId: "l1-written-old-path-unsustainable",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "revised",
    changes:
      "The conclusion criterion says the external circulation depends on foreign markets and partners, but cited only s1-p5, which does not say so. Added s1-p2 (引進海外的資金和技術) and s1-p3 (主要終端消費市場) to the criterion and the item. Checked that the explanation accepts 2017 as well as the article's 2018 and marks 澎拜 as the article's typo.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "revised",
        changes:
          "The model answer called the US and Japan China's main partners (主要伙伴): the article names the US and Europe as the main end markets (s1-p3), not Japan, and repeated the firms' return home twice. The closing sentence is now in the article's terms (外部環境發生「轉捩性突變」). Checked the 2018 date hedge and the 洶湧澎拜 typo note.",
      },
    ],
  },
  {
    itemId: "l1-written-dependence-figures",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "accepted",
    changes:
      "Checked 67% (2006年底, s1-p3), 31.9% (2019, s2-p3), the definition 進出口佔GDP的比重 and 內需驅動; 31.9 is 48% of 67, so 'about half' holds; the explanation's 35.1 percentage points is our arithmetic and says so. No change.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "revised",
        changes:
          "The 2-point 'meaning' criterion required both the definition and the turn to domestic demand, so an answer with only one got nothing. Split into 'definition' (1, s1-p3) and 'turn' (1, s2-p3); the total stays 4. Checked 67% (end of 2006), 31.9% (2019) and the 35.1 percentage-point warning.",
      },
    ],
  },
  {
    itemId: "l1-written-engine-of-growth",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "accepted",
    changes:
      "Checked: WTO 2001 and 世界工廠 (s1-p2), upgrading from labour-intensive industry (s1-p2), 11.6%/22.3% and 兩位數以上 (s1-p3). Practice item. No change.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "revised",
        changes:
          "Points went only to 世界工廠 and the 11.6%/22.3% growth rates; the record 67% trade dependence at the end of 2006 (s1-p3) is equally good evidence, and an answer using it scored at most 1 of 3. Criteria are now a first piece of evidence (any of the three) and a second, different one with correct figures; the explanation says the two must differ.",
      },
    ],
  },
  {
    itemId: "l2-written-primary-auxiliary",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "revised",
    changes:
      "The prompt asked why the leadership put the weight on the internal circulation 'from conditions at home', but the article gives the leadership's reason only as the worsening international situation (s2-p1); the domestic figures (s2-p3) are the author's evidence of a turn already under way. The prompt now asks for the reasons the article offers. Figures checked against s2-p3.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "revised",
        changes:
          "The model answer ended 內需足以擔當主力 (domestic demand can take the lead), which the article does not claim; s2-p3 says only that unlocking the market 無疑有助緩衝、化解 the external shocks. It now says that. Checked the relation (s2-p1), the figures (s2-p3) and that 難獨撐大局 is section 1's heading.",
      },
    ],
  },
  {
    itemId: "l2-written-not-subsidies",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "accepted",
    changes:
      "Checked: 不僅限於此 and no return of subsidies (s2-p3), 橫空出世 and 一脈相承 with 內需型增長 etc. and the aim 內在動能/長效模式 (s2-p2). The claim in the prompt is put in plain words, not in 「」, since it is not the article's. No change.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "accepted",
        changes:
          "Checked every 「」 against s2-p2 and s2-p3 (固然…不僅限於此, 捲土重來, 橫空出世, 一脈相承, the aim); 'the second objective of lesson 2' matches lesson-2.ts. The rubric rewards the contrast with short-term stimulus that the article draws. No change.",
      },
    ],
  },
  {
    itemId: "l2-written-supply-side",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "revised",
    changes:
      "The model answer said unmet demand 'goes elsewhere' (流失): the article does not say that. Softened to: if supply does not fit domestic needs, the larger demand cannot be met, which is what 提升供給體系對國內需求的適配性 (s2-p4) implies. Criteria checked against s2-p4.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "revised",
        changes:
          "The model answer opened with a causal claim the article does not make (if supply does not fit, the larger demand cannot be met). It now says what s2-p4 says: stimulating demand alone is not enough, supply must match, production, distribution, circulation and consumption rest more on the home market and the supply system must fit domestic demand (適配性). English to match.",
      },
    ],
  },
  {
    itemId: "l2-written-endogenous-growth",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "accepted",
    changes:
      "Checked every criterion against s2-p5 (經脈, 內力, 相適應的生產供應體系, 雙提升). The gloss 'growth from forces within the economy' rests on s2-p5's 內力 and is labelled as the reading it is in the explanation. No change.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "revised",
        changes:
          "The double-rise criterion required the middle class's consumption upgrading as well as 雙提升, while the explanation asked only for both sides of 雙提升, so an answer naming quantity and quality could be marked down. The criterion now requires quantity and quality and says the middle-class point is optional. Meridians and supply criteria checked in s2-p5.",
      },
    ],
  },
  {
    itemId: "l2-written-micro-circulation",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "revised",
    changes:
      "The prompt said the article 'calls' these measures a 微循環; s2-p6 hedges (在某種意義上可視為). The prompt now quotes the hedge. Checked the supply side (科技手段、管理創新), the demand side, jobs and incomes (數以億計), and 消費領域的體現之一, all s2-p6.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "revised",
        changes:
          "The model answer put jobs and incomes on the demand side through a link of its own (有了收入便更能消費); s2-p6 gives stimulating demand and improving jobs and incomes as two separate effects. Stimulating demand is now the demand side and jobs and incomes a further effect, as in the article and as the rubric already scores them.",
      },
    ],
  },
  {
    itemId: "l2-written-cushion",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "revised",
    changes:
      "The rubric accepted only the consumption share and the population figures, but the 31.9% trade dependence of the same paragraph (s2-p3) also supports cushioning; now any two different figures of s2-p3. The reasoning criterion's 'domestic demand fills the gap' is s3-p1's wording, so s3-p1 is cited.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "accepted",
        changes:
          "Checked the figures (s2-p3) and the link to s3-p1's 填補海外市場萎縮造成的缺口; the warnings (400 million is the middle-income group, 六成 is the contribution to growth) are right. Two figures from one sentence (六成, 連續六年) may both count: lenient, but fair for a practice item. No change.",
      },
    ],
  },
  {
    itemId: "l3-written-short-and-long-term",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "accepted",
    changes:
      "Checked the short-term side against s3-p1 (trade and investment slump, ADB 9月中 forecast of 0.7% contraction for developing Asia, 填補海外市場萎縮造成的缺口, 第一季度 深坑) and the long-term side against s3-p2 (貿易戰 widened to 科技戰、金融戰, 科技脫鈎, 自力更生, 補短板). The explanation's warning that 0.7% is developing Asia's, not China's, is right. No change.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "accepted",
        changes:
          "Checked the short-term case (s3-p1: trade slump, the ADB's -0.7% for developing Asia, filling the gap, the first-quarter 深坑) and the long-term one (s3-p2: 百年未有之大變局, 科技脫鈎, 自力更生, 補短板); each criterion pairs a reason with evidence. No change.",
      },
    ],
  },
  {
    itemId: "l3-written-tech-self-reliance",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "accepted",
    changes:
      "Checked each criterion: decoupling and containment (s3-p2), 受制於人 and imported high-end parts (s3-p3), 補短板 and 安全保障 (s3-p2), and that the 'lever' is an interpretation (被解讀為, s3-p4), which the explanation says. The model answer's sentence on the domestic supply system is our reasoning, not a fact claimed for the article. No change.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "revised",
        changes:
          "The prompt asked why the six keys were read as the lever, but the article gives no reason for that reading (s3-p4 only reports it); the prompt now asks what role they were read as giving technology, and spells out what self-reliance does for industry and the economy (the 'serves' criterion). The model answer's own argument (內循環要靠國內的生產供應體系…產業就不能升級) and its 因此 before the six keys are gone; it follows s3-p2's 故此 and s3-p4's 亦被解讀為.",
      },
    ],
  },
  {
    itemId: "l3-written-choke-point",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "accepted",
    changes:
      "Checked 3,040億美元 (2019) and 超過90% of high-end chips (s3-p3), the US restricting chip exports, and Bai Chunli's task list verbatim; the gloss of 卡脖子 agrees with lesson 3's glossary. No change.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "accepted",
        changes:
          "Checked US$304 billion (3,040億美元, 2019), over 90% of high-end chips imported, the 軟肋 and the export curbs, and Bai Chunli's task list, all verbatim in s3-p3; the gloss of 卡脖子 rests on 受制於人. No change.",
      },
    ],
  },
  {
    itemId: "l3-written-hollowing-out",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "revised",
    changes:
      "The prompt made 'raising technology and upgrading industry' the subject of 必由之路 / 根本出路; in s3-p5 that sentence's subject is the innovation-led internal-circulation thinking, and upgrading comes in the next sentence (從另一個角度看). Prompt rewritten to keep the two apart; the item's primary quote is now the upgrading sentence. Checked 離巢 as mainland firms' outward investment, not foreign firms leaving.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "revised",
        changes:
          "The model answer added a mechanism the article does not give (upgrading makes staying at home more attractive); s3-p5 says only that upgrading helps balance the 離巢 and guard against hollowing-out. The security criterion now rests on the article too (s1-p4's job losses as the harm of hollowing-out, s3-p5's 根本出路), and the model answer says it echoes the article rather than asserting a link.",
      },
    ],
  },
  {
    itemId: "l3-written-protracted-war",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "revised",
    changes:
      "The end-of-July Politburo meeting (s3-p3) spoke of the economy's many medium- to long-term problems, not of technology; the article merely places the remark in its technology paragraph. The explanation now says so, so teachers do not credit a claim that the meeting was about innovation. Checked the symposium wording verbatim (s3-p4).",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "revised",
        changes:
          "The model answer tied 要不來、買不來、討不來 to the US chip curbs (在美國千方百計限制對華晶片出口的情況下); the article does not link the two. Removed. The explanation said answers 'should' note that the protracted-war link is the article's, which no criterion scores and the prompt itself asks for; it now says such answers lose nothing and the teacher may point out the nuance.",
      },
    ],
  },
  {
    itemId: "l3-written-six-keys",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "accepted",
    changes:
      "Checked the six measures verbatim (s3-p4); the article does not say who coined 六把鑰匙, and the model answer only attributes the measures to Xi. Table 1 indeed has no scientists' symposium row; the August row's 開放創新 wording is verbatim (s5-r5). Practice item. No change.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "accepted",
        changes:
          "Checked the six measures against s3-p4, the label 「六把鑰匙」 and the August row's 開放創新 (s5-r5); the table indeed has no row for the scientists' symposium. No change.",
      },
    ],
  },
  {
    itemId: "l4-written-complete-not-closed",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "revised",
    changes:
      "The model answer said production, distribution, circulation and consumption rest 'mainly' (主要) on the domestic market: the article says 更多地依託 (more), and in section 2 (s2-p4), not in s4-p1. Dropped the clause; 完整 is now glossed with s4-p1's own 立足本土. Checked the 7月21日 speech verbatim in s4-p1 and the July row (s5-r3).",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "revised",
        changes:
          "The model answer glossed Xi's words as 'the stronger domestic demand, the better China can connect with world markets' (愈…愈), a proportional claim the speech does not make. Now a plain paraphrase of s4-p1: tapping domestic demand is not closing the doors but linking and using both markets and both kinds of resources. Checked the 21 July date against s5-r3.",
      },
    ],
  },
  {
    itemId: "l4-written-room-for-foreign-goods",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "accepted",
    changes:
      "Checked every figure and unit in s4-p2: 41萬億元人民幣 = 96% of the US (smaller, as the explanation says), 去年 (2019) online retail over 10萬億元人民幣 and over 1.4 times US e-commerce, 40萬億美元 over fifteen years, 有望 (may) overtake the US. No change.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "revised",
        changes:
          "The model answer and the link criterion said 進口又這麼多 (importing this much): the US$40 trillion is a pledge for the next fifteen years (s4-p2), not imports made. Both now say 承諾大量進口. Checked 41萬億元人民幣 = 96% of US retail and 10萬億 = over 1.4 times US e-commerce.",
      },
    ],
  },
  {
    itemId: "l4-written-expo-and-measures",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "revised",
    changes:
      "The model answer and the expo criterion said the third expo 'is held' this year; s4-p3 says it 將如期舉辦 (is to be held). Tense fixed in both languages. Checked 14% as average exhibition space of Global 500 and foreign industry leaders, and the three measures verbatim (s4-p4); our prose writes 公布, the article's 公佈 stays only in the quote.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "accepted",
        changes:
          "Checked the expo (first national import-themed fair, third edition, 14% more average exhibition space, s4-p3) and the three measures (s4-p4); our prose writes 公布 and every quote is verbatim. No change.",
      },
    ],
  },
  {
    itemId: "l4-written-big-ship",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "accepted",
    changes:
      "Checked against s4-p5: 四十多年, 航空母艦級的體量, 換舵轉航 with 層層巨浪 and 漣漪效應, 機遇和挑戰, and the hedge 或可, which the fourth criterion and the explanation keep. Its 'turn' criterion overlaps l0-written-title-turn's 'to' criterion (same sentence of s4-p5); kept, since the two items ask different things. No change.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "revised",
        changes:
          "The Chinese checks out against s4-p5 (四十多年, 航空母艦級的體量, 漣漪效應, 或可), and the hedge is scored. The English of the ship criterion said 'forty years' for 四十多年; now 'more than forty years'.",
      },
    ],
  },
  {
    itemId: "l4-written-closer-ties",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "accepted",
    changes:
      "Checked s4-p1 (主次位置…轉換, 並非相互割裂和對立, ties to be strengthened), s4-p2 (交集, room for foreign goods) and the August row (s5-r5: 決不是封閉的國內循環, 巨大引力場), all verbatim. 'The more demand, the stronger the pull' is the reasoning the question asks for, not a claim put in the article's mouth. No change.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "revised",
        changes:
          "The 2-point magnet criterion required 'the larger domestic demand, the stronger the pull' (內需愈大吸引力愈大), which s5-r5 does not say. It now asks for the row's own words (為其他國家提供的市場機會將更加廣闊, added as a quote; 巨大引力場) and the point that expanding domestic demand also brings opportunities to the external circulation; model answer and English to match.",
      },
    ],
  },
  {
    itemId: "l4-written-imports-rebuttal",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "accepted",
    changes:
      "Checked the three kinds of fact against s4-p2 (40萬億美元 over 十五年), s4-p3 (14% more average space) and s4-p4 (Hainan plan, shorter negative list); the explanation handles an answer that agrees. Practice item. No change.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "accepted",
        changes:
          "Checked the position against s4-p1 and each accepted fact (US$40 trillion pledge s4-p2, 14% s4-p3, Hainan and the negative list s4-p4). A correct fact scores even with the wrong position, which is fair for a practice item. No change.",
      },
    ],
  },
  {
    itemId: "l5-written-july-reasons",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "accepted",
    changes:
      "Checked every criterion verbatim against the July entrepreneurs' row (s5-r3): 以前 (globalisation, 兩頭在外 served fast growth), 當前 (保護主義上升、世界經濟低迷、全球市場萎縮), the response, and 帶動世界經濟復蘇. No change.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "accepted",
        changes:
          "Checked the before/now contrast and what China must do against the July entrepreneurs' row (s5-r3), 帶動世界經濟復蘇 included; the explanation's pointer to section 4 is right. No change.",
      },
    ],
  },
  {
    itemId: "l5-written-august-shift",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "accepted",
    changes:
      "Checked the August row (s5-r5): 兩頭在外的國際大循環動能明顯減弱, 內需潛力不斷釋放, 此消彼長, and 自2008年國際金融危機以來; and the echo of s1-p5's 分水嶺. The explanation rightly treats 國際金融危機 and 全球金融危機 as one event. No change.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "accepted",
        changes:
          "Checked 此消彼長 (the 兩頭在外 international circulation losing momentum, domestic demand being released), 自2008年 in the August row (s5-r5) and the echo of s1-p5's 分水嶺. No change.",
      },
    ],
  },
  {
    itemId: "l5-written-technology-key",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "revised",
    changes:
      "The model answer and the 'agrees' criterion said both texts put technology 'at the core' (核心) of the internal circulation: neither says so (s3-p4 has 抓手 and 首要切入點, s5-r5 has 關鍵; 核心戰略 in s3-p5 is about something else). Now: both treat technology as the key to driving it, with each text's own word. Checked that only the August row calls it the key (the May 兩會 row only mentions 科技創新).",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "accepted",
        changes:
          "Checked that only the August row (s5-r5) calls core-technology breakthroughs the key to the domestic mainstay, the listed steps, and the s3-p4 reading of the six keys; 全域 for 全局 is a conversion slip in the article, rightly noted. No change.",
      },
    ],
  },
  {
    itemId: "l5-written-september-tasks",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "accepted",
    changes:
      "Checked the 15th reform-commission row (s5-r6: 系統性深層次變革, 改革思維和改革辦法, 短期應對和中長期發展, 自由貿易試驗區) and the 8th 財經委 row (s5-r7); the introduction (s0-p1) confirms the latter is the latest occasion, cited for the explanation. The typo 事關全域 appears only inside a quote marked 〔原文〕. No change.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "accepted",
        changes:
          "Checked the two September rows: reform methods, 統籌短期應對和中長期發展 and free trade pilot zones (s5-r6); the modern circulation system and why (s5-r7); the model answer's 因為 follows s5-r7's own reasoning. No change.",
      },
    ],
  },
  {
    itemId: "l5-written-starting-point",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "revised",
    changes:
      "The model answer said the May statement 'therefore' (所以) calls for a complete demand system: the row lists both without a causal link. Now 'the same statement also calls for'. Checked 出發點和落腳點 in s5-r2 and 短期內的出發點，亦是最終的落腳點 in s2-p3, and that the pair is the 兩會 meeting's, not the Standing Committee's.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "revised",
        changes:
          "The 'system' criterion (加快構建完整的內需體系, 1 of 4 points) scored something the prompt never asked, so a full answer to the prompt got at most 3 of 4. The prompt now also asks what the same May statement calls for building faster. Pair and meaning checked in s5-r2 and s2-p3.",
      },
    ],
  },
  {
    itemId: "l5-written-table-and-section-4",
    author: "written (draft)",
    reader: "written (second reading)",
    verdict: "accepted",
    changes:
      "Checked that s4-p1's quotation of 21 July is, word for word, the second point of the July entrepreneurs' row (s5-r3), and the point it supports (完整但並不封閉, s4-p1). Practice item. No change.",
    laterReadings: [
      {
        reader: "wreview (independent second reader)",
        verdict: "accepted",
        changes:
          "Checked that s4-p1 quotes the second point of the July entrepreneurs' row (s5-r3) and the claim it supports (完整但並不封閉); the date note (the table gives only the month) is right. No change.",
      },
    ],
  },
];
