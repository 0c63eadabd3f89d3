import type { TLesson } from "./schema";

export const lesson5: TLesson = {
  id: 5,
  sectionId: "s5",
  title: {
    zh: "附表1：習近平對「雙循環」的重點發言",
    en: "Table 1: Xi Jinping's key statements on dual circulation",
  },
  objectives: [
    {
      zh: "按時間先後排列附表中的七個場合（2020年5月至9月）。",
      en: "Put the seven occasions of the table in order (May to September 2020).",
    },
    {
      zh: "把每段重點發言配對到所屬的會議。",
      en: "Match each key statement to the meeting where it was made.",
    },
    {
      zh: "指出各次發言的重點，例如企業家座談會強調不是封閉運行、專家座談會指出兩頭在外的國際大循環動能減弱、中央財經委員會強調建設現代流通體系。",
      en: "Pick out the point of each statement: for example, the entrepreneurs' symposium stresses that the pattern is not closed, the experts' symposium says the 'both ends abroad' circulation is losing steam, the Financial and Economic Affairs Commission calls for a modern circulation system.",
    },
    {
      zh: "記住各場合的月份和會議的屆次（中央全面深化改革委員會第十五次會議、中央財經委員會第八次會議）。",
      en: "Remember the month of each occasion and the meeting numbers (the 15th meeting of the Central Commission for Comprehensively Deepening Reform, the 8th of the Central Financial and Economic Affairs Commission).",
    },
  ],
  paragraphIds: ["s5-r1", "s5-r2", "s5-r3", "s5-r4", "s5-r5", "s5-r6", "s5-r7"],
  summary: {
    zh: "附表1整理了2020年5月至9月間，習近平在七個場合對「雙循環」的重點發言。5月的中央政治局常委會議提出深化供給側結構性改革，發揮超大規模市場和內需潛力的優勢，構建國內國際雙循環相互促進的新發展格局；同月的全國兩會經濟界政協委員會議強調以滿足國內需求為發展的出發點和落腳點，加快構建完整的內需體系，發展數字經濟等戰略性新興產業。7月的企業家座談會解釋了原因：過去「兩頭在外」對中國發展發揮了重要作用，但在保護主義上升、全球市場萎縮的環境下，必須發揮國內超大規模市場的優勢；並強調以國內大循環為主體絕不是封閉運行。7月的中央政治局會議指出很多問題是中長期的，要從持久戰的角度認識。8月的「十四五」規劃經濟社會領域專家座談會談得最詳細：兩頭在外的國際大循環動能減弱，國內大循環活力增強；自2008年國際金融危機以來，中國經濟已在轉向以國內大循環為主體；新格局是開放的雙循環；並要提升自主創新能力、突破關鍵核心技術。9月的中央全面深化改革委員會第十五次會議稱構建新格局是事關全局的系統性深層次變革，要以改革辦法推進，並與自由貿易試驗區等銜接；9月的中央財經委員會第八次會議則要求把建設現代流通體系作為重要戰略任務。",
    en: "Table 1 collects what Xi Jinping said about dual circulation on seven occasions between May and September 2020. In May the Politburo Standing Committee called for deeper supply-side structural reform and for using the advantages of a very large market and domestic demand to build the new pattern of mutually reinforcing domestic and international circulation. The same month, meeting political advisers from the economic sector during the Two Sessions, he made meeting domestic demand the starting point and goal of development, urged a complete domestic demand system and strategic emerging industries such as the digital economy. In July the entrepreneurs' symposium gave the reasons: 'both ends abroad' had served China well, but with protectionism rising and world markets shrinking China must use the advantage of its huge domestic market; and making the domestic circulation the mainstay is by no means a closed economy. The July Politburo meeting said many problems are medium- to long-term and must be seen as a protracted war. The August symposium of experts on the 14th Five-Year Plan said the most, in the greatest detail: the 'both ends abroad' international circulation is losing momentum while the domestic one gains vigour; since the 2008 financial crisis China's economy has been shifting to the domestic circulation as its mainstay; the new pattern is an open dual circulation; and China must raise its capacity to innovate and break through in core technologies. In September the 15th meeting of the Central Commission for Comprehensively Deepening Reform called the new pattern a deep, systemic change to be pushed forward by reform and linked with free trade pilot zones, and the 8th meeting of the Central Financial and Economic Affairs Commission made building a modern circulation system an important strategic task.",
  },
  keyFacts: [
    {
      paragraphId: "s5-r1",
      kind: "date",
      text: "5月",
      about: {
        zh: "中央政治局常委會議（即引言所說的5月14日會議）。",
        en: "The Politburo Standing Committee meeting (the 14 May meeting of the introduction).",
      },
    },
    {
      paragraphId: "s5-r2",
      kind: "date",
      text: "5月",
      about: {
        zh: "全國兩會經濟界政協委員會議：把滿足國內需求作為發展的出發點和落腳點。",
        en: "Meeting with economic-sector political advisers at the Two Sessions: domestic demand as the starting point and goal.",
      },
    },
    {
      paragraphId: "s5-r3",
      kind: "date",
      text: "7月",
      about: {
        zh: "企業家座談會（即第4課所說的7月21日座談會）：絕不是關起門來封閉運行。",
        en: "The entrepreneurs' symposium (21 July, lesson 4): by no means running behind closed doors.",
      },
    },
    {
      paragraphId: "s5-r4",
      kind: "date",
      text: "7月",
      about: {
        zh: "中央政治局會議：從持久戰的角度加以認識。",
        en: "The Politburo meeting: see the problems as a protracted war.",
      },
    },
    {
      paragraphId: "s5-r5",
      kind: "date",
      text: "8月",
      about: {
        zh: "「十四五」規劃經濟社會領域專家座談會。",
        en: "The symposium of economic and social experts on the 14th Five-Year Plan.",
      },
    },
    {
      paragraphId: "s5-r5",
      kind: "figure",
      text: "十四五",
      about: {
        zh: "8月專家座談會討論的是「十四五」規劃（第十四個五年規劃）。",
        en: "The August symposium was about the 14th Five-Year Plan.",
      },
    },
    {
      paragraphId: "s5-r5",
      kind: "date",
      text: "2008年",
      about: {
        zh: "自2008年國際金融危機以來，中國經濟已經在向以國內大循環為主體轉變。",
        en: "Since the 2008 international financial crisis China's economy has been shifting towards the domestic circulation as its mainstay.",
      },
    },
    {
      paragraphId: "s5-r6",
      kind: "date",
      text: "9月",
      about: {
        zh: "中央全面深化改革委員會第十五次會議。",
        en: "The 15th meeting of the Central Commission for Comprehensively Deepening Reform.",
      },
    },
    {
      paragraphId: "s5-r6",
      kind: "figure",
      text: "第十五次",
      about: {
        zh: "9月的中央全面深化改革委員會會議是第十五次會議。",
        en: "The September meeting of the reform commission was its 15th.",
      },
    },
    {
      paragraphId: "s5-r7",
      kind: "date",
      text: "9月",
      about: {
        zh: "中央財經委員會第八次會議（引言說是9月初）。",
        en: "The 8th meeting of the Central Financial and Economic Affairs Commission (early September, says the introduction).",
      },
    },
    {
      paragraphId: "s5-r7",
      kind: "figure",
      text: "第八次",
      about: {
        zh: "9月的中央財經委員會會議是第八次會議。",
        en: "The September meeting of the Financial and Economic Affairs Commission was its 8th.",
      },
    },
  ],
  glossary: [
    {
      term: "供給側結構性改革",
      english: "supply-side structural reform",
      paragraphId: "s5-r1",
      explanation: {
        zh: "從生產一方調整結構、提升供給對國內需求的適配性的改革；5月的政治局常委會議要求深化。",
        en: "Reform of the production side so that supply fits domestic demand; the May Standing Committee meeting called for deepening it.",
      },
    },
    {
      term: "內需體系",
      english: "domestic demand system",
      paragraphId: "s5-r2",
      explanation: {
        zh: "由國內消費和投資構成的完整需求體系；5月兩會期間提出要加快構建。",
        en: "A complete system of domestic consumption and investment demand; the May Two Sessions remarks called for building it faster.",
      },
    },
    {
      term: "戰略性新興產業",
      english: "strategic emerging industries",
      paragraphId: "s5-r2",
      explanation: {
        zh: "國家重點扶持的新產業，文中列舉數字經濟、「智慧製造」〔原文〕（即智能製造）、生命健康、新材料。",
        en: "New industries the state backs; the table names the digital economy, smart manufacturing, life and health, and new materials.",
      },
    },
    {
      term: "兩頭在外",
      english: "both ends abroad",
      paragraphId: "s5-r3",
      explanation: {
        zh: "市場和資源都在國外；企業家座談會說它過去對中國發展發揮了重要作用，專家座談會說其動能明顯減弱。",
        en: "Markets and resources both abroad; the entrepreneurs' symposium says it served China well, the experts' symposium that it is losing momentum.",
      },
    },
    {
      term: "持久戰",
      english: "protracted war",
      paragraphId: "s5-r4",
      explanation: {
        zh: "長期作戰；7月政治局會議要求從持久戰的角度認識中長期問題。",
        en: "A long struggle; the July Politburo meeting asked for medium- and long-term problems to be seen this way.",
      },
    },
    {
      term: "此消彼長",
      english: "one waning as the other waxes",
      paragraphId: "s5-r5",
      explanation: {
        zh: "一方減弱、另一方增強；指國際大循環動能減弱而國內大循環活力增強。",
        en: "One side weakening as the other strengthens: the international circulation losing momentum while the domestic one gains.",
      },
    },
    {
      term: "要素稟賦",
      english: "factor endowment",
      paragraphId: "s5-r5",
      explanation: {
        zh: "一個經濟體擁有的勞動力、資本、土地、技術等生產要素的條件。",
        en: "An economy's stock of labour, capital, land, technology and other factors of production.",
      },
    },
    {
      term: "關鍵核心技術",
      english: "key core technologies",
      paragraphId: "s5-r5",
      explanation: {
        zh: "決定產業命脈、難以從外國取得的技術；專家座談會說突破它是形成以國內大循環為主體的關鍵。",
        en: "Technologies that industries depend on and that cannot easily be obtained abroad; breaking through in them is called the key to the domestic mainstay.",
      },
    },
    {
      term: "自由貿易試驗區",
      english: "pilot free trade zone",
      paragraphId: "s5-r6",
      explanation: {
        zh: "試行更開放的貿易和投資政策的區域；深改委第十五次會議要求把構建新發展格局同它銜接起來。",
        en: "Zones that trial more open trade and investment rules; the reform commission's 15th meeting asked for the new pattern to be linked with them.",
      },
    },
    {
      term: "現代流通體系",
      english: "modern circulation system",
      paragraphId: "s5-r7",
      explanation: {
        zh: "把生產和消費聯繫起來的流通網絡；中央財經委員會第八次會議要求把建設它作為重要戰略任務。",
        en: "The network that links production with consumption; the 8th meeting of the Financial and Economic Affairs Commission made building it an important strategic task.",
      },
    },
  ],
  timeline: [
    {
      date: "2020-05",
      when: { zh: "2020年5月", en: "May 2020" },
      label: { zh: "中央政治局常委會議", en: "Politburo Standing Committee meeting" },
      paragraphId: "s5-r1",
    },
    {
      date: "2020-05",
      when: { zh: "2020年5月", en: "May 2020" },
      label: {
        zh: "全國兩會經濟界政協委員會議",
        en: "Meeting with economic-sector members of the CPPCC during the Two Sessions",
      },
      paragraphId: "s5-r2",
    },
    {
      date: "2020-07",
      when: { zh: "2020年7月", en: "July 2020" },
      label: { zh: "企業家座談會", en: "Symposium with entrepreneurs" },
      paragraphId: "s5-r3",
    },
    {
      date: "2020-07",
      when: { zh: "2020年7月", en: "July 2020" },
      label: { zh: "中央政治局會議", en: "Politburo meeting" },
      paragraphId: "s5-r4",
    },
    {
      date: "2020-08",
      when: { zh: "2020年8月", en: "August 2020" },
      label: {
        zh: "「十四五」規劃經濟社會領域專家座談會",
        en: "Symposium of economic and social experts on the 14th Five-Year Plan",
      },
      paragraphId: "s5-r5",
    },
    {
      date: "2020-09",
      when: { zh: "2020年9月", en: "September 2020" },
      label: {
        zh: "中央全面深化改革委員會第十五次會議",
        en: "15th meeting of the Central Commission for Comprehensively Deepening Reform",
      },
      paragraphId: "s5-r6",
    },
    {
      date: "2020-09",
      when: { zh: "2020年9月", en: "September 2020" },
      label: {
        zh: "中央財經委員會第八次會議",
        en: "8th meeting of the Central Financial and Economic Affairs Commission",
      },
      paragraphId: "s5-r7",
    },
  ],
};
