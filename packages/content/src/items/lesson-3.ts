import type { TItemInput } from "../schema";

/**
 * Lesson 3: 促循環長短兼顧 科技創新補短板 (paragraphs s3-p1..s3-p5).
 * Short-term response (pandemic, shrinking overseas demand) vs long-term strategy
 * (technology self-reliance, chips, the six measures, 十四五 / 2035).
 */
export const items: TItemInput[] = [
  // ───────────────────────────── dates ─────────────────────────────
  {
    id: "l3-pandemic-onset-year",
    lessonId: 3,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "根據文章，新冠肺炎疫情在哪一年年初「突如其來」，對世界經濟造成前所未有的衝擊？（輸入年份）",
      en: "According to the article, at the start of which year did the COVID-19 pandemic strike 'out of the blue'? (Enter the year.)",
    },
    answer: { year: 2020 },
    explanation: {
      zh: "文章寫「2020年初突如其來的新冠肺炎疫情對世界經濟造成前所未有的衝擊」。文中只說「年初」，沒有給出月份，所以只問年份。",
      en: "The text says the pandemic struck at the beginning of 2020 (2020年初). No month is given, so only the year is asked.",
    },
    source: { paragraphId: "s3-p1", quote: "2020年初突如其來的新冠肺炎疫情" },
  },
  {
    id: "l3-adb-report-month",
    lessonId: 3,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "亞洲開發銀行最新一期《經濟展望報告》在哪個月發表？（輸入月份）",
      en: "In which month did the Asian Development Bank publish the latest issue of its economic outlook report cited in the article? (Enter the month.)",
    },
    answer: { month: 9 },
    explanation: {
      zh: "文章寫「亞洲開發銀行9月中發表的最新一期《經濟展望報告》」。注意不要與「7月底」召開、提出「打持久戰」的中央政治局會議混淆。",
      en: "The report was published in mid-September (9月中). Do not confuse it with the Politburo meeting at the end of July (7月底) that spoke of a 'protracted war'.",
    },
    source: { paragraphId: "s3-p1", quote: "亞洲開發銀行9月中發表的最新一期《經濟展望報告》" },
  },
  {
    id: "l3-contraction-first-since-decade",
    lessonId: 3,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "亞洲開發銀行預測亞洲發展中經濟體2020年的GDP將會萎縮，並指這是自哪個年代初以來的首次？（輸入該年代的首年，如1990）",
      en: "The ADB forecast that developing Asia's GDP would shrink in 2020, the first time since the early part of which decade? (Enter the first year of that decade, e.g. 1990.)",
    },
    answer: { year: 1960 },
    explanation: {
      zh: "文章寫「2020年的GDP亦將陷入0.7%的萎縮，乃1960年代初以來首次」，即上一次出現萎縮已是1960年代初，可見衝擊之罕見。",
      en: "The text: developing Asia's GDP would contract by 0.7% in 2020, 'the first time since the early 1960s' — a measure of how exceptional the shock was.",
    },
    source: { paragraphId: "s3-p1", quote: "乃1960年代初以來首次" },
  },
  {
    id: "l3-us-pressure-escalation-year",
    lessonId: 3,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "根據文章，美國特朗普政府在哪一年「上台之後」對華打壓之勢全面升級，從貿易戰擴大至科技戰、金融戰等領域？（按文章所寫輸入年份）",
      en: "According to the article, after the Trump administration 'came to power' in which year did US pressure on China escalate across the board, from a trade war to technology and financial wars? (Enter the year as the article gives it.)",
    },
    answer: { year: 2018 },
    explanation: {
      zh: "文章寫「2018年美國特朗普政府上台之後……對華打壓之勢全面升級」，第一節亦寫「2018年美國總統特朗普上任後」。（按一般史實，特朗普於2017年1月就職，而中美貿易戰於2018年爆發；本題按文章的寫法以2018年為答案。）",
      en: "The article says 'after the Trump administration came to power in 2018' pressure on China escalated (section 1 also says 2018). (Historically Trump took office in January 2017 and the trade war broke out in 2018; the item follows the article's own dating.)",
    },
    source: { paragraphId: "s3-p2", quote: "2018年美國特朗普政府上台之後" },
  },
  {
    id: "l3-chip-import-year",
    lessonId: 3,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "文章引用的「中國從海外進口晶片價值高達3,040億美元」是哪一年的數字？（輸入年份）",
      en: "Which year does the article's figure of US$304 billion of chip imports refer to? (Enter the year.)",
    },
    answer: { year: 2019 },
    explanation: {
      zh: "文章寫「2019年中國從海外進口晶片價值高達3,040億美元」。不是疫情爆發的2020年，也不是特朗普政府上台的2018年。",
      en: "The text: 'in 2019 China imported chips worth as much as US$304.0 billion'. Not 2020 (the pandemic year) nor 2018 (the year the article gives for the Trump administration).",
    },
    source: { paragraphId: "s3-p3", quote: "2019年中國從海外進口晶片價值高達3,040億美元" },
  },
  {
    id: "l3-politburo-protracted-war-month",
    lessonId: 3,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "指出中國經濟當前面對的很多問題是中長期的、要以「打持久戰」的角度加以應對的中央政治局會議，在今年哪個月召開？（輸入月份）",
      en: "In which month this year was the Politburo meeting held that said many of the economy's problems are medium- to long-term and must be met as a 'protracted war'? (Enter the month.)",
    },
    answer: { month: 7 },
    explanation: {
      zh: "文章寫「今年7月底召開的中央政治局會議則指出……要以「打持久戰」的角度加以應對」。文中只說「7月底」，沒有具體日期。附表1的7月中央政治局會議亦提到「必須從持久戰的角度加以認識」。",
      en: "The text: 'the Politburo meeting held at the end of July this year (今年7月底)'. No day is given. The July Politburo row of 附表1 also mentions the 'protracted war' perspective.",
    },
    source: { paragraphId: "s3-p3", quote: "今年7月底召開的中央政治局會議" },
  },
  {
    id: "l3-timeline-order",
    lessonId: 3,
    skill: "dates",
    type: "ordering",
    prompt: {
      zh: "按文章所給的時間，把下列事件由早到晚排列。",
      en: "Using the dates given in the article, put these events in order, earliest first.",
    },
    events: [
      {
        id: "wb",
        text: {
          zh: "中央政治局會議提出以「打持久戰」的角度應對經濟問題",
          en: "Politburo meeting calls for a 'protracted war' approach",
        },
      },
      {
        id: "ry",
        text: { zh: "中國從海外進口晶片價值高達3,040億美元", en: "China imports US$304.0 billion of chips" },
      },
      {
        id: "ec",
        text: {
          zh: "亞洲發展中經濟體此前最近一次出現GDP萎縮",
          en: "Developing Asia's previous GDP contraction",
        },
      },
      {
        id: "xi",
        text: {
          zh: "亞洲開發銀行發表最新一期《經濟展望報告》",
          en: "ADB publishes its latest economic outlook report",
        },
      },
      {
        id: "yz",
        text: {
          zh: "美國特朗普政府上台（按文章所寫的年份）",
          en: "The Trump administration 'comes to power' (as dated in the article)",
        },
      },
      {
        id: "ia",
        text: {
          zh: "新冠肺炎疫情突如其來，衝擊世界經濟",
          en: "The COVID-19 pandemic hits the world economy",
        },
      },
    ],
    answer: ["ec", "yz", "ry", "ia", "wb", "xi"],
    explanation: {
      zh: "1960年代初（上一次萎縮，見「乃1960年代初以來首次」）→ 2018年（特朗普政府上台）→ 2019年（晶片進口3,040億美元）→ 2020年初（疫情）→ 今年7月底（中央政治局會議）→ 9月中（亞洲開發銀行報告）。",
      en: "Early 1960s (previous contraction) → 2018 (Trump administration, per the article) → 2019 (chip imports) → early 2020 (pandemic) → end of July (Politburo) → mid-September (ADB report).",
    },
    source: { paragraphId: "s3-p1", quote: "亞洲開發銀行9月中發表的最新一期《經濟展望報告》" },
  },
  {
    id: "l3-recession-quarter",
    lessonId: 3,
    skill: "dates",
    type: "single",
    prompt: {
      zh: "文章認為擴大內需可支撐中國經濟迅速走出哪一段時間的衰退「深坑」並恢復正增長？",
      en: "According to the article, expanding domestic demand should help China's economy climb quickly out of the recessionary 'deep pit' of which period?",
    },
    choices: [
      { id: "a", text: { zh: "第一季度", en: "The first quarter" } },
      { id: "b", text: { zh: "第二季度", en: "The second quarter" }, misconception: "wrong-period" },
      { id: "c", text: { zh: "2019年全年", en: "The whole of 2019" }, misconception: "wrong-year" },
      { id: "d", text: { zh: "1960年代初", en: "The early 1960s" }, misconception: "wrong-period" },
    ],
    answer: "a",
    explanation: {
      zh: "文章寫「支撐中國經濟迅速走出第一季度的衰退「深坑」並恢復正增長」。1960年代初是亞洲發展中經濟體上一次萎縮的時期，與中國的季度衰退無關；2019年是晶片進口數據的年份。",
      en: "The text speaks of climbing out of 'the first quarter's recessionary deep pit'. The early 1960s refer to developing Asia's previous contraction; 2019 is the year of the chip-import figure.",
    },
    source: { paragraphId: "s3-p1", quote: "支撐中國經濟迅速走出第一季度的衰退「深坑」並恢復正增長" },
  },
  {
    id: "l3-politburo-not-september",
    lessonId: 3,
    skill: "dates",
    type: "truefalse",
    prompt: {
      zh: "判斷：提出以「打持久戰」角度應對的中央政治局會議，與亞洲開發銀行發表《經濟展望報告》同樣是在9月中。",
      en: "True or false: the Politburo meeting that called for a 'protracted war' approach was held in mid-September, like the ADB's report.",
    },
    answer: false,
    misconception: "wrong-month",
    explanation: {
      zh: "錯。中央政治局會議是「今年7月底召開」的；9月中是亞洲開發銀行發表報告的時間。兩個日期出現在同一節，容易混淆。",
      en: "False. The Politburo meeting was held at the end of July; mid-September is when the ADB report came out. Both dates appear in this section and are easy to mix up.",
    },
    source: { paragraphId: "s3-p3", quote: "今年7月底召開的中央政治局會議則指出" },
  },
  {
    id: "l3-plans-cloze",
    lessonId: 3,
    skill: "dates",
    type: "cloze",
    prompt: {
      zh: "填空：文章預見科技創新引領的「內循環」思維會貫穿哪些規劃？",
      en: "Fill in the blanks: which plans does the article expect the technology-led 'internal circulation' thinking to run through?",
    },
    text: "將會貫穿於中國「{{1}}」規劃乃至更長一段時間的「{{2}}遠景規劃」之中",
    answer: { "1": ["十四五"], "2": ["2035年"] },
    options: ["十四五", "十三五", "2025年", "2035年", "2050年"],
    explanation: {
      zh: "原文：「將會貫穿於中國「十四五」規劃乃至更長一段時間的「2035年遠景規劃」之中，作為中國經濟發展的核心戰略之一」。「十四五」是下一個五年規劃，「2035年遠景規劃」則是「更長一段時間」的規劃，說明這是長期戰略而非權宜之計。",
      en: "The text: it will run through the 14th Five-Year Plan (十四五) and, over a longer horizon, the '2035 long-range objectives' — a long-term strategy, not a stopgap.",
    },
    source: {
      paragraphId: "s3-p5",
      quote: "將會貫穿於中國「十四五」規劃乃至更長一段時間的「2035年遠景規劃」之中",
    },
  },

  // ───────────────────────────── figures ─────────────────────────────
  {
    id: "l3-adb-contraction-pct",
    lessonId: 3,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "亞洲開發銀行預測亞洲發展中經濟體2020年的GDP將萎縮多少？（以%表示，輸入萎縮幅度的正數）",
      en: "By how much did the ADB forecast developing Asia's GDP would contract in 2020? (In %, enter the size of the contraction as a positive number.)",
    },
    answer: 0.7,
    unit: "%",
    tolerance: 0.05,
    explanation: {
      zh: "文章寫「2020年的GDP亦將陷入0.7%的萎縮」。這是整個亞洲發展中經濟體的預測，不是中國單一經濟體的數字。",
      en: "The text: developing Asia's 2020 GDP 'will fall into a 0.7% contraction'. The forecast is for developing Asia as a whole, not for China alone.",
    },
    source: { paragraphId: "s3-p1", quote: "2020年的GDP亦將陷入0.7%的萎縮" },
  },
  {
    id: "l3-chip-import-value",
    lessonId: 3,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "2019年中國從海外進口晶片的價值是多少？（單位：億美元）",
      en: "What was the value of China's chip imports in 2019? (Unit: 億美元, i.e. hundred million US dollars.)",
    },
    answer: 3040,
    unit: "億美元",
    tolerance: 0,
    explanation: {
      zh: "文章寫「2019年中國從海外進口晶片價值高達3,040億美元」，單位是「億美元」：不是3,040萬億，也不是人民幣。",
      en: "The text: chip imports in 2019 were as high as 3,040億美元 (US$304.0 billion) — 億, not 萬億, and US dollars, not renminbi.",
    },
    source: { paragraphId: "s3-p3", quote: "2019年中國從海外進口晶片價值高達3,040億美元" },
  },
  {
    id: "l3-high-end-chip-import-share",
    lessonId: 3,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "文章指中國「超過」多少百分比的高端晶片需依賴進口？（以%表示）",
      en: "According to the article, 'more than' what percentage of China's high-end chips must be imported? (In %.)",
    },
    answer: 90,
    unit: "%",
    tolerance: 0,
    explanation: {
      zh: "文章寫「超過90%的高端晶片需依賴進口」。90%是下限（「超過」），而且只指「高端」晶片，不是全部晶片。",
      en: "The text: 'more than 90% of high-end chips depend on imports'. 90% is a floor ('more than'), and it refers to high-end chips only, not all chips.",
    },
    source: { paragraphId: "s3-p3", quote: "超過90%的高端晶片需依賴進口" },
  },
  {
    id: "l3-six-measures-count",
    lessonId: 3,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "習近平在科學家座談會上提出了多少項推動科技創新發展的措施？（單位：項）",
      en: "How many measures to promote scientific and technological innovation did Xi Jinping put forward at the scientists' symposium? (Unit: 項, measures.)",
    },
    answer: 6,
    unit: "項",
    tolerance: 0,
    explanation: {
      zh: "文章寫「並提出推動科技創新發展的六項措施」，所以被稱為「六把鑰匙」論。",
      en: "The text: he 'put forward six measures to promote scientific and technological innovation' — hence the 'six keys' label.",
    },
    source: { paragraphId: "s3-p4", quote: "並提出推動科技創新發展的六項措施" },
  },
  {
    id: "l3-adb-forecast-sign",
    lessonId: 3,
    skill: "figures",
    type: "single",
    prompt: {
      zh: "下列哪一項準確轉述了亞洲開發銀行對2020年的預測？",
      en: "Which option accurately restates the ADB's forecast for 2020?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "中國2020年的GDP將萎縮0.7%", en: "China's GDP will contract by 0.7% in 2020" },
        misconception: "wrong-economy",
      },
      {
        id: "b",
        text: {
          zh: "亞洲發展中經濟體2020年的GDP將萎縮0.7%",
          en: "Developing Asia's GDP will contract by 0.7% in 2020",
        },
      },
      {
        id: "c",
        text: {
          zh: "亞洲發展中經濟體2020年的GDP將增長0.7%",
          en: "Developing Asia's GDP will grow by 0.7% in 2020",
        },
        misconception: "contraction-vs-growth",
      },
      {
        id: "d",
        text: {
          zh: "亞洲發展中經濟體2020年的GDP將萎縮7%",
          en: "Developing Asia's GDP will contract by 7% in 2020",
        },
        misconception: "wrong-magnitude",
      },
    ],
    answer: "b",
    explanation: {
      zh: "文章寫「即使是近年被譽為全球經濟增長「火車頭」的亞洲發展中經濟體，2020年的GDP亦將陷入0.7%的萎縮」。預測對象是亞洲發展中經濟體整體，不是中國；是萎縮不是增長；幅度是0.7%而非7%。",
      en: "The forecast concerns developing Asia as a whole (not China), it is a contraction (not growth), and its size is 0.7% (not 7%).",
    },
    source: { paragraphId: "s3-p1", quote: "亞洲發展中經濟體，2020年的GDP亦將陷入0.7%的萎縮" },
  },
  {
    id: "l3-all-chips-90-pct",
    lessonId: 3,
    skill: "figures",
    type: "truefalse",
    prompt: {
      zh: "判斷：文章指中國使用的全部晶片中，超過90%需依賴進口。",
      en: "True or false: the article says that more than 90% of all the chips China uses are imported.",
    },
    answer: false,
    misconception: "high-end-vs-all",
    explanation: {
      zh: "錯。文章說的是「超過90%的高端晶片需依賴進口」，限定於「高端」晶片；文章沒有給出全部晶片的進口比例（只給出2019年晶片進口總值3,040億美元）。",
      en: "False. The article says more than 90% of high-end chips are imported; it gives no import share for all chips (only the 2019 import value of US$304.0 billion).",
    },
    source: { paragraphId: "s3-p3", quote: "超過90%的高端晶片需依賴進口" },
  },
  {
    id: "l3-adb-first-since-1960s",
    lessonId: 3,
    skill: "figures",
    type: "truefalse",
    prompt: {
      zh: "判斷：據亞洲開發銀行預測，亞洲發展中經濟體2020年GDP的萎縮將是1960年代初以來的首次。",
      en: "True or false: according to the ADB forecast, developing Asia's GDP contraction in 2020 would be the first since the early 1960s.",
    },
    answer: true,
    explanation: {
      zh: "對。文章寫「2020年的GDP亦將陷入0.7%的萎縮，乃1960年代初以來首次」。",
      en: "True. The text: a 0.7% contraction in 2020, 'the first since the early 1960s'.",
    },
    source: { paragraphId: "s3-p1", quote: "2020年的GDP亦將陷入0.7%的萎縮，乃1960年代初以來首次" },
  },
  {
    id: "l3-figures-for-dependence",
    lessonId: 3,
    skill: "figures",
    type: "multi",
    prompt: {
      zh: "文章用哪些數據來說明中國在核心技術上「受制於人」、高端零部件高度依賴進口？（選出所有正確答案）",
      en: "Which figures does the article use to show that China is 'controlled by others' in core technologies and heavily dependent on imported high-end components? (Select all that apply.)",
    },
    choices: [
      {
        id: "a",
        text: { zh: "習近平提出推動科技創新發展的六項措施", en: "Xi's six measures to promote innovation" },
        misconception: "cause-for-effect",
      },
      {
        id: "b",
        text: { zh: "超過90%的高端晶片需依賴進口", en: "More than 90% of high-end chips are imported" },
      },
      {
        id: "c",
        text: {
          zh: "2019年中國從海外進口晶片價值高達3,040億美元",
          en: "China imported US$304.0 billion of chips in 2019",
        },
      },
      {
        id: "d",
        text: {
          zh: "亞洲發展中經濟體2020年GDP將萎縮0.7%",
          en: "Developing Asia's GDP will contract 0.7% in 2020",
        },
        misconception: "short-vs-long-term",
      },
    ],
    answer: ["b", "c"],
    explanation: {
      zh: "文章在「受制於人的現象比較突出」之後，以「例如，2019年中國從海外進口晶片價值高達3,040億美元，超過90%的高端晶片需依賴進口」作例證。0.7%的萎縮是用來說明疫情下外部環境嚴峻（短期壓力）；六項措施是應對之策，不是依賴進口的證據。",
      en: "The 'for example' sentence gives the US$304.0 billion and the >90% figures. The 0.7% contraction illustrates the grim external environment (short-term pressure), and the six measures are the response, not evidence of dependence.",
    },
    source: {
      paragraphId: "s3-p3",
      quote: "例如，2019年中國從海外進口晶片價值高達3,040億美元，超過90%的高端晶片需依賴進口",
    },
  },

  // ───────────────────────────── logic ─────────────────────────────
  {
    id: "l3-export-pressure-cause",
    lessonId: 3,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "文章認為，中國出口部門面對的壓力陡然增大，主要源於甚麼環境？",
      en: "According to the article, what environment suddenly increased the pressure on China's export sector?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "中國國內消費需求急速擴張，擠佔了出口產能",
          en: "Booming domestic consumption crowded out export capacity",
        },
        misconception: "not-argued",
      },
      {
        id: "b",
        text: {
          zh: "中國提出「內循環」後主動削減出口",
          en: "China deliberately cut exports after proposing 'internal circulation'",
        },
        misconception: "cause-for-effect",
      },
      {
        id: "c",
        text: {
          zh: "疫情導致國際貿易和投資活動大滑坡，主要發達經濟體和新興市場國家陷入大衰退",
          en: "The pandemic caused a slump in world trade and investment and deep recessions in major advanced and emerging economies",
        },
      },
      {
        id: "d",
        text: { zh: "亞洲發展中經濟體的增長速度超過中國", en: "Developing Asia grew faster than China" },
        misconception: "not-argued",
      },
    ],
    answer: "c",
    explanation: {
      zh: "文章先寫疫情「導致國際貿易和投資活動大滑坡，主要發達經濟體和新興市場國家紛紛陷入歷史罕見的大衰退」，再說「在此環境下，中國出口部門面對的壓力陡然增大」。因果方向是：外部衰退 → 出口壓力 → 提出「內循環」，而不是「內循環」導致出口減少。",
      en: "The causal chain is: pandemic → slump in trade and investment, recessions abroad → pressure on exports → 'internal circulation' as a response; not the other way round.",
    },
    source: {
      paragraphId: "s3-p1",
      quote: "導致國際貿易和投資活動大滑坡，主要發達經濟體和新興市場國家紛紛陷入歷史罕見的大衰退",
    },
  },
  {
    id: "l3-short-long-matching",
    lessonId: 3,
    skill: "logic",
    type: "matching",
    prompt: {
      zh: "文章說推動「內循環」一方面是短期的應對性措施，另一方面更為中長期發展策略奠定主基調。把兩個層面與文中對應的考量配對。",
      en: "The article says promoting 'internal circulation' is both a short-term response and the keynote of medium- to long-term strategy. Match each level with the consideration the article links to it.",
    },
    left: [
      {
        id: "s",
        text: {
          zh: "短期的應對性措施（「現實考量」）",
          en: "Short-term response (the 'practical consideration')",
        },
      },
      {
        id: "l",
        text: { zh: "中長期發展策略（「弦外之音」）", en: "Medium- to long-term strategy (the 'subtext')" },
      },
    ],
    right: [
      {
        id: "x",
        text: {
          zh: "透過擴大內需填補海外市場萎縮造成的缺口，支撐經濟走出衰退",
          en: "Fill the gap left by shrinking overseas markets through domestic demand and pull the economy out of recession",
        },
      },
      {
        id: "y",
        text: {
          zh: "加緊在科技上「自力更生」，加快核心技術攻關，為產業升級「補短板」",
          en: "Speed up technological self-reliance and core-technology breakthroughs to shore up weak links",
        },
      },
      {
        id: "z",
        text: { zh: "關起門來封閉運行，減少對外經濟往來", en: "Close the doors and run a closed economy" },
      },
    ],
    answer: { s: "x", l: "y" },
    explanation: {
      zh: "文章說中央此時提出「內循環」的「一個現實考量」是「透過擴大內需來填補海外市場萎縮造成的缺口」；而「另一個弦外之音」是在美國科技打壓下「加緊在科技上「自力更生」」，並以「打持久戰」的角度應對中長期問題。「關起門來」並非文章的主張：文章強調加強國際科技合作、為新一輪對外開放搭建平台。",
      en: "Short term: expand domestic demand to fill the gap from shrinking overseas markets. Long term: technological self-reliance and fixing weak links, a 'protracted war'. A closed economy is not what the article argues (it stresses international S&T cooperation and further opening-up).",
    },
    source: {
      paragraphId: "s3-p1",
      quote: "一方面是短期的應對性措施，另一方面更是為中國未來的中長期發展策略奠定主基調",
    },
  },
  {
    id: "l3-us-chip-curbs-reason",
    lessonId: 3,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "文章認為，美國政府近期千方百計限制對華晶片出口，是因為甚麼？",
      en: "According to the article, why has the US government recently done everything it can to restrict chip exports to China?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "中國提出「內循環」，停止從美國進口晶片",
          en: "China proposed 'internal circulation' and stopped importing US chips",
        },
        misconception: "cause-for-effect",
      },
      {
        id: "b",
        text: {
          zh: "白春禮把「卡脖子」清單轉變成科研攻關的任務清單",
          en: "Bai Chunli turned the 'chokehold' list into a research task list",
        },
        misconception: "cause-for-effect",
      },
      {
        id: "c",
        text: { zh: "美國自身的晶片供應不足", en: "The US itself was short of chips" },
        misconception: "not-argued",
      },
      {
        id: "d",
        text: {
          zh: "看準了中國高端晶片高度依賴進口這一「軟肋」",
          en: "It spotted China's 'soft spot': heavy dependence on imported high-end chips",
        },
      },
    ],
    answer: "d",
    explanation: {
      zh: "文章寫「超過90%的高端晶片需依賴進口；美國政府正是看準了這一「軟肋」，近期千方百計地限制對華的晶片出口」。白春禮的表態是「對此」作出的回應，是結果而非原因；文章也沒說中國停止進口晶片。",
      en: "The US 'spotted this soft spot' (dependence on imported high-end chips). Bai Chunli's remark is a response ('對此'), i.e. an effect, not a cause; the article never says China stopped importing chips.",
    },
    source: {
      paragraphId: "s3-p3",
      quote: "美國政府正是看準了這一「軟肋」，近期千方百計地限制對華的晶片出口",
    },
  },
  {
    id: "l3-bai-chunli-task-list",
    lessonId: 3,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "中國科學院院長白春禮表示，要把美國對華科技打壓的「卡脖子」清單轉變成甚麼？",
      en: "Bai Chunli, president of the Chinese Academy of Sciences, said the US 'chokehold' list should be turned into what?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "中國下一階段科研攻關的任務清單",
          en: "China's task list for the next stage of research breakthroughs",
        },
      },
      {
        id: "b",
        text: { zh: "中國對美國的反制裁清單", en: "A list of Chinese counter-sanctions against the US" },
        misconception: "not-argued",
      },
      {
        id: "c",
        text: { zh: "外商投資准入負面清單", en: "The negative list for foreign investment" },
        misconception: "wrong-list",
      },
      {
        id: "d",
        text: { zh: "擴大進口的採購清單", en: "A shopping list of imports to expand" },
        misconception: "not-argued",
      },
    ],
    answer: "a",
    explanation: {
      zh: "文章寫白春禮「要將美國對華科技打壓的「卡脖子」清單，轉變成中國下一階段科研攻關的任務清單」，即把被人掐住的技術弱點變成自主研發的目標。負面清單出現在第四節，與外資准入有關；文章沒有提到反制裁。",
      en: "Bai wants to turn the chokehold list into 'the task list for China's next stage of research breakthroughs'. The negative list (section 4) concerns foreign investment; no counter-sanctions are mentioned.",
    },
    source: { paragraphId: "s3-p3", quote: "轉變成中國下一階段科研攻關的任務清單" },
  },
  {
    id: "l3-statement-source-matching",
    lessonId: 3,
    skill: "logic",
    type: "matching",
    prompt: {
      zh: "把文中的說法與提出它的人、機構或會議配對。",
      en: "Match each statement in the section with the person, body or meeting it comes from.",
    },
    left: [
      {
        id: "p",
        text: {
          zh: "很多問題是中長期的，要以「打持久戰」的角度加以應對",
          en: "Many problems are medium- to long-term; treat them as a 'protracted war'",
        },
      },
      {
        id: "q",
        text: {
          zh: "關鍵核心技術要不來、買不來、討不來",
          en: "Key core technologies cannot be obtained by asking, buying or begging",
        },
      },
      {
        id: "r",
        text: {
          zh: "把「卡脖子」清單轉變成科研攻關的任務清單",
          en: "Turn the 'chokehold' list into a research task list",
        },
      },
      {
        id: "t",
        text: {
          zh: "亞洲發展中經濟體2020年GDP將萎縮0.7%",
          en: "Developing Asia's 2020 GDP will shrink 0.7%",
        },
      },
    ],
    right: [
      { id: "m1", text: { zh: "今年7月底的中央政治局會議", en: "The Politburo meeting at the end of July" } },
      { id: "m2", text: { zh: "習近平在科學家座談會上", en: "Xi Jinping at the scientists' symposium" } },
      {
        id: "m3",
        text: { zh: "中國科學院院長白春禮", en: "Bai Chunli, president of the Chinese Academy of Sciences" },
      },
      { id: "m4", text: { zh: "亞洲開發銀行《經濟展望報告》", en: "The ADB's economic outlook report" } },
      {
        id: "m5",
        text: {
          zh: "中央財經委員會第八次會議",
          en: "The 8th meeting of the Central Financial and Economic Affairs Commission",
        },
      },
    ],
    answer: { p: "m1", q: "m2", r: "m3", t: "m4" },
    explanation: {
      zh: "「打持久戰」出自「今年7月底召開的中央政治局會議」；「要不來、買不來、討不來」是習近平「在科學家座談會上強調」的；「卡脖子」清單變任務清單是白春禮的說法；0.7%萎縮是亞洲開發銀行報告的預測。中央財經委員會第八次會議（見引言）談的是現代流通體系，與本節說法無關。",
      en: "'Protracted war' — end-of-July Politburo meeting; 'cannot ask, buy or beg for' — Xi at the scientists' symposium; chokehold → task list — Bai Chunli; 0.7% — ADB report. The 8th Financial and Economic Affairs meeting (introduction) was about the modern circulation system.",
    },
    source: {
      paragraphId: "s3-p3",
      quote: "今年7月底召開的中央政治局會議則指出，中國經濟當前面對的很多問題是中長期的",
    },
  },
  {
    id: "l3-protracted-war-meeting",
    lessonId: 3,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：「要以「打持久戰」的角度加以應對」是習近平在科學家座談會上提出的。",
      en: "True or false: the call to approach the problems as a 'protracted war' was made by Xi Jinping at the scientists' symposium.",
    },
    answer: false,
    misconception: "wrong-meeting",
    explanation: {
      zh: "錯。文章說這是「今年7月底召開的中央政治局會議」指出的。科學家座談會上習近平強調的是「關鍵核心技術要不來、買不來、討不來」，並提出六項措施。",
      en: "False. It was the end-of-July Politburo meeting. At the scientists' symposium Xi said key core technologies cannot be obtained from others and proposed six measures.",
    },
    source: { paragraphId: "s3-p3", quote: "今年7月底召開的中央政治局會議則指出" },
  },
  {
    id: "l3-short-and-long-term",
    lessonId: 3,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：文章認為推動「內循環」既是短期的應對性措施，更為中國未來的中長期發展策略奠定主基調。",
      en: "True or false: the article holds that promoting 'internal circulation' is a short-term response and, even more, sets the keynote for China's medium- to long-term strategy.",
    },
    answer: true,
    explanation: {
      zh: "對。本節開首即寫推動「內循環」「一方面是短期的應對性措施，另一方面更是為中國未來的中長期發展策略奠定主基調」，這也是小標題「促循環長短兼顧」的意思。",
      en: "True. The section opens with exactly this point, which is what its heading 'balancing short and long term' means.",
    },
    source: {
      paragraphId: "s3-p1",
      quote: "一方面是短期的應對性措施，另一方面更是為中國未來的中長期發展策略奠定主基調",
    },
  },
  {
    id: "l3-closed-rd-not-argued",
    lessonId: 3,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：文章認為科技上「自力更生」意味著中國將減少國際科技合作，關起門來自主研發。",
      en: "True or false: the article takes technological 'self-reliance' to mean that China will reduce international S&T cooperation and do its research behind closed doors.",
    },
    answer: false,
    misconception: "closed-circulation",
    explanation: {
      zh: "錯。六項措施的最後一項正是「加強國際科技合作」；文章亦指科技升級可吸引跨國企業把高增值環節留在中國，「為新一輪對外開放搭建更高層次的平台」。",
      en: "False. The sixth measure is precisely 'strengthen international S&T cooperation', and the article says tech upgrading builds a higher platform for a new round of opening-up.",
    },
    source: { paragraphId: "s3-p4", quote: "依靠改革激發科技創新活力和加強國際科技合作" },
  },
  {
    id: "l3-decoupling-raises-difficulty",
    lessonId: 3,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：文章認為美國推動中美「科技脫鈎」、拉攏其他發達國家進行科技圍堵，增加了中國從海外引進先進技術的難度。",
      en: "True or false: the article says US-driven 'tech decoupling' and the technology blockade with other advanced countries made it harder for China to bring in advanced technology from abroad.",
    },
    answer: true,
    explanation: {
      zh: "對。文章寫美國的做法「不可避免增加了中國從海外引進先進技術的難度」，「故此」中國要加緊在科技上「自力更生」。",
      en: "True. The text says this 'inevitably increased the difficulty' of importing advanced technology, and 'therefore' China must speed up self-reliance.",
    },
    source: { paragraphId: "s3-p2", quote: "不可避免增加了中國從海外引進先進技術的難度" },
  },
  {
    id: "l3-not-stopgap-fourteenth",
    lessonId: 3,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：文章預計以科技創新引領的「內循環」只是疫情期間的權宜之計，不會延續到「十四五」規劃。",
      en: "True or false: the article expects technology-led 'internal circulation' to be only a stopgap for the pandemic, not carried into the 14th Five-Year Plan.",
    },
    answer: false,
    misconception: "short-vs-long-term",
    explanation: {
      zh: "錯。文章預見這種思維「將會貫穿於中國「十四五」規劃乃至更長一段時間的「2035年遠景規劃」之中，作為中國經濟發展的核心戰略之一」。擴大內需填補外需缺口才是短期應對的一面。",
      en: "False. The article expects it to run through the 14th Five-Year Plan and the 2035 long-range objectives as a core strategy. Only the demand-side gap-filling is the short-term side.",
    },
    source: { paragraphId: "s3-p5", quote: "作為中國經濟發展的核心戰略之一" },
  },
  {
    id: "l3-six-measures-multi",
    lessonId: 3,
    skill: "logic",
    type: "multi",
    prompt: {
      zh: "下列哪些屬於習近平在科學家座談會上提出的推動科技創新發展的六項措施？（選出所有正確答案）",
      en: "Which of these are among the six measures to promote S&T innovation that Xi put forward at the scientists' symposium? (Select all that apply.)",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "加強創新人才教育培養",
          en: "Strengthen the education and training of innovative talent",
        },
      },
      {
        id: "b",
        text: {
          zh: "停止國際科技交流，關起門來自主研發",
          en: "Stop international S&T exchange and research behind closed doors",
        },
        misconception: "closed-circulation",
      },
      {
        id: "c",
        text: {
          zh: "把建設現代流通體系作為一項重要的戰略任務",
          en: "Make building a modern circulation system an important strategic task",
        },
        misconception: "wrong-meeting",
      },
      { id: "d", text: { zh: "強化基礎研究", en: "Strengthen basic research" } },
      { id: "e", text: { zh: "加強國際科技合作", en: "Strengthen international S&T cooperation" } },
      {
        id: "f",
        text: { zh: "依靠改革激發科技創新活力", en: "Rely on reform to unleash innovative vitality" },
      },
    ],
    answer: ["a", "d", "e", "f"],
    explanation: {
      zh: "六項措施是：樹立需求導向和問題導向、整合優化科技資源配置、強化基礎研究、加強創新人才教育培養、依靠改革激發科技創新活力、加強國際科技合作。「建設現代流通體系」是引言所述中央財經委員會第八次會議的內容；「關起門來」與「加強國際科技合作」正好相反。",
      en: "The six: demand- and problem-orientation; integrate and optimise S&T resources; strengthen basic research; educate and train innovative talent; reform to unleash innovation; strengthen international S&T cooperation. The modern circulation system belongs to the 8th Financial and Economic Affairs meeting; closing the doors contradicts the sixth measure.",
    },
    source: {
      paragraphId: "s3-p4",
      quote: "強化基礎研究、加強創新人才教育培養、依靠改革激發科技創新活力和加強國際科技合作",
    },
  },
  {
    id: "l3-spur-primary-lever",
    lessonId: 3,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "「六把鑰匙」論被解讀為中央將以甚麼作為推動經濟「內循環」的「抓手」和首要切入點？",
      en: "The 'six keys' theory is read as meaning the centre will use what as the main lever and first point of entry for 'internal circulation'?",
    },
    choices: [
      { id: "a", text: { zh: "擴大出口", en: "Expanding exports" }, misconception: "not-argued" },
      { id: "b", text: { zh: "科技自強", en: "Technological self-strengthening" } },
      {
        id: "c",
        text: { zh: "地攤經濟和小店經濟", en: "Street-stall and small-shop economy" },
        misconception: "primary-vs-auxiliary",
      },
      {
        id: "d",
        text: { zh: "建設現代流通體系", en: "Building a modern circulation system" },
        misconception: "wrong-meeting",
      },
    ],
    answer: "b",
    explanation: {
      zh: "文章寫「這一創科發展的「六把鑰匙」論亦被解讀為中央將會以「科技自強」作為推動經濟「內循環」的「抓手」和首要切入點」。地攤經濟、小店經濟是第二節所說、在消費領域體現「內循環」的「微循環」措施，文章並沒有把它們稱為首要切入點；現代流通體系是引言所述中央財經委員會第八次會議的重點。",
      en: "The text: 'technological self-strengthening' is the lever and first point of entry. Street stalls and small shops are the consumption-side 'micro-circulation' of section 2, never called the first point of entry; the modern circulation system is the 8th Financial and Economic Affairs meeting's focus.",
    },
    source: {
      paragraphId: "s3-p4",
      quote: "中央將會以「科技自強」作為推動經濟「內循環」的「抓手」和首要切入點",
    },
  },
  {
    id: "l3-upgrade-benefits",
    lessonId: 3,
    skill: "logic",
    type: "multi",
    prompt: {
      zh: "文章認為，適時推動國內科技水平的提升和產業結構的升級，有哪些作用？（選出所有正確答案）",
      en: "According to the article, what would timely upgrading of domestic technology and industrial structure achieve? (Select all that apply.)",
    },
    choices: [
      {
        id: "a",
        text: { zh: "全面禁止內地企業對外投資", en: "Ban mainland firms' outward investment altogether" },
        misconception: "not-argued",
      },
      {
        id: "b",
        text: {
          zh: "平衡近年內地企業透過對外投資「離巢」的現象",
          en: "Balance the recent 'leaving the nest' of mainland firms through outward investment",
        },
      },
      {
        id: "c",
        text: {
          zh: "防範可能隨之出現的產業空心化之憂",
          en: "Guard against the resulting risk of industrial hollowing-out",
        },
      },
      {
        id: "d",
        text: {
          zh: "減少對外開放，以國內市場取代國際合作",
          en: "Reduce opening-up and replace international cooperation with the domestic market",
        },
        misconception: "closed-circulation",
      },
      {
        id: "e",
        text: {
          zh: "吸引更多跨國企業將產業鏈中的高增值環節保留在中國",
          en: "Persuade more multinationals to keep the high-value-added links of their supply chains in China",
        },
      },
    ],
    answer: ["b", "c", "e"],
    explanation: {
      zh: "文章寫科技和產業升級「有助於平衡近年內地企業透過對外投資「離巢」的現象，防範可能隨之出現的產業空心化之憂；亦可吸引更多跨國企業將產業鏈佈局中的高增值環節保留在中國」。文章說的是「平衡」而非禁止對外投資，且目標是「為新一輪對外開放搭建更高層次的平台」，不是減少開放。",
      en: "The article speaks of 'balancing' outward relocation (not banning it), preventing hollowing-out and keeping multinationals' high-value links in China, and of building a higher platform for opening-up, not less of it.",
    },
    source: {
      paragraphId: "s3-p5",
      quote: "有助於平衡近年內地企業透過對外投資「離巢」的現象，防範可能隨之出現的產業空心化之憂",
    },
  },
  {
    id: "l3-high-quality-cloze",
    lessonId: 3,
    skill: "logic",
    type: "cloze",
    prompt: {
      zh: "填空：文章認為以科技創新引領的「內循環」不僅是甚麼的必由之路，亦是保障甚麼安全的根本出路？",
      en: "Fill in the blanks: technology-led 'internal circulation' is the necessary path to what kind of development, and the fundamental way to safeguard the security of what?",
    },
    text: "這不僅是新時期中國經濟{{1}}發展的必由之路，亦是保障國家經濟及{{2}}安全的根本出路",
    answer: { "1": ["高品質", "高質量"], "2": ["產業"] },
    options: ["高品質", "高速度", "產業", "金融", "能源"],
    explanation: {
      zh: "原文：「這不僅是新時期中國經濟高品質發展的必由之路，亦是保障國家經濟及產業安全的根本出路」。文章強調的是發展質量和產業安全，而不是增長速度或金融安全。",
      en: "The text: the necessary path to high-quality development and the fundamental way to safeguard national economic and industrial security — quality and industrial security, not speed or finance.",
    },
    source: {
      paragraphId: "s3-p5",
      quote: "這不僅是新時期中國經濟高品質發展的必由之路，亦是保障國家經濟及產業安全的根本出路",
    },
  },
  {
    id: "l3-pressure-chain-order",
    lessonId: 3,
    skill: "logic",
    type: "ordering",
    prompt: {
      zh: "按本節第二段的推理，把下列環節由起因到結論排列。",
      en: "Following the reasoning of the section's second paragraph, order these links from cause to conclusion.",
    },
    events: [
      {
        id: "tx",
        text: {
          zh: "中國從海外引進先進技術的難度增加",
          en: "Importing advanced technology becomes harder for China",
        },
      },
      {
        id: "oi",
        text: {
          zh: "美國特朗普政府上台後對華打壓之勢全面升級",
          en: "US pressure on China escalates after the Trump administration takes power",
        },
      },
      {
        id: "ec",
        text: {
          zh: "中國要加緊在科技上「自力更生」，為產業升級「補短板」",
          en: "China must speed up technological self-reliance and fix weak links",
        },
      },
      {
        id: "hk",
        text: {
          zh: "美國推動中美「科技脫鈎」，拉攏其他發達國家進行科技圍堵",
          en: "The US pushes tech decoupling and rallies other advanced countries in a technology blockade",
        },
      },
    ],
    answer: ["oi", "hk", "tx", "ec"],
    explanation: {
      zh: "文章的順序是：打壓全面升級（從貿易戰擴大至科技戰等）→ 推動「科技脫鈎」與科技圍堵 →「不可避免增加了中國從海外引進先進技術的難度」→「故此」要加緊在科技上「自力更生」。",
      en: "Escalating pressure → tech decoupling and blockade → harder to import technology → 'therefore' self-reliance.",
    },
    source: {
      paragraphId: "s3-p2",
      quote: "故此，中國經濟轉向「內循環」的另一個弦外之音則是要加緊在科技上「自力更生」",
    },
  },

  // ───────────────────────────── terms ─────────────────────────────
  {
    id: "l3-kabozi-list-meaning",
    lessonId: 3,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "文中所說美國對華科技打壓的「卡脖子」清單，指的是甚麼？",
      en: "What does the 'chokehold' (卡脖子, 'neck-squeezing') list of US tech pressure on China refer to in the article?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "中國科研下一階段的攻關任務", en: "China's research tasks for the next stage" },
        misconception: "cause-for-effect",
      },
      {
        id: "b",
        text: { zh: "美國對中國商品加徵關稅的商品清單", en: "The list of Chinese goods hit by US tariffs" },
        misconception: "trade-vs-tech",
      },
      {
        id: "c",
        text: {
          zh: "中國受制於人、可被美國掐住要害的關鍵技術和零部件",
          en: "Key technologies and components where China depends on others and can be choked by the US",
        },
      },
      {
        id: "d",
        text: {
          zh: "限制外資進入中國的負面清單",
          en: "China's negative list restricting foreign investment",
        },
        misconception: "wrong-list",
      },
    ],
    answer: "c",
    explanation: {
      zh: "「卡脖子」比喻被人掐住咽喉：文章說中國「在一些核心技術上受制於人」，高端晶片等高度依賴進口，美國便藉此限制出口。任務清單是白春禮希望把「卡脖子」清單「轉變成」的東西，是目標而非該清單本身；關稅屬貿易戰，不是科技打壓的清單。",
      en: "卡脖子 means being grabbed by the throat: core technologies where China is 'controlled by others'. The task list is what Bai wants to turn it into (the goal, not the list itself); tariffs belong to the trade war.",
    },
    source: { paragraphId: "s3-p3", quote: "要將美國對華科技打壓的「卡脖子」清單" },
  },
  {
    id: "l3-soft-rib-meaning",
    lessonId: 3,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "「美國政府正是看準了這一「軟肋」」中的「軟肋」指的是甚麼？",
      en: "In 'the US government spotted this soft spot (軟肋)', what is the soft spot?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "中國出口部門在疫情下壓力增大",
          en: "Pressure on China's export sector during the pandemic",
        },
        misconception: "short-vs-long-term",
      },
      {
        id: "b",
        text: { zh: "美國自身晶片產能不足", en: "Insufficient US chip capacity" },
        misconception: "wrong-subject",
      },
      {
        id: "c",
        text: { zh: "中國第一季度經濟衰退", en: "China's first-quarter recession" },
        misconception: "short-vs-long-term",
      },
      {
        id: "d",
        text: { zh: "中國高端晶片高度依賴進口", en: "China's heavy dependence on imported high-end chips" },
      },
    ],
    answer: "d",
    explanation: {
      zh: "「軟肋」指容易受攻擊的弱點。文中緊接「超過90%的高端晶片需依賴進口」說「美國政府正是看準了這一「軟肋」」，所以軟肋就是晶片依賴進口；出口壓力和季度衰退屬本節第一段講的短期困難。",
      en: "A 軟肋 is a weak, vulnerable spot. It directly follows '>90% of high-end chips are imported', so the soft spot is chip import dependence; export pressure and the Q1 recession are the short-term problems of the first paragraph.",
    },
    source: { paragraphId: "s3-p3", quote: "超過90%的高端晶片需依賴進口；美國政府正是看準了這一「軟肋」" },
  },
  {
    id: "l3-lichao-meaning",
    lessonId: 3,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "文中「離巢」現象指的是甚麼？",
      en: "What does the 'leaving the nest' (離巢) phenomenon refer to in the article?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "內地企業透過對外投資把業務遷往海外",
          en: "Mainland firms moving operations abroad through outward investment",
        },
      },
      {
        id: "b",
        text: { zh: "外資企業撤出中國市場", en: "Foreign firms pulling out of China" },
        misconception: "wrong-subject",
      },
      { id: "c", text: { zh: "科研人才移居海外", en: "Scientists emigrating" }, misconception: "not-argued" },
      {
        id: "d",
        text: { zh: "中國從海外進口晶片", en: "China importing chips from abroad" },
        misconception: "not-argued",
      },
    ],
    answer: "a",
    explanation: {
      zh: "文章寫「平衡近年內地企業透過對外投資「離巢」的現象」：離巢的主體是「內地企業」，方式是「對外投資」。外資企業正是文章希望吸引、把高增值環節「保留在中國」的一方，不是「離巢」的主體。",
      en: "The subject is mainland firms, the means outward investment. Multinationals are those the article hopes will keep high-value links in China, not the ones 'leaving the nest'.",
    },
    source: { paragraphId: "s3-p5", quote: "平衡近年內地企業透過對外投資「離巢」的現象" },
  },
  {
    id: "l3-zhuashou-meaning",
    lessonId: 3,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "文中把「科技自強」稱為推動「內循環」的「抓手」和首要切入點。「抓手」在這裡最接近哪個意思？",
      en: "The article calls technological self-strengthening the 抓手 and first point of entry for 'internal circulation'. What does 抓手 most nearly mean here?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "可有可無的輔助措施", en: "An optional auxiliary measure" },
        misconception: "primary-vs-auxiliary",
      },
      {
        id: "b",
        text: {
          zh: "推動工作的主要著力點、手段",
          en: "The main lever or point of leverage for getting things done",
        },
      },
      {
        id: "c",
        text: { zh: "阻礙發展的障礙", en: "An obstacle to development" },
        misconception: "not-argued",
      },
      {
        id: "d",
        text: { zh: "對外談判的籌碼", en: "A bargaining chip in foreign negotiations" },
        misconception: "not-argued",
      },
    ],
    answer: "b",
    explanation: {
      zh: "「抓手」原指可以握住的把手，在政策語言中指推動工作的著力點。文中與「首要切入點」並列，表示科技自強是推動「內循環」的首要、主要手段，而非輔助措施。",
      en: "抓手 (literally a handle) means the main lever for pushing work forward; paired with 'first point of entry', it marks tech self-strengthening as primary, not auxiliary.",
    },
    source: { paragraphId: "s3-p4", quote: "作為推動經濟「內循環」的「抓手」和首要切入點" },
  },
  {
    id: "l3-locomotive",
    lessonId: 3,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "文中說哪些經濟體近年被譽為全球經濟增長的「火車頭」？",
      en: "Which economies does the article say have in recent years been called the 'locomotive' of global growth?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "主要發達經濟體", en: "The major advanced economies" },
        misconception: "wrong-economy",
      },
      { id: "b", text: { zh: "美國", en: "The United States" }, misconception: "wrong-economy" },
      { id: "c", text: { zh: "亞洲發展中經濟體", en: "Developing Asia" } },
      { id: "d", text: { zh: "中國出口部門", en: "China's export sector" }, misconception: "wrong-economy" },
    ],
    answer: "c",
    explanation: {
      zh: "文章寫「即使是近年被譽為全球經濟增長「火車頭」的亞洲發展中經濟體」也將萎縮，以突顯疫情衝擊之大。主要發達經濟體在文中是「陷入歷史罕見的大衰退」的一方。",
      en: "'Even developing Asia, hailed in recent years as the locomotive of global growth', would contract — underlining the size of the shock. The advanced economies are mentioned as falling into deep recession.",
    },
    source: { paragraphId: "s3-p1", quote: "近年被譽為全球經濟增長「火車頭」的亞洲發展中經濟體" },
  },
  {
    id: "l3-hollowing-true",
    lessonId: 3,
    skill: "terms",
    type: "truefalse",
    prompt: {
      zh: "判斷：文中擔心的「產業空心化」，是可能隨內地企業透過對外投資「離巢」而出現的問題。",
      en: "True or false: the 'industrial hollowing-out' the article worries about is a risk that may follow mainland firms 'leaving the nest' through outward investment.",
    },
    answer: true,
    explanation: {
      zh: "對。文章寫「平衡近年內地企業透過對外投資「離巢」的現象，防範可能隨之出現的產業空心化之憂」，「隨之」即隨「離巢」而來：產業大量外移，本土產業便可能被掏空。",
      en: "True. 'Hollowing-out that may follow (隨之)' refers back to firms leaving through outward investment: if industry moves out, the domestic base may be emptied.",
    },
    source: { paragraphId: "s3-p5", quote: "防範可能隨之出現的產業空心化之憂" },
  },
  {
    id: "l3-protracted-war-meaning",
    lessonId: 3,
    skill: "terms",
    type: "truefalse",
    prompt: {
      zh: "判斷：文中「打持久戰」的說法，是指中國經濟當前面對的很多問題是中長期的，不能指望短期內解決。",
      en: "True or false: 'fighting a protracted war' in the article means that many of the economy's current problems are medium- to long-term and cannot be expected to be solved quickly.",
    },
    answer: true,
    explanation: {
      zh: "對。中央政治局會議「指出，中國經濟當前面對的很多問題是中長期的，要以「打持久戰」的角度加以應對」：持久戰是與速戰速決相對的長期應對思路。",
      en: "True. The meeting said many problems are medium- to long-term and must be handled from a 'protracted war' perspective — the opposite of a quick fix.",
    },
    source: {
      paragraphId: "s3-p3",
      quote: "中國經濟當前面對的很多問題是中長期的，要以「打持久戰」的角度加以應對",
    },
  },
  {
    id: "l3-term-matching",
    lessonId: 3,
    skill: "terms",
    type: "matching",
    prompt: {
      zh: "把本節的用語與它在文中的意思配對。",
      en: "Match each term from this section with its meaning in the article.",
    },
    left: [
      { id: "lo", text: { zh: "弦外之音", en: "Subtext (弦外之音)" } },
      { id: "om", text: { zh: "自力更生", en: "Self-reliance (自力更生)" } },
      { id: "bc", text: { zh: "補短板", en: "Fixing the short planks (補短板)" } },
      { id: "jh", text: { zh: "科技脫鈎", en: "Tech decoupling (科技脫鈎)" } },
    ],
    right: [
      {
        id: "fp",
        text: { zh: "言外之意、未明說的深層用意", en: "An implied meaning, the unstated deeper intention" },
      },
      {
        id: "tw",
        text: {
          zh: "依靠自己的力量，在科技上增強自主創新能力",
          en: "Relying on one's own strength; building independent innovation capacity",
        },
      },
      {
        id: "nf",
        text: {
          zh: "彌補產業升級中核心技術等薄弱環節",
          en: "Shoring up weak links, such as core technologies, in industrial upgrading",
        },
      },
      {
        id: "fj",
        text: {
          zh: "切斷中美之間的科技聯繫與合作",
          en: "Severing technological ties and cooperation between China and the US",
        },
      },
      {
        id: "tb",
        text: { zh: "縮短產業鏈、減少生產環節", en: "Shortening supply chains, cutting production stages" },
      },
      {
        id: "xr",
        text: { zh: "擴大從海外引進先進技術", en: "Importing more advanced technology from abroad" },
      },
    ],
    answer: { lo: "fp", om: "tw", bc: "nf", jh: "fj" },
    explanation: {
      zh: "文中說「內循環」的「另一個弦外之音」（言外之意）是「要加緊在科技上「自力更生」，增強自主創新能力，特別是加快核心技術攻關，為產業升級「補短板」」；「科技脫鈎」是美國推動的中美科技切割。「補短板」不是「縮短」產業鏈；而擴大引進海外技術恰恰是科技脫鈎後變得更難的事。",
      en: "The 'subtext' is to speed up self-reliance, build innovation capacity and fix weak links; 'tech decoupling' is the US-driven severing of ties. 補短板 does not mean shortening chains, and importing more technology is exactly what decoupling made harder.",
    },
    source: {
      paragraphId: "s3-p2",
      quote: "中國經濟轉向「內循環」的另一個弦外之音則是要加緊在科技上「自力更生」，增強自主創新能力",
    },
  },
  {
    id: "l3-sanctioned-firms",
    lessonId: 3,
    skill: "terms",
    type: "multi",
    prompt: {
      zh: "文中點名哪些領先的中國科網企業受到美國制裁手段針對？（選出所有正確答案）",
      en: "Which leading Chinese tech companies does the article name as targets of US sanctions? (Select all that apply.)",
    },
    choices: [
      { id: "a", text: { zh: "騰訊", en: "Tencent" } },
      { id: "b", text: { zh: "百度", en: "Baidu" }, misconception: "not-in-article" },
      { id: "c", text: { zh: "TikTok", en: "TikTok" } },
      { id: "d", text: { zh: "華為", en: "Huawei" } },
      { id: "e", text: { zh: "阿里巴巴", en: "Alibaba" }, misconception: "not-in-article" },
      { id: "f", text: { zh: "中興", en: "ZTE" }, misconception: "not-in-article" },
    ],
    answer: ["a", "c", "d"],
    explanation: {
      zh: "文章寫美國「更不惜祭出大量制裁手段針對華為、騰訊、TikTok等領先的中國科網企業」。其他企業文中沒有點名（「等」字表示不止這三家，但本題問的是文中點名的企業）。",
      en: "The article names Huawei, Tencent and TikTok. Others are not named (the 'etc.' means the list is not exhaustive, but the question asks which are named).",
    },
    source: { paragraphId: "s3-p2", quote: "針對華為、騰訊、TikTok等領先的中國科網企業" },
  },
  {
    id: "l3-six-measures-cloze",
    lessonId: 3,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "填空：六項措施中的頭兩項是甚麼？",
      en: "Fill in the blanks: what are the first two of the six measures?",
    },
    text: "包括樹立{{1}}和問題導向、整合優化{{2}}配置",
    answer: { "1": ["需求導向"], "2": ["科技資源"] },
    options: ["需求導向", "出口導向", "市場導向", "科技資源", "金融資源"],
    explanation: {
      zh: "原文：「包括樹立需求導向和問題導向、整合優化科技資源配置、強化基礎研究、加強創新人才教育培養、依靠改革激發科技創新活力和加強國際科技合作」。頭兩項是樹立需求導向和問題導向、整合優化科技資源配置。",
      en: "The text lists: set demand and problem orientation; integrate and optimise the allocation of S&T resources; then basic research, talent, reform and international cooperation.",
    },
    source: { paragraphId: "s3-p4", quote: "包括樹立需求導向和問題導向、整合優化科技資源配置" },
  },
  {
    id: "l3-decoupling-cloze",
    lessonId: 3,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "填空：美國在科技上對中國採取了甚麼做法？",
      en: "Fill in the blanks: what did the US do against China in technology?",
    },
    text: "美國推動中美「{{1}}」，並積極拉攏其他發達國家對中國進行{{2}}",
    answer: { "1": ["科技脫鈎", "科技脫鉤"], "2": ["科技圍堵"] },
    options: ["科技脫鈎", "貿易脫鈎", "科技圍堵", "金融制裁", "技術轉讓"],
    explanation: {
      zh: "原文：「美國推動中美「科技脫鈎」，並積極拉攏其他發達國家對中國進行科技圍堵」。貿易戰、金融戰在文中另有提及，但這一句說的是科技上的脫鈎與圍堵。",
      en: "The text: the US pushed China-US 'tech decoupling' and rallied other advanced countries in a technology blockade. Trade and financial wars are mentioned elsewhere, but this sentence is about technology.",
    },
    source: {
      paragraphId: "s3-p2",
      quote: "美國推動中美「科技脫鈎」，並積極拉攏其他發達國家對中國進行科技圍堵",
    },
  },
  {
    id: "l3-great-change-cloze",
    lessonId: 3,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "填空：文章在談美國對華打壓之前，怎樣形容「當前」世界所面臨的局面？",
      en: "Fill in the blank: before turning to US pressure on China, how does the article describe what the world faces 'at present'?",
    },
    text: "當前世界正面臨{{1}}，新一輪科技革命和產業變革蓬勃興起",
    answer: { "1": ["百年未有之大變局"] },
    options: ["百年未有之大變局", "經濟全球化深入發展", "國際經濟大循環的頂峰"],
    explanation: {
      zh: "原文：「當前世界正面臨百年未有之大變局，新一輪科技革命和產業變革蓬勃興起」。「經濟全球化深入發展」是附表1企業家座談會一行所說「以前」的外部環境；國際經濟大循環的頂峰在2008年全球金融危機之前（第一節）。兩者都是過去，不是「當前」。",
      en: "The text: the world faces 'great changes unseen in a century'. 'Deepening economic globalisation' is what the entrepreneurs' symposium row of table 1 calls the environment of before (以前); the international great circulation peaked before the 2008 crisis (section 1). Both belong to the past, not the present.",
    },
    source: {
      paragraphId: "s3-p2",
      quote: "當前世界正面臨百年未有之大變局，新一輪科技革命和產業變革蓬勃興起",
    },
  },
  {
    id: "l3-core-tech-cloze",
    lessonId: 3,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "填空：增強自主創新能力，特別是要加快甚麼的攻關？",
      en: "Fill in the blank: in building independent innovation capacity, breakthroughs in what must be sped up in particular?",
    },
    text: "增強自主創新能力，特別是加快{{1}}攻關，為產業升級「補短板」",
    answer: { "1": ["核心技術"] },
    options: ["核心技術", "基礎設施", "出口產品", "金融改革"],
    explanation: {
      zh: "原文：「增強自主創新能力，特別是加快核心技術攻關，為產業升級「補短板」」。下一段亦說中國「在一些核心技術上受制於人的現象比較突出」。",
      en: "The text: 'especially speed up breakthroughs in core technologies'. The next paragraph says China is notably 'controlled by others' in some core technologies.",
    },
    source: { paragraphId: "s3-p2", quote: "增強自主創新能力，特別是加快核心技術攻關，為產業升級「補短板」" },
  },
  {
    id: "l3-cant-buy-cloze",
    lessonId: 3,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "填空：習近平在科學家座談會上的強調。",
      en: "Fill in the blanks: what Xi stressed at the scientists' symposium.",
    },
    text: "關鍵核心技術要不來、{{1}}、討不來，科技創新等不得、{{2}}、慢不得",
    answer: { "1": ["買不來"], "2": ["拖不得"] },
    options: ["買不來", "學不來", "拖不得", "急不得"],
    explanation: {
      zh: "原文：「關鍵核心技術要不來、買不來、討不來，科技創新等不得、拖不得、慢不得」。前半句說明核心技術無法靠外求（要、買、討都不行），後半句強調時間緊迫；「急不得」意思正好相反。",
      en: "Key core technologies cannot be asked for, bought or begged for; innovation cannot wait, be delayed or slowed. 急不得 ('must not rush') would reverse the meaning.",
    },
    source: {
      paragraphId: "s3-p4",
      quote: "關鍵核心技術要不來、買不來、討不來，科技創新等不得、拖不得、慢不得",
    },
  },
];
