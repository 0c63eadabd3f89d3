import type { TLesson } from "./schema";

export const lesson4: TLesson = {
  id: 4,
  sectionId: "s4",
  title: {
    zh: "內外須相輔相承 打造開放式循環",
    en: "Internal and external must work together: building an open circulation",
  },
  objectives: [
    {
      zh: "說明內循環為何是「完整但並不封閉」的循環，並引用習近平7月21日在企業家座談會上的講話。",
      en: "Explain why the internal circulation is 'complete but not closed', citing Xi Jinping's speech to entrepreneurs on 21 July.",
    },
    {
      zh: "記住顯示中國市場規模的數據：2019年社會消費品零售總額超過41萬億元人民幣（美國的96%）、網上零售額超過10萬億元人民幣（美國電商的1.4倍以上）、今後十五年進口總額40萬億美元。",
      en: "Recall the figures for the size of China's market: retail sales of consumer goods over RMB 41 trillion in 2019 (96% of the US), online retail over RMB 10 trillion (more than 1.4 times US e-commerce), imports of US$40 trillion over the next fifteen years.",
    },
    {
      zh: "說明中國國際進口博覽會和今年的對外開放新舉措如何體現內循環的開放性。",
      en: "Show how the China International Import Expo and this year's opening-up measures express the openness of the internal circulation.",
    },
    {
      zh: "解釋作者「大船轉舵」的比喻。",
      en: "Explain the author's image of 'the big ship changing course'.",
    },
  ],
  paragraphIds: ["s4-p1", "s4-p2", "s4-p3", "s4-p4", "s4-p5"],
  summary: {
    zh: "文章所歸納主流意見的第三點：內循環追求完整但不封閉的循環，既立足本土，也兼顧對外開放。習近平7月21日在企業家座談會上強調，以國內大循環為主體絕不是關起門來封閉運行，而是讓國內和國際市場更好聯通。內外循環的主次位置雖然因形勢而轉換，但兩者互通互促的關係反而要加強。內外循環有不少交集：擴大內需也為外國商品和服務提供更大空間。2019年中國社會消費品零售總額超過41萬億元人民幣，相當於美國零售市場的96%；網上零售額超過10萬億元人民幣，是美國電商規模的1.4倍以上；中國承諾今後十五年進口的產品和服務將達40萬億美元，有望成為全球最大的進口消費市場。在連續兩年成功舉辦後，中國國際進口博覽會今年舉辦第三屆，「世界500強」和海外行業龍頭企業的平均展覽面積將比去年增加14%。中國亦放寬市場准入，今年推出海南自由貿易港建設總體方案、進一步縮減外商投資准入負面清單等措施，以改善營商環境、吸引外資紮根。作者以「大船轉舵」作結：經過四十多年發展，中國經濟已有航空母艦級的體量，轉向以國內大循環為主體，將對全球帶來漣漪效應，或可為重建國際經濟秩序探索新航道。",
    en: "The third of the points of mainstream opinion the article singles out: the internal circulation aims to be complete but not closed, rooted at home yet open to the world. On 21 July Xi Jinping told a symposium of entrepreneurs that making the domestic great circulation the mainstay 'is by no means running behind closed doors' but linking domestic and international markets better. The two circulations have changed places as primary and secondary in response to the present situation, but the ties between them need to be strengthened all the more. They overlap in many places: expanding domestic demand also makes room for foreign goods and services. In 2019 China's retail sales of consumer goods exceeded RMB 41 trillion, 96% of the US retail market; online retail exceeded RMB 10 trillion, more than 1.4 times US e-commerce; and China has pledged to import US$40 trillion of goods and services over the next fifteen years, on course to overtake the US as the largest import market. After two successful editions the China International Import Expo holds its third this year, and Fortune Global 500 firms and foreign industry leaders will take 14% more exhibition space on average than last year. China is also easing market access: this year it published the master plan for the Hainan Free Trade Port and shortened the negative list for foreign investment, among other steps to improve the business environment and help foreign firms put down roots. The author ends with 'the big ship changing course': after more than forty years of fast growth China's economy has the bulk of an aircraft carrier, and its turn towards the domestic great circulation will send ripples through the world economy and may chart a new course for rebuilding the international economic order.",
  },
  keyFacts: [
    {
      paragraphId: "s4-p1",
      kind: "date",
      text: "7月21日",
      about: {
        zh: "習近平在企業家座談會上強調以國內大循環為主體絕不是關起門來封閉運行。",
        en: "Xi Jinping told the entrepreneurs' symposium that the domestic mainstay does not mean running behind closed doors.",
      },
    },
    {
      paragraphId: "s4-p2",
      kind: "date",
      text: "2019年",
      about: {
        zh: "中國社會消費品零售總額超過41萬億元人民幣的年份。",
        en: "The year China's retail sales of consumer goods exceeded RMB 41 trillion.",
      },
    },
    {
      paragraphId: "s4-p2",
      kind: "figure",
      text: "41萬億元人民幣",
      about: {
        zh: "2019年中國社會消費品零售總額（超過此數）。",
        en: "China's retail sales of consumer goods in 2019 (more than this).",
      },
    },
    {
      paragraphId: "s4-p2",
      kind: "figure",
      text: "96%",
      about: {
        zh: "中國社會消費品零售總額相當於美國零售市場規模的比例。",
        en: "China's retail sales as a share of the US retail market.",
      },
    },
    {
      paragraphId: "s4-p2",
      kind: "figure",
      text: "10萬億元人民幣",
      about: {
        zh: "去年（2019年）中國網上零售額（超過此數）。",
        en: "China's online retail sales last year, 2019 (more than this).",
      },
    },
    {
      paragraphId: "s4-p2",
      kind: "figure",
      text: "1.4倍",
      about: {
        zh: "中國網上零售額已超過美國電商規模的1.4倍以上。",
        en: "China's online retail is more than 1.4 times the size of US e-commerce.",
      },
    },
    {
      paragraphId: "s4-p2",
      kind: "figure",
      text: "十五年",
      about: {
        zh: "中國承諾進口40萬億美元的期間：今後十五年內。",
        en: "The period of China's US$40 trillion import pledge: the next fifteen years.",
      },
    },
    {
      paragraphId: "s4-p2",
      kind: "figure",
      text: "40萬億美元",
      about: {
        zh: "今後十五年內中國從其他國家和地區進口的產品和服務總金額。",
        en: "The total value of goods and services China is to import from other countries and regions over the next fifteen years.",
      },
    },
    {
      paragraphId: "s4-p3",
      kind: "figure",
      text: "連續兩年",
      about: {
        zh: "中國國際進口博覽會已連續兩年成功舉辦。",
        en: "The China International Import Expo has been held successfully two years in a row.",
      },
    },
    {
      paragraphId: "s4-p3",
      kind: "figure",
      text: "第三屆",
      about: {
        zh: "今年（2020年）如期舉辦的是第三屆中國國際進口博覽會。",
        en: "This year's (2020) China International Import Expo is the third.",
      },
    },
    {
      paragraphId: "s4-p3",
      kind: "figure",
      text: "500強",
      about: {
        zh: "「世界500強」企業和海外行業龍頭企業今年的平均展覽面積將增加。",
        en: "Fortune Global 500 companies and foreign industry leaders will take more exhibition space this year.",
      },
    },
    {
      paragraphId: "s4-p3",
      kind: "figure",
      text: "14%",
      about: {
        zh: "上述企業今年的平均展覽面積比去年增加的幅度。",
        en: "How much their average exhibition space grows compared with last year.",
      },
    },
    {
      paragraphId: "s4-p5",
      kind: "figure",
      text: "四十多年",
      about: {
        zh: "中國經濟經過四十多年的快速發展，已有航空母艦級的體量。",
        en: "After more than forty years of fast growth China's economy has the bulk of an aircraft carrier.",
      },
    },
  ],
  glossary: [
    {
      term: "交集",
      english: "overlap",
      paragraphId: "s4-p2",
      explanation: {
        zh: "內外兩個循環重疊的部分，例如擴大內需同時為外國商品和服務提供市場。",
        en: "Where the two circulations overlap, for example when expanding domestic demand also opens a market for foreign goods and services.",
      },
    },
    {
      term: "社會消費品零售總額",
      english: "total retail sales of consumer goods",
      paragraphId: "s4-p2",
      explanation: {
        zh: "一段時間內售予個人和社會集團的消費品總額，是衡量消費市場規模的主要指標；2019年超過41萬億元人民幣。",
        en: "The value of consumer goods sold to individuals and organisations in a period, the main gauge of the consumer market; over RMB 41 trillion in 2019.",
      },
    },
    {
      term: "中國國際進口博覽會",
      english: "China International Import Expo (CIIE)",
      paragraphId: "s4-p3",
      explanation: {
        zh: "簡稱進博會：中國首創、以進口為主題的國家級展會；連續兩年舉辦後，2020年舉辦第三屆。",
        en: "The CIIE: a national-level fair, a Chinese first, devoted to imports; after two editions it held its third in 2020.",
      },
    },
    {
      term: "世界500強",
      english: "Fortune Global 500",
      paragraphId: "s4-p3",
      explanation: {
        zh: "《財富》雜誌按營業收入排名的全球最大500家企業。",
        en: "Fortune magazine's ranking of the world's 500 largest companies by revenue.",
      },
    },
    {
      term: "市場准入",
      english: "market access",
      paragraphId: "s4-p4",
      explanation: {
        zh: "企業獲准進入某一市場經營的條件；中國將制定更寬鬆的市場准入條件吸引外資。",
        en: "The conditions on which firms may enter a market; China is to ease them to attract foreign companies.",
      },
    },
    {
      term: "海南自由貿易港",
      english: "Hainan Free Trade Port",
      paragraphId: "s4-p4",
      explanation: {
        zh: "在海南建設的自由貿易港；其建設總體方案於2020年公佈，是今年的對外開放新舉措之一。",
        en: "A free trade port being built in Hainan; its master plan, published in 2020, was one of the year's opening-up measures.",
      },
    },
    {
      term: "負面清單",
      english: "negative list",
      paragraphId: "s4-p4",
      explanation: {
        zh: "外商投資准入負面清單：列出禁止或限制外資進入的行業，清單以外的行業外資可進入；「瘦身」即限制減少。",
        en: "The negative list for foreign investment names the sectors closed or restricted to foreign capital; everything else is open. 'Slimming' it means fewer restrictions.",
      },
    },
    {
      term: "營商環境",
      english: "business environment",
      paragraphId: "s4-p4",
      explanation: {
        zh: "企業經營面對的制度、政策和行政環境；中央表示將以深化改革來優化。",
        en: "The rules, policies and administration firms operate under; the government pledges deeper reform to improve it.",
      },
    },
    {
      term: "大船轉舵",
      english: "the big ship changes course",
      paragraphId: "s4-p5",
      explanation: {
        zh: "作者的比喻：體量如航空母艦的中國經濟轉向以國內大循環為主體的發展格局。",
        en: "The author's image: China's economy, as big as an aircraft carrier, turning towards a pattern with the domestic great circulation as the mainstay.",
      },
    },
    {
      term: "漣漪效應",
      english: "ripple effect",
      paragraphId: "s4-p5",
      explanation: {
        zh: "一處的變化向外擴散，影響其他地方；指中國轉向對相關經濟體乃至全球經濟的影響。",
        en: "A change spreading outwards; here, the effect of China's turn on closely linked economies and the world.",
      },
    },
  ],
  timeline: [
    {
      date: "2019",
      when: { zh: "2019年", en: "2019" },
      label: {
        zh: "中國社會消費品零售總額超過41萬億元人民幣，網上零售額超過10萬億元人民幣",
        en: "China's retail sales exceed RMB 41 trillion and online retail RMB 10 trillion",
      },
      paragraphId: "s4-p2",
    },
    {
      date: "2020",
      when: { zh: "2020年（今年以來）", en: "2020 (this year)" },
      label: {
        zh: "中央推出海南自由貿易港建設總體方案、外商投資准入負面清單「瘦身」等對外開放新舉措",
        en: "Opening-up measures: the Hainan Free Trade Port master plan, a shorter negative list for foreign investment",
      },
      paragraphId: "s4-p4",
    },
    {
      date: "2020-07-21",
      when: { zh: "2020年7月21日", en: "21 July 2020" },
      label: {
        zh: "習近平在企業家座談會上強調以國內大循環為主體絕不是關起門來封閉運行",
        en: "Xi tells entrepreneurs the domestic mainstay is 'by no means running behind closed doors'",
      },
      paragraphId: "s4-p1",
    },
    {
      date: "2020-09",
      when: { zh: "文章撰寫時（2020年9月以後）", en: "At the time of writing (September 2020 or later)" },
      label: {
        zh: "據報導，第三屆中國國際進口博覽會今年將如期舉辦（文章撰寫時尚未舉行）",
        en: "Reported: the third China International Import Expo will go ahead this year as planned (it had not yet taken place when the article was written)",
      },
      paragraphId: "s4-p3",
    },
  ],
};
