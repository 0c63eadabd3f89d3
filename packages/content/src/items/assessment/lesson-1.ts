import type { TItemInput } from "../../schema";

/**
 * Assessment, lesson 1: 外循環由來已久 今後難獨撐大局 (s1-p1..s1-p5). Calculations with the section's
 * figures; the 2008 watershed against the dated statement in 附表1; external push factors against
 * domestic pull factors (此消彼長); the author's judgement against fact. The article dates the US
 * president's taking office to 2018 (in fact January 2017): items ask what the article says.
 */
export const items: TItemInput[] = [
  // ---------------------------------------------------------------- calculations
  {
    id: "l1-export-beats-manufacturing-points",
    pool: "assessment",
    lessonId: 1,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "2001至2008年期間，中國商品出口的年均增速比製造業的年均增速高出多少個百分點？（請輸入數字，單位：個百分點，取一位小數）",
      en: "Between 2001 and 2008, by how many percentage points did China's average annual export growth exceed its manufacturing growth? (Enter a number; unit: percentage points, to one decimal place.)",
    },
    answer: 10.7,
    unit: "個百分點",
    tolerance: 0.05,
    calculation: "22.3 - 11.6",
    explanation: {
      zh: "文中「分別達11.6%和22.3%」依次對應製造業和商品出口，所以是22.3 − 11.6 = 10.7個百分點。兩個增長率之差用「百分點」表示，不是「10.7%」；把次序讀反會得出負數。",
      en: "'Respectively 11.6% and 22.3%' follows the order 'manufacturing and exports', so 22.3 − 11.6 = 10.7 percentage points. A difference between two rates is in percentage points, not '10.7%'; reading the order backwards gives a negative number.",
    },
    source: {
      paragraphId: "s1-p3",
      quote:
        "推動中國製造業和商品出口在相當長的一段時間裡維持兩位數以上的高速增長，2001至2008年期間的年均增速分別達11.6%和22.3%",
    },
  },
  {
    id: "l1-export-to-manufacturing-ratio",
    pool: "assessment",
    lessonId: 1,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "2001至2008年期間，中國商品出口的年均增速約是製造業年均增速的多少倍？（請輸入數字，單位：倍，取一位或兩位小數）",
      en: "Between 2001 and 2008, China's average annual export growth was about how many times its manufacturing growth? (Enter a number; unit: times, to one or two decimal places.)",
    },
    answer: 1.92,
    unit: "倍",
    tolerance: 0.03,
    calculation: "22.3 / 11.6",
    explanation: {
      zh: "22.3% ÷ 11.6% ≈ 1.92，即出口增速約為製造業的1.9倍，接近兩倍但未到兩倍（接受1.9至1.95）。這說明在外循環的頂峰期，出口比整體製造業增長得更快，正是「出口導向」的寫照。",
      en: "22.3% ÷ 11.6% ≈ 1.92: exports grew about 1.9 times as fast as manufacturing, close to but short of double (1.9 to 1.95 accepted). At the peak of the external circulation exports outpaced manufacturing as a whole: export-led growth.",
    },
    source: { paragraphId: "s1-p3", quote: "2001至2008年期間的年均增速分別達11.6%和22.3%" },
  },
  {
    id: "l1-wto-to-crisis-years",
    pool: "assessment",
    lessonId: 1,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "按文章，中國加入世界貿易組織的那一年，與外循環由盛轉衰的分水嶺（全球金融危機爆發）那一年，相隔多少年？（請輸入數字，單位：年）",
      en: "According to the article, how many years lie between the year China joined the WTO and the year of the watershed (the global financial crisis)? (Enter a number; unit: years.)",
    },
    answer: 7,
    unit: "年",
    tolerance: 0,
    calculation: "2008 - 2001",
    explanation: {
      zh: "2008 − 2001 = 7年。第一節第二段說2001年加入世貿後中國深度融入全球供應鏈；最後一段說2008年全球金融危機是外循環「由盛轉衰的一道分水嶺」。外循環最興盛的階段就在這七年間（年均增速11.6%和22.3%也是2001至2008年的數字）。",
      en: "2008 − 2001 = 7 years. China joined the WTO in 2001 and integrated deeply into global supply chains; the 2008 crisis is the 'watershed' of the external circulation's decline. Its heyday lies in these seven years (the 11.6% and 22.3% growth rates are for 2001–2008 too).",
    },
    source: {
      paragraphId: "s1-p5",
      quote: "2008年全球金融危機爆發是中國經濟「外循環」由盛轉衰的一道分水嶺",
    },
    moreSources: [{ paragraphId: "s1-p2", quote: "2001年加入世界貿易組織後" }],
  },
  {
    id: "l1-wto-to-dependence-peak-years",
    pool: "assessment",
    lessonId: 1,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "按文章，中國加入世界貿易組織後約多少年，外貿依存度便創下歷史最高值？（請輸入數字，單位：年）",
      en: "According to the article, about how many years after joining the WTO did China's trade dependence reach its all-time high? (Enter a number; unit: years.)",
    },
    answer: 5,
    unit: "年",
    tolerance: 0.5,
    calculation: "2006 - 2001",
    explanation: {
      zh: "2006 − 2001 = 5年：2001年加入世貿，2006年底外貿依存度創下67%的歷史最高值。這是在2008年金融危機之前，符合「這種經濟型態在2008年全球金融危機爆發前達到頂峰」的說法。",
      en: "2006 − 2001 = 5 years: WTO entry in 2001, the record 67% at the end of 2006, before the 2008 crisis, consistent with the pattern 'peaking before the 2008 crisis'.",
    },
    source: { paragraphId: "s1-p3", quote: "在2006年底更創下67%的歷史最高值" },
    moreSources: [{ paragraphId: "s1-p2", quote: "2001年加入世界貿易組織後" }],
  },
  {
    id: "l1-watershed-to-pandemic-years",
    pool: "assessment",
    lessonId: 1,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "文章所說外循環「由盛轉衰的一道分水嶺」，與新冠肺炎疫情爆發，相隔多少年？（請輸入數字，單位：年）",
      en: "How many years lie between what the article calls the 'watershed' of the external circulation and the outbreak of COVID-19? (Enter a number; unit: years.)",
    },
    answer: 12,
    unit: "年",
    tolerance: 0,
    calculation: "2020 - 2008",
    explanation: {
      zh: "分水嶺是2008年全球金融危機，疫情在2020年初爆發：2020 − 2008 = 12年。文章把2008年看作轉衰的起點，把近年外部環境的「轉捩性突變」（包括疫情後的反全球化）看作令舊路走到臨界點的加劇因素。",
      en: "The watershed is the 2008 crisis; the pandemic broke out in early 2020: 2020 − 2008 = 12 years. The article sees 2008 as the start of the decline and recent abrupt changes, including anti-globalisation after the pandemic, as what brought the old path to its breaking point.",
    },
    source: {
      paragraphId: "s1-p5",
      quote: "2008年全球金融危機爆發是中國經濟「外循環」由盛轉衰的一道分水嶺",
    },
    moreSources: [
      { paragraphId: "s3-p1", quote: "2020年初突如其來的新冠肺炎疫情對世界經濟造成前所未有的衝擊" },
    ],
  },
  {
    id: "l1-peak-to-low-years",
    pool: "assessment",
    lessonId: 1,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "中國外貿依存度由歷史最高值（第一節）回落到文章所引的最新數字（第二節），前後相隔多少年？（請輸入數字，單位：年）",
      en: "How many years separate China's record trade dependence (section 1) from the latest figure the article gives (section 2)? (Enter a number; unit: years.)",
    },
    answer: 13,
    unit: "年",
    tolerance: 0,
    calculation: "2019 - 2006",
    explanation: {
      zh: "最高值是2006年底的67%，最新數字是2019年的31.9%：2019 − 2006 = 13年。兩個數字分屬不同段落，一個說明外循環的頂峰，一個說明經濟「朝著內需驅動的發展方向加快轉型」。",
      en: "The record is 67% at the end of 2006, the latest 31.9% in 2019: 2019 − 2006 = 13 years. One figure shows the external circulation at its peak, the other the turn towards growth driven by domestic demand.",
    },
    source: { paragraphId: "s1-p3", quote: "在2006年底更創下67%的歷史最高值" },
    moreSources: [{ paragraphId: "s2-p3", quote: "2019年對外貿的依存度大幅回落至31.9%" }],
  },
  {
    id: "l1-dependence-meaning",
    pool: "assessment",
    lessonId: 1,
    skill: "figures",
    type: "single",
    prompt: {
      zh: "按文中的定義，「2006年底外貿依存度達67%」表示甚麼？",
      en: "By the article's definition, what does 'trade dependence of 67% at the end of 2006' mean?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "中國67%的GDP由出口創造", en: "67% of China's GDP was created by exports" },
        misconception: "exports-only",
      },
      {
        id: "b",
        text: { zh: "67%的中國企業依賴外貿", en: "67% of Chinese firms depended on foreign trade" },
        misconception: "wrong-definition",
      },
      {
        id: "c",
        text: { zh: "中國製造業產品有67%出口", en: "67% of China's manufactures were exported" },
        misconception: "wrong-definition",
      },
      {
        id: "d",
        text: {
          zh: "進口和出口加起來的總額，相當於GDP的67%",
          en: "Imports and exports together amounted to 67% of GDP",
        },
      },
    ],
    answer: "d",
    explanation: {
      zh: "文中定義：外貿依存度「即進出口佔GDP的比重」。它把進口和出口都算在內，所以不能說成「GDP的67%由出口創造」；它也不是企業數目或出口產品的比例。",
      en: "The article defines it as 'the share of imports and exports in GDP'. It counts both imports and exports, so it does not say 67% of GDP came from exports; nor is it a share of firms or of products exported.",
    },
    source: {
      paragraphId: "s1-p3",
      quote: "中國經濟對外貿的依存度(即進出口佔GDP的比重)在2006年底更創下67%的歷史最高值",
    },
  },
  {
    id: "l1-peak-in-crisis-year-tf",
    pool: "assessment",
    lessonId: 1,
    skill: "figures",
    type: "truefalse",
    prompt: {
      zh: "判斷：按文章，中國外貿依存度的67%歷史最高值，正是在2008年全球金融危機爆發的那一年錄得的。",
      en: "True or false: according to the article, the record trade dependence of 67% was recorded in the very year the global financial crisis broke out, 2008.",
    },
    answer: false,
    misconception: "peak-vs-crisis",
    explanation: {
      zh: "錯。最高值在「2006年底」，比2008年早約兩年。文章說的是整個「東方生產、西方消費」的經濟型態「在2008年全球金融危機爆發前達到頂峰」，依存度的最高點則在2006年底。",
      en: "False. The record was at the end of 2006, about two years before 2008. What peaked 'before the 2008 crisis' is the whole 'Made by East, Consumed by West' pattern; dependence peaked at the end of 2006.",
    },
    source: { paragraphId: "s1-p3", quote: "這種經濟型態在2008年全球金融危機爆發前達到頂峰" },
  },
  // ---------------------------------------------------------------- text and table
  {
    id: "l1-watershed-in-table",
    pool: "assessment",
    lessonId: 1,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "文章說2008年全球金融危機是外循環「由盛轉衰的一道分水嶺」。附表1中，哪個場合的發言同樣以2008年為轉折點？",
      en: "The article calls the 2008 crisis the 'watershed' of the external circulation's decline. In table 1, which occasion's statement also takes 2008 as the turning point?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "企業家座談會", en: "The entrepreneurs' symposium" },
        misconception: "wrong-meeting",
      },
      {
        id: "b",
        text: {
          zh: "「十四五」規劃經濟社會領域專家座談會",
          en: "The experts' symposium on the 14th Five-Year Plan",
        },
      },
      {
        id: "c",
        text: { zh: "中央政治局會議", en: "The Politburo meeting" },
        misconception: "wrong-meeting",
      },
      {
        id: "d",
        text: { zh: "中央財經委員會第八次會議", en: "The CFEAC's 8th meeting" },
        misconception: "wrong-meeting",
      },
    ],
    answer: "b",
    explanation: {
      zh: "8月專家座談會一行：「自2008年國際金融危機以來，我國經濟已經在向以國內大循環為主體轉變」。這與正文的「分水嶺」說法呼應。企業家座談會說「以前」兩頭在外發揮了重要作用，但沒有點出年份；政治局會議談「持久戰」；財經委會議談流通體系。",
      en: "The August experts' row: 'since the 2008 international financial crisis our economy has been shifting to the domestic great circulation as the mainstay', echoing the text's 'watershed'. The entrepreneurs' row says 'before' without a year; the Politburo speaks of a protracted war; the CFEAC of circulation.",
    },
    source: { paragraphId: "s1-p5", quote: "2008年全球金融危機爆發是中國經濟「外循環」由盛轉衰的一道分水嶺" },
    moreSources: [
      { paragraphId: "s5-r5", quote: "自2008年國際金融危機以來，我國經濟已經在向以國內大循環為主體轉變。" },
    ],
  },
  {
    id: "l1-watershed-judgement-vs-statement",
    pool: "assessment",
    lessonId: 1,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "關於2008年，正文和附表1的說法有甚麼分別？",
      en: "How do the text and table 1 differ in what they say about 2008?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "正文「在某種意義上」把2008年視為外循環由盛轉衰的分水嶺，是作者的判斷；附表1記的是8月專家座談會的發言：自2008年以來經濟已在向以國內大循環為主體轉變",
          en: "The text 'in a sense' sees 2008 as the watershed, the author's judgement; the table records the August symposium: since 2008 the economy has been shifting to a domestic mainstay",
        },
      },
      {
        id: "b",
        text: {
          zh: "兩者都說2008年之後外循環已經完全停止，中國經濟從此只靠國內循環運行",
          en: "Both say the external circulation stopped completely after 2008 and the economy has since run on the domestic one alone",
        },
        misconception: "closed-circulation",
      },
      {
        id: "c",
        text: {
          zh: "附表1說2008年是外貿依存度的歷史最高點，正文則說最高點在2006年底，兩處互相矛盾",
          en: "The table says 2008 was the peak of trade dependence while the text puts the peak at the end of 2006, so the two contradict each other",
        },
        misconception: "peak-vs-crisis",
      },
      {
        id: "d",
        text: {
          zh: "正文的分水嶺之說是逐字引述官方發言，附表1才是作者根據新華社報道作出的推論",
          en: "The text's watershed is a verbatim official statement; the table is the author's inference from Xinhua reports",
        },
        misconception: "fact-vs-interpretation",
      },
    ],
    answer: "a",
    explanation: {
      zh: "正文用「在某種意義上」帶出分水嶺之說，是作者自己的判斷；附表1收錄官方發言（資料來源：新華社、廠商會研究部整理），8月專家座談會說「自2008年國際金融危機以來，我國經濟已經在向以國內大循環為主體轉變」。兩者方向一致，但性質不同。兩處都沒有說外循環停止；依存度最高點是2006年底；把兩者的性質倒轉也不對。",
      en: "The text introduces the watershed with 'in a sense': the author's judgement. The table records official statements (Xinhua, compiled by the CMA research department); the August symposium says the economy has been shifting since 2008. They agree in direction but differ in kind. Neither says the external circulation stopped; dependence peaked at the end of 2006; swapping the two kinds is wrong.",
    },
    source: {
      paragraphId: "s1-p5",
      quote: "在某種意義上，2008年全球金融危機爆發是中國經濟「外循環」由盛轉衰的一道分水嶺",
    },
    moreSources: [
      { paragraphId: "s5-r5", quote: "自2008年國際金融危機以來，我國經濟已經在向以國內大循環為主體轉變。" },
    ],
  },
  {
    id: "l1-crisis-year-both",
    pool: "assessment",
    lessonId: 1,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "正文說某年的全球金融危機是外循環由盛轉衰的分水嶺；附表1專家座談會說「自____年國際金融危機以來」經濟已在向以國內大循環為主體轉變。兩處是同一年。請輸入年份。",
      en: "The text calls one year's global financial crisis the watershed; the table's experts' symposium says the economy has been shifting 'since the international financial crisis of ____'. It is the same year. Enter it.",
    },
    answer: { year: 2008 },
    explanation: {
      zh: "兩處都是2008年。注意附表1稱「國際金融危機」，正文稱「全球金融危機」，說的是同一場危機；正文第一節第四段的「金融海嘯」也指它。",
      en: "Both say 2008. The table says 'international financial crisis', the text 'global financial crisis': the same crisis, also the 'financial tsunami' of the fourth paragraph.",
    },
    source: { paragraphId: "s1-p5", quote: "2008年全球金融危機爆發是中國經濟「外循環」由盛轉衰的一道分水嶺" },
    moreSources: [{ paragraphId: "s5-r5", quote: "自2008年國際金融危機以來" }],
  },
  {
    id: "l1-push-pull",
    pool: "assessment",
    lessonId: 1,
    skill: "logic",
    type: "matching",
    prompt: {
      zh: "附表1專家座談會說國際大循環動能減弱、國內大循環活力增強，「此消彼長」。把文章提到的每個因素歸入「外循環動能減弱」或「內循環活力增強」。",
      en: "The table's experts' symposium says the international circulation is losing momentum while the domestic one gains vigour: 'as one ebbs, the other rises'. Sort each factor the article mentions into 'external momentum weakening' or 'domestic vigour growing'.",
    },
    left: [
      {
        id: "debt",
        text: {
          zh: "西方國家居民過度消費、累積高額負債，消費增長難以持續",
          en: "Western households over-consume and pile up debt; consumption growth cannot last",
        },
      },
      {
        id: "share",
        text: {
          zh: "內部消費的貢獻率提升至六成左右",
          en: "Domestic consumption's contribution rises to about 60%",
        },
      },
      {
        id: "protect",
        text: {
          zh: "貿易保護主義和逆全球化的呼聲漸趨高昂",
          en: "Calls for protectionism and de-globalisation grow louder",
        },
      },
      {
        id: "middle",
        text: {
          zh: "人數約4億、全球最大規模的中等收入階層",
          en: "The world's largest middle-income group, about 400 million",
        },
      },
      {
        id: "imports",
        text: { zh: "歐美對進口的商品需求一蹶不振", en: "Western demand for imported goods collapses" },
      },
    ],
    right: [
      { id: "ebb", text: { zh: "外循環動能減弱", en: "External momentum weakening" } },
      { id: "rise", text: { zh: "內循環活力增強", en: "Domestic vigour growing" } },
    ],
    answer: { debt: "ebb", share: "rise", protect: "ebb", middle: "rise", imports: "ebb" },
    explanation: {
      zh: "第一節列出外部的「推力」：西方消費難以持續、歐美去槓桿後對進口需求一蹶不振、保護主義和逆全球化。第二節列出內部的「拉力」：消費貢獻率約六成、約4億中等收入階層。附表1把兩者合稱「此消彼長」——一方減弱、另一方增強，而不是兩者互相抵消。",
      en: "Section 1 lists the external push: unsustainable Western consumption, collapsing import demand after deleveraging, protectionism. Section 2 lists the domestic pull: consumption at about 60% of growth, a middle class of about 400 million. The table calls the two together 'as one ebbs, the other rises', not a cancelling-out.",
    },
    source: {
      paragraphId: "s1-p4",
      quote: "西方國家居民因過度消費和累積高額負債而導致消費增長難以持續",
    },
    moreSources: [
      { paragraphId: "s2-p3", quote: "內部消費的貢獻率穩步提升至六成左右" },
      { paragraphId: "s5-r5", quote: "客觀上有著此消彼長的態勢" },
    ],
  },
  {
    id: "l1-ebb-and-rise-meaning",
    pool: "assessment",
    lessonId: 1,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "第一節結論說延續外循環舊路已走到臨界點。附表1專家座談會用「此消彼長」形容內外循環，意思是？",
      en: "Section 1 concludes that the old external path has reached its breaking point. The table's experts' symposium describes the two circulations as 此消彼長. What does that mean?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "內外循環的力量互相抵消，總量不變",
          en: "The two cancel each other out; the total stays the same",
        },
        misconception: "wrong-definition",
      },
      {
        id: "b",
        text: {
          zh: "國內需求減少，出口增加",
          en: "Domestic demand falls while exports rise",
        },
        misconception: "reversed",
      },
      {
        id: "c",
        text: {
          zh: "兩頭在外的國際大循環動能明顯減弱，國內大循環活力日益強勁",
          en: "The 'both ends abroad' international circulation is clearly losing momentum while the domestic one grows ever stronger",
        },
      },
      {
        id: "d",
        text: {
          zh: "內外循環輪流做主，每隔幾年互換",
          en: "The two take turns leading, swapping every few years",
        },
        misconception: "not-argued",
      },
    ],
    answer: "c",
    explanation: {
      zh: "附表1原文：「市場和資源兩頭在外的國際大循環動能明顯減弱，而我國內需潛力不斷釋放，國內大循環活力日益強勁，客觀上有著此消彼長的態勢」。「此消彼長」是一方消退、另一方增長，不是互相抵消；方向是內需增強、外循環減弱，不是相反；文章也沒有說兩者定期輪換。",
      en: "The row: the international circulation with 'both ends abroad' is clearly losing momentum, while domestic demand is released and the domestic circulation grows ever more vigorous, 'objectively a trend of one ebbing as the other rises'. Not a cancelling-out, not the reverse direction, and no regular rotation.",
    },
    source: {
      paragraphId: "s1-p5",
      quote: "要再延續「外循環」的舊路已如「強弩之末」，走到了難以為繼的臨界點",
    },
    moreSources: [
      {
        paragraphId: "s5-r5",
        quote:
          "市場和資源兩頭在外的國際大循環動能明顯減弱，而我國內需潛力不斷釋放，國內大循環活力日益強勁，客觀上有著此消彼長的態勢",
      },
    ],
  },
  // ---------------------------------------------------------------- the 2018 slip
  {
    id: "l1-trump-year-twice-tf",
    pool: "assessment",
    lessonId: 1,
    skill: "dates",
    type: "truefalse",
    prompt: {
      zh: "判斷：文章兩處提到特朗普（第一節「上任後」、第三節「政府上台之後」），所寫的年份相同。",
      en: "True or false: the article mentions Trump twice (section 1, 'after taking office'; section 3, 'after his administration came to power') and gives the same year both times.",
    },
    answer: true,
    explanation: {
      zh: "對。兩處都寫「2018年」：「2018年美國總統特朗普上任後」、「2018年美國特朗普政府上台之後」。這裏問的是文章的寫法；按史實，特朗普在2017年1月就任，文章的年份並不準確，引用時應註明是原文所寫。",
      en: "True. Both say 2018. The question is what the article writes; in fact Trump took office in January 2017, so the article's year is inaccurate and should be cited as the article's own wording.",
    },
    source: { paragraphId: "s1-p5", quote: "2018年美國總統特朗普上任後" },
    moreSources: [{ paragraphId: "s3-p2", quote: "2018年美國特朗普政府上台之後" }],
  },
  {
    id: "l1-trump-year-handling",
    pool: "assessment",
    lessonId: 1,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "文章寫「2018年美國總統特朗普上任後」。已知特朗普在2017年1月就任美國總統。寫讀書報告引用這句時，哪一種做法最恰當？",
      en: "The article writes 'after US President Trump took office in 2018'. Trump in fact took office in January 2017. In a report that cites this sentence, which handling is best?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "把2018年當作特朗普就任的年份照寫，不加說明",
          en: "Repeat 2018 as the year Trump took office, without comment",
        },
        misconception: "slip-as-history",
      },
      {
        id: "b",
        text: {
          zh: "因為這個年份有誤，認定文章所有數字都不可信",
          en: "Since this year is wrong, treat every figure in the article as unreliable",
        },
        misconception: "overgeneralise",
      },
      {
        id: "c",
        text: {
          zh: "把引文中的年份改成2017年，仍當作原文引用",
          en: "Change the year in the quotation to 2017 and still present it as the article's words",
        },
        misconception: "misquote",
      },
      {
        id: "d",
        text: {
          zh: "照錄原文的「2018年」，並註明與史實（2017年1月就任）不符",
          en: "Quote '2018' as written and note that it does not match the facts (took office January 2017)",
        },
      },
    ],
    answer: "d",
    explanation: {
      zh: "引文要忠於原文，所以照錄「2018年」；但不能把它當作史實，應註明特朗普實際於2017年1月就任（第三節「2018年美國特朗普政府上台之後」也是同樣的寫法）。擅改引文是失實引用；一處錯誤也不足以否定文中其他有出處的數字。",
      en: "A quotation must be faithful, so '2018' stays; but it must not pass as history, so note that Trump took office in January 2017 (section 3 repeats the same year). Silently changing a quotation misquotes; one slip does not discredit the article's other, sourced figures.",
    },
    source: {
      paragraphId: "s1-p5",
      quote: "2018年美國總統特朗普上任後，在貿易、科技、金融等領域對中國進行全方位施壓",
    },
    moreSources: [{ paragraphId: "s3-p2", quote: "2018年美國特朗普政府上台之後" }],
  },
  {
    id: "l1-pressure-widened",
    pool: "assessment",
    lessonId: 1,
    skill: "logic",
    type: "multi",
    prompt: {
      zh: "第一節說美國在「貿易、科技、金融等領域」對中國全方位施壓。第三節再寫同一件事時，補充了哪些內容？（選出所有正確答案）",
      en: "Section 1 says the US pressed China 'in trade, technology, finance and other fields'. When section 3 returns to this, what does it add? (Select all that apply.)",
    },
    choices: [
      {
        id: "a",
        text: { zh: "對華石油禁運", en: "An oil embargo on China" },
        misconception: "not-argued",
      },
      {
        id: "b",
        text: { zh: "擴大至人文交流等領域", en: "Widening to people-to-people exchange and other fields" },
      },
      {
        id: "c",
        text: {
          zh: "以制裁手段針對華為、騰訊、TikTok等科網企業",
          en: "Sanctions aimed at tech firms such as Huawei, Tencent and TikTok",
        },
      },
      {
        id: "d",
        text: { zh: "阻止中國加入世界貿易組織", en: "Blocking China's entry to the WTO" },
        misconception: "wrong-period",
      },
      {
        id: "e",
        text: {
          zh: "推動「科技脫鈎」，拉攏其他發達國家科技圍堵",
          en: "Pushing 'tech decoupling' and enlisting other developed countries in a tech blockade",
        },
      },
    ],
    answer: ["b", "c", "e"],
    explanation: {
      zh: "第三節：對華打壓「從貿易戰擴大至科技戰、金融戰乃至人文交流等廣泛領域，更不惜祭出大量制裁手段針對華為、騰訊、TikTok等」，並推動「科技脫鈎」、拉攏其他發達國家科技圍堵。文章沒有提石油禁運；中國在2001年已加入世貿，與此無關。",
      en: "Section 3: pressure widened 'from trade war to tech war, financial war and even people-to-people exchange', with sanctions on Huawei, Tencent, TikTok and others, plus 'tech decoupling' and a blockade with other developed countries. No oil embargo is mentioned; China joined the WTO in 2001.",
    },
    source: { paragraphId: "s1-p5", quote: "在貿易、科技、金融等領域對中國進行全方位施壓" },
    moreSources: [
      {
        paragraphId: "s3-p2",
        quote:
          "從貿易戰擴大至科技戰、金融戰乃至人文交流等廣泛領域，更不惜祭出大量制裁手段針對華為、騰訊、TikTok等領先的中國科網企業",
      },
    ],
  },
  // ---------------------------------------------------------------- the argument
  {
    id: "l1-import-demand-chain",
    pool: "assessment",
    lessonId: 1,
    skill: "logic",
    type: "ordering",
    prompt: {
      zh: "按第一節第四段的因果關係，把以下環節由「原因」到「結果」排列。",
      en: "Following the causes and effects in section 1, paragraph 4, order these links from cause to result.",
    },
    events: [
      {
        id: "slump",
        text: { zh: "歐美對進口的商品需求一蹶不振", en: "Western demand for imported goods collapses" },
      },
      {
        id: "debt",
        text: {
          zh: "西方居民過度消費、累積高額負債",
          en: "Western households over-consume and pile up debt",
        },
      },
      {
        id: "adjust",
        text: {
          zh: "金融海嘯後陷入長達數年的去槓桿和經濟低迷",
          en: "Years of deleveraging and slump after the financial tsunami",
        },
      },
    ],
    answer: ["debt", "adjust", "slump"],
    explanation: {
      zh: "過度消費和高額負債令消費增長難以持續；金融海嘯後，歐美陷入長達數年債務「去槓桿」和經濟低迷的調整期；結果是對進口的商品需求一蹶不振——這正是外循環的終端消費市場萎縮。",
      en: "Over-consumption and debt made consumption growth unsustainable; after the financial tsunami the West went through years of deleveraging and slump; the result was collapsing demand for imported goods, the external circulation's end market shrinking.",
    },
    source: {
      paragraphId: "s1-p4",
      quote: "歐美等國更在金融海嘯後陷入長達數年債務「去槓桿」和經濟低迷的調整期，對進口的商品需求一蹶不振",
    },
  },
  {
    id: "l1-hollowing-then-and-now",
    pool: "assessment",
    lessonId: 1,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "第一節說發達國家製造業外移令其內部經濟「空心化」。第三節擔心中國也可能出現產業空心化，原因是甚麼？",
      en: "Section 1 says manufacturing moving abroad 'hollowed out' developed economies. Section 3 worries that China may face hollowing-out too. Why?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "外商直接投資大量湧入中國", en: "A flood of foreign direct investment into China" },
        misconception: "reversed",
      },
      {
        id: "b",
        text: {
          zh: "近年內地企業透過對外投資「離巢」",
          en: "Mainland firms 'leaving the nest' through investment abroad",
        },
      },
      {
        id: "c",
        text: { zh: "中國在沿海設立經濟特區", en: "China set up special economic zones on the coast" },
        misconception: "wrong-period",
      },
      {
        id: "d",
        text: {
          zh: "西方國家的再工業化令中國產品過剩",
          en: "Western re-industrialisation leaves China with surplus goods",
        },
        misconception: "not-argued",
      },
    ],
    answer: "b",
    explanation: {
      zh: "第三節：推動科技和產業升級「有助於平衡近年內地企業透過對外投資「離巢」的現象，防範可能隨之出現的產業空心化之憂」。發達國家的空心化是製造業向外轉移造成的，中國的憂慮同樣來自企業外移。外資湧入與空心化方向相反；經濟特區是80年代的開放措施。",
      en: "Section 3: upgrading 'helps balance mainland firms leaving the nest through outward investment, guarding against the hollowing-out that may follow'. As with developed countries, the worry is industry moving out. Inflows are the opposite; the zones were 1980s opening measures.",
    },
    source: {
      paragraphId: "s1-p4",
      quote: "發達國家的製造業加緊向外轉移令內部經濟出現「空心化」",
    },
    moreSources: [
      {
        paragraphId: "s3-p5",
        quote: "有助於平衡近年內地企業透過對外投資「離巢」的現象，防範可能隨之出現的產業空心化之憂",
      },
    ],
  },
  {
    id: "l1-two-ends-in-table",
    pool: "assessment",
    lessonId: 1,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "第一節說80年代起採取「兩頭在外、大進大出」的國際大循環戰略。按附表1企業家座談會一行，「兩頭在外」的「兩頭」是甚麼？",
      en: "Section 1 says that from the 1980s China followed the 'both ends abroad, big in and big out' strategy. According to the entrepreneurs' row in table 1, what are the 'two ends'?",
    },
    choices: [
      { id: "a", text: { zh: "市場和資源", en: "Markets and resources" } },
      {
        id: "b",
        text: { zh: "資金和技術", en: "Capital and technology" },
        misconception: "what-was-imported",
      },
      {
        id: "c",
        text: { zh: "生產和消費", en: "Production and consumption" },
        misconception: "wrong-definition",
      },
      {
        id: "d",
        text: { zh: "勞動力和土地", en: "Labour and land" },
        misconception: "domestic-advantage",
      },
    ],
    answer: "a",
    explanation: {
      zh: "附表1：「市場和資源「兩頭在外」對我國快速發展發揮了重要作用」；8月一行也說「市場和資源兩頭在外的國際大循環」。資金和技術是當時「大力引進」的東西；廉價勞動力和土地是國內的資源優勢；生產和消費是流通體系要聯繫的兩端。",
      en: "The table: 'markets and resources, both ends abroad, played an important role'; the August row says the same. Capital and technology were what China brought in; cheap labour and land were domestic advantages; production and consumption are what circulation links.",
    },
    source: { paragraphId: "s1-p2", quote: "採取「兩頭在外、大進大出」的國際大循環戰略" },
    moreSources: [{ paragraphId: "s5-r3", quote: "市場和資源「兩頭在外」對我國快速發展發揮了重要作用" }],
  },
  {
    id: "l1-what-came-in",
    pool: "assessment",
    lessonId: 1,
    skill: "logic",
    type: "multi",
    prompt: {
      zh: "國際大循環戰略下，文中說中國「大力引進海外」的是甚麼？（選出所有正確答案）",
      en: "Under the international great circulation strategy, what does the text say China 'vigorously brought in from abroad'? (Select all that apply.)",
    },
    choices: [
      {
        id: "a",
        text: { zh: "廉價勞動力", en: "Cheap labour" },
        misconception: "domestic-advantage",
      },
      { id: "b", text: { zh: "資金", en: "Capital" } },
      {
        id: "c",
        text: { zh: "土地", en: "Land" },
        misconception: "domestic-advantage",
      },
      { id: "d", text: { zh: "技術", en: "Technology" } },
      {
        id: "e",
        text: { zh: "終端消費市場", en: "End-consumer markets" },
        misconception: "wrong-definition",
      },
    ],
    answer: ["b", "d"],
    explanation: {
      zh: "原文：「透過鼓勵外商直接投資，大力引進海外的資金和技術」。廉價勞動力和土地是「國內充裕的」資源優勢，不是引進的；終端消費市場在美歐，是產品賣出去的地方，不是引進的東西。",
      en: "The text: 'by encouraging FDI, vigorously bringing in capital and technology from abroad'. Cheap labour and land were plentiful at home; end-consumer markets (the US and Europe) are where goods were sold, not something brought in.",
    },
    source: {
      paragraphId: "s1-p2",
      quote:
        "充分利用國內充裕的廉價勞動力和土地等的資源優勢，在沿海地區率先設立經濟特區和開放經濟城市，採取「兩頭在外、大進大出」的國際大循環戰略，透過鼓勵外商直接投資，大力引進海外的資金和技術",
    },
    moreSources: [{ paragraphId: "s1-p3", quote: "以美歐等發達國家作為主要終端消費市場" }],
  },
  {
    id: "l1-world-factory-cloze",
    pool: "assessment",
    lessonId: 1,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "填空：加入世界貿易組織後，中國逐步建立起具國際競爭力的供應鏈體系，成為甚麼？",
      en: "Fill in the blank: after joining the WTO China built an internationally competitive supply chain and became what?",
    },
    text: "並逐步建立起具國際競爭力的供應鏈體系，晉身為享譽全球的「{{1}}」",
    answer: { "1": ["世界工廠"] },
    options: ["世界工廠", "全球最大的進口消費市場", "火車頭", "航空母艦"],
    explanation: {
      zh: "原文：「晉身為享譽全球的「世界工廠」」。成為「全球最大的進口消費市場」是第四節說的未來前景（「有望」）；「火車頭」是第三節對亞洲發展中經濟體的稱呼；「航空母艦」是第四節比喻中國經濟的體量。",
      en: "The text: 'rose to become the world-famous world's factory'. The largest import market is a future prospect in section 4; 'locomotive' is section 3's word for developing Asia; 'aircraft carrier' is section 4's image of China's size.",
    },
    source: {
      paragraphId: "s1-p2",
      quote: "並逐步建立起具國際競爭力的供應鏈體系，晉身為享譽全球的「世界工廠」",
    },
  },
  {
    id: "l1-deleveraging-cloze",
    pool: "assessment",
    lessonId: 1,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "填空：金融海嘯後，歐美等國陷入長達數年的甚麼調整期？",
      en: "Fill in the blank: after the financial tsunami, what kind of adjustment did the US and Europe go through for years?",
    },
    text: "歐美等國更在金融海嘯後陷入長達數年債務「{{1}}」和經濟低迷的調整期",
    answer: { "1": ["去槓桿"] },
    options: ["去槓桿", "再工業化", "空心化", "去中國化"],
    explanation: {
      zh: "原文是債務「去槓桿」，即減少負債。「再工業化」是發達國家令全球產業鏈深化受阻的浪潮；「空心化」是製造業外移的結果；「去中國化」是疫情後的雜音。四個詞都在第一節，但各指不同的事。",
      en: "The text says debt 'deleveraging', paying down debt. 'Re-industrialisation' is the wave that stalled global supply chains; 'hollowing-out' the result of manufacturing leaving; 'de-sinicisation' the post-pandemic noise. All four are in section 1, each for something else.",
    },
    source: {
      paragraphId: "s1-p4",
      quote: "歐美等國更在金融海嘯後陷入長達數年債務「去槓桿」和經濟低迷的調整期",
    },
  },
  {
    id: "l1-long-timeline",
    pool: "assessment",
    lessonId: 1,
    skill: "dates",
    type: "ordering",
    prompt: {
      zh: "按文章所寫的時間，把以下事件由早到晚排列。",
      en: "Using the times the article gives, order these events from earliest to latest.",
    },
    events: [
      {
        id: "low",
        text: { zh: "外貿依存度大幅回落至31.9%", en: "Trade dependence falls to 31.9%" },
      },
      {
        id: "peak",
        text: { zh: "外貿依存度創下67%的歷史最高值", en: "Trade dependence hits a record 67%" },
      },
      {
        id: "trump",
        text: {
          zh: "特朗普上任後對華全方位施壓（文章記為2018年）",
          en: "Trump presses China on all fronts after taking office (dated 2018 in the article)",
        },
      },
      {
        id: "crisis",
        text: { zh: "全球金融危機爆發", en: "The global financial crisis breaks out" },
      },
      {
        id: "wto",
        text: { zh: "中國加入世界貿易組織", en: "China joins the WTO" },
      },
      {
        id: "covid",
        text: { zh: "新冠肺炎疫情爆發", en: "COVID-19 breaks out" },
      },
    ],
    answer: ["wto", "peak", "crisis", "trump", "low", "covid"],
    explanation: {
      zh: "2001年加入世貿 → 2006年底依存度67% → 2008年金融危機 → 文章所寫的2018年特朗普上任（史實為2017年1月，次序不變） → 2019年依存度31.9% → 2020年初疫情爆發。",
      en: "2001 WTO → end of 2006, 67% → 2008 crisis → Trump in office, 2018 as the article writes (in fact January 2017; the order is the same) → 2019, 31.9% → early 2020, pandemic.",
    },
    source: { paragraphId: "s1-p5", quote: "2018年美國總統特朗普上任後" },
    moreSources: [
      { paragraphId: "s1-p2", quote: "2001年加入世界貿易組織後" },
      { paragraphId: "s1-p3", quote: "在2006年底更創下67%的歷史最高值" },
      { paragraphId: "s2-p3", quote: "2019年對外貿的依存度大幅回落至31.9%" },
    ],
  },
  {
    id: "l1-in-a-sense-tf",
    pool: "assessment",
    lessonId: 1,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：第一節以「在某種意義上」帶出「2008年全球金融危機是外循環由盛轉衰的分水嶺」，表示這是作者的判斷，而不是引述某項官方數據。",
      en: "True or false: section 1 introduces '2008 was the watershed of the external circulation's decline' with 'in a sense', marking it as the author's judgement rather than a quoted official figure.",
    },
    answer: true,
    explanation: {
      zh: "對。「在某種意義上」是作者表示詮釋的用語：分水嶺是一種解讀，不是統計數字。這個判斷與附表1專家座談會「自2008年國際金融危機以來」的說法方向一致，但正文沒有把它說成引文。",
      en: "True. 'In a sense' marks interpretation: a watershed is a reading, not a statistic. It agrees with the table's 'since the 2008 international financial crisis', but the text does not present it as a quotation.",
    },
    source: {
      paragraphId: "s1-p5",
      quote: "在某種意義上，2008年全球金融危機爆發是中國經濟「外循環」由盛轉衰的一道分水嶺",
    },
  },
  {
    id: "l1-cannot-carry-alone",
    pool: "assessment",
    lessonId: 1,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "第一節標題說外循環「今後難獨撐大局」，結論說舊路「難以為繼」。結合第四節，文章的意思是？",
      en: "Section 1's heading says the external circulation 'can hardly carry the whole on its own from now on', and its conclusion that the old path 'cannot go on'. Read with section 4, what does the article mean?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "中國應退出國際市場，只發展國內市場",
          en: "China should leave international markets and develop only its own",
        },
        misconception: "closed-circulation",
      },
      {
        id: "b",
        text: {
          zh: "外循環仍應是增長主動力，只需調整出口結構",
          en: "The external circulation should stay the main engine; only the export mix needs adjusting",
        },
        misconception: "old-model",
      },
      {
        id: "c",
        text: {
          zh: "外循環不能再獨自擔當增長主動力，但仍要與內循環互通互聯、相互促進",
          en: "The external circulation can no longer drive growth alone, but it must stay connected with and reinforce the domestic one",
        },
      },
      {
        id: "d",
        text: {
          zh: "外循環已被內循環完全取代，兩者不再有交集",
          en: "The domestic circulation has replaced it entirely; the two no longer overlap",
        },
        misconception: "closed-circulation",
      },
    ],
    answer: "c",
    explanation: {
      zh: "「難獨撐」是不能「獨自」支撐，不是退出。第四節說內外循環「並非相互割裂和對立」，主次位置雖然轉換，「互通互聯、互為促進的關係反而需要進一步加強」，兩個循環還有不少「交集」。延續舊路作為主動力正是文章說「難以為繼」的做法。",
      en: "'Hardly alone' means it cannot carry the economy by itself, not that it ends. Section 4: the two are not cut off or opposed; roles have changed, but their links 'need strengthening all the more', and they overlap in many areas. Keeping the old path as the engine is what the article calls unsustainable.",
    },
    source: {
      paragraphId: "s1-p5",
      quote: "要再延續「外循環」的舊路已如「強弩之末」，走到了難以為繼的臨界點",
    },
    moreSources: [
      {
        paragraphId: "s4-p1",
        quote:
          "這意味著內外循環並非相互割裂和對立，他們的主次位置雖然因應當前客觀形勢變化而轉換，但兩者之間互通互聯、互為促進的關係反而需要進一步加強和優化",
      },
    ],
  },
  {
    id: "l1-reindustrialisation-blocks",
    pool: "assessment",
    lessonId: 1,
    skill: "terms",
    type: "truefalse",
    prompt: {
      zh: "判斷：第一節所說的「再工業化」，是指發達國家重新發展本國製造業，這股浪潮令全球產業鏈的進一步深化受阻。",
      en: "True or false: section 1's 're-industrialisation' means developed countries rebuilding their own manufacturing, a wave that stalled the further deepening of global supply chains.",
    },
    answer: true,
    explanation: {
      zh: "對。原文：「全球產業鏈的進一步深化還因為發達國家紛紛興起「再工業化」浪潮而遭遇阻滯」。文章沒有為「再工業化」下定義，一般指發達國家重新發展本國製造業；放在上下文看，它與同段所說製造業外移令內部經濟「空心化」相對，也與下一段美、日「提出要支援本國企業加快從中國回流本土」方向一致。",
      en: "True. The text: deepening global supply chains 'met obstacles because developed countries took up re-industrialisation'. The article does not define the term; in general use it means developed countries rebuilding their own manufacturing. In context it stands against the hollowing-out the same paragraph describes, and matches the US and Japan's stated aim, in the next paragraph, to support their firms in moving back from China.",
    },
    source: {
      paragraphId: "s1-p4",
      quote: "全球產業鏈的進一步深化還因為發達國家紛紛興起「再工業化」浪潮而遭遇阻滯",
    },
    moreSources: [
      { paragraphId: "s1-p5", quote: "以美、日為代表的國家更明確提出要支援本國企業加快從中國回流本土" },
    ],
  },
];
