import type { TItemInput } from "../schema";

/**
 * Lesson 1: 外循環由來已久 今後難獨撐大局 (paragraphs s1-p1..s1-p5).
 * Dates: 上世紀80年代, 2001年 (WTO), 21世紀以來, 2001至2008年, 2006年底, 2008年 (crisis, 分水嶺), 2018年, 2020年初.
 * Figures: 兩位數以上, 11.6% (manufacturing), 22.3% (goods exports), 67% (外貿依存度 peak).
 */
export const items: TItemInput[] = [
  // ---------------------------------------------------------------- s1-p1
  {
    id: "l1-inner-outer-split-cloze",
    lessonId: 1,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "文章指出「國內國際雙循環」從字面上可以分拆為兩個層面。請填上空格。",
      en: "The article says “dual circulation” can be split literally into two layers. Fill in the blanks.",
    },
    text: "從以國內為主的「{{1}}」和以國際為主的「{{2}}」兩個層面去理解",
    answer: { "1": ["內循環"], "2": ["外循環"] },
    options: ["內循環", "外循環", "微循環", "雙循環"],
    explanation: {
      zh: "原文：「從以國內為主的『內循環』和以國際為主的『外循環』兩個層面去理解」。「雙循環」是兩者合稱，不是其中一個層面；「微循環」是第二節用來形容地攤經濟、小店經濟等措施的說法，與此處的字面拆分無關。",
      en: "The text splits 雙循環 into the domestic-led 內循環 and the international-led 外循環. 雙循環 is the combination itself, and 微循環 is a later term (section 2) for small-scale consumption measures.",
    },
    source: { paragraphId: "s1-p1", quote: "從以國內為主的「內循環」和以國際為主的「外循環」兩個層面去理解" },
  },
  {
    id: "l1-outer-circulation-alias",
    lessonId: 1,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "在文中，「外循環」又被稱為甚麼？",
      en: "In the article, what other name is given to the “external circulation” (外循環)?",
    },
    choices: [
      { id: "a", text: { zh: "微循環", en: "micro-circulation" }, misconception: "wrong-term" },
      { id: "b", text: { zh: "內循環", en: "domestic circulation" }, misconception: "wrong-term" },
      { id: "c", text: { zh: "國際大循環", en: "the international great circulation" } },
      {
        id: "d",
        text: { zh: "現代流通體系", en: "the modern circulation (distribution) system" },
        misconception: "wrong-term",
      },
    ],
    answer: "c",
    explanation: {
      zh: "原文寫「有關『外循環』(或者稱之為『國際大循環』)的發展思路已由來甚久」。「內循環」是與之相對的國內層面；「微循環」是第二節對地攤經濟、小店經濟等措施的形容；「現代流通體系」是中央財經委員會第八次會議提出的戰略任務，都不是「外循環」的別稱。",
      en: "The text says 外循環 is “also called 國際大循環”. 內循環 is its domestic counterpart, 微循環 describes small-scale consumption measures in section 2, and 現代流通體系 is the task set by the 8th Central Financial and Economic Affairs Commission meeting.",
    },
    source: { paragraphId: "s1-p1", quote: "有關「外循環」(或者稱之為「國際大循環」)" },
  },
  {
    id: "l1-outer-main-engine-tf",
    lessonId: 1,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷正誤：文章指出，在「雙循環」概念正式出台之前，「外循環」的發展思路在改革開放後相當長的一段時間內擔當著中國經濟增長的主動力。",
      en: "True or false: the article says that, before the “dual circulation” concept was officially launched, the external-circulation approach served for a long time after reform and opening-up as the main engine of China's growth.",
    },
    answer: true,
    explanation: {
      zh: "正確。原文說「外循環」的發展思路「已由來甚久，多年來更是貫徹如儀，在中國改革開放後相當長的一段時間內擔當著經濟增長的主動力」。這正是本節標題「外循環由來已久」的意思。",
      en: "True. The text says the external-circulation approach is long-standing and was for a long time after reform and opening-up the main driver of growth — hence the heading “the external circulation has a long history”.",
    },
    source: { paragraphId: "s1-p1", quote: "在中國改革開放後相當長的一段時間內擔當著經濟增長的主動力" },
  },

  // ---------------------------------------------------------------- s1-p2
  {
    id: "l1-great-circulation-decade",
    lessonId: 1,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "根據文章，中國政府從哪個年代開始採取「兩頭在外、大進大出」的國際大循環戰略？（輸入該年代的首年，如1990）",
      en: "According to the article, from which decade did the Chinese government pursue the “both ends abroad, big imports and big exports” strategy? (Enter the first year of the decade, e.g. 1990.)",
    },
    answer: { year: 1980 },
    explanation: {
      zh: "原文：「上世紀80年代以來，中國政府充分利用國內充裕的廉價勞動力和土地等的資源優勢……採取『兩頭在外、大進大出』的國際大循環戰略」。上世紀80年代即1980年代，故輸入1980。2001年是加入世貿的年份，不是這一戰略的起點。",
      en: "“Since the 1980s of the last century” the government used cheap labour and land and adopted the strategy, so the answer is 1980. 2001 is the WTO accession, not the start of the strategy.",
    },
    source: { paragraphId: "s1-p2", quote: "上世紀80年代以來，中國政府充分利用國內充裕的廉價勞動力" },
  },
  {
    id: "l1-early-strategy-measures",
    lessonId: 1,
    skill: "logic",
    type: "multi",
    prompt: {
      zh: "根據文章，上世紀80年代以來中國推行國際大循環戰略時，採取了哪些做法？（選出所有正確答案）",
      en: "According to the article, which of the following did China do when pursuing the international great circulation strategy from the 1980s? (Select all that apply.)",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "充分利用國內充裕的廉價勞動力和土地等資源優勢",
          en: "Made full use of abundant cheap labour, land and other resources",
        },
      },
      {
        id: "b",
        text: {
          zh: "在內陸地區率先設立經濟特區",
          en: "Set up special economic zones first in inland regions",
        },
        misconception: "wrong-location",
      },
      {
        id: "c",
        text: {
          zh: "以擴大內需、刺激國內消費作為經濟增長的主動力",
          en: "Made expanding domestic demand and consumption the main engine of growth",
        },
        misconception: "inner-for-outer",
      },
      {
        id: "d",
        text: {
          zh: "限制外資進入，以保護本土產業",
          en: "Restricted foreign capital to protect domestic industry",
        },
        misconception: "reversed-policy",
      },
      {
        id: "e",
        text: {
          zh: "在沿海地區率先設立經濟特區和開放經濟城市",
          en: "Set up special economic zones and open cities first in coastal areas",
        },
      },
      {
        id: "f",
        text: {
          zh: "鼓勵外商直接投資，大力引進海外的資金和技術",
          en: "Encouraged foreign direct investment to bring in overseas capital and technology",
        },
      },
    ],
    answer: ["a", "e", "f"],
    explanation: {
      zh: "原文列出的做法是：利用廉價勞動力和土地等資源優勢、「在沿海地區率先設立經濟特區和開放經濟城市」、「透過鼓勵外商直接投資，大力引進海外的資金和技術」，發展出口導向型的勞動密集型產業。經濟特區設於沿海而非內陸；戰略鼓勵而非限制外資；以內需為主動力是今天「內循環」的思路，不是80年代的國際大循環。",
      en: "The text lists cheap labour and land, SEZs and open cities in coastal areas, and encouraging FDI to bring in capital and technology, to build export-oriented labour-intensive industry. The zones were coastal, not inland; foreign capital was encouraged, not restricted; a domestic-demand engine is today's 內循環 idea, not the 1980s strategy.",
    },
    source: { paragraphId: "s1-p2", quote: "在沿海地區率先設立經濟特區和開放經濟城市" },
  },
  {
    id: "l1-two-ends-abroad-cloze",
    lessonId: 1,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "填上文中國際大循環戰略的八字名稱。",
      en: "Fill in the eight-character name the article gives to the international great circulation strategy.",
    },
    text: "採取「{{1}}、{{2}}」的國際大循環戰略",
    answer: { "1": ["兩頭在外"], "2": ["大進大出"] },
    options: ["兩頭在外", "大進大出", "以內為主", "自力更生", "關起門來"],
    explanation: {
      zh: "原文：「採取『兩頭在外、大進大出』的國際大循環戰略」。「兩頭在外」指資源與市場兩頭都在國外，「大進大出」指大量進口、大量出口。「以內為主」是今天雙循環的主次關係，「自力更生」是第三節談科技的說法，都與80年代的戰略相反或無關。",
      en: "The strategy was “兩頭在外、大進大出”: both ends (resources and markets) abroad, with large-scale imports and exports. 以內為主 describes today's dual-circulation priority and 自力更生 is section 3's technology self-reliance — not the 1980s strategy.",
    },
    source: { paragraphId: "s1-p2", quote: "採取「兩頭在外、大進大出」的國際大循環戰略" },
  },
  {
    id: "l1-labour-intensive-cloze",
    lessonId: 1,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "上世紀80年代以來，國際大循環戰略著重發展哪一類產業？請填上空格。",
      en: "Which kind of industry did the strategy from the 1980s develop? Fill in the blank.",
    },
    text: "發展以出口導向型為主的{{1}}產業",
    answer: { "1": ["勞動密集型"] },
    options: ["勞動密集型", "資本密集型", "技術密集型", "進口替代型"],
    explanation: {
      zh: "原文：「發展以出口導向型為主的勞動密集型產業」，這與當時「充裕的廉價勞動力」相配合。「資本和技術密集型」是2001年加入世貿之後產業升級的方向，不是起點；「進口替代型」與出口導向相反。",
      en: "The strategy built export-oriented labour-intensive industry, matching China's abundant cheap labour. Upgrading towards capital- and technology-intensive industry came after WTO accession in 2001; import substitution is the opposite of export orientation.",
    },
    source: { paragraphId: "s1-p2", quote: "發展以出口導向型為主的勞動密集型產業" },
  },
  {
    id: "l1-wto-accession-year",
    lessonId: 1,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "根據文章，中國在哪一年加入世界貿易組織？（請輸入年份）",
      en: "According to the article, in which year did China join the World Trade Organization? (Enter the year.)",
    },
    answer: { year: 2001 },
    explanation: {
      zh: "原文：「2001年加入世界貿易組織後，中國經濟進一步深度融入到全球供應鏈的專業化分工與合作體系中」。2001年也是文中年均增速統計期（2001至2008年）的起點。",
      en: "“After joining the WTO in 2001” China integrated more deeply into global supply chains. 2001 is also the start of the 2001–2008 growth period quoted later.",
    },
    source: { paragraphId: "s1-p2", quote: "2001年加入世界貿易組織後" },
  },
  {
    id: "l1-development-stages-order",
    lessonId: 1,
    skill: "logic",
    type: "ordering",
    prompt: {
      zh: "按文章的敘述，把中國「外循環」發展的三個階段由早到晚排列。",
      en: "Following the article's account, put these three stages of China's external circulation in order, earliest first.",
    },
    events: [
      {
        id: "hw",
        text: {
          zh: "加入世界貿易組織，深度融入全球供應鏈的專業化分工與合作體系",
          en: "Joining the WTO and integrating deeply into the global supply-chain division of labour",
        },
      },
      {
        id: "vj",
        text: {
          zh: "推動勞動密集型產業向資本和技術密集型升級，晉身為「世界工廠」",
          en: "Upgrading labour-intensive industry towards capital- and technology-intensive industry and becoming the “world's factory”",
        },
      },
      {
        id: "td",
        text: {
          zh: "利用廉價勞動力和土地，發展出口導向型的勞動密集型產業",
          en: "Using cheap labour and land to develop export-oriented labour-intensive industry",
        },
      },
    ],
    answer: ["td", "hw", "vj"],
    explanation: {
      zh: "文章先說「上世紀80年代以來」發展出口導向型的勞動密集型產業；接著說「2001年加入世界貿易組織後」中國深度融入全球供應鏈，並由此「推動勞動密集型產業向資本和技術密集型升級」，逐步建立具國際競爭力的供應鏈體系，「晉身為享譽全球的『世界工廠』」。升級和「世界工廠」是加入世貿之後的結果，不是起點。",
      en: "First, from the 1980s, export-oriented labour-intensive industry; then, after joining the WTO in 2001, deep integration into global supply chains; this in turn drove the upgrade to capital- and technology-intensive industry and made China the “world's factory”.",
    },
    source: {
      paragraphId: "s1-p2",
      quote: "2001年加入世界貿易組織後，中國經濟進一步深度融入到全球供應鏈的專業化分工與合作體系中",
    },
  },
  {
    id: "l1-term-meaning-match",
    lessonId: 1,
    skill: "terms",
    type: "matching",
    prompt: {
      zh: "把第一節的詞語與它在文中的意思配對。",
      en: "Match each term from section 1 with its meaning in the article.",
    },
    left: [
      { id: "ka", text: { zh: "兩頭在外、大進大出", en: "both ends abroad, big imports and big exports" } },
      { id: "hj", text: { zh: "世界工廠", en: "the world's factory" } },
      { id: "jn", text: { zh: "去槓桿", en: "deleveraging" } },
      { id: "mg", text: { zh: "再工業化", en: "re-industrialisation" } },
    ],
    right: [
      {
        id: "ot",
        text: {
          zh: "資源和市場兩頭都在國外，大量進口、大量出口的國際大循環發展模式",
          en: "A growth model with resources and markets both abroad, importing and exporting on a large scale",
        },
      },
      {
        id: "vx",
        text: {
          zh: "建立起具國際競爭力的供應鏈體系、享譽全球的製造中心",
          en: "A globally renowned manufacturing centre with an internationally competitive supply chain",
        },
      },
      {
        id: "vl",
        text: {
          zh: "歐美在金融海嘯後削減累積的債務，經濟陷入數年低迷的調整",
          en: "Western economies cutting accumulated debt after the financial tsunami, with years of weak growth",
        },
      },
      {
        id: "nh",
        text: {
          zh: "發達國家重新在本國發展製造業的浪潮，令全球產業鏈的深化受阻",
          en: "Developed countries' wave of rebuilding manufacturing at home, which obstructs the deepening of global supply chains",
        },
      },
      {
        id: "wb",
        text: {
          zh: "貫串供給側與需求端、以地攤經濟和小店經濟等為代表的小規模經濟活動",
          en: "Small-scale activity such as street-stall and small-shop economies linking supply and demand",
        },
      },
      {
        id: "xs",
        text: {
          zh: "以國內需求為主、關起門來封閉運行的經濟模式",
          en: "A closed economy turned inwards, relying on domestic demand alone",
        },
      },
    ],
    answer: { ka: "ot", hj: "vx", jn: "vl", mg: "nh" },
    explanation: {
      zh: "「兩頭在外、大進大出」是80年代以來的國際大循環戰略；「世界工廠」是中國加入世貿後建立起具國際競爭力供應鏈體系所得的稱號；「去槓桿」指歐美「在金融海嘯後陷入長達數年債務『去槓桿』和經濟低迷的調整期」；「再工業化」是發達國家興起的浪潮，令「全球產業鏈的進一步深化……遭遇阻滯」。「貫串供給側與需求端」的小規模經濟活動是第二節的「微循環」，「關起門來封閉運行」是文章明確反對的封閉循環，兩者都不對應這些詞語。",
      en: "兩頭在外、大進大出 is the 1980s strategy; 世界工廠 is what China became after WTO entry; 去槓桿 is the multi-year debt reduction and slump in Europe and the US after the financial tsunami; 再工業化 is the developed countries' wave that obstructs the deepening of global supply chains. The small-scale activity linking supply and demand is section 2's 微循環, and the closed, inward-turned economy is a closed circulation the article rejects.",
    },
    source: { paragraphId: "s1-p4", quote: "陷入長達數年債務「去槓桿」和經濟低迷的調整期" },
  },

  // ---------------------------------------------------------------- s1-p3
  {
    id: "l1-east-west-since-when",
    lessonId: 1,
    skill: "dates",
    type: "single",
    prompt: {
      zh: "根據文章，「東方生產、西方消費」的全球整體格局是從甚麼時候開始逐步形成的？",
      en: "According to the article, since when did the global pattern “made by East, consumed by West” gradually take shape?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "上世紀80年代以來", en: "Since the 1980s" },
        misconception: "wrong-period",
      },
      {
        id: "b",
        text: { zh: "2008年全球金融危機以後", en: "After the 2008 global financial crisis" },
        misconception: "wrong-period",
      },
      { id: "c", text: { zh: "2018年以後", en: "After 2018" }, misconception: "wrong-period" },
      { id: "d", text: { zh: "21世紀以來", en: "Since the start of the 21st century" } },
    ],
    answer: "d",
    explanation: {
      zh: "原文：「在中國外向型經濟的帶動下，21世紀以來全球亦逐步形成了『東方生產、西方消費』的整體格局」。上世紀80年代是中國開始國際大循環戰略的時候，不是全球格局形成的時候；2008年危機前這一格局已「達到頂峰」，2018年以後則是中美對抗加劇的時期。",
      en: "The text says the pattern formed “since the 21st century”, driven by China's outward-oriented economy. The 1980s are when China's own strategy began; the pattern had already peaked before the 2008 crisis; after 2018 came escalating US–China confrontation.",
    },
    source: { paragraphId: "s1-p3", quote: "21世紀以來全球亦逐步形成了「東方生產、西方消費" },
  },
  {
    id: "l1-east-west-roles-tf",
    lessonId: 1,
    skill: "terms",
    type: "truefalse",
    prompt: {
      zh: "判斷正誤：在「東方生產、西方消費」的格局中，東亞地區是主要的終端消費市場，美歐等發達國家則是主要的生產基地。",
      en: "True or false: in the “made by East, consumed by West” pattern, East Asia is the main final consumer market and the US and Europe are the main production bases.",
    },
    answer: false,
    misconception: "reversed-roles",
    explanation: {
      zh: "錯誤，角色被調轉了。原文說這一格局「以美歐等發達國家作為主要終端消費市場，而東亞地區則以中國為代表打造出全球最蓬勃的生產基地和製造中心」：東方（東亞、中國）生產，西方（美歐）消費。",
      en: "False — the roles are reversed. The US, Europe and other developed countries are the main final consumer markets, while East Asia, led by China, is the world's most vibrant production base and manufacturing centre.",
    },
    source: { paragraphId: "s1-p3", quote: "以美歐等發達國家作為主要終端消費市場" },
  },
  {
    id: "l1-pattern-peak-timing",
    lessonId: 1,
    skill: "dates",
    type: "single",
    prompt: {
      zh: "根據文章，「東方生產、西方消費」這種經濟型態在甚麼時候達到頂峰？",
      en: "According to the article, when did the “made by East, consumed by West” economic pattern reach its peak?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "2008年全球金融危機爆發前", en: "Before the 2008 global financial crisis broke out" },
      },
      {
        id: "b",
        text: {
          zh: "2008年全球金融危機後的復甦期",
          en: "In the recovery after the 2008 global financial crisis",
        },
        misconception: "before-vs-after",
      },
      {
        id: "c",
        text: { zh: "2001年中國加入世界貿易組織之前", en: "Before China joined the WTO in 2001" },
        misconception: "wrong-year",
      },
      {
        id: "d",
        text: { zh: "2020年初新冠肺炎疫情爆發前夕", en: "On the eve of the COVID-19 outbreak in early 2020" },
        misconception: "wrong-year",
      },
    ],
    answer: "a",
    explanation: {
      zh: "原文：「這種經濟型態在2008年全球金融危機爆發前達到頂峰」。危機之後是由盛轉衰（文章稱2008年危機為「分水嶺」），並非復甦高峰；2001年加入世貿反而是高速增長期的開始；到2020年疫情時「外循環」已走到「難以為繼的臨界點」。",
      en: "The pattern peaked “before the 2008 global financial crisis broke out”. After the crisis it declined (2008 is called the watershed); 2001 marked the start of the high-growth period, and by 2020 the external circulation had reached a breaking point.",
    },
    source: { paragraphId: "s1-p3", quote: "這種經濟型態在2008年全球金融危機爆發前達到頂峰" },
  },
  {
    id: "l1-double-digit-cloze",
    lessonId: 1,
    skill: "figures",
    type: "cloze",
    prompt: {
      zh: "在外循環的頂峰時期，中國製造業和商品出口維持怎樣的增長？請填上空格。",
      en: "At the height of the external circulation, what kind of growth did China's manufacturing and goods exports sustain? Fill in the blank.",
    },
    text: "推動中國製造業和商品出口在相當長的一段時間裡維持{{1}}以上的高速增長",
    answer: { "1": ["兩位數", "雙位數", "2位數"] },
    options: ["兩位數", "個位數", "三位數"],
    explanation: {
      zh: "原文：「維持兩位數以上的高速增長」，即每年增長10%或以上。隨後的數字印證了這一點：2001至2008年製造業和商品出口的年均增速分別為11.6%和22.3%，兩者都是兩位數。",
      en: "The text says growth stayed in double digits (10% or more a year), which the figures that follow confirm: 11.6% for manufacturing and 22.3% for goods exports in 2001–2008.",
    },
    source: {
      paragraphId: "s1-p3",
      quote: "推動中國製造業和商品出口在相當長的一段時間裡維持兩位數以上的高速增長",
    },
  },
  {
    id: "l1-manufacturing-growth-rate",
    lessonId: 1,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "根據文章，2001至2008年期間中國製造業的年均增速是多少？（以%表示）",
      en: "According to the article, what was the average annual growth rate of China's manufacturing in 2001–2008? (in %)",
    },
    answer: 11.6,
    unit: "%",
    tolerance: 0.05,
    explanation: {
      zh: "原文先列「製造業和商品出口」，再說「年均增速分別達11.6%和22.3%」，「分別」按次序對應：製造業11.6%，商品出口22.3%。22.3%是出口的增速，不是製造業的。",
      en: "The text names “manufacturing and goods exports” and then gives growth rates of “11.6% and 22.3% respectively”, so manufacturing grew 11.6% a year; 22.3% is the export figure.",
    },
    source: {
      paragraphId: "s1-p3",
      quote:
        "製造業和商品出口在相當長的一段時間裡維持兩位數以上的高速增長，2001至2008年期間的年均增速分別達11.6%和22.3%",
    },
  },
  {
    id: "l1-export-growth-rate",
    lessonId: 1,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "根據文章，2001至2008年期間中國商品出口的年均增速是多少？（以%表示）",
      en: "According to the article, what was the average annual growth rate of China's goods exports in 2001–2008? (in %)",
    },
    answer: 22.3,
    unit: "%",
    tolerance: 0.05,
    explanation: {
      zh: "「製造業和商品出口……年均增速分別達11.6%和22.3%」：第二個數字對應第二項，即商品出口22.3%。若答11.6%，就是把製造業的增速當成了出口的增速。",
      en: "“Manufacturing and goods exports … 11.6% and 22.3% respectively”: the second figure belongs to the second item, goods exports. Answering 11.6% swaps in the manufacturing figure.",
    },
    source: {
      paragraphId: "s1-p3",
      quote:
        "製造業和商品出口在相當長的一段時間裡維持兩位數以上的高速增長，2001至2008年期間的年均增速分別達11.6%和22.3%",
    },
  },
  {
    id: "l1-growth-period",
    lessonId: 1,
    skill: "dates",
    type: "single",
    prompt: {
      zh: "文中11.6%和22.3%這兩個年均增速是哪一段期間的數字？",
      en: "Which period do the average annual growth rates of 11.6% and 22.3% in the article refer to?",
    },
    choices: [
      { id: "a", text: { zh: "1980至2001年", en: "1980–2001" }, misconception: "wrong-period" },
      { id: "b", text: { zh: "2001至2008年", en: "2001–2008" } },
      { id: "c", text: { zh: "2006至2008年", en: "2006–2008" }, misconception: "wrong-period" },
      { id: "d", text: { zh: "2008至2018年", en: "2008–2018" }, misconception: "wrong-period" },
    ],
    answer: "b",
    explanation: {
      zh: "原文：「2001至2008年期間的年均增速分別達11.6%和22.3%」，即由加入世貿那年起，到全球金融危機爆發為止。2006年是外貿依存度見頂的年份（年底67%），不是增速統計期的起點；2008年之後「外循環」由盛轉衰，不會是高增長期。",
      en: "The rates are for 2001–2008, from WTO accession to the global financial crisis. 2006 is the year the trade-dependence ratio peaked (67% at year-end), not the start of this period; after 2008 the external circulation declined.",
    },
    source: { paragraphId: "s1-p3", quote: "2001至2008年期間的年均增速分別達11.6%和22.3%" },
  },
  {
    id: "l1-export-vs-manufacturing-tf",
    lessonId: 1,
    skill: "figures",
    type: "truefalse",
    prompt: {
      zh: "判斷正誤：根據文章，2001至2008年期間中國商品出口的年均增速高於製造業的年均增速。",
      en: "True or false: according to the article, in 2001–2008 China's goods exports grew faster on average each year than its manufacturing.",
    },
    answer: true,
    explanation: {
      zh: "正確。「製造業和商品出口……年均增速分別達11.6%和22.3%」：商品出口22.3%，高於製造業的11.6%，差不多是其兩倍。",
      en: "True. Manufacturing grew 11.6% and goods exports 22.3% a year (“respectively”), so exports grew almost twice as fast.",
    },
    source: {
      paragraphId: "s1-p3",
      quote:
        "製造業和商品出口在相當長的一段時間裡維持兩位數以上的高速增長，2001至2008年期間的年均增速分別達11.6%和22.3%",
    },
  },
  {
    id: "l1-trade-dependence-definition",
    lessonId: 1,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "文中的「外貿依存度」是指甚麼？",
      en: "How does the article define “dependence on foreign trade” (外貿依存度)?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "出口佔GDP的比重", en: "Exports as a share of GDP" },
        misconception: "exports-only-ratio",
      },
      {
        id: "b",
        text: { zh: "商品出口的年均增速", en: "The average annual growth rate of goods exports" },
        misconception: "wrong-indicator",
      },
      { id: "c", text: { zh: "進出口佔GDP的比重", en: "Imports plus exports as a share of GDP" } },
      {
        id: "d",
        text: { zh: "外商直接投資佔GDP的比重", en: "Foreign direct investment as a share of GDP" },
        misconception: "wrong-indicator",
      },
    ],
    answer: "c",
    explanation: {
      zh: "原文在括號中定義：「中國經濟對外貿的依存度(即進出口佔GDP的比重)」。分子是進口加出口，不只是出口；它是一個比重，不是增速（商品出口的年均增速是另一個數字22.3%）。",
      en: "The text defines it in brackets as “imports and exports as a share of GDP”: both imports and exports, not exports alone, and a ratio, not a growth rate (goods-export growth is the separate 22.3% figure).",
    },
    source: { paragraphId: "s1-p3", quote: "中國經濟對外貿的依存度(即進出口佔GDP的比重)" },
  },
  {
    id: "l1-trade-dependence-peak-year",
    lessonId: 1,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "中國經濟的外貿依存度在哪一年年底創下67%的歷史最高值？請輸入年份。",
      en: "At the end of which year did China's dependence on foreign trade reach its record high of 67%? Enter the year.",
    },
    answer: { year: 2006 },
    explanation: {
      zh: "原文：外貿依存度「在2006年底更創下67%的歷史最高值」。不是2008年：2008年是全球金融危機爆發的年份，也是年均增速統計期的終點。",
      en: "The record 67% was set “at the end of 2006”. 2008 is the year of the global financial crisis and the end of the growth-rate period, not the year of the peak.",
    },
    source: { paragraphId: "s1-p3", quote: "在2006年底更創下67%的歷史最高值" },
  },
  {
    id: "l1-trade-dependence-peak-value",
    lessonId: 1,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "中國經濟對外貿的依存度在2006年底創下的歷史最高值是多少？（以%表示）",
      en: "What record high did China's dependence on foreign trade reach at the end of 2006? (in %)",
    },
    answer: 67,
    unit: "%",
    tolerance: 0,
    explanation: {
      zh: "原文：「在2006年底更創下67%的歷史最高值」，即當時進出口相當於GDP的67%。",
      en: "At the end of 2006 imports plus exports equalled 67% of GDP, the highest ever.",
    },
    source: { paragraphId: "s1-p3", quote: "在2006年底更創下67%的歷史最高值" },
  },
  {
    id: "l1-dependence-peak-vs-recent",
    lessonId: 1,
    skill: "figures",
    type: "single",
    prompt: {
      zh: "文章提到多個百分比。以下哪一個是中國外貿依存度的「歷史最高值」？",
      en: "The article cites several percentages. Which one is the record high of China's dependence on foreign trade?",
    },
    choices: [
      { id: "a", text: { zh: "31.9%", en: "31.9%" }, misconception: "peak-vs-recent" },
      { id: "b", text: { zh: "22.3%", en: "22.3%" }, misconception: "wrong-indicator" },
      { id: "c", text: { zh: "60%（六成）", en: "60% (six tenths)" }, misconception: "wrong-indicator" },
      { id: "d", text: { zh: "67%", en: "67%" } },
    ],
    answer: "d",
    explanation: {
      zh: "歷史最高值是2006年底的67%。31.9%是第二節提到2019年外貿依存度「大幅回落」後的水平，是近年的數字而非峰值；22.3%是2001至2008年商品出口的年均增速；「六成左右」是第二節所說內部消費對經濟增長的貢獻率。",
      en: "The record was 67% at the end of 2006. 31.9% is the much lower 2019 level cited in section 2 (a recent figure, not the peak); 22.3% is goods-export growth in 2001–2008; about 60% is domestic consumption's contribution to growth, also from section 2.",
    },
    source: { paragraphId: "s1-p3", quote: "在2006年底更創下67%的歷史最高值" },
  },
  {
    id: "l1-figure-measure-match",
    lessonId: 1,
    skill: "figures",
    type: "matching",
    prompt: {
      zh: "把第一節的數字與它所衡量的指標配對。",
      en: "Match each figure in section 1 with what it measures.",
    },
    left: [
      { id: "il", text: { zh: "11.6%", en: "11.6%" } },
      { id: "im", text: { zh: "22.3%", en: "22.3%" } },
      { id: "hg", text: { zh: "67%", en: "67%" } },
    ],
    right: [
      {
        id: "re",
        text: {
          zh: "2001至2008年中國製造業的年均增速",
          en: "Average annual growth of China's manufacturing, 2001–2008",
        },
      },
      {
        id: "nv",
        text: {
          zh: "2001至2008年中國商品出口的年均增速",
          en: "Average annual growth of China's goods exports, 2001–2008",
        },
      },
      {
        id: "bv",
        text: {
          zh: "2006年底中國外貿依存度（歷史最高值）",
          en: "China's trade dependence at the end of 2006 (record high)",
        },
      },
      { id: "ma", text: { zh: "2019年中國外貿依存度", en: "China's trade dependence in 2019" } },
      {
        id: "kw",
        text: { zh: "2001至2008年中國GDP的年均增速", en: "Average annual GDP growth of China, 2001–2008" },
      },
    ],
    answer: { il: "re", im: "nv", hg: "bv" },
    explanation: {
      zh: "「製造業和商品出口……年均增速分別達11.6%和22.3%」按次序對應：製造業11.6%、商品出口22.3%；67%是2006年底外貿依存度的歷史最高值。2019年的外貿依存度（31.9%，見第二節）不是67%；文章沒有給出2001至2008年的GDP增速。",
      en: "“Manufacturing and goods exports … 11.6% and 22.3% respectively”: 11.6% is manufacturing, 22.3% goods exports; 67% is the record trade-dependence ratio at the end of 2006. The 2019 ratio (31.9%, section 2) is not 67%, and the article gives no GDP growth rate for 2001–2008.",
    },
    source: { paragraphId: "s1-p3", quote: "2001至2008年期間的年均增速分別達11.6%和22.3%" },
  },
  {
    id: "l1-dependence-peak-placement-tf",
    lessonId: 1,
    skill: "dates",
    type: "truefalse",
    prompt: {
      zh: "判斷正誤：根據文章，中國外貿依存度創下歷史最高值，發生在中國加入世界貿易組織之後、2008年全球金融危機爆發之前。",
      en: "True or false: according to the article, China's trade dependence hit its record high after China joined the WTO and before the 2008 global financial crisis.",
    },
    answer: true,
    explanation: {
      zh: "正確。中國在2001年加入世貿，外貿依存度在2006年底創下67%的歷史最高值，全球金融危機在2008年爆發：2001 < 2006 < 2008。這與「這種經濟型態在2008年全球金融危機爆發前達到頂峰」的說法一致。",
      en: "True. WTO accession was in 2001, the record 67% came at the end of 2006, and the global financial crisis broke out in 2008 — consistent with the pattern peaking before the 2008 crisis.",
    },
    source: { paragraphId: "s1-p3", quote: "在2006年底更創下67%的歷史最高值" },
  },

  // ---------------------------------------------------------------- s1-p4
  {
    id: "l1-deep-problems-cause-effect",
    lessonId: 1,
    skill: "logic",
    type: "matching",
    prompt: {
      zh: "文章列舉了國際經濟大循環暴露出的深層次問題。把每個原因與文中所說的後果配對。",
      en: "The article lists deep problems exposed by the international great circulation. Match each cause with the consequence the article gives.",
    },
    left: [
      {
        id: "qm",
        text: {
          zh: "西方國家居民過度消費和累積高額負債",
          en: "Western households over-consuming and piling up debt",
        },
      },
      {
        id: "ld",
        text: { zh: "發達國家的製造業加緊向外轉移", en: "Developed countries moving manufacturing abroad" },
      },
      {
        id: "vn",
        text: {
          zh: "歐美在金融海嘯後陷入數年的債務「去槓桿」和經濟低迷",
          en: "Europe and the US going through years of deleveraging and slump after the financial tsunami",
        },
      },
      {
        id: "wo",
        text: {
          zh: "發達國家紛紛興起「再工業化」浪潮",
          en: "A wave of re-industrialisation in developed countries",
        },
      },
    ],
    right: [
      { id: "kz", text: { zh: "消費增長難以持續", en: "Consumption growth becomes unsustainable" } },
      {
        id: "bd",
        text: {
          zh: "內部經濟出現「空心化」，國內就業崗位流失，中等收入階層趨於萎縮",
          en: "Hollowing-out at home: lost jobs and a shrinking middle class",
        },
      },
      { id: "st", text: { zh: "對進口的商品需求一蹶不振", en: "Demand for imported goods collapses" } },
      {
        id: "fv",
        text: {
          zh: "全球產業鏈的進一步深化遭遇阻滯",
          en: "Further deepening of global supply chains is obstructed",
        },
      },
      {
        id: "bz",
        text: { zh: "中國外貿依存度再創歷史新高", en: "China's trade dependence sets a new record" },
      },
    ],
    answer: { qm: "kz", ld: "bd", vn: "st", wo: "fv" },
    explanation: {
      zh: "本節第四段逐一說明：居民「因過度消費和累積高額負債而導致消費增長難以持續」；製造業向外轉移「令內部經濟出現『空心化』，國內就業崗位流失，中等收入階層趨於萎縮」；金融海嘯後的去槓桿和低迷令「對進口的商品需求一蹶不振」；全球產業鏈的深化「因為發達國家紛紛興起『再工業化』浪潮而遭遇阻滯」。文章沒有說外貿依存度因這些問題「再創歷史新高」：它的歷史最高值是2006年底的67%，2019年已回落至31.9%（第二節）。",
      en: "Paragraph s1-p4 pairs them: over-consumption and debt make consumption growth unsustainable; offshoring hollows out the home economy; post-crisis deleveraging crushes import demand; re-industrialisation obstructs supply-chain deepening. The article never says trade dependence set a new record because of these problems: its record was 67% at the end of 2006, and by 2019 it had fallen to 31.9% (section 2).",
    },
    source: { paragraphId: "s1-p4", quote: "西方國家居民因過度消費和累積高額負債而導致消費增長難以持續" },
  },
  {
    id: "l1-hollowing-out-meaning",
    lessonId: 1,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "第一節所說的「空心化」，是指哪一種現象？",
      en: "In section 1, what does “hollowing-out” (空心化) refer to?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "發達國家的製造業加緊向外轉移，令其內部經濟空心化、國內就業崗位流失",
          en: "Developed countries' manufacturing moving abroad, hollowing out their economies and costing jobs at home",
        },
      },
      {
        id: "b",
        text: {
          zh: "中國內地企業透過對外投資「離巢」，令中國出現產業空心化",
          en: "Chinese firms leaving the nest through outward investment, hollowing out China's industry",
        },
        misconception: "wrong-subject",
      },
      {
        id: "c",
        text: {
          zh: "中國農村人口大量外流，令農村出現空心化",
          en: "Rural depopulation in China hollowing out the countryside",
        },
        misconception: "not-argued",
      },
      {
        id: "d",
        text: {
          zh: "西方國家居民過度消費，令家庭儲蓄空心化",
          en: "Western households' over-consumption hollowing out their savings",
        },
        misconception: "wrong-term",
      },
    ],
    answer: "a",
    explanation: {
      zh: "原文：「發達國家的製造業加緊向外轉移令內部經濟出現『空心化』，國內就業崗位流失，中等收入階層趨於萎縮」。這裏空心化的是發達國家，不是中國。第三節確曾提到要「防範」中國企業「離巢」可能帶來的產業空心化之憂，但那是對未來的提防，不是第一節所描述的問題；過度消費在文中導致的是消費增長難以持續，而非「儲蓄空心化」。",
      en: "The text: developed countries' manufacturing moving abroad hollows out their own economies, costing jobs and shrinking the middle class. The hollowed-out economies are the developed ones, not China; section 3 only mentions guarding against a possible future hollowing-out in China. Over-consumption leads to unsustainable consumption growth, not “hollow savings”.",
    },
    source: { paragraphId: "s1-p4", quote: "發達國家的製造業加緊向外轉移令內部經濟出現「空心化」" },
  },
  {
    id: "l1-reindustrialisation-effect-tf",
    lessonId: 1,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷正誤：文章認為，發達國家紛紛興起的「再工業化」浪潮推動了全球產業鏈的進一步深化。",
      en: "True or false: the article argues that the wave of re-industrialisation in developed countries pushed global supply chains to deepen further.",
    },
    answer: false,
    misconception: "reversed-effect",
    explanation: {
      zh: "錯誤，效果被說反了。原文：「全球產業鏈的進一步深化還因為發達國家紛紛興起『再工業化』浪潮而遭遇阻滯」。再工業化把製造業拉回本國，阻礙而非推動全球分工的深化，並伴隨「貿易保護主義和逆全球化的呼聲漸趨高昂」。",
      en: "False — the effect is reversed. The text says further deepening of global supply chains “met obstruction” because of the re-industrialisation wave, alongside rising protectionism and anti-globalisation.",
    },
    source: {
      paragraphId: "s1-p4",
      quote: "全球產業鏈的進一步深化還因為發達國家紛紛興起「再工業化」浪潮而遭遇阻滯",
    },
  },

  // ---------------------------------------------------------------- s1-p5
  {
    id: "l1-trump-pressure-year",
    lessonId: 1,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "文章寫道：「____年美國總統特朗普上任後，在貿易、科技、金融等領域對中國進行全方位施壓」。空格是哪一年？請輸入文中所寫的年份。",
      en: "The article writes: 'In ____, after US President Trump took office, [the US] put all-round pressure on China in trade, technology and finance.' Which year fills the gap? Enter the year the article gives.",
    },
    answer: { year: 2018 },
    explanation: {
      zh: "原文：「2018年美國總統特朗普上任後，在貿易、科技、金融等領域對中國進行全方位施壓」。第三節亦寫「2018年美國特朗普政府上台之後」。（補充：特朗普於2017年1月就職，2018年是中美貿易戰正式開打的一年；本題以文章所寫的2018年為準。）",
      en: "The text gives 2018 (“in 2018, after US President Trump took office …”), as does section 3. (Trump was inaugurated in January 2017; 2018 is when the trade war began. The item follows the article's 2018.)",
    },
    source: { paragraphId: "s1-p5", quote: "2018年美國總統特朗普上任後" },
  },
  {
    id: "l1-trump-pressure-domains",
    lessonId: 1,
    skill: "logic",
    type: "multi",
    prompt: {
      zh: "第一節提到，特朗普上任後美國在哪些領域對中國進行全方位施壓？（選出所有文中列出的領域）",
      en: "Section 1 says that after Trump took office the US put all-round pressure on China. In which fields, as listed there? (Select all that apply.)",
    },
    choices: [
      { id: "a", text: { zh: "金融", en: "Finance" } },
      { id: "b", text: { zh: "貿易", en: "Trade" } },
      { id: "c", text: { zh: "能源", en: "Energy" }, misconception: "not-argued" },
      { id: "d", text: { zh: "軍事", en: "Military" }, misconception: "not-argued" },
      { id: "e", text: { zh: "科技", en: "Technology" } },
    ],
    answer: ["a", "b", "e"],
    explanation: {
      zh: "原文：「在貿易、科技、金融等領域對中國進行全方位施壓，中美兩個世界最大經濟體之間的對抗愈演愈烈」。文章沒有提到軍事或能源領域。",
      en: "The text lists trade, technology and finance; it does not mention military or energy pressure.",
    },
    source: { paragraphId: "s1-p5", quote: "在貿易、科技、金融等領域對中國進行全方位施壓" },
  },
  {
    id: "l1-covid-outbreak-year",
    lessonId: 1,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "根據文章，新冠肺炎疫情在哪一年年初爆發，令西方「反全球化」思潮更加洶湧？請輸入年份。",
      en: "According to the article, at the start of which year did COVID-19 break out, strengthening anti-globalisation sentiment in the West? Enter the year.",
    },
    answer: { year: 2020 },
    explanation: {
      zh: "原文：「新冠肺炎疫情在2020年初爆發後，西方國家『反全球化』的思潮更加洶湧澎拜〔原文〕」。",
      en: "“After COVID-19 broke out in early 2020”, anti-globalisation sentiment in the West surged.",
    },
    source: { paragraphId: "s1-p5", quote: "新冠肺炎疫情在2020年初爆發後" },
  },
  {
    id: "l1-covid-aftermath",
    lessonId: 1,
    skill: "logic",
    type: "multi",
    prompt: {
      zh: "根據文章，2020年初新冠肺炎疫情爆發後出現了哪些情況？（選出所有正確答案）",
      en: "According to the article, what happened after COVID-19 broke out in early 2020? (Select all that apply.)",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "歐美國家帶頭推動新一輪全球化",
          en: "Europe and the US led a new round of globalisation",
        },
        misconception: "reversed-effect",
      },
      {
        id: "b",
        text: {
          zh: "以美、日為代表的國家明確提出要支援本國企業加快從中國回流本土",
          en: "Countries led by the US and Japan explicitly pledged to help their firms move back home from China faster",
        },
      },
      {
        id: "c",
        text: {
          zh: "西方國家「反全球化」的思潮更加洶湧",
          en: "Anti-globalisation sentiment in the West grew stronger",
        },
      },
      { id: "d", text: { zh: "「去中國化」的雜音甚囂塵上", en: "Calls for “de-sinicisation” grew loud" } },
      {
        id: "e",
        text: {
          zh: "西方國家加大從中國進口，令「外循環」重拾升勢",
          en: "Western countries imported more from China, reviving the external circulation",
        },
        misconception: "not-argued",
      },
    ],
    answer: ["b", "c", "d"],
    explanation: {
      zh: "原文：疫情爆發後「西方國家『反全球化』的思潮更加洶湧澎拜〔原文〕，『去中國化』的雜音甚囂塵上；以美、日為代表的國家更明確提出要支援本國企業加快從中國回流本土」。文章沒有說外循環因疫情重拾升勢，反而說舊路已走到「難以為繼的臨界點」；西方推動的是反全球化，不是新一輪全球化。",
      en: "After the outbreak, anti-globalisation surged, “de-sinicisation” talk spread, and the US, Japan and others pledged to bring firms home from China. The article does not say the external circulation revived — it says the old path has reached a breaking point — and the West moved against, not towards, globalisation.",
    },
    source: {
      paragraphId: "s1-p5",
      quote: "「去中國化」的雜音甚囂塵上；以美、日為代表的國家更明確提出要支援本國企業加快從中國回流本土",
    },
  },
  {
    id: "l1-watershed-year",
    lessonId: 1,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "文章認為，哪一年爆發的全球金融危機是中國經濟「外循環」由盛轉衰的一道分水嶺？請輸入年份。",
      en: "According to the article, the global financial crisis of which year was the watershed at which China's external circulation turned from boom to decline? Enter the year.",
    },
    answer: { year: 2008 },
    explanation: {
      zh: "原文：「2008年全球金融危機爆發是中國經濟『外循環』由盛轉衰的一道分水嶺」。2018年的中美對抗和2020年初的疫情屬於其後「外部環境發生轉捩性突變」的部分，不是文章所說的分水嶺。",
      en: "The text calls the 2008 global financial crisis the watershed. The 2018 US–China confrontation and the early-2020 pandemic belong to the later abrupt change in the external environment, not the watershed itself.",
    },
    source: { paragraphId: "s1-p5", quote: "2008年全球金融危機爆發是中國經濟「外循環」由盛轉衰的一道分水嶺" },
  },
  {
    id: "l1-breaking-point-reasons",
    lessonId: 1,
    skill: "logic",
    type: "multi",
    prompt: {
      zh: "文章認為延續「外循環」的舊路已走到難以為繼的臨界點。本節最後一段給出了哪些理由？（選出所有正確答案）",
      en: "The article says continuing on the old external-circulation path has reached a breaking point. Which reasons does the last paragraph of section 1 give? (Select all that apply.)",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "人民幣大幅升值削弱出口競爭力",
          en: "A sharp appreciation of the renminbi eroded export competitiveness",
        },
        misconception: "not-argued",
      },
      {
        id: "b",
        text: { zh: "中國主動退出世界貿易組織", en: "China voluntarily left the WTO" },
        misconception: "not-argued",
      },
      {
        id: "c",
        text: {
          zh: "2001至2008年期間中國商品出口錄得負增長",
          en: "China's goods exports shrank during 2001–2008",
        },
        misconception: "misread-figure",
      },
      {
        id: "d",
        text: {
          zh: "2008年全球金融危機爆發是「外循環」由盛轉衰的分水嶺",
          en: "The 2008 global financial crisis was the watershed at which the external circulation began to decline",
        },
      },
      {
        id: "e",
        text: {
          zh: "近年中國面對的外部環境發生轉捩性突變",
          en: "The external environment China faces has changed abruptly in recent years",
        },
      },
      {
        id: "f",
        text: {
          zh: "中美兩個世界最大經濟體之間的對抗愈演愈烈",
          en: "Confrontation between the US and China, the two largest economies, keeps intensifying",
        },
      },
    ],
    answer: ["d", "e", "f"],
    explanation: {
      zh: "本節最後一段指出中美對抗「愈演愈烈」，並總結：「2008年全球金融危機爆發是中國經濟『外循環』由盛轉衰的一道分水嶺，加之近年中國面對的外部環境發生轉捩性突變」，所以舊路已如「強弩之末」。中國並沒有退出世貿；2001至2008年商品出口的年均增速是22.3%，並非負增長；人民幣匯率在文中沒有被提及。",
      en: "The paragraph cites the intensifying US–China confrontation and concludes that the 2008 crisis was the watershed, compounded by an abrupt change in the external environment. China did not leave the WTO; exports grew 22.3% a year in 2001–2008; the renminbi is not mentioned.",
    },
    source: {
      paragraphId: "s1-p5",
      quote:
        "2008年全球金融危機爆發是中國經濟「外循環」由盛轉衰的一道分水嶺，加之近年中國面對的外部環境發生轉捩性突變",
    },
  },
  {
    id: "l1-cheap-labour-exhausted-tf",
    lessonId: 1,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷正誤：文章認為，「外循環」走到難以為繼的臨界點，主要是因為中國國內的廉價勞動力和土地資源已經耗盡。",
      en: "True or false: the article argues that the external circulation reached its breaking point mainly because China's cheap labour and land have run out.",
    },
    answer: false,
    misconception: "not-argued",
    explanation: {
      zh: "錯誤，文章沒有這樣說。廉價勞動力和土地只在本節第二段作為80年代起步時的「資源優勢」出現。文章給出的理由全是外部的：西方消費難以持續、歐美去槓桿、再工業化與保護主義、2018年起中美對抗、2020年初疫情後的「去中國化」，以及2008年危機這道「分水嶺」和近年外部環境的「轉捩性突變」。",
      en: "False — the article does not argue this. Cheap labour and land appear only as the 1980s starting advantage. The reasons given are external: unsustainable Western consumption, deleveraging, re-industrialisation and protectionism, US–China confrontation from 2018, de-sinicisation after the 2020 outbreak, the 2008 watershed and the abrupt change in the external environment.",
    },
    source: { paragraphId: "s1-p5", quote: "加之近年中國面對的外部環境發生轉捩性突變" },
  },
  {
    id: "l1-outer-circulation-outlook",
    lessonId: 1,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "第一節對「再延續外循環的舊路」作出怎樣的判斷？",
      en: "What does section 1 conclude about continuing on the old external-circulation path?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "只要加大出口補貼，「外循環」仍可獨撐大局",
          en: "With bigger export subsidies the external circulation can still carry growth alone",
        },
        misconception: "not-argued",
      },
      {
        id: "b",
        text: {
          zh: "舊路已走到難以為繼的臨界點，「外循環」今後難以獨撐大局",
          en: "The old path has reached a breaking point; the external circulation can no longer carry growth alone",
        },
      },
      {
        id: "c",
        text: {
          zh: "中國應完全放棄對外貿易，轉向封閉的國內循環",
          en: "China should abandon foreign trade entirely and turn to a closed domestic circulation",
        },
        misconception: "closed-circulation",
      },
      {
        id: "d",
        text: {
          zh: "「外循環」在2020年初疫情後已重拾升勢",
          en: "The external circulation has picked up again since the early-2020 outbreak",
        },
        misconception: "reversed-effect",
      },
    ],
    answer: "b",
    explanation: {
      zh: "原文結論：「要再延續『外循環』的舊路已如『強弩之末』，走到了難以為繼的臨界點」，與本節標題「今後難獨撐大局」一致。文章沒有提出出口補貼；「難獨撐」不等於放棄——第四節明確說「內循環」是「完整但並不封閉的循環」，內外循環要相輔相成；疫情後出現的是「去中國化」，不是外循環回升。",
      en: "The text concludes the old path is “at the end of its strength” and has reached a breaking point — it can no longer carry growth alone. No export subsidies are proposed; “not alone” does not mean abandoning trade (section 4 insists on an open, not closed, circulation); and after the outbreak came de-sinicisation, not a revival.",
    },
    source: { paragraphId: "s1-p5", quote: "走到了難以為繼的臨界點" },
  },
  {
    id: "l1-strong-bow-cloze",
    lessonId: 1,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "文章用哪個成語形容延續「外循環」舊路的處境？請填上空格。",
      en: "Which idiom does the article use for the state of the old external-circulation path? Fill in the blank.",
    },
    text: "要再延續「外循環」的舊路已如「{{1}}」，走到了難以為繼的臨界點",
    answer: { "1": ["強弩之末"] },
    options: ["強弩之末", "如日中天", "方興未艾", "捲土重來"],
    explanation: {
      zh: "「強弩之末」原指強弓射出的箭到了最後已無力穿透，比喻力量已衰竭，正好呼應後半句「走到了難以為繼的臨界點」。「如日中天」「方興未艾」都表示正處於興盛，意思相反；「捲土重來」在第二節用來說消費補貼政策不會重來，與此無關。",
      en: "強弩之末 — an arrow at the end of its flight, too weak to pierce — means a force that is spent, matching “reached a point where it cannot continue”. 如日中天 and 方興未艾 mean flourishing (the opposite); 捲土重來 (“make a comeback”) appears in section 2 in another context.",
    },
    source: {
      paragraphId: "s1-p5",
      quote: "要再延續「外循環」的舊路已如「強弩之末」，走到了難以為繼的臨界點",
    },
  },

  // ---------------------------------------------------------------- whole section
  {
    id: "l1-outer-circulation-timeline",
    lessonId: 1,
    skill: "dates",
    type: "ordering",
    prompt: {
      zh: "把以下事件按發生的先後次序排列（最早的在前）。",
      en: "Put these events in chronological order, earliest first.",
    },
    events: [
      {
        id: "bn",
        text: {
          zh: "全球金融危機爆發，「外循環」由盛轉衰",
          en: "The global financial crisis breaks out; the external circulation turns to decline",
        },
      },
      {
        id: "lx",
        text: { zh: "中國加入世界貿易組織", en: "China joins the WTO" },
      },
      {
        id: "jv",
        text: {
          zh: "新冠肺炎疫情爆發，「去中國化」雜音甚囂塵上",
          en: "COVID-19 breaks out and “de-sinicisation” talk spreads",
        },
      },
      {
        id: "tc",
        text: {
          zh: "中國開始在沿海地區設立經濟特區，採取「兩頭在外、大進大出」戰略",
          en: "China begins setting up coastal special economic zones under the “both ends abroad” strategy",
        },
      },
      {
        id: "fd",
        text: {
          zh: "美國在貿易、科技、金融等領域對中國全方位施壓",
          en: "The US puts all-round pressure on China in trade, technology and finance",
        },
      },
      {
        id: "ag",
        text: {
          zh: "中國外貿依存度創下67%的歷史最高值",
          en: "China's trade dependence reaches its record 67%",
        },
      },
    ],
    answer: ["tc", "lx", "ag", "bn", "fd", "jv"],
    explanation: {
      zh: "上世紀80年代起設立經濟特區（s1-p2）→ 2001年加入世貿（s1-p2）→ 2006年底外貿依存度達67%（s1-p3）→ 2008年全球金融危機（s1-p3、s1-p5）→ 2018年特朗普上任後對華全方位施壓（s1-p5）→ 2020年初新冠肺炎疫情爆發（s1-p5）。",
      en: "1980s: coastal SEZs → 2001: WTO accession → end of 2006: trade dependence peaks at 67% → 2008: global financial crisis → 2018: all-round US pressure under Trump → early 2020: COVID-19 outbreak.",
    },
    source: { paragraphId: "s1-p3", quote: "這種經濟型態在2008年全球金融危機爆發前達到頂峰" },
  },
];
