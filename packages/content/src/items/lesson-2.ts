import type { TItemInput } from "../schema";

/**
 * Lesson 2: 內循環與微循環 擴大需求增「內力」 (paragraphs s2-p1..s2-p6).
 * Every key is checked against the article; quotes are verbatim and whitespace-free.
 */
export const items: TItemInput[] = [
  // ───────────────────────────── dates ─────────────────────────────
  {
    id: "l2-trade-dependence-recent-year",
    lessonId: 2,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "文章指中國經濟對外貿的依存度「大幅回落至31.9%」。這是哪一年的數字？（輸入年份）",
      en: "The article says China's dependence on foreign trade 'fell sharply to 31.9%'. In which year? (enter the year)",
    },
    answer: { year: 2019 },
    explanation: {
      zh: "原文：「2019年對外貿的依存度大幅回落至31.9%」。不要與第一節的2006年底混淆：那是外貿依存度創下67%歷史最高值的時間，31.9%則是回落後的2019年數字。",
      en: "The text: '2019年對外貿的依存度大幅回落至31.9%'. Do not confuse it with end-2006, when the ratio hit its 67% record high (section 1); 31.9% is the 2019 figure after the fall.",
    },
    source: { paragraphId: "s2-p3", quote: "2019年對外貿的依存度大幅回落至31.9%" },
  },
  {
    id: "l2-trade-dependence-peak-and-2019",
    lessonId: 2,
    skill: "dates",
    type: "single",
    prompt: {
      zh: "中國經濟對外貿的依存度先創下67%的歷史最高值，後來大幅回落至31.9%。這兩個數字分別屬於哪兩個時間？",
      en: "China's foreign-trade dependence first reached a record 67% and later fell to 31.9%. When was each figure recorded?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "67%：2008年；31.9%：2019年", en: "67%: 2008; 31.9%: 2019" },
        misconception: "wrong-year",
      },
      {
        id: "b",
        text: { zh: "67%：2006年底；31.9%：2020年", en: "67%: end of 2006; 31.9%: 2020" },
        misconception: "wrong-year",
      },
      { id: "c", text: { zh: "67%：2006年底；31.9%：2019年", en: "67%: end of 2006; 31.9%: 2019" } },
      {
        id: "d",
        text: { zh: "67%：2001年；31.9%：2008年", en: "67%: 2001; 31.9%: 2008" },
        misconception: "wrong-year",
      },
    ],
    answer: "c",
    explanation: {
      zh: "第二節說「2019年對外貿的依存度大幅回落至31.9%」；第一節說依存度「在2006年底更創下67%的歷史最高值」。2008年是全球金融危機爆發、「外循環」由盛轉衰的分水嶺，不是67%的年份；2001至2008年是製造業和出口年均增速（11.6%、22.3%）的統計期間；2020年是疫情爆發之年，文中沒有給出2020年的依存度。",
      en: "Section 2: the ratio fell to 31.9% in 2019; section 1: it reached its 67% record at the end of 2006. 2008 is the financial-crisis watershed, 2001-2008 is the period of the 11.6%/22.3% growth averages, and the article gives no 2020 ratio.",
    },
    source: { paragraphId: "s2-p3", quote: "2019年對外貿的依存度大幅回落至31.9%" },
  },
  {
    id: "l2-timeline-to-micro-circulation",
    lessonId: 2,
    skill: "dates",
    type: "ordering",
    prompt: {
      zh: "按文章所述，把以下事件由早到晚排列。",
      en: "Following the article, put these events in order, earliest first.",
    },
    events: [
      { id: "jw", text: { zh: "中國加入世界貿易組織", en: "China joins the World Trade Organization" } },
      {
        id: "yx",
        text: {
          zh: "中國經濟對外貿的依存度創下67%的歷史最高值",
          en: "China's foreign-trade dependence hits its 67% record high",
        },
      },
      {
        id: "kw",
        text: {
          zh: "中國經濟對外貿的依存度大幅回落至31.9%",
          en: "Foreign-trade dependence falls sharply to 31.9%",
        },
      },
      { id: "gq", text: { zh: "新冠肺炎疫情爆發", en: "The COVID-19 epidemic breaks out" } },
      {
        id: "ak",
        text: {
          zh: "中央政府鼓勵地攤經濟、小店經濟以提振內部經濟",
          en: "The central government encourages the street-stall and small-shop economy to lift the domestic economy",
        },
      },
    ],
    answer: ["jw", "yx", "kw", "gq", "ak"],
    explanation: {
      zh: "2001年加入世貿（第一節）→2006年底依存度創67%新高（第一節）→2019年依存度回落至31.9%（第二節）→2020年初新冠肺炎疫情爆發（第一節）→「在新冠疫情受控後」，中央在過去幾個月鼓勵地攤經濟和小店經濟（第二節）。後者既在疫情爆發之後，也在疫情受控之後。",
      en: "2001 WTO entry → end-2006 record of 67% → 31.9% in 2019 → epidemic breaks out in early 2020 → after the epidemic was brought under control, the centre encouraged street stalls and small shops in the past few months.",
    },
    source: {
      paragraphId: "s2-p6",
      quote: "中央政府在新冠疫情受控後便多管齊下地提振內部經濟，包括鼓勵地攤經濟以及小店經濟",
    },
  },
  {
    id: "l2-street-stall-timing",
    lessonId: 2,
    skill: "dates",
    type: "single",
    prompt: {
      zh: "按文章，中央政府鼓勵地攤經濟和小店經濟等多元經濟型態，是在甚麼時候？",
      en: "According to the article, when did the central government encourage the street-stall and small-shop economy?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "2008年全球金融危機爆發後不久", en: "Soon after the 2008 global financial crisis" },
        misconception: "wrong-year",
      },
      {
        id: "b",
        text: {
          zh: "2019年外貿依存度回落至31.9%之時，疫情爆發之前",
          en: "In 2019, before the epidemic, as trade dependence fell to 31.9%",
        },
        misconception: "wrong-year",
      },
      {
        id: "c",
        text: { zh: "2001年加入世界貿易組織之後", en: "After the 2001 WTO accession" },
        misconception: "wrong-year",
      },
      {
        id: "d",
        text: {
          zh: "過去幾個月、新冠疫情受控之後",
          en: "In the past few months, after the epidemic was brought under control",
        },
      },
    ],
    answer: "d",
    explanation: {
      zh: "原文：「在過去幾個月，中央政府在新冠疫情受控後便多管齊下地提振內部經濟，包括鼓勵地攤經濟以及小店經濟」。這是疫情之後的措施，不是2019年或更早的政策。",
      en: "The text: 'in the past few months, after the epidemic was brought under control, the central government ... encouraged the street-stall and small-shop economy'. It is a post-epidemic measure, not one of 2019 or earlier.",
    },
    source: { paragraphId: "s2-p6", quote: "在過去幾個月，中央政府在新冠疫情受控後便多管齊下地提振內部經濟" },
  },
  {
    id: "l2-inner-circulation-recent-concept",
    lessonId: 2,
    skill: "dates",
    type: "truefalse",
    prompt: {
      zh: "判斷：根據文章，「內循環」作為一個發展概念，是近期才在官方層面上登場亮相的。",
      en: "True or false: according to the article, 'internal circulation' as a development concept appeared at the official level only recently.",
    },
    answer: true,
    explanation: {
      zh: "正確。原文說「內循環」「表面上是一個嶄新的發展概念，近期才在官方層面上登場亮相」。要分清：概念是新近提出的，但其內在邏輯並非「橫空出世」，與此前「內需型增長」等提法一脈相承。",
      en: "True. The text calls it 'on the surface a brand-new development concept that only recently made its debut at the official level'. The concept is new; its underlying logic, however, continues earlier slogans such as 'domestic-demand-led growth'.",
    },
    source: { paragraphId: "s2-p2", quote: "表面上是一個嶄新的發展概念，近期才在官方層面上登場亮相" },
  },

  // ───────────────────────────── figures ─────────────────────────────
  {
    id: "l2-trade-dependence-2019-value",
    lessonId: 2,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "2019年中國經濟對外貿的依存度回落至多少？（以%表示）",
      en: "To what level did China's dependence on foreign trade fall in 2019? (in %)",
    },
    answer: 31.9,
    unit: "%",
    tolerance: 0.05,
    explanation: {
      zh: "原文：「2019年對外貿的依存度大幅回落至31.9%」。67%是2006年底的歷史最高值，不是2019年的數字；六成左右是內部消費的貢獻率，不是外貿依存度。",
      en: "The text: 'in 2019 dependence on foreign trade fell sharply to 31.9%'. 67% is the end-2006 record; 'about 60%' is consumption's contribution rate, not trade dependence.",
    },
    source: { paragraphId: "s2-p3", quote: "2019年對外貿的依存度大幅回落至31.9%" },
  },
  {
    id: "l2-consumption-years-as-main-driver",
    lessonId: 2,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "文章說內部消費已連續多少年成為經濟增長的主要動力？（單位：年）",
      en: "For how many consecutive years has domestic consumption been the main driver of growth, according to the article? (in years)",
    },
    answer: 6,
    unit: "年",
    tolerance: 0,
    explanation: {
      zh: "原文：內部消費的貢獻率穩步提升至六成左右，「連續六年成為經濟增長的主要動力」。不要把「六成」（比重）和「六年」（年數）混為一談。",
      en: "The text: consumption's contribution rose to about 60% and it has been 'the main driver of growth for six consecutive years'. 六成 (60%) is a share, 六年 a number of years.",
    },
    source: { paragraphId: "s2-p3", quote: "連續六年成為經濟增長的主要動力" },
  },
  {
    id: "l2-population-size",
    lessonId: 2,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "文章說中國擁有超過多少人口？（單位：億）",
      en: "According to the article, China has a population of more than how many? (unit: 億, hundred million)",
    },
    answer: 14,
    unit: "億",
    tolerance: 0,
    explanation: {
      zh: "原文：「中國擁有超過14億人口」。約4億是中等收入階層的人數，不是總人口。",
      en: "The text: 'China has more than 1.4 billion (14億) people'. About 400 million (約4億) is the size of the middle-income group, not the population.",
    },
    source: { paragraphId: "s2-p3", quote: "中國擁有超過14億人口" },
  },
  {
    id: "l2-middle-income-size",
    lessonId: 2,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "文章說中國的中等收入階層人數約有多少？（單位：億）",
      en: "About how large is China's middle-income group, according to the article? (unit: 億, hundred million)",
    },
    answer: 4,
    unit: "億",
    tolerance: 0,
    explanation: {
      zh: "原文：「全球最大規模、人數高達約4億的中等收入階層」。14億是總人口；「數以億計」是措施可改善其就業及收入的居民，兩者都不是中等收入階層的人數。",
      en: "The text: 'the world's largest middle-income group, numbering about 400 million (約4億)'. 14億 is the whole population.",
    },
    source: { paragraphId: "s2-p3", quote: "人數高達約4億的中等收入階層" },
  },
  {
    id: "l2-three-points-count",
    lessonId: 2,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "文章說社會各界對「內循環」的討論眾說紛紜，但主流意見中有幾點值得留意？（單位：點）",
      en: "Opinions on 'internal circulation' vary, but how many points in the mainstream view does the article say deserve attention? (number of points)",
    },
    answer: 3,
    unit: "點",
    tolerance: 0,
    explanation: {
      zh: "原文：「儘管眾說紛紜，但主流意見中有三點值得留意」。文章隨後以「其一」（第二節）、「其二」（第三節）、「其三」（第四節）逐點展開。",
      en: "The text: 'mainstream opinion has three points worth noting'. The article then takes them up as 其一 (section 2), 其二 (section 3) and 其三 (section 4).",
    },
    source: { paragraphId: "s2-p2", quote: "主流意見中有三點值得留意" },
  },
  {
    id: "l2-match-figures-to-measures",
    lessonId: 2,
    skill: "figures",
    type: "matching",
    prompt: {
      zh: "把第二節的數字與它所衡量的內容配對。",
      en: "Match each figure from section 2 with what it measures.",
    },
    left: [
      { id: "f1", text: { zh: "31.9%", en: "31.9%" } },
      { id: "f2", text: { zh: "六成左右", en: "about 60% (六成左右)" } },
      { id: "f3", text: { zh: "六年", en: "six years" } },
    ],
    right: [
      {
        id: "mx",
        text: { zh: "2019年中國經濟對外貿的依存度", en: "China's dependence on foreign trade in 2019" },
      },
      { id: "hz", text: { zh: "內部消費的貢獻率", en: "The contribution rate of domestic consumption" } },
      {
        id: "qd",
        text: {
          zh: "內部消費連續成為經濟增長主要動力的年數",
          en: "Consecutive years in which consumption was the main growth driver",
        },
      },
      { id: "rw", text: { zh: "外貿依存度的歷史最高值", en: "The record high of trade dependence" } },
      {
        id: "bk",
        text: { zh: "中等收入階層佔總人口的比重", en: "The middle-income group's share of the population" },
      },
    ],
    answer: { f1: "mx", f2: "hz", f3: "qd" },
    explanation: {
      zh: "原文：「2019年對外貿的依存度大幅回落至31.9%，內部消費的貢獻率穩步提升至六成左右，連續六年成為經濟增長的主要動力」。外貿依存度的歷史最高值是2006年底的67%；文章沒有給出中等收入階層佔總人口的比重（只說超過14億人口和約4億中等收入階層）。",
      en: "31.9% is the 2019 trade dependence, about 60% is consumption's contribution, six years is how long consumption has been the main driver. The record high was 67% at the end of 2006; the article gives no share of the middle-income group in the population.",
    },
    source: {
      paragraphId: "s2-p3",
      quote:
        "2019年對外貿的依存度大幅回落至31.9%，內部消費的貢獻率穩步提升至六成左右，連續六年成為經濟增長的主要動力",
    },
  },
  {
    id: "l2-middle-income-group-facts",
    lessonId: 2,
    skill: "figures",
    type: "multi",
    prompt: {
      zh: "關於中國的中等收入階層，文章說了哪些？（選出所有正確答案）",
      en: "What does the article say about China's middle-income group? (select all that apply)",
    },
    choices: [
      {
        id: "a",
        text: { zh: "佔總人口六成左右", en: "It makes up about 60% of the population" },
        misconception: "swapped-percentages",
      },
      {
        id: "b",
        text: { zh: "正趨於萎縮", en: "It is shrinking" },
        misconception: "wrong-country",
      },
      { id: "c", text: { zh: "規模為全球最大", en: "It is the largest in the world" } },
      { id: "d", text: { zh: "人數高達約4億", en: "It numbers about 400 million" } },
      {
        id: "e",
        text: { zh: "人數超過14億", en: "It numbers more than 1.4 billion" },
        misconception: "swapped-figures",
      },
    ],
    answer: ["c", "d"],
    explanation: {
      zh: "原文：「全球最大規模、人數高達約4億的中等收入階層」。超過14億是總人口；「中等收入階層趨於萎縮」是第一節描述發達國家製造業外移後的情況，不是中國；六成左右是內部消費的貢獻率。",
      en: "The text: 'the world's largest middle-income group, about 400 million people'. 1.4 billion is the population; the shrinking middle class is what section 1 says of developed countries; about 60% is consumption's contribution rate.",
    },
    source: { paragraphId: "s2-p3", quote: "全球最大規模、人數高達約4億的中等收入階層" },
  },
  {
    id: "l2-hundreds-of-millions-employment",
    lessonId: 2,
    skill: "figures",
    type: "single",
    prompt: {
      zh: "文章用甚麼說法形容鼓勵地攤經濟、小店經濟等措施可改善其就業及收入狀況的居民人數？",
      en: "How does the article describe the number of residents whose jobs and incomes the street-stall and small-shop measures help?",
    },
    choices: [
      { id: "a", text: { zh: "數以億計", en: "Hundreds of millions (數以億計)" } },
      { id: "b", text: { zh: "約4億", en: "About 400 million" }, misconception: "swapped-figures" },
      { id: "c", text: { zh: "超過14億", en: "More than 1.4 billion" }, misconception: "swapped-figures" },
      { id: "d", text: { zh: "數以千萬計", en: "Tens of millions" }, misconception: "wrong-magnitude" },
    ],
    answer: "a",
    explanation: {
      zh: "原文：「改善數以億計的居民就業及收入狀況」。約4億是中等收入階層的人數，超過14億是總人口，文章沒有把這兩個數字用於地攤、小店經濟；「數以千萬計」的量級也不對。",
      en: "The text: 'improve the employment and income of hundreds of millions (數以億計) of residents'. 約4億 is the middle-income group and 14億 the population; 'tens of millions' is the wrong magnitude.",
    },
    source: { paragraphId: "s2-p6", quote: "改善數以億計的居民就業及收入狀況" },
  },
  {
    id: "l2-swapped-dependence-and-consumption",
    lessonId: 2,
    skill: "figures",
    type: "truefalse",
    prompt: {
      zh: "判斷：文章指2019年中國經濟對外貿的依存度為六成左右，而內部消費的貢獻率則為31.9%。",
      en: "True or false: the article says China's foreign-trade dependence was about 60% in 2019 and consumption's contribution rate 31.9%.",
    },
    answer: false,
    misconception: "swapped-percentages",
    explanation: {
      zh: "錯誤，兩個數字對調了。原文：外貿依存度「大幅回落至31.9%」，內部消費的貢獻率「穩步提升至六成左右」。一降一升，正好說明經濟轉向內需驅動。",
      en: "False: the two figures are swapped. Trade dependence fell to 31.9%; consumption's contribution rose to about 60%. One falling and the other rising is exactly the shift to demand-driven growth.",
    },
    source: {
      paragraphId: "s2-p3",
      quote: "2019年對外貿的依存度大幅回落至31.9%，內部消費的貢獻率穩步提升至六成左右",
    },
  },

  // ───────────────────────────── logic ─────────────────────────────
  {
    id: "l2-strategic-shift-background",
    lessonId: 2,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "按第二節開首，中央決策層對經濟發展戰略做出重大調整，是在甚麼形勢之下？",
      en: "According to the opening of section 2, under what circumstances did the central leadership make a major strategic adjustment?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "國內消費持續萎縮，需要重推消費補貼",
          en: "Domestic consumption kept shrinking and subsidies were needed again",
        },
        misconception: "not-argued",
      },
      {
        id: "b",
        text: {
          zh: "國際政經形勢急劇惡化",
          en: "A sharply deteriorating international political and economic situation",
        },
      },
      {
        id: "c",
        text: { zh: "外貿依存度剛創下歷史新高", en: "Trade dependence had just hit a record high" },
        misconception: "peak-vs-recent",
      },
      {
        id: "d",
        text: { zh: "中國剛加入世界貿易組織", en: "China had just joined the WTO" },
        misconception: "wrong-year",
      },
    ],
    answer: "b",
    explanation: {
      zh: "原文：「在急劇惡化的國際政經形勢下，中央決策層審時度勢，對未來中國經濟發展戰略做出重大調整」。文章說內部消費的貢獻率是穩步提升，不是萎縮；外貿依存度的歷史新高在2006年底，到2019年已回落至31.9%；加入世貿是2001年的事。",
      en: "The text: 'amid a sharply deteriorating international political and economic situation, the central leadership ... made a major adjustment'. Consumption's share was rising, not shrinking; the trade-dependence record was in 2006 and it had fallen to 31.9% by 2019; WTO entry was in 2001.",
    },
    source: { paragraphId: "s2-p1", quote: "在急劇惡化的國際政經形勢下，中央決策層審時度勢" },
  },
  {
    id: "l2-strategic-shift-direction",
    lessonId: 2,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "文章怎樣描述這次戰略調整的方向？",
      en: "How does the article describe the direction of this strategic adjustment?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "從側重「內循環」轉向側重「外循環」",
          en: "From focusing on internal to focusing on external circulation",
        },
        misconception: "reversed-direction",
      },
      {
        id: "b",
        text: {
          zh: "從「雙循環」轉向只靠「內循環」，關起門來發展",
          en: "From dual circulation to internal circulation only, developing behind closed doors",
        },
        misconception: "closed-circulation",
      },
      {
        id: "c",
        text: {
          zh: "從過往側重參與國際經濟「外循環」，轉向打造國內外「雙循環」共同驅動的新發展格局",
          en: "From mainly joining the international 'external circulation' to a new pattern driven jointly by domestic and international 'dual circulation'",
        },
      },
      {
        id: "d",
        text: { zh: "從內需驅動轉向出口導向", en: "From demand-led growth to export-led growth" },
        misconception: "reversed-direction",
      },
    ],
    answer: "c",
    explanation: {
      zh: "原文：「從過往側重於參與國際經濟「外循環」轉向打造國內外「雙循環」共同驅動的新發展格局」。方向是由外而兼顧內外，且是「雙」循環共同驅動，並非放棄外循環、關起門來；出口導向是過去「外循環」的模式。",
      en: "The text: a shift 'from past emphasis on the international external circulation to a new pattern jointly driven by domestic and international dual circulation'. It is not a retreat behind closed doors; export-led growth was the old model.",
    },
    source: {
      paragraphId: "s2-p1",
      quote: "從過往側重於參與國際經濟「外循環」轉向打造國內外「雙循環」共同驅動的新發展格局",
    },
  },
  {
    id: "l2-primary-auxiliary",
    lessonId: 2,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "文章指「雙循環」體系內部存在主次關係。這個關係是甚麼？",
      en: "The article says the dual-circulation system has a primary-secondary relationship inside it. What is it?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "以外循環為主，內循環為輔", en: "External circulation primary, internal auxiliary" },
        misconception: "primary-vs-auxiliary",
      },
      {
        id: "b",
        text: { zh: "內外循環並重，不分主次", en: "Both equally weighted, no primary and secondary" },
        misconception: "no-hierarchy",
      },
      {
        id: "c",
        text: {
          zh: "只保留內循環，外循環退出",
          en: "Only internal circulation remains; external circulation is dropped",
        },
        misconception: "closed-circulation",
      },
      {
        id: "d",
        text: { zh: "以內循環為主，外循環為輔", en: "Internal circulation primary, external auxiliary" },
      },
    ],
    answer: "d",
    explanation: {
      zh: "原文：「「雙循環」體系的內部存在著主次關係，即「以內循環為主，外循環為輔」」。既然說有「主次」，就不是並重；外循環是「輔」，仍然存在，並沒有退出。",
      en: "The text: the system has a primary-secondary relationship, 'internal circulation primary, external auxiliary'. So the two are not equal, and the external circulation is auxiliary, not abolished.",
    },
    source: {
      paragraphId: "s2-p1",
      quote: "「雙循環」體系的內部存在著主次關係，即「以內循環為主，外循環為輔」",
    },
  },
  {
    id: "l2-external-not-abandoned",
    lessonId: 2,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：按第二節的說法，重點轉向「內循環」並不代表放棄「外循環」：外循環在「雙循環」體系中仍然存在，只是處於輔助位置。",
      en: "True or false: in section 2's terms, putting the focus on internal circulation does not mean giving up the external one: it remains in the system, in an auxiliary role.",
    },
    answer: true,
    explanation: {
      zh: "正確。文章說「以內循環為主，外循環為輔」，又說新格局是國內外「雙循環」共同驅動。外循環是「輔」而不是被取消；第四節更進一步說明內循環是「完整但並不封閉的循環」。",
      en: "True. 'Internal primary, external auxiliary', and the new pattern is driven jointly by both circulations. Section 4 adds that the internal circulation is complete but not closed.",
    },
    source: { paragraphId: "s2-p1", quote: "「以內循環為主，外循環為輔」" },
  },
  {
    id: "l2-which-point-is-section-2",
    lessonId: 2,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "主流意見中值得留意的三點裡，「內循環」與啟動、做大內需市場有關但不限於此（第二節的內容）是第幾點？",
      en: "Of the three points worth noting, which one says internal circulation is related to, but not limited to, expanding domestic demand (section 2)?",
    },
    choices: [
      { id: "a", text: { zh: "其二", en: "The second (其二)" }, misconception: "wrong-point" },
      { id: "b", text: { zh: "其三", en: "The third (其三)" }, misconception: "wrong-point" },
      { id: "c", text: { zh: "其一", en: "The first (其一)" } },
    ],
    answer: "c",
    explanation: {
      zh: "原文：「其一，「內循環」固然與啟動、做大內需市場有關，但又不僅限於此」。其二（第三節）講內循環既是短期應對措施、也為中長期發展策略奠定主基調；其三（第四節）講內循環是完整但並不封閉的循環。",
      en: "The text opens the first point with it. The second point (section 3) is about short-term response vs long-term strategy; the third (section 4) is that the circulation is complete but not closed.",
    },
    source: { paragraphId: "s2-p3", quote: "其一，「內循環」固然與啟動、做大內需市場有關" },
  },
  {
    id: "l2-common-aim-of-slogans",
    lessonId: 2,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "文章說「內循環」與此前中央的「內需型增長」等提法一脈相承。這些提法的共同要旨是甚麼？",
      en: "The article says internal circulation continues earlier slogans such as 'domestic-demand-led growth'. What is their common core aim?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "擴大出口，爭取更多海外市場份額",
          en: "Expand exports and win more overseas market share",
        },
        misconception: "outer-for-inner",
      },
      {
        id: "b",
        text: {
          zh: "激發經濟內在動能，構建可持續增長的長效模式",
          en: "Unleash the economy's internal momentum and build a lasting model of sustainable growth",
        },
      },
      {
        id: "c",
        text: { zh: "以消費補貼在短期內催谷消費", en: "Boost consumption quickly with subsidies" },
        misconception: "subsidy-comeback",
      },
      {
        id: "d",
        text: { zh: "減少對外開放，實現自給自足", en: "Reduce opening-up and become self-sufficient" },
        misconception: "closed-circulation",
      },
    ],
    answer: "b",
    explanation: {
      zh: "原文：「其要旨均在於激發經濟內在動能，構建可持續增長的長效模式」。文章明言內循環不意味著消費補貼、催谷短期消費政策捲土重來；擴大出口是過去外循環的路子；減少開放不是文章的主張（第四節強調循環並不封閉）。",
      en: "The text: 'their essence lies in unleashing internal momentum and building a long-term model of sustainable growth'. The article rules out a return of subsidies; exports belong to the old external model; closing up is not argued (section 4 stresses openness).",
    },
    source: { paragraphId: "s2-p2", quote: "其要旨均在於激發經濟內在動能，構建可持續增長的長效模式" },
  },
  {
    id: "l2-not-out-of-thin-air",
    lessonId: 2,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：文章認為，「內循環」的內在邏輯是「橫空出世」的，與中央此前的提法並無關係。",
      en: "True or false: the article holds that the logic of internal circulation appeared out of nowhere and has nothing to do with earlier central slogans.",
    },
    answer: false,
    misconception: "concept-vs-logic",
    explanation: {
      zh: "錯誤。文章說內循環「表面上」是嶄新概念、近期才在官方登場，「但其內在邏輯並非「橫空出世」」，與「內需型增長」、「做大做強國內市場」等提法「一脈相承」。容易把「概念新」誤當作「邏輯新」。",
      en: "False. The concept is new on the surface, 'but its inner logic did not come out of nowhere': it is continuous with slogans such as 'domestic-demand-led growth'. A new label is mistaken for new logic.",
    },
    source: { paragraphId: "s2-p2", quote: "但其內在邏輯並非「橫空出世」" },
  },
  {
    id: "l2-what-inner-circulation-is-not",
    lessonId: 2,
    skill: "logic",
    type: "multi",
    prompt: {
      zh: "關於「內循環」，以下哪些說法是文章所否定的？（選出所有正確答案）",
      en: "Which of these statements about internal circulation does the article reject? (select all that apply)",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "內循環與啟動、做大內需市場有關",
          en: "Internal circulation is related to activating and enlarging domestic demand",
        },
        misconception: "not-limited-vs-unrelated",
      },
      {
        id: "b",
        text: {
          zh: "過去各項消費補貼政策會捲土重來",
          en: "The old consumption subsidies will make a comeback",
        },
      },
      {
        id: "c",
        text: {
          zh: "催谷短期消費的政策會捲土重來",
          en: "Policies to pump up short-term consumption will return",
        },
      },
      {
        id: "d",
        text: {
          zh: "內循環只限於啟動、做大內需市場",
          en: "Internal circulation is only about activating and enlarging domestic demand",
        },
      },
      {
        id: "e",
        text: {
          zh: "擴大內需的戰略重要性會進一步凸顯",
          en: "Expanding domestic demand gains strategic importance",
        },
        misconception: "not-limited-vs-unrelated",
      },
    ],
    answer: ["b", "c", "d"],
    explanation: {
      zh: "原文：「「內循環」固然與啟動、做大內需市場有關，但又不僅限於此，更不意味著過去各項消費補貼、催谷短期消費政策會「捲土重來」」。所以「內循環與內需市場有關」和「擴大內需的戰略重要性會進一步凸顯」（原文：「勢必進一步凸顯」）都是文章肯定的說法；文章否定的是內循環只限於內需，以及消費補貼、催谷短期消費政策會捲土重來。",
      en: "The text: internal circulation is related to domestic demand but not limited to it, and still less does it mean a comeback of consumption subsidies and short-term consumption boosting. That it is related to domestic demand and that expanding domestic demand gains strategic importance are both affirmed; what is rejected is that it is limited to domestic demand, and that subsidies and short-term boosting will return.",
    },
    source: {
      paragraphId: "s2-p3",
      quote:
        "「內循環」固然與啟動、做大內需市場有關，但又不僅限於此，更不意味著過去各項消費補貼、催谷短期消費政策會「捲土重來」",
    },
  },
  {
    id: "l2-starting-and-end-point",
    lessonId: 2,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：文章認為，擴大內需只是應付短期困難的出發點，並非最終的落腳點。",
      en: "True or false: the article sees expanding domestic demand only as a short-term starting point, not as the final goal.",
    },
    answer: false,
    misconception: "short-term-only",
    explanation: {
      zh: "錯誤。原文說擴大內需「是短期內的出發點，亦是最終的落腳點」，兩者兼是，而不是只顧短期。",
      en: "False. The text says it is 'the starting point in the short term and also the final landing point', both at once.",
    },
    source: { paragraphId: "s2-p3", quote: "這是短期內的出發點，亦是最終的落腳點" },
  },
  {
    id: "l2-market-potential-effect",
    lessonId: 2,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "文章認為，充分激發中國超大規模消費市場的潛力，有甚麼作用？",
      en: "What does the article say fully unleashing China's huge consumer market will do?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "令外貿依存度重回歷史高位", en: "Push trade dependence back to its record level" },
        misconception: "reversed-direction",
      },
      {
        id: "b",
        text: {
          zh: "使中國完全擺脫對國際市場的依賴",
          en: "Free China entirely from dependence on international markets",
        },
        misconception: "closed-circulation",
      },
      {
        id: "c",
        text: {
          zh: "有助緩衝、化解外部環境惡化對整體經濟的負面衝擊",
          en: "Help cushion and defuse the negative impact of a worsening external environment on the economy",
        },
      },
      {
        id: "d",
        text: { zh: "取代供給側結構性改革", en: "Replace supply-side structural reform" },
        misconception: "not-argued",
      },
    ],
    answer: "c",
    explanation: {
      zh: "原文：「充分激發這一超大規模的消費市場潛力，無疑有助緩衝、化解外部環境惡化對整體經濟的負面衝擊」。文章說的是緩衝外部衝擊，不是完全擺脫國際市場；擴大內需還「必須堅持供給側結構性改革這個戰略方向」，不是取而代之；外貿依存度在文中是回落的。",
      en: "The text: it 'will help cushion and defuse the negative impact of the worsening external environment'. It is a buffer, not a full break with world markets; demand expansion must stick to supply-side reform, not replace it.",
    },
    source: { paragraphId: "s2-p3", quote: "無疑有助緩衝、化解外部環境惡化對整體經濟的負面衝擊" },
  },
  {
    id: "l2-strategic-direction-supply-side",
    lessonId: 2,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "文章說「內循環」格局下的擴大內需，必須堅持甚麼作為戰略方向？",
      en: "Under internal circulation, what must the expansion of domestic demand hold to as its strategic direction?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "需求管理", en: "Demand management" },
        misconception: "demand-side-only",
      },
      {
        id: "b",
        text: { zh: "消費補貼與催谷短期消費", en: "Consumption subsidies and short-term boosting" },
        misconception: "subsidy-comeback",
      },
      {
        id: "c",
        text: { zh: "發展出口導向型的勞動密集型產業", en: "Export-oriented labour-intensive industry" },
        misconception: "outer-for-inner",
      },
      { id: "d", text: { zh: "供給側結構性改革", en: "Supply-side structural reform" } },
    ],
    answer: "d",
    explanation: {
      zh: "原文：「必須堅持供給側結構性改革這個戰略方向」。需求管理在文中是要與供給側改革「有機契合」的一方，本身不是所說的戰略方向；消費補貼被文章明確排除；出口導向型勞動密集型產業是上世紀80年代以來外循環的做法。",
      en: "The text: it 'must adhere to the strategic direction of supply-side structural reform'. Demand management is what supply-side reform must be combined with, not the stated direction; subsidies are ruled out; export-oriented labour-intensive industry is the old external model.",
    },
    source: { paragraphId: "s2-p4", quote: "必須堅持供給側結構性改革這個戰略方向" },
  },
  {
    id: "l2-supply-side-purposes",
    lessonId: 2,
    skill: "logic",
    type: "multi",
    prompt: {
      zh: "按文章，在「內循環」下堅持供給側結構性改革，是要達到哪些效果？（選出所有正確答案）",
      en: "According to the article, what should holding to supply-side structural reform under internal circulation achieve? (select all that apply)",
    },
    choices: [
      {
        id: "a",
        text: { zh: "以需求管理取代供給側改革", en: "Replace supply-side reform with demand management" },
        misconception: "demand-side-only",
      },
      {
        id: "b",
        text: {
          zh: "使生產更多地依託海外終端消費市場",
          en: "Make production rely more on overseas end-consumer markets",
        },
        misconception: "outer-for-inner",
      },
      {
        id: "c",
        text: {
          zh: "提升供給體系對國內需求的適配性",
          en: "Make the supply system fit domestic demand better",
        },
      },
      {
        id: "d",
        text: { zh: "重推各項消費補貼", en: "Bring back consumption subsidies" },
        misconception: "subsidy-comeback",
      },
      {
        id: "e",
        text: {
          zh: "使生產、分配、流通和消費更多地依託國內市場",
          en: "Make production, distribution, circulation and consumption rely more on the domestic market",
        },
      },
    ],
    answer: ["c", "e"],
    explanation: {
      zh: "原文：「使生產、分配、流通和消費更多地依託國內市場，提升供給體系對國內需求的適配性」。依託海外終端市場是「東方生產、西方消費」的舊格局；文章要的是供給側改革與需求管理「有機契合」，不是以一方取代另一方；消費補貼被明確排除。",
      en: "The text: make production, distribution, circulation and consumption rely more on the domestic market and make supply fit domestic demand. Relying on overseas end markets is the old 'made by East, consumed by West' pattern; the article wants supply-side reform and demand management combined, not one replacing the other.",
    },
    source: {
      paragraphId: "s2-p4",
      quote: "使生產、分配、流通和消費更多地依託國內市場，提升供給體系對國內需求的適配性",
    },
  },
  {
    id: "l2-entry-point-organic-fit",
    lessonId: 2,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "文章說這一思路是對過往內部經濟與產業政策的一次統合與梳理。它的切入點是甚麼？",
      en: "The article calls this approach a consolidation of past economic and industrial policy. What is its entry point?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "加強供給側改革與需求管理的有機契合",
          en: "Strengthening the organic fit between supply-side reform and demand management",
        },
      },
      {
        id: "b",
        text: { zh: "只改革供給側，暫不理會需求端", en: "Reforming supply only, leaving demand aside" },
        misconception: "supply-side-only",
      },
      {
        id: "c",
        text: { zh: "只擴大需求，暫不理會供給端", en: "Expanding demand only, leaving supply aside" },
        misconception: "demand-side-only",
      },
      {
        id: "d",
        text: {
          zh: "擴大出口，以海外需求消化國內產能",
          en: "Expanding exports to absorb domestic capacity abroad",
        },
        misconception: "outer-for-inner",
      },
    ],
    answer: "a",
    explanation: {
      zh: "原文：「其切入點是加強供給側改革與需求管理的有機契合」。重點在兩者結合：供給端與需求端全程理順和貫通，使兩端「合龍」，所以只顧一端的選項都不對。",
      en: "The text: 'its entry point is strengthening the organic fit between supply-side reform and demand management'. The point is joining both ends, so one-sided options are wrong.",
    },
    source: { paragraphId: "s2-p4", quote: "其切入點是加強供給側改革與需求管理的有機契合" },
  },
  {
    id: "l2-chain-to-double-upgrade",
    lessonId: 2,
    skill: "logic",
    type: "ordering",
    prompt: {
      zh: "按文章的因果次序，把以下環節由「手段」到「最終結果」排列。",
      en: "Following the article's chain of cause and effect, order these steps from means to final result.",
    },
    events: [
      {
        id: "ra",
        text: {
          zh: "動態地打造與國內消費市場相適應的生產供應體系",
          en: "Dynamically build a production and supply system suited to the domestic consumer market",
        },
      },
      {
        id: "yq",
        text: {
          zh: "更好地滿足居民多樣化的消費需求和中產階層消費升級的需要",
          en: "Better meet residents' diverse needs and the middle class's wish to upgrade consumption",
        },
      },
      {
        id: "xn",
        text: {
          zh: "實現居民消費在數量和質量上的「雙提升」",
          en: "Achieve the 'double rise' of household consumption in quantity and quality",
        },
      },
    ],
    answer: ["ra", "yq", "xn"],
    explanation: {
      zh: "原文：「亦動態地打造與國內消費市場相適應的生產供應體系，從而更好地滿足內地居民多樣化的消費需求……實現居民消費在數量和質量上的「雙提升」」。「從而」表明先有適配的供給體系，才能更好滿足需求，最終達至「雙提升」。",
      en: "The text builds a supply system suited to the domestic market, 'thereby' better meeting diverse demand, and so achieves the 'double rise' in quantity and quality of consumption.",
    },
    source: {
      paragraphId: "s2-p5",
      quote: "亦動態地打造與國內消費市場相適應的生產供應體系，從而更好地滿足內地居民多樣化的消費需求",
    },
  },
  {
    id: "l2-micro-circulation-goals",
    lessonId: 2,
    skill: "logic",
    type: "multi",
    prompt: {
      zh: "按文章，鼓勵地攤經濟、小店經濟等措施有哪些作用？（選出所有正確答案）",
      en: "According to the article, what do measures such as encouraging street stalls and small shops do? (select all that apply)",
    },
    choices: [
      {
        id: "a",
        text: { zh: "刺激內地居民的消費需求", en: "Stimulate mainland residents' consumer demand" },
      },
      {
        id: "b",
        text: { zh: "擴大出口以填補外需缺口", en: "Expand exports to fill the gap in foreign demand" },
        misconception: "outer-for-inner",
      },
      {
        id: "c",
        text: { zh: "吸引外資企業回流本國", en: "Bring foreign firms back to their home countries" },
        misconception: "not-argued",
      },
      {
        id: "d",
        text: { zh: "恢復過去的各項消費補貼", en: "Restore the old consumption subsidies" },
        misconception: "subsidy-comeback",
      },
      {
        id: "e",
        text: {
          zh: "提高較低收入階層人士的生活質素",
          en: "Raise the living standards of lower-income people",
        },
      },
      { id: "f", text: { zh: "改善居民的就業及收入狀況", en: "Improve residents' employment and incomes" } },
    ],
    answer: ["a", "e", "f"],
    explanation: {
      zh: "原文：「一方面助力刺激內地居民的消費需求，另一方面亦藉此改善數以億計的居民就業及收入狀況，尤其是提高較低收入階層人士的生活質素」。這些是對內的措施，與擴大出口無關；文章也沒有把它們說成恢復消費補貼。企業「回流本土」是第一節所說美、日等國的主張，與此無關。",
      en: "The text: they stimulate consumer demand, improve the jobs and incomes of hundreds of millions, and above all raise lower-income living standards. They are domestic measures, not export promotion or a return of subsidies; bringing firms home is what section 1 says the US and Japan want.",
    },
    source: {
      paragraphId: "s2-p6",
      quote:
        "一方面助力刺激內地居民的消費需求，另一方面亦藉此改善數以億計的居民就業及收入狀況，尤其是提高較低收入階層人士的生活質素",
    },
  },
  {
    id: "l2-micro-circulation-both-sides",
    lessonId: 2,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：文章認為，地攤經濟、小店經濟等措施只作用於需求端，與供給側無關。",
      en: "True or false: the article holds that street-stall and small-shop measures act on the demand side only, with nothing to do with supply.",
    },
    answer: false,
    misconception: "demand-side-only",
    explanation: {
      zh: "錯誤。文章把這些措施視為「貫串供給側與需求端的「微循環」」：一方面支持業界以科技手段、管理創新優化產品和服務供應（供給側），另一方面刺激消費需求、改善就業及收入（需求端）。",
      en: "False. The article calls them a 'micro-circulation running through the supply side and the demand side': they improve the supply of goods and services and also stimulate demand and incomes.",
    },
    source: { paragraphId: "s2-p6", quote: "貫串供給側與需求端的「微循環」" },
  },
  {
    id: "l2-micro-in-consumption-field",
    lessonId: 2,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：文章把鼓勵地攤經濟、小店經濟等「微循環」措施，視為「內循環」發展思路在消費領域的體現之一。",
      en: "True or false: the article treats 'micro-circulation' measures such as street stalls and small shops as one expression of the internal-circulation approach in consumption.",
    },
    answer: true,
    explanation: {
      zh: "正確。原文：這些政策措施「也可以說是「內循環」發展思路在消費領域的體現之一」。注意是「之一」，文章沒有說微循環就是內循環的全部。",
      en: "True. The text: they 'can also be called one expression of the internal-circulation approach in the field of consumption'. Note 'one of': micro-circulation is not the whole of it.",
    },
    source: { paragraphId: "s2-p6", quote: "也可以說是「內循環」發展思路在消費領域的體現之一" },
  },

  // ───────────────────────────── terms ─────────────────────────────
  {
    id: "l2-cloze-attack-inside",
    lessonId: 2,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "填入文章用來形容「雙循環」主次關係的詞語。",
      en: "Fill in the two words the article uses to express which side of dual circulation takes precedence.",
    },
    text: "「{{1}}」優先於「{{2}}」，顯示中央明確將重點放在構建「內循環」",
    answer: { "1": ["攻內"], "2": ["攘外"] },
    options: ["攻內", "攘外", "安內", "守外"],
    explanation: {
      zh: "原文：「「攻內」優先於「攘外」，顯示中央明確將重點放在構建「內循環」」。「攻內」對應內循環、「攘外」對應外循環，與「以內循環為主，外循環為輔」同義。「安內」見於舊語「攘外必先安內」，但本文用的詞是「攻內」；「守外」則不是文中用語。",
      en: "The text: '攻內 (work on the inside) takes precedence over 攘外 (the outside)', i.e. the centre puts the focus on internal circulation. 安內 occurs in the old saying 攘外必先安內, but the article's word is 攻內.",
    },
    source: { paragraphId: "s2-p1", quote: "「攻內」優先於「攘外」，顯示中央明確將重點放在構建「內循環」" },
  },
  {
    id: "l2-earlier-slogans",
    lessonId: 2,
    skill: "terms",
    type: "multi",
    prompt: {
      zh: "文章說「內循環」與此前中央一直強調的哪些提法一脈相承？（選出所有正確答案）",
      en: "Which earlier central slogans does the article say internal circulation continues? (select all that apply)",
    },
    choices: [
      { id: "a", text: { zh: "「做大做強國內市場」", en: "'Make the domestic market bigger and stronger'" } },
      {
        id: "b",
        text: { zh: "「兩頭在外、大進大出」", en: "'Both ends abroad, big imports and big exports'" },
        misconception: "outer-for-inner",
      },
      {
        id: "c",
        text: { zh: "「暢通國民經濟循環」", en: "'Smooth the circulation of the national economy'" },
      },
      {
        id: "d",
        text: { zh: "「世界工廠」", en: "'Factory of the world'" },
        misconception: "outer-for-inner",
      },
      { id: "e", text: { zh: "「內需型增長」", en: "'Domestic-demand-led growth'" } },
      {
        id: "f",
        text: { zh: "「東方生產、西方消費」", en: "'Made by East, consumed by West'" },
        misconception: "outer-for-inner",
      },
    ],
    answer: ["a", "c", "e"],
    explanation: {
      zh: "原文列出四個提法：「內需型增長」、「做大做強國內市場」、「滿足人民對高品質生活的需要」、「暢通國民經濟循環」，說它們與內循環「一脈相承」。「兩頭在外、大進大出」是上世紀80年代以來國際大循環戰略的說法；「東方生產、西方消費」是21世紀以來的全球格局；「世界工廠」是中國在外循環下的地位，全部屬於外循環。",
      en: "The article lists four slogans continued by internal circulation: domestic-demand-led growth, a bigger and stronger domestic market, meeting people's need for a high-quality life, and smoothing the national economic circulation. The other three describe the old external circulation.",
    },
    source: {
      paragraphId: "s2-p2",
      quote:
        "「內需型增長」、「做大做強國內市場」、「滿足人民對高品質生活的需要」、「暢通國民經濟循環」等提法實際上是一脈相承",
    },
  },
  {
    id: "l2-cloze-demand-pulls-supply",
    lessonId: 2,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "填入文章描述供需「更高水準動態平衡」的詞語。",
      en: "Fill in the words describing the 'higher-level dynamic balance' between demand and supply.",
    },
    text: "形成需求{{1}}供給、供給{{2}}需求的更高水準動態平衡",
    answer: { "1": ["牽引"], "2": ["創造"] },
    options: ["牽引", "創造", "抑制", "取代", "補貼"],
    explanation: {
      zh: "原文：「形成需求牽引供給、供給創造需求的更高水準動態平衡」。兩者互相推動：需求拉動供給，供給又創造新需求，而不是一方壓抑或取代另一方。",
      en: "The text: 'demand pulls supply and supply creates demand', a higher-level dynamic balance in which each drives the other rather than one suppressing or replacing the other.",
    },
    source: { paragraphId: "s2-p4", quote: "形成需求牽引供給、供給創造需求的更高水準動態平衡" },
  },
  {
    id: "l2-two-ends-close-up",
    lessonId: 2,
    skill: "terms",
    type: "truefalse",
    prompt: {
      zh: "判斷：文章說要使「兩端」「合龍」為無縫連接的循環，這裡的「兩端」指供給端與需求端。",
      en: "True or false: the article wants the 'two ends' to 'close up' into a seamless circulation; the two ends are the supply end and the demand end.",
    },
    answer: true,
    explanation: {
      zh: "正確。原文：「透過對供給端與需求端、市場與產業之間的各主要環節進行全程的理順和貫通……使兩端「合龍」為無縫連接的循環」。「合龍」原指建橋或築堤時兩邊在中間接合，這裡比喻供給與需求兩端連成一體；不是指國內與國際兩個市場。",
      en: "True. After smoothing every link between the supply end and the demand end, the two ends 'close up' (合龍, like two halves of a bridge meeting) into a seamless circulation. It does not mean the domestic and foreign markets.",
    },
    source: {
      paragraphId: "s2-p4",
      quote: "透過對供給端與需求端、市場與產業之間的各主要環節進行全程的理順和貫通",
    },
  },
  {
    id: "l2-cloze-endogenous",
    lessonId: 2,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "填空：文章用哪個詞形容「內循環」所代表的成長機制？（原文在這個詞後附有英文，這裏略去。）",
      en: "Fill in the blank: which word does the article use for the kind of growth mechanism the domestic circulation stands for? (The English term the article adds after it is left out here.)",
    },
    text: "換句話說，「內循環」本身代表著一種{{1}}",
    answer: { "1": ["內生型"] },
    options: ["內生型", "內需型", "外向型", "出口導向型"],
    explanation: {
      zh: "原文：「「內循環」本身代表著一種內生型(Endogenous Growth)的成長機制」，即依靠經濟內部動力推動增長。「內需型」出自此前的「內需型增長」提法，與內循環一脈相承，但不是這裏的用詞；「外向型」、「出口導向型」描述的是外循環。",
      en: "The text: the domestic circulation stands for an 'endogenous' (內生型, Endogenous Growth) growth mechanism, growth driven from within. 內需型 belongs to the earlier slogan 'domestic-demand-led growth'; 外向型 and 出口導向型 describe the external circulation.",
    },
    source: { paragraphId: "s2-p5", quote: "「內循環」本身代表著一種內生型(Endogenous Growth)的成長機制" },
  },
  {
    id: "l2-match-channels-strength-double",
    lessonId: 2,
    skill: "terms",
    type: "matching",
    prompt: {
      zh: "把第二節中的比喻或用語與它在文中的意思配對。",
      en: "Match each figure of speech from section 2 with its meaning in the article.",
    },
    left: [
      { id: "t1", text: { zh: "「經脈」", en: "'Meridians' (經脈)" } },
      { id: "t2", text: { zh: "「內力」", en: "'Inner strength' (內力)" } },
      { id: "t3", text: { zh: "「雙提升」", en: "'Double rise' (雙提升)" } },
    ],
    right: [
      {
        id: "pv",
        text: {
          zh: "生產、分配、流通和消費之間的連通環節",
          en: "The links connecting production, distribution, circulation and consumption",
        },
      },
      { id: "ge", text: { zh: "經濟本身的內在動力", en: "The economy's own internal momentum" } },
      {
        id: "sn",
        text: {
          zh: "居民消費在數量和質量上同時提升",
          en: "Household consumption rising in both quantity and quality",
        },
      },
      { id: "ka", text: { zh: "內需與外需同時提升", en: "Domestic and foreign demand rising together" } },
      { id: "wd", text: { zh: "國內市場與國際市場兩端", en: "The domestic and international markets" } },
    ],
    answer: { t1: "pv", t2: "ge", t3: "sn" },
    explanation: {
      zh: "原文：「以打通生產、分配、流通和消費之間的「經脈」來達致經濟的良性循環和「內力」提升」，並「實現居民消費在數量和質量上的「雙提升」」。「經脈」借用中醫說法，指各環節之間的通道；「內力」指經濟的內在動力（與「激發經濟內在動能」呼應）；「雙提升」是消費的數量和質量，不是內外需。",
      en: "Meridians are the channels linking production, distribution, circulation and consumption; inner strength is the economy's internal momentum; the double rise is in the quantity and quality of consumption, not domestic plus foreign demand.",
    },
    source: {
      paragraphId: "s2-p5",
      quote: "以打通生產、分配、流通和消費之間的「經脈」來達致經濟的良性循環和「內力」提升",
    },
  },
  {
    id: "l2-cloze-double-upgrade",
    lessonId: 2,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "「雙提升」指居民消費在哪兩方面的提升？",
      en: "The 'double rise' is a rise of household consumption in which two respects?",
    },
    text: "實現居民消費在{{1}}和{{2}}上的「雙提升」",
    answer: { "1": ["數量"], "2": ["質量"] },
    options: ["數量", "質量", "內需", "外需", "供給"],
    explanation: {
      zh: "原文：「實現居民消費在數量和質量上的「雙提升」」。既要多消費（數量），也要消費升級（質量），呼應前文中產階層「對消費升級的殷切需要」。",
      en: "The text: a 'double rise' of household consumption in quantity and quality: more consumption and better consumption, matching the middle class's wish to upgrade.",
    },
    source: { paragraphId: "s2-p5", quote: "實現居民消費在數量和質量上的「雙提升」" },
  },
  {
    id: "l2-micro-circulation-meaning",
    lessonId: 2,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "文中的「微循環」指甚麼？",
      en: "What does 'micro-circulation' (微循環) refer to in the article?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "外循環中小規模的加工出口貿易",
          en: "Small-scale processing exports within the external circulation",
        },
        misconception: "outer-for-inner",
      },
      {
        id: "b",
        text: {
          zh: "鼓勵地攤經濟、小店經濟等貫串供給側與需求端的政策措施",
          en: "Measures such as encouraging street stalls and small shops that link the supply and demand sides",
        },
      },
      {
        id: "c",
        text: {
          zh: "向居民發放消費補貼以催谷短期消費",
          en: "Handing out subsidies to boost short-term consumption",
        },
        misconception: "subsidy-comeback",
      },
      {
        id: "d",
        text: { zh: "只在需求端刺激消費的短期措施", en: "Short-term measures stimulating demand only" },
        misconception: "demand-side-only",
      },
    ],
    answer: "b",
    explanation: {
      zh: "原文：「這些政策措施在某種意義上可視為貫串供給側與需求端的「微循環」」，「這些政策措施」即鼓勵地攤經濟、小店經濟，以及支持業界以科技和管理創新優化供應。它屬於內循環在消費領域的體現，不是外循環；它同時涉及供給和需求兩端；文章也不認為內循環等於消費補貼捲土重來。",
      en: "The text: 'these policy measures can be seen as a micro-circulation running through the supply side and the demand side', the measures being street stalls, small shops and better supply through technology and management. It is internal, spans both sides, and is not a return of subsidies.",
    },
    source: { paragraphId: "s2-p6", quote: "這些政策措施在某種意義上可視為貫串供給側與需求端的「微循環」" },
  },
  {
    id: "l2-street-stall-category",
    lessonId: 2,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "文章把地攤經濟和小店經濟歸類為甚麼？",
      en: "How does the article classify the street-stall and small-shop economy?",
    },
    choices: [
      { id: "a", text: { zh: "傳統產業", en: "Traditional industries" }, misconception: "not-argued" },
      {
        id: "b",
        text: { zh: "出口導向型的勞動密集型產業", en: "Export-oriented labour-intensive industries" },
        misconception: "outer-for-inner",
      },
      {
        id: "c",
        text: {
          zh: "傳統產業以外的多元經濟型態",
          en: "Diverse economic forms outside the traditional industries",
        },
      },
      {
        id: "d",
        text: { zh: "資本和技術密集型產業", en: "Capital- and technology-intensive industries" },
        misconception: "not-argued",
      },
    ],
    answer: "c",
    explanation: {
      zh: "原文：「鼓勵地攤經濟以及小店經濟等傳統產業以外的多元經濟型態」。文章明言它們在傳統產業「以外」；出口導向型勞動密集型產業和資本、技術密集型產業是第一節描述外循環下產業升級時的用語。",
      en: "The text: 'the street-stall and small-shop economy and other diverse economic forms outside the traditional industries'. The other labels come from section 1's account of the export-led model.",
    },
    source: { paragraphId: "s2-p6", quote: "鼓勵地攤經濟以及小店經濟等傳統產業以外的多元經濟型態" },
  },
  {
    id: "l2-cuigu-meaning",
    lessonId: 2,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "文章說內循環不意味著「催谷短期消費政策」捲土重來。這裡「催谷」的意思最接近：",
      en: "The article says internal circulation does not mean the return of policies that '催谷' short-term consumption. 催谷 is closest to:",
    },
    choices: [
      { id: "a", text: { zh: "壓抑、冷卻", en: "Suppressing, cooling down" } },
      { id: "b", text: { zh: "統計、評估", en: "Measuring, assessing" } },
      { id: "c", text: { zh: "監管、規範", en: "Regulating" } },
      { id: "d", text: { zh: "以外力強行刺激、拉高", en: "Forcing up, pumping up artificially" } },
    ],
    answer: "d",
    explanation: {
      zh: "「催谷」是香港常用語，意思是用外力催逼、拉高，例如催谷成績、催谷銷量。原文把它與「消費補貼」並列：「過去各項消費補貼、催谷短期消費政策」，都指在短期內人為推高消費的做法，而文章說內循環並不意味著這些政策捲土重來。",
      en: "催谷 (Hong Kong usage) means to force or pump something up. The text pairs it with consumption subsidies: both are ways to push up consumption in the short run, which internal circulation does not mean bringing back.",
    },
    source: { paragraphId: "s2-p3", quote: "更不意味著過去各項消費補貼、催谷短期消費政策會「捲土重來」" },
  },
];
