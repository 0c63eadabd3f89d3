import type { TItemInput } from "../schema";

/**
 * Lesson 4: 內外須相輔相承 打造開放式循環 (paragraphs s4-p1..s4-p5).
 * An open, not closed, domestic circulation: the 7月21日 speech, market size vs the US,
 * the 40萬億美元 import pledge, the CIIE, this year's opening-up measures, the 大船轉舵 image.
 */
export const items: TItemInput[] = [
  // ───────────────────────── s4-p1: 其三, 7月21日 企業家座談會 ─────────────────────────
  {
    id: "l4-third-point-open-circulation",
    lessonId: 4,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "文章歸納社會各界對「內循環」的三點主流意見。第三點（「其三」）的內容是甚麼？",
      en: "The article sums up three mainstream views on the 'domestic circulation'. What is the third one (其三)?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "「內循環」不僅限於做大內需，也不意味著消費補貼等催谷短期消費的政策會捲土重來",
          en: "It is more than expanding domestic demand and does not mean a return of consumption subsidies",
        },
        misconception: "wrong-point",
      },
      {
        id: "b",
        text: {
          zh: "推動「內循環」既是短期的應對性措施，也為中長期發展策略奠定主基調",
          en: "It is both a short-term response and the keynote of the medium- to long-term strategy",
        },
        misconception: "wrong-point",
      },
      {
        id: "c",
        text: {
          zh: "「內循環」意味著中國將減少對外依賴，逐步退出國際市場",
          en: "It means China will cut its reliance on the outside and gradually leave international markets",
        },
        misconception: "closed-circulation",
      },
      {
        id: "d",
        text: {
          zh: "「內循環」追求完整但並不封閉的循環，既立足本土，亦兼顧對外開放",
          en: "It seeks a complete but not closed circulation: rooted at home, yet open to the outside",
        },
      },
    ],
    answer: "d",
    explanation: {
      zh: "本節開首即說「其三，『內循環』追求的是完整但並不封閉的循環」。「不僅限於做大內需、消費補貼不會捲土重來」是「其一」的內容（第二節），「短期應對兼中長期主基調」是「其二」的內容（第三節）；「逐步退出國際市場」正好與「並不封閉」相反。",
      en: "The section opens with 其三: a complete but not closed circulation. 'More than expanding demand, no return of subsidies' is the first point (其一, section 2), 'short-term response and long-term keynote' the second (其二, section 3); 'leaving international markets' contradicts 'not closed'.",
    },
    source: {
      paragraphId: "s4-p1",
      quote: "其三，「內循環」追求的是完整但並不封閉的循環，既強調立足本土，亦要兼顧對外開放。",
    },
  },
  {
    id: "l4-entrepreneurs-forum-date",
    lessonId: 4,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "習近平在哪一天的企業家座談會上強調「以國內大循環為主體，絕不是關起門來封閉運行」？（請輸入月和日）",
      en: "On what day did Xi Jinping, at the forum with entrepreneurs, stress that 'taking the domestic circulation as the mainstay is by no means running behind closed doors'? (Enter month and day.)",
    },
    answer: { month: 7, day: 21 },
    explanation: {
      zh: "文章寫明「國家主席習近平在7月21日企業家座談會上強調」。不要與5月14日（中央政治局常委會議首次提出「雙循環」）或7月底的中央政治局會議混淆。",
      en: "The text says 'at the entrepreneurs' forum on 21 July'. Do not confuse it with 14 May (first mention of dual circulation) or the Politburo meeting at the end of July.",
    },
    source: { paragraphId: "s4-p1", quote: "國家主席習近平在7月21日企業家座談會上強調" },
  },
  {
    id: "l4-closed-doors-occasion",
    lessonId: 4,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "「以國內大循環為主體，絕不是關起門來封閉運行」這句話，是習近平在哪個場合說的？",
      en: "At which occasion did Xi Jinping say that taking the domestic circulation as the mainstay 'is by no means running behind closed doors'?",
    },
    choices: [
      { id: "a", text: { zh: "企業家座談會", en: "Forum with entrepreneurs" } },
      {
        id: "b",
        text: { zh: "科學家座談會", en: "Forum with scientists" },
        misconception: "wrong-meeting",
      },
      {
        id: "c",
        text: { zh: "7月底召開的中央政治局會議", en: "Politburo meeting at the end of July" },
        misconception: "wrong-meeting",
      },
      {
        id: "d",
        text: {
          zh: "中央財經委員會第八次會議",
          en: "8th meeting of the Central Financial and Economic Affairs Commission",
        },
        misconception: "wrong-meeting",
      },
    ],
    answer: "a",
    explanation: {
      zh: "文章說習近平「在7月21日企業家座談會上強調」這句話。科學家座談會談的是「關鍵核心技術要不來、買不來、討不來」；7月底的中央政治局會議提出以「打持久戰」的角度應對；財經委第八次會議談的是建設現代流通體系。",
      en: "The article attributes the sentence to the 21 July entrepreneurs' forum. The scientists' forum was about core technologies that cannot be begged or bought; the late-July Politburo meeting spoke of a 'protracted war'; the 8th Financial and Economic Affairs meeting was about a modern circulation (logistics) system.",
    },
    source: {
      paragraphId: "s4-p1",
      quote: "在7月21日企業家座談會上強調，「以國內大循環為主體，絕不是關起門來封閉運行",
    },
  },
  {
    id: "l4-closed-doors-cloze",
    lessonId: 4,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "填上習近平在企業家座談會上所用的詞語。",
      en: "Fill in the words Xi Jinping used at the entrepreneurs' forum.",
    },
    text: "以國內大循環為主體，絕不是{{1}}封閉運行",
    answer: { "1": ["關起門來"] },
    options: ["關起門來", "兩頭在外", "大進大出", "自力更生"],
    explanation: {
      zh: "原文是「絕不是關起門來封閉運行」：以國內大循環為主體，並不等於閉門發展。「兩頭在外、大進大出」是上世紀80年代以來國際大循環戰略的說法；「自力更生」是第三節談科技的用語。",
      en: "The phrase is 'by no means running behind closed doors (關起門來)'. 兩頭在外 / 大進大出 describe the old export-led strategy; 自力更生 (self-reliance) is used in section 3 about technology.",
    },
    source: { paragraphId: "s4-p1", quote: "以國內大循環為主體，絕不是關起門來封閉運行" },
  },
  {
    id: "l4-two-markets-two-resources-cloze",
    lessonId: 4,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "習近平在7月21日的講話中說，要更好利用國際國內的甚麼？請填空。",
      en: "In his 21 July speech, what does Xi say China should make better use of, at home and abroad? Fill in the blanks.",
    },
    text: "更好利用國際國內{{1}}、{{2}}，實現更加強勁可持續的發展",
    answer: { "1": ["兩個市場"], "2": ["兩種資源"] },
    options: ["兩個市場", "兩種資源", "兩頭在外", "兩個循環", "兩種制度"],
    explanation: {
      zh: "原文是「更好利用國際國內兩個市場、兩種資源」，即同時利用國內和國際的市場與資源，這正說明「內循環」並不封閉。「兩頭在外」是舊的國際大循環模式（市場和資源都在外），與此意思相反。",
      en: "The text reads 'two markets and two kinds of resources, international and domestic': using both, which is why the domestic circulation is not closed. 兩頭在外 (both ends abroad) describes the old model and means something different.",
    },
    source: {
      paragraphId: "s4-p1",
      quote: "更好利用國際國內兩個市場、兩種資源，實現更加強勁可持續的發展",
    },
  },
  {
    id: "l4-july-21-speech-content",
    lessonId: 4,
    skill: "logic",
    type: "multi",
    prompt: {
      zh: "根據文章引述，習近平在7月21日企業家座談會上的講話包含以下哪些意思？（選出所有正確答案）",
      en: "According to the quotation in the article, which of these ideas were part of Xi's speech at the 21 July entrepreneurs' forum? (Select all that apply.)",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "要把建設現代流通體系作為一項重要的戰略任務",
          en: "Building a modern circulation system must be treated as an important strategic task",
        },
        misconception: "wrong-meeting",
      },
      {
        id: "b",
        text: {
          zh: "應減少進口，以國產商品取代外國商品",
          en: "Imports should be cut and foreign goods replaced by domestic ones",
        },
        misconception: "closed-circulation",
      },
      {
        id: "c",
        text: {
          zh: "更好利用國際國內兩個市場、兩種資源",
          en: "Make better use of the two markets and two kinds of resources, international and domestic",
        },
      },
      {
        id: "d",
        text: {
          zh: "以國內大循環為主體，絕不是關起門來封閉運行",
          en: "Taking the domestic circulation as the mainstay is by no means running behind closed doors",
        },
      },
      {
        id: "e",
        text: {
          zh: "通過發揮內需潛力，使國內市場和國際市場更好聯通",
          en: "Unleash domestic demand so that domestic and international markets are better connected",
        },
      },
      {
        id: "f",
        text: {
          zh: "經濟面對的很多問題是中長期的，要從「持久戰」的角度加以應對",
          en: "Many of the problems are medium- to long-term and must be handled as a 'protracted war'",
        },
        misconception: "wrong-meeting",
      },
    ],
    answer: ["c", "d", "e"],
    explanation: {
      zh: "a、b、c都出自文章所引的7月21日講話。d是7月底中央政治局會議的說法（「打持久戰」）；e是9月初中央財經委員會第八次會議的說法；f與「絕不是關起門來封閉運行」和「更好聯通」的意思相反。",
      en: "a, b and c are all in the quoted 21 July speech. d belongs to the late-July Politburo meeting; e to the 8th Financial and Economic Affairs Commission meeting in early September; f contradicts 'not behind closed doors' and 'better connected'.",
    },
    source: {
      paragraphId: "s4-p1",
      quote:
        "絕不是關起門來封閉運行，而是通過發揮內需潛力，使國內市場和國際市場更好聯通，更好利用國際國內兩個市場、兩種資源",
    },
  },
  {
    id: "l4-why-roles-switched",
    lessonId: 4,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "按本節所述，內外循環的主次位置為何會轉換？",
      en: "According to this section, why have the primary and auxiliary roles of the domestic and external circulations switched?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "因為內外循環相互割裂和對立，只能二擇其一",
          en: "Because the two circulations are separate and opposed, so one must be chosen",
        },
        misconception: "closed-circulation",
      },
      {
        id: "b",
        text: {
          zh: "因應當前客觀形勢的變化",
          en: "In response to changes in the current objective situation",
        },
      },
      {
        id: "c",
        text: {
          zh: "因為中國決定關起門來、自行發展",
          en: "Because China decided to close its doors and develop on its own",
        },
        misconception: "closed-circulation",
      },
      {
        id: "d",
        text: {
          zh: "因為外循環已經完全停止運作",
          en: "Because the external circulation has stopped working altogether",
        },
        misconception: "not-argued",
      },
    ],
    answer: "b",
    explanation: {
      zh: "文章說「他們的主次位置雖然因應當前客觀形勢變化而轉換」，並隨即強調內外循環「並非相互割裂和對立」，所以b、c不對。文章也沒有說外循環完全停止，反而說兩者的聯繫需要加強。",
      en: "The text: their roles 'switched in response to changes in the current objective situation', and it stresses that the two are not separate or opposed (so b and c are wrong). It never says the external circulation has stopped; it says the link should be strengthened.",
    },
    source: { paragraphId: "s4-p1", quote: "他們的主次位置雖然因應當前客觀形勢變化而轉換" },
  },
  {
    id: "l4-link-strengthened-tf",
    lessonId: 4,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷正誤：文章認為，內外循環的主次位置雖然已經轉換，但兩者之間互通互聯、互為促進的關係反而需要進一步加強和優化。",
      en: "True or false: the article holds that although the primary and auxiliary roles have switched, the interconnected, mutually reinforcing relationship between the two circulations needs to be strengthened further.",
    },
    answer: true,
    explanation: {
      zh: "正確。原文說「但兩者之間互通互聯、互為促進的關係反而需要進一步加強和優化」。「反而」一詞說明：主次轉換不等於外循環被放棄，兩者的聯繫要更緊密。",
      en: "True. 反而 ('on the contrary') shows that switching roles does not mean dropping the external circulation; the link must get closer.",
    },
    source: {
      paragraphId: "s4-p1",
      quote: "但兩者之間互通互聯、互為促進的關係反而需要進一步加強和優化",
    },
  },

  // ───────────────────────── s4-p2: market size, imports ─────────────────────────
  {
    id: "l4-intersection-meaning",
    lessonId: 4,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "文章說內外兩個循環本身存在著不少「交集」。這裏「交集」指的是甚麼？",
      en: "The article says the two circulations have many 'intersections' (交集). What does that mean here?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "兩個循環互相衝突，需要由中央協調取捨",
          en: "The two conflict, and the centre must arbitrate between them",
        },
        misconception: "not-argued",
      },
      {
        id: "b",
        text: {
          zh: "兩個循環只在出口部門相交，其餘部分各自封閉運行",
          en: "They meet only in the export sector; otherwise each runs closed",
        },
        misconception: "closed-circulation",
      },
      {
        id: "c",
        text: {
          zh: "兩個循環在許多領域互相重疊、互有聯繫，「內循環」的開放性會在多個領域體現",
          en: "The two overlap and are linked in many areas, so the openness of the domestic circulation shows in many fields",
        },
      },
      {
        id: "d",
        text: {
          zh: "兩個循環的主次位置不斷交替",
          en: "The two keep swapping the primary role",
        },
        misconception: "term-confusion",
      },
    ],
    answer: "c",
    explanation: {
      zh: "原文：「內外兩個循環本身存在著不少『交集』，『內循環』的開放性將在多個領域得以體現」。交集即重疊、相連之處，所以接下來文章舉出國內市場為外國商品提供空間、進口博覽會、吸引外資等例子。文章沒有說兩者衝突，也沒有說主次位置不斷交替（只說因形勢而轉換）。",
      en: "交集 means overlap: the article goes on to give examples (the domestic market as room for foreign goods, the import expo, attracting foreign firms). It never says the two conflict or keep swapping roles.",
    },
    source: {
      paragraphId: "s4-p2",
      quote: "內外兩個循環本身存在著不少「交集」，「內循環」的開放性將在多個領域得以體現",
    },
  },
  {
    id: "l4-demand-opens-space-for-imports",
    lessonId: 4,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "按文章，「內循環」透過擴大內需培育強大的國內市場，對外國有甚麼作用？",
      en: "According to the article, how does the domestic circulation, by expanding domestic demand and building a strong home market, affect other countries?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "以國產商品取代外國商品，減少中國的進口需求",
          en: "It replaces foreign goods with domestic ones and lowers China's demand for imports",
        },
        misconception: "closed-circulation",
      },
      {
        id: "b",
        text: {
          zh: "透過擴大出口來彌補外國需求的不足",
          en: "It makes up for weak foreign demand by exporting more",
        },
        misconception: "export-led-confusion",
      },
      {
        id: "c",
        text: {
          zh: "主要是令外國企業把產業鏈撤回本國",
          en: "It mainly pushes foreign firms to move their supply chains back home",
        },
        misconception: "not-argued",
      },
      {
        id: "d",
        text: {
          zh: "為外國的優質商品和服務提供更加廣闊的發展空間",
          en: "It gives foreign quality goods and services much more room to grow",
        },
      },
    ],
    answer: "d",
    explanation: {
      zh: "原文說「內循環」擴大內需培育強大的國內市場，「同時亦會為外國的優質商品和服務提供更加廣闊的發展空間」，這正是內循環開放性的例子。b與此相反；c是舊的出口導向思路；d不是文章的論點（文章反而希望外企「紮根」內地市場）。",
      en: "The text: a strong home market 'will also give foreign quality goods and services broader room to develop'. b says the opposite; c is the old export-led logic; d is not argued (the article wants foreign firms to put down roots in China).",
    },
    source: {
      paragraphId: "s4-p2",
      quote: "同時亦會為外國的優質商品和服務提供更加廣闊的發展空間",
    },
  },
  {
    id: "l4-retail-sales-year",
    lessonId: 4,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "文章引用「中國的社會消費品零售總額超過41萬億元人民幣」，這是哪一年的數字？（請輸入年份）",
      en: "Which year's figure is 'China's total retail sales of consumer goods exceeded 41 trillion yuan'? (Enter the year.)",
    },
    answer: { year: 2019 },
    explanation: {
      zh: "原文：「2019年，中國的社會消費品零售總額超過41萬億元人民幣」。文章寫於2020年，故同一句中的「去年」亦即2019年。",
      en: "The sentence begins '2019年'. The article was written in 2020, so 'last year' in the same sentence is also 2019.",
    },
    source: { paragraphId: "s4-p2", quote: "2019年，中國的社會消費品零售總額" },
  },
  {
    id: "l4-retail-sales-amount",
    lessonId: 4,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "2019年中國的社會消費品零售總額超過多少？（單位：萬億元人民幣）",
      en: "China's total retail sales of consumer goods in 2019 exceeded how much? (Unit: trillion yuan, 萬億元人民幣)",
    },
    answer: 41,
    unit: "萬億元人民幣",
    tolerance: 0,
    explanation: {
      zh: "原文說「超過41萬億元人民幣」。注意單位是「萬億元人民幣」而非美元；10萬億元是網上零售額，40萬億美元是今後十五年的進口承諾。",
      en: "Over 41 trillion yuan (RMB, not dollars). 10 trillion yuan is online retail; 40 trillion US dollars is the 15-year import pledge.",
    },
    source: { paragraphId: "s4-p2", quote: "中國的社會消費品零售總額超過41萬億元人民幣" },
  },
  {
    id: "l4-retail-vs-us-percent",
    lessonId: 4,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "2019年中國社會消費品零售總額相當於美國零售市場規模的百分之幾？（以%表示）",
      en: "China's 2019 total retail sales of consumer goods equalled what percentage of the US retail market? (In %)",
    },
    answer: 96,
    unit: "%",
    tolerance: 0,
    explanation: {
      zh: "原文：「相當於美國零售市場規模的96%」，即仍略小於美國。不要與網上零售額的「1.4倍以上」或「世界500強」展覽面積增加的14%混淆。",
      en: "96% of the US retail market, i.e. still slightly smaller. Do not mix it up with online retail (over 1.4 times the US) or the 14% rise in exhibition space.",
    },
    source: { paragraphId: "s4-p2", quote: "超過41萬億元人民幣，相當於美國零售市場規模的96%" },
  },
  {
    id: "l4-online-retail-amount",
    lessonId: 4,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "文章說去年（2019年）中國網上零售額超過多少？（單位：萬億元人民幣）",
      en: "According to the article, China's online retail sales last year (2019) exceeded how much? (Unit: trillion yuan, 萬億元人民幣)",
    },
    answer: 10,
    unit: "萬億元人民幣",
    tolerance: 0,
    explanation: {
      zh: "原文：「去年中國網上零售額超過10萬億元人民幣」。41萬億元是全部社會消費品零售總額，不是網上零售額。",
      en: "Over 10 trillion yuan. 41 trillion is total retail sales of consumer goods, not online sales.",
    },
    source: { paragraphId: "s4-p2", quote: "去年中國網上零售額超過10萬億元人民幣" },
  },
  {
    id: "l4-online-vs-us-ratio",
    lessonId: 4,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "文章說中國網上零售額已超過美國電商規模的多少倍以上？（單位：倍）",
      en: "China's online retail sales already exceed how many times the size of US e-commerce, according to the article? (Unit: times, 倍)",
    },
    answer: 1.4,
    unit: "倍",
    tolerance: 0.05,
    explanation: {
      zh: "原文：「已超過美國電商規模的1.4倍以上」。網上零售方面中國已大於美國，而整體零售則只相當於美國的96%。",
      en: "'Already more than 1.4 times US e-commerce.' Online, China is already larger than the US, while total retail is only 96% of the US level.",
    },
    source: { paragraphId: "s4-p2", quote: "已超過美國電商規模的1.4倍以上" },
  },
  {
    id: "l4-last-year-is-2019",
    lessonId: 4,
    skill: "dates",
    type: "single",
    prompt: {
      zh: "「去年中國網上零售額超過10萬億元人民幣」一句中的「去年」是指哪一年？",
      en: "In 'last year China's online retail sales exceeded 10 trillion yuan', which year is 'last year'?",
    },
    choices: [
      { id: "a", text: { zh: "2019年", en: "2019" } },
      { id: "b", text: { zh: "2020年", en: "2020" }, misconception: "wrong-year" },
      { id: "c", text: { zh: "2018年", en: "2018" }, misconception: "wrong-year" },
      { id: "d", text: { zh: "2008年", en: "2008" }, misconception: "wrong-year" },
    ],
    answer: "a",
    explanation: {
      zh: "同一句以「2019年」開首，接著以「去年」續述網上零售額；文章寫於2020年（例如提到「今年7月底召開的中央政治局會議」，並引述亞洲開發銀行9月中對2020年GDP的預測），所以「去年」即2019年。2020年是「今年」；2018年是文章所說特朗普上任、對華施壓之年；2008年是全球金融危機之年。",
      en: "The same sentence starts with '2019年' and goes on with 'last year' for online retail; the article was written in 2020 (it mentions 'the Politburo meeting at the end of July this year' and the ADB's mid-September forecast for 2020), so 'last year' is 2019. 2020 is 'this year'; 2018 is the year the article gives for Trump taking office and stepping up pressure; 2008 is the financial crisis.",
    },
    source: {
      paragraphId: "s4-p2",
      quote:
        "2019年，中國的社會消費品零售總額超過41萬億元人民幣，相當於美國零售市場規模的96%，而去年中國網上零售額",
    },
  },
  {
    id: "l4-retail-online-swapped-tf",
    lessonId: 4,
    skill: "figures",
    type: "truefalse",
    prompt: {
      zh: "判斷正誤：按文章數據，2019年中國的社會消費品零售總額已超過美國零售市場的規模，而網上零售額則只相當於美國電商規模的96%。",
      en: "True or false: according to the article, China's 2019 total retail sales already exceeded the US retail market, while its online retail was only 96% of US e-commerce.",
    },
    answer: false,
    misconception: "swapped-ratios",
    explanation: {
      zh: "錯誤，兩個比較對調了。文章說社會消費品零售總額「相當於美國零售市場規模的96%」（略小於美國），而網上零售額則「已超過美國電商規模的1.4倍以上」（大於美國）。",
      en: "False: the two comparisons are swapped. Total retail is 96% of the US market (slightly smaller); online retail is over 1.4 times US e-commerce (larger).",
    },
    source: {
      paragraphId: "s4-p2",
      quote:
        "相當於美國零售市場規模的96%，而去年中國網上零售額超過10萬億元人民幣，已超過美國電商規模的1.4倍以上",
    },
  },
  {
    id: "l4-market-figures-matching",
    lessonId: 4,
    skill: "figures",
    type: "matching",
    prompt: {
      zh: "把本節第二段的數字與它所衡量的對象配對。",
      en: "Match each figure in this section's second paragraph with what it measures.",
    },
    left: [
      { id: "vw", text: { zh: "超過41萬億元人民幣", en: "over 41 trillion yuan" } },
      { id: "zc", text: { zh: "96%", en: "96%" } },
      { id: "ml", text: { zh: "超過10萬億元人民幣", en: "over 10 trillion yuan" } },
      { id: "nd", text: { zh: "1.4倍以上", en: "more than 1.4 times" } },
    ],
    right: [
      {
        id: "wj",
        text: { zh: "2019年中國社會消費品零售總額", en: "China's 2019 total retail sales of consumer goods" },
      },
      {
        id: "al",
        text: {
          zh: "中國社會消費品零售總額相當於美國零售市場規模的比例",
          en: "China's total retail sales as a share of the US retail market",
        },
      },
      { id: "wg", text: { zh: "去年中國網上零售額", en: "China's online retail sales last year" } },
      {
        id: "fg",
        text: {
          zh: "中國網上零售額相對美國電商規模的倍數",
          en: "China's online retail sales relative to US e-commerce",
        },
      },
      {
        id: "ke",
        text: {
          zh: "中國今後十五年進口產品和服務的總金額",
          en: "China's total imports of goods and services over the next fifteen years",
        },
      },
      {
        id: "ny",
        text: { zh: "2019年中國對外貿的依存度", en: "China's foreign-trade dependence ratio in 2019" },
      },
    ],
    answer: { vw: "wj", zc: "al", ml: "wg", nd: "fg" },
    explanation: {
      zh: "原文：2019年社會消費品零售總額超過41萬億元人民幣，相當於美國零售市場規模的96%；去年網上零售額超過10萬億元人民幣，已超過美國電商規模的1.4倍以上。今後十五年的進口總額是40萬億美元（不是人民幣）；2019年外貿依存度是第二節的31.9%。",
      en: "Total retail: over 41 trillion yuan = 96% of US retail; online retail: over 10 trillion yuan = more than 1.4 times US e-commerce. The 15-year import total is 40 trillion US dollars; the 2019 trade-dependence ratio (31.9%) is in section 2.",
    },
    source: {
      paragraphId: "s4-p2",
      quote:
        "超過41萬億元人民幣，相當於美國零售市場規模的96%，而去年中國網上零售額超過10萬億元人民幣，已超過美國電商規模的1.4倍",
    },
  },
  {
    id: "l4-import-pledge-amount",
    lessonId: 4,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "中國政府早前承諾，今後十五年內從其他國家和地區進口的產品和服務總金額將達多少？（單位：萬億美元）",
      en: "China has pledged that its imports of goods and services from other countries and regions over the next fifteen years will total how much? (Unit: trillion US dollars, 萬億美元)",
    },
    answer: 40,
    unit: "萬億美元",
    tolerance: 0,
    explanation: {
      zh: "原文：「進口的產品和服務總金額將達40萬億美元」。這是十五年的總額，單位是美元；41萬億元人民幣則是2019年的社會消費品零售總額。",
      en: "40 trillion US dollars in total over fifteen years. 41 trillion (yuan) is 2019 retail sales.",
    },
    source: { paragraphId: "s4-p2", quote: "進口的產品和服務總金額將達40萬億美元" },
  },
  {
    id: "l4-import-pledge-years",
    lessonId: 4,
    skill: "dates",
    type: "numeric",
    prompt: {
      zh: "中國政府承諾在今後多少年內，進口的產品和服務總金額將達40萬億美元？（單位：年）",
      en: "Within how many years has China pledged that its imports of goods and services will reach 40 trillion US dollars? (Unit: years, 年)",
    },
    answer: 15,
    unit: "年",
    tolerance: 0,
    explanation: {
      zh: "原文：「在今後十五年內」。這是向前看的承諾（今後），不是過去十五年的實績；也不要與「經過四十多年的快速發展」混淆。",
      en: "'Within the next fifteen years': a forward-looking pledge, not a record of the past. Not to be confused with 'more than forty years' of fast growth.",
    },
    source: {
      paragraphId: "s4-p2",
      quote: "在今後十五年內，從其他國家和地區進口的產品和服務總金額將達40萬億美元",
    },
  },
  {
    id: "l4-which-amount-in-dollars",
    lessonId: 4,
    skill: "figures",
    type: "single",
    prompt: {
      zh: "本節第二段提到三個以「萬億」計的金額。哪一個是以美元計算的？",
      en: "The second paragraph of this section gives three amounts in trillions. Which one is in US dollars?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "今後十五年從其他國家和地區進口的產品和服務總金額（40萬億）",
          en: "Total imports of goods and services over the next fifteen years (40 trillion)",
        },
      },
      {
        id: "b",
        text: {
          zh: "2019年社會消費品零售總額（41萬億）",
          en: "2019 total retail sales of consumer goods (41 trillion)",
        },
        misconception: "wrong-currency",
      },
      {
        id: "c",
        text: { zh: "去年網上零售額（10萬億）", en: "Online retail sales last year (10 trillion)" },
        misconception: "wrong-currency",
      },
    ],
    answer: "a",
    explanation: {
      zh: "只有進口承諾是「40萬億美元」；零售總額（41萬億）和網上零售額（10萬億）都以「萬億元人民幣」計。混淆貨幣會把數量級弄錯很多。",
      en: "Only the import pledge is in US dollars; the two retail figures are in yuan. Mixing the currencies distorts the size a lot.",
    },
    source: { paragraphId: "s4-p2", quote: "總金額將達40萬億美元" },
  },
  {
    id: "l4-largest-import-market-tf",
    lessonId: 4,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷正誤：文章指出，中國未來更有望取代美國，成為全球最大的進口消費市場。",
      en: "True or false: the article says that China may in future replace the US as the world's largest import consumer market.",
    },
    answer: true,
    explanation: {
      zh: "正確。原文：「未來更有望取代美國成為全球最大的進口消費市場」。注意這是對未來的展望（「有望」），文章並沒有說中國現在已經是最大的進口市場。",
      en: "True. Note it is a prospect ('is expected to'), not a claim that China already is the largest import market.",
    },
    source: { paragraphId: "s4-p2", quote: "未來更有望取代美國成為全球最大的進口消費市場" },
  },

  // ───────────────────────── s4-p3: 中國國際進口博覽會 ─────────────────────────
  {
    id: "l4-ciie-what-it-is",
    lessonId: 4,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "文章如何描述「中國國際進口博覽會」？",
      en: "How does the article describe the China International Import Expo (中國國際進口博覽會)?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "推動中國出口導向產業的國家級展會",
          en: "A national fair promoting China's export-oriented industries",
        },
        misconception: "export-led-confusion",
      },
      {
        id: "b",
        text: {
          zh: "今年首次舉辦的地方性展會",
          en: "A local fair held for the first time this year",
        },
        misconception: "wrong-count",
      },
      {
        id: "c",
        text: {
          zh: "中國首創以進口為主題的國家級展會",
          en: "A national-level fair created by China, the first with imports as its theme",
        },
      },
      {
        id: "d",
        text: {
          zh: "海南自由貿易港建設總體方案的一部分",
          en: "Part of the master plan for the Hainan Free Trade Port",
        },
        misconception: "not-argued",
      },
    ],
    answer: "c",
    explanation: {
      zh: "原文：「作為中國首創以進口為主題的國家級展會『中國國際進口博覽會』」。它以進口（不是出口）為主題，今年已是第三屆，文章也沒有把它和海南自貿港方案聯繫起來。",
      en: "The text calls it 'the national-level fair pioneered by China with imports as its theme'. It is about imports, not exports; this year is the third edition; the article does not link it to the Hainan plan.",
    },
    source: {
      paragraphId: "s4-p3",
      quote: "作為中國首創以進口為主題的國家級展會「中國國際進口博覽會」",
    },
  },
  {
    id: "l4-ciie-edition-number",
    lessonId: 4,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "今年將如期舉辦的是第幾屆中國國際進口博覽會？（請輸入數字，單位：屆）",
      en: "Which edition of the China International Import Expo is to be held on schedule this year? (Enter a number; unit: edition, 屆)",
    },
    answer: 3,
    unit: "屆",
    tolerance: 0,
    explanation: {
      zh: "原文：「在連續兩年成功舉辦之後，今年將如期舉辦第三屆」。前兩屆在過去兩年舉辦，今年是第三屆。",
      en: "'After two successful years in a row, the third edition will be held as scheduled this year.'",
    },
    source: { paragraphId: "s4-p3", quote: "今年將如期舉辦第三屆" },
  },
  {
    id: "l4-ciie-two-years-tf",
    lessonId: 4,
    skill: "dates",
    type: "truefalse",
    prompt: {
      zh: "判斷正誤：在今年舉辦之前，中國國際進口博覽會已連續三年成功舉辦。",
      en: "True or false: before this year's edition, the China International Import Expo had already been held successfully three years in a row.",
    },
    answer: false,
    misconception: "off-by-one",
    explanation: {
      zh: "錯誤。文章說進博會「在連續兩年成功舉辦之後」，今年才舉辦第三屆。把「第三屆」當成已舉辦了三年，就會誤選「正確」。",
      en: "False. It had been held two years in a row; this year's is the third edition. Reading 'third edition' as 'three years already held' is the trap.",
    },
    source: { paragraphId: "s4-p3", quote: "在連續兩年成功舉辦之後" },
  },
  {
    id: "l4-ciie-timeline",
    lessonId: 4,
    skill: "dates",
    type: "ordering",
    prompt: {
      zh: "根據文章，把以下事件按時間先後排列（最早的在前）。",
      en: "Using the article, put these events in chronological order (earliest first).",
    },
    events: [
      {
        id: "bw",
        text: {
          zh: "習近平在企業家座談會上強調「絕不是關起門來封閉運行」",
          en: "Xi tells the entrepreneurs' forum the domestic circulation is 'not behind closed doors'",
        },
      },
      {
        id: "oz",
        text: { zh: "第一屆中國國際進口博覽會", en: "The first China International Import Expo" },
      },
      {
        id: "yz",
        text: { zh: "第三屆中國國際進口博覽會", en: "The third China International Import Expo" },
      },
      {
        id: "zk",
        text: { zh: "第二屆中國國際進口博覽會", en: "The second China International Import Expo" },
      },
    ],
    answer: ["oz", "zk", "bw", "yz"],
    explanation: {
      zh: "進博會「在連續兩年成功舉辦之後，今年將如期舉辦第三屆」，所以第一、二屆在過去兩年，第三屆在今年且文章寫作時尚未舉行（「將」）。企業家座談會在今年7月21日舉行；文章寫於9月中以後（文中引述亞洲開發銀行9月中發表的報告），當時座談會已經召開，因此排在第二屆之後、第三屆之前。",
      en: "The first two expos took place in the two previous years; the third is 'to be held' (將) this year, i.e. after the article was written. The entrepreneurs' forum was on 21 July this year, already past when the article was written (it cites the ADB report of mid-September), so it falls between the second and the third expo.",
    },
    source: { paragraphId: "s4-p3", quote: "在連續兩年成功舉辦之後，今年將如期舉辦第三屆" },
  },
  {
    id: "l4-ciie-headwinds",
    lessonId: 4,
    skill: "logic",
    type: "multi",
    prompt: {
      zh: "文章列出今年進博會受到哪些不利因素影響？（選出所有正確答案）",
      en: "Which unfavourable factors affecting this year's import expo does the article list? (Select all that apply.)",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "「世界500強」企業的參展面積大幅縮減",
          en: "Fortune Global 500 firms sharply cutting their exhibition space",
        },
        misconception: "wrong-direction",
      },
      {
        id: "b",
        text: { zh: "人民幣大幅升值", en: "A sharp appreciation of the renminbi" },
        misconception: "not-argued",
      },
      { id: "c", text: { zh: "世界經濟增長低迷", en: "Sluggish world economic growth" } },
      {
        id: "d",
        text: { zh: "美國推動中美「科技脫鈎」", en: "US push for China–US 'tech decoupling'" },
        misconception: "wrong-context",
      },
      {
        id: "e",
        text: {
          zh: "疫情在全球多地尚未完全受控",
          en: "The pandemic is not yet fully under control in many places",
        },
      },
      { id: "f", text: { zh: "貿易保護主義升溫", en: "Rising trade protectionism" } },
    ],
    answer: ["c", "e", "f"],
    explanation: {
      zh: "原文列出的不利因素「包括疫情在全球多地尚未完全受控、世界經濟增長低迷以及貿易保護主義升溫等」。「科技脫鈎」在第三節談科技時出現，不在此列；「世界500強」的平均展覽面積其實比去年增加14%；文章沒有提到人民幣匯率。",
      en: "The listed factors are the pandemic, weak world growth and rising protectionism. 'Tech decoupling' appears in section 3, not here; the Global 500 firms' average space actually rises 14%; the exchange rate is never mentioned.",
    },
    source: {
      paragraphId: "s4-p3",
      quote: "包括疫情在全球多地尚未完全受控、世界經濟增長低迷以及貿易保護主義升溫等",
    },
  },
  {
    id: "l4-exhibition-space-growth",
    lessonId: 4,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "主辦方表示，「世界500強」企業和一些海外行業龍頭企業今年的平均展覽面積將比去年增加多少？（以%表示）",
      en: "According to the organisers, by how much will the average exhibition space of Fortune Global 500 firms and some leading foreign companies grow this year compared with last year? (In %)",
    },
    answer: 14,
    unit: "%",
    tolerance: 0,
    explanation: {
      zh: "原文：「今年的平均展覽面積將比去年增加14%」。是增加而非減少；不要與零售總額相當於美國的96%混淆。",
      en: "An increase of 14% (not a decrease); not to be confused with the 96% retail comparison.",
    },
    source: { paragraphId: "s4-p3", quote: "今年的平均展覽面積將比去年增加14%" },
  },
  {
    id: "l4-global-500-cloze",
    lessonId: 4,
    skill: "figures",
    type: "cloze",
    prompt: {
      zh: "填空：主辦方表示，「世界500強」企業和一些海外的行業龍頭企業今年的平均展覽面積將比去年增加多少？",
      en: "Fill in the blank: by how much, the organisers said, would the average exhibition space of Fortune Global 500 firms and some leading foreign companies grow on last year?",
    },
    text: "「世界500強」企業和一些海外的行業龍頭企業今年的平均展覽面積將比去年增加{{1}}",
    answer: { "1": ["14%", "百分之十四"] },
    options: ["14%", "1.4%", "41%", "96%"],
    explanation: {
      zh: "原文：「平均展覽面積將比去年增加14%」。1.4（倍）是網上零售額與美國電商規模之比，41（萬億元）是社會消費品零售總額，96%是中國零售市場相當於美國的比例，都出自上一段，與進博會無關。",
      en: "The text: average exhibition space 'will grow by 14% on last year'. 1.4 (times) is online retail against US e-commerce, 41 (trillion yuan) is retail sales, and 96% is China's retail market as a share of America's; all come from the previous paragraph, not from the import expo.",
    },
    source: {
      paragraphId: "s4-p3",
      quote: "「世界500強」企業和一些海外的行業龍頭企業今年的平均展覽面積將比去年增加14%",
    },
  },
  {
    id: "l4-space-growth-shows-confidence-tf",
    lessonId: 4,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷正誤：文章認為，儘管面對疫情等不利因素，大型外企今年在進博會的平均展覽面積仍會增加，這反映外資企業高度認可中國的市場潛力。",
      en: "True or false: the article argues that, despite the pandemic and other headwinds, large foreign firms will take more space at the expo this year, which shows that foreign companies highly value China's market potential.",
    },
    answer: true,
    explanation: {
      zh: "正確。文章在列出不利因素後用「但」轉折，指出平均展覽面積將增加14%，「反映了外資企業對中國市場潛力的高度認可」。",
      en: "True. After listing the headwinds, the article turns with 但 ('but'): space grows 14%, 'reflecting foreign companies' strong recognition of China's market potential'.",
    },
    source: { paragraphId: "s4-p3", quote: "反映了外資企業對中國市場潛力的高度認可" },
  },

  // ───────────────────────── s4-p4: opening-up measures, 營商環境 ─────────────────────────
  {
    id: "l4-market-access-purpose",
    lessonId: 4,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "文章說中國將培育更具活力的經濟生態、制定更加寬鬆的市場准入條件。這樣做的目的是甚麼？",
      en: "The article says China will foster a more dynamic economic ecosystem and set looser market-access conditions. For what purpose?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "保護本土企業免受外資競爭",
          en: "To shield domestic firms from foreign competition",
        },
        misconception: "closed-circulation",
      },
      {
        id: "b",
        text: {
          zh: "重回「兩頭在外、大進大出」的出口導向舊路",
          en: "To return to the old export-led path of 'both ends abroad'",
        },
        misconception: "export-led-confusion",
      },
      {
        id: "c",
        text: {
          zh: "為產業升級「補短板」，加快核心技術攻關",
          en: "To 'fill the gaps' for industrial upgrading by speeding up core-technology breakthroughs",
        },
        misconception: "wrong-measure",
      },
      {
        id: "d",
        text: {
          zh: "主動吸引外資企業參與到「內循環」體系的建設中",
          en: "To actively draw foreign firms into building the domestic-circulation system",
        },
      },
    ],
    answer: "d",
    explanation: {
      zh: "原文：透過培育更具活力的經濟生態和制定更加寬鬆的市場准入條件，「主動吸引外資企業參與到『內循環』體系的建設中」。這說明內循環是開放的，外資也是參與者。b與此相反；c是第一節描述的舊模式；d是第三節中科技自強所服務的目標。",
      en: "The text: these steps aim 'to actively draw foreign firms into building the domestic circulation'. b is the opposite; c is the old model of section 1; d is the goal of technological self-reliance in section 3.",
    },
    source: {
      paragraphId: "s4-p4",
      quote: "制定更加寬鬆的市場准入條件，主動吸引外資企業參與到「內循環」體系的建設中",
    },
  },
  {
    id: "l4-opening-measures",
    lessonId: 4,
    skill: "logic",
    type: "multi",
    prompt: {
      zh: "文章列舉今年以來中央推出的對外開放新舉措，包括以下哪些？（選出所有正確答案）",
      en: "Which of these are among the new opening-up measures the article says the central government has launched this year? (Select all that apply.)",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "恢復各項消費補貼以催谷短期消費",
          en: "Bringing back consumption subsidies to boost short-term spending",
        },
        misconception: "not-argued",
      },
      {
        id: "b",
        text: {
          zh: "在沿海地區率先設立經濟特區",
          en: "Setting up special economic zones first in coastal areas",
        },
        misconception: "wrong-era",
      },
      {
        id: "c",
        text: {
          zh: "頒佈《進一步做好穩外貿穩外資工作的意見》",
          en: "Issuing the Opinions on Further Stabilising Foreign Trade and Foreign Investment",
        },
      },
      {
        id: "d",
        text: {
          zh: "公佈海南自由貿易港建設總體方案",
          en: "Publishing the master plan for building the Hainan Free Trade Port",
        },
      },
      {
        id: "e",
        text: {
          zh: "外商投資准入負面清單進一步「瘦身」",
          en: "Further 'slimming' the negative list for foreign investment access",
        },
      },
      {
        id: "f",
        text: { zh: "鼓勵地攤經濟和小店經濟", en: "Encouraging street-stall and small-shop economies" },
        misconception: "wrong-measure",
      },
    ],
    answer: ["c", "d", "e"],
    explanation: {
      zh: "原文列出的新舉措「包括公佈海南自由貿易港建設總體方案、外商投資准入負面清單進一步『瘦身』以及頒佈《進一步做好穩外貿穩外資工作的意見》等」。經濟特區是上世紀80年代的做法（第一節）；地攤經濟、小店經濟是第二節提振內部消費的「微循環」措施，不是對外開放舉措；文章第二節更明言內循環不意味消費補貼捲土重來。",
      en: "The three listed measures are a, b and c. Special economic zones date from the 1980s (section 1); street stalls and small shops are domestic 'micro-circulation' measures (section 2); section 2 says subsidies will not make a comeback.",
    },
    source: {
      paragraphId: "s4-p4",
      quote:
        "包括公佈海南自由貿易港建設總體方案、外商投資准入負面清單進一步「瘦身」以及頒佈《進一步做好穩外貿穩外資工作的意見》",
    },
  },
  {
    id: "l4-negative-list-cloze",
    lessonId: 4,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "文章用甚麼詞形容外商投資准入負面清單的變化？請填空。",
      en: "What word does the article use for the change to the negative list for foreign investment? Fill in the blank.",
    },
    text: "外商投資准入負面清單進一步「{{1}}」",
    answer: { "1": ["瘦身"] },
    options: ["瘦身", "擴容", "加長", "紮根"],
    explanation: {
      zh: "原文是負面清單進一步「瘦身」，即清單變短。「紮根」是同段形容國際企業進駐內地市場的詞；「擴容」是第二節形容內部需求擴大的詞，方向正好相反。",
      en: "The word is 瘦身 ('slimming'): the list gets shorter. 紮根 ('put down roots') describes foreign firms settling in the market; 擴容 ('expand') would mean the opposite.",
    },
    source: { paragraphId: "s4-p4", quote: "外商投資准入負面清單進一步「瘦身」" },
  },
  {
    id: "l4-negative-list-meaning",
    lessonId: 4,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "「外商投資准入負面清單進一步『瘦身』」是甚麼意思？",
      en: "What does it mean that the 'negative list' for foreign investment access is further 'slimmed'?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "清單上限制或禁止外資進入的領域減少，外資的市場准入更寬鬆",
          en: "Fewer sectors are restricted or closed to foreign investors, so market access is looser",
        },
      },
      {
        id: "b",
        text: {
          zh: "鼓勵外資投資的行業減少",
          en: "Fewer industries are encouraged for foreign investment",
        },
        misconception: "term-confusion",
      },
      {
        id: "c",
        text: {
          zh: "外商在華投資的規模被壓縮",
          en: "The scale of foreign investment in China is squeezed",
        },
        misconception: "closed-circulation",
      },
      {
        id: "d",
        text: {
          zh: "負面清單被完全取消",
          en: "The negative list is abolished altogether",
        },
        misconception: "overstated-claim",
      },
    ],
    answer: "a",
    explanation: {
      zh: "負面清單列出的是外資不得進入或受限制的領域，清單「瘦身」即限制減少；文章把它列為「對外開放新舉措」，並與「更加寬鬆的市場准入條件」同段出現。b把負面清單誤當成鼓勵清單；c與開放方向相反；文章只說「進一步瘦身」，不是取消。",
      en: "A negative list names the sectors closed or restricted to foreign investors; slimming it removes restrictions. The article counts it among the opening-up measures, next to 'looser market-access conditions'. b confuses it with an encouraged list; c is the opposite; the text says 'slimmed', not abolished.",
    },
    source: {
      paragraphId: "s4-p4",
      quote:
        "中央推出一系列重大的對外開放新舉措，包括公佈海南自由貿易港建設總體方案、外商投資准入負面清單進一步「瘦身」",
    },
  },
  {
    id: "l4-opening-stance-tf",
    lessonId: 4,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷正誤：文章認為，今年以來中央推出的一系列對外開放新舉措，彰顯了中國繼續擴大對外開放的鮮明立場。",
      en: "True or false: the article says the series of new opening-up measures launched this year shows China's clear stance of continuing to open wider.",
    },
    answer: true,
    explanation: {
      zh: "正確。原文說這些新舉措「彰顯了中國繼續擴大對外開放的鮮明立場」，這也是本節「內循環」並不封閉的論據之一。",
      en: "True: the measures 'show China's clear stance of continuing to expand opening-up', one of the section's arguments that the domestic circulation is not closed.",
    },
    source: { paragraphId: "s4-p4", quote: "彰顯了中國繼續擴大對外開放的鮮明立場" },
  },
  {
    id: "l4-business-environment-cloze",
    lessonId: 4,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "中央政府多次重申，將通過更大力度的深化改革來優化甚麼？請填空。",
      en: "The central government has repeatedly said that deeper reform will improve what? Fill in the blank.",
    },
    text: "將通過更大力度的深化改革來優化國內{{1}}，吸引國際企業進駐和「紮根」內地市場",
    answer: { "1": ["營商環境"] },
    options: ["營商環境", "供給體系", "流通體系", "消費結構"],
    explanation: {
      zh: "原文：「將通過更大力度的深化改革來優化國內營商環境，吸引國際企業進駐和『紮根』內地市場」。營商環境指企業經營所面對的制度、法規、行政等條件；優化它是為了吸引外企長期留在中國。「現代流通體系」是財經委第八次會議的重點，「供給體系」是第二節談供給側改革的用語。",
      en: "The text: deeper reform to improve the domestic business environment (營商環境), so that international firms come and 'put down roots'. 流通體系 is the theme of the 8th Financial and Economic Affairs meeting; 供給體系 belongs to the supply-side discussion in section 2.",
    },
    source: {
      paragraphId: "s4-p4",
      quote: "將通過更大力度的深化改革來優化國內營商環境，吸引國際企業進駐和「紮根」內地市場",
    },
  },

  // ───────────────────────── s4-p5: 四十多年, 航空母艦級, 大船轉舵 ─────────────────────────
  {
    id: "l4-forty-years-growth",
    lessonId: 4,
    skill: "figures",
    type: "single",
    prompt: {
      zh: "文章說中國經濟經過多長時間的快速發展，已有「航空母艦級」的體量？",
      en: "After how long a period of fast growth does the article say China's economy has reached an 'aircraft-carrier-class' size?",
    },
    choices: [
      { id: "a", text: { zh: "十五年", en: "Fifteen years" }, misconception: "wrong-duration" },
      { id: "b", text: { zh: "四十多年", en: "More than forty years" } },
      { id: "c", text: { zh: "近二十年", en: "Nearly twenty years" }, misconception: "wrong-duration" },
      { id: "d", text: { zh: "七十多年", en: "More than seventy years" }, misconception: "wrong-duration" },
    ],
    answer: "b",
    explanation: {
      zh: "原文：「經過四十多年的快速發展，中國經濟這艘大船已有航空母艦級的體量」，大致對應改革開放以來的時期。十五年是今後進口40萬億美元承諾的期限；近二十年約為2001年加入世貿至今；七十多年文章沒有提及。",
      en: "'After more than forty years of fast development' (roughly the reform era). Fifteen years is the window of the import pledge; nearly twenty years is the time since WTO entry in 2001; seventy years is not mentioned.",
    },
    source: {
      paragraphId: "s4-p5",
      quote: "經過四十多年的快速發展，中國經濟這艘大船已有航空母艦級的體量",
    },
  },
  {
    id: "l4-ship-metaphor-matching",
    lessonId: 4,
    skill: "terms",
    type: "matching",
    prompt: {
      zh: "文章最後一段用了一連串航海比喻。把每個比喻與它所指的意思配對。",
      en: "The last paragraph uses a string of seafaring images. Match each image with what it stands for.",
    },
    left: [
      { id: "xt", text: { zh: "航空母艦級的體量", en: "an aircraft-carrier-class size" } },
      {
        id: "cl",
        text: { zh: "「換舵轉航」／「大船轉舵」", en: "changing helm and course / the big ship turning" },
      },
      { id: "tk", text: { zh: "層層巨浪、漣漪效應", en: "waves upon waves, ripple effects" } },
      { id: "nz", text: { zh: "探索新的航道", en: "charting a new sea route" } },
    ],
    right: [
      {
        id: "ic",
        text: {
          zh: "中國經濟經過四十多年快速發展後的龐大規模",
          en: "The huge size of China's economy after 40-plus years of fast growth",
        },
      },
      {
        id: "tb",
        text: {
          zh: "中國經濟轉向以國內大循環為主體、國內國際雙循環相互促進的發展格局",
          en: "China's shift to a pattern with the domestic circulation as mainstay and the two circulations reinforcing each other",
        },
      },
      {
        id: "ns",
        text: {
          zh: "轉向對聯繫緊密的經濟體乃至全球經濟帶來的廣泛影響",
          en: "The wide impact of the shift on closely linked economies and the world economy",
        },
      },
      {
        id: "pr",
        text: {
          zh: "為重建未來的國際經濟秩序尋找新方向",
          en: "Looking for a new direction for rebuilding the future international economic order",
        },
      },
      {
        id: "ux",
        text: {
          zh: "重回「兩頭在外、大進大出」的出口導向路線",
          en: "Returning to the export-led 'both ends abroad' route",
        },
      },
      {
        id: "uq",
        text: { zh: "中國經濟陷入衰退", en: "China's economy falling into recession" },
      },
    ],
    answer: { xt: "ic", cl: "tb", tk: "ns", nz: "pr" },
    explanation: {
      zh: "「航空母艦級的體量」形容中國經濟規模之大；「換舵轉航」、「大船轉舵」指中國經濟加緊邁向以國內大循環為主體、雙循環相互促進的發展格局；這一轉向「勢必掀起層層巨浪」，對聯繫緊密的經濟體乃至全球經濟帶來「漣漪效應」；最後「或可為重建未來的國際經濟秩序探索新的航道」。轉舵的方向不是重回出口導向，文章也沒有用這些比喻談衰退。",
      en: "Aircraft carrier = sheer size; turning the helm = the shift to the new dual-circulation pattern; waves and ripples = the effects on linked economies and the world; new sea route = a possible new path for the future international economic order. The turn is not back to the export-led model, and the images are not about recession.",
    },
    source: {
      paragraphId: "s4-p5",
      quote: "中國經濟這艘大船已有航空母艦級的體量，其「換舵轉航」勢必掀起層層巨浪",
    },
  },
  {
    id: "l4-big-ship-turns-cloze",
    lessonId: 4,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "文章結尾用哪個四字比喻形容中國經濟的戰略調整？請填空。",
      en: "Which four-character image does the article use at its end for China's strategic adjustment? Fill in the blank.",
    },
    text: "中國「{{1}}」或可為重建未來的國際經濟秩序探索新的航道",
    answer: { "1": ["大船轉舵"] },
    options: ["大船轉舵", "大進大出", "兩頭在外", "去全球化"],
    explanation: {
      zh: "原文：「中國『大船轉舵』或可為重建未來的國際經濟秩序探索新的航道」，「大船轉舵」也是文章標題的一部分。「大進大出」、「兩頭在外」是舊的國際大循環戰略；「去全球化」是同句描述的外部逆流。",
      en: "The phrase is 大船轉舵 ('the big ship turns its helm'), also in the title. 大進大出 / 兩頭在外 describe the old strategy; 去全球化 (de-globalisation) is the adverse tide mentioned in the same sentence.",
    },
    source: {
      paragraphId: "s4-p5",
      quote: "中國「大船轉舵」或可為重建未來的國際經濟秩序探索新的航道",
    },
  },
  {
    id: "l4-ripple-effect-tf",
    lessonId: 4,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷正誤：文章認為，中國經濟「換舵轉航」的影響不限於中國國內，還會波及與其聯繫緊密的經濟體乃至全球經濟。",
      en: "True or false: the article holds that the effects of China's 'change of helm' will not stay inside China but reach closely linked economies and the whole world economy.",
    },
    answer: true,
    explanation: {
      zh: "正確。原文說轉向「勢必掀起層層巨浪，對與其聯繫緊密的經濟體乃至全球經濟帶來波瀾壯闊的漣漪效應」。",
      en: "True: the turn 'is bound to raise waves' and bring 'ripple effects' to closely linked economies and the global economy.",
    },
    source: {
      paragraphId: "s4-p5",
      quote: "對與其聯繫緊密的經濟體乃至全球經濟帶來波瀾壯闊的漣漪效應",
    },
  },
  {
    id: "l4-opportunities-and-challenges-tf",
    lessonId: 4,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷正誤：文章認為，中國經濟邁向雙循環新發展格局只會帶來新機遇，不會帶來挑戰。",
      en: "True or false: the article says the move to the new dual-circulation pattern will bring only new opportunities and no challenges.",
    },
    answer: false,
    misconception: "one-sided-reading",
    explanation: {
      zh: "錯誤。原文說「新的機遇和挑戰必將隨之而來」，機遇與挑戰並存。全文對轉向持正面看法，容易令人只記得機遇。",
      en: "False: 'new opportunities and challenges will surely follow'. The article's generally positive tone makes it easy to remember only the opportunities.",
    },
    source: { paragraphId: "s4-p5", quote: "新的機遇和挑戰必將隨之而來" },
  },
  {
    id: "l4-new-order-hedged-tf",
    lessonId: 4,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷正誤：文章斷言，中國「大船轉舵」必將重建未來的國際經濟秩序。",
      en: "True or false: the article asserts that China's 'big ship turning' will certainly rebuild the future international economic order.",
    },
    answer: false,
    misconception: "overstated-claim",
    explanation: {
      zh: "錯誤。文章的說法有所保留：中國「大船轉舵」「或可」為重建未來的國際經濟秩序「探索新的航道」。「或可」是「也許可以」，而且只是探索方向，並非斷言必定重建。",
      en: "False. The article hedges: the turn 'may perhaps' (或可) 'explore a new route' for rebuilding the order. It makes no claim that it will certainly rebuild it.",
    },
    source: {
      paragraphId: "s4-p5",
      quote: "中國「大船轉舵」或可為重建未來的國際經濟秩序探索新的航道",
    },
  },
];
