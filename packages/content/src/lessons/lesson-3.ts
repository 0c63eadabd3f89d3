import type { TLesson } from "./schema";

export const lesson3: TLesson = {
  id: 3,
  sectionId: "s3",
  title: {
    zh: "促循環長短兼顧 科技創新補短板",
    en: "Short-term response and long-term strategy: innovation to shore up weak links",
  },
  objectives: [
    {
      zh: "分辨推動內循環的短期應對考量和中長期戰略考量。",
      en: "Tell apart the short-term and the long-term reasons for promoting the internal circulation.",
    },
    {
      zh: "記住疫情衝擊的數據：亞洲開發銀行9月中預測亞洲發展中經濟體2020年GDP萎縮0.7%，為1960年代初以來首次。",
      en: "Recall the size of the shock: in mid-September the Asian Development Bank forecast that developing Asia's GDP would shrink by 0.7% in 2020, the first contraction since the early 1960s.",
    },
    {
      zh: "說明中國在核心技術上受制於人的情況（2019年進口晶片3,040億美元、超過90%高端晶片依賴進口）和「卡脖子」的意思。",
      en: "Describe China's dependence on foreign core technology (chip imports of US$304 billion in 2019, over 90% of high-end chips imported) and what 'choke point' (卡脖子) means.",
    },
    {
      zh: "列出習近平在科學家座談會上提出的六項措施（「六把鑰匙」），並說明為何科技自強被視為推動內循環的抓手。",
      en: "List the six measures ('six keys') Xi Jinping set out at the scientists' symposium and explain why technological self-reliance is seen as the lever of the internal circulation.",
    },
  ],
  paragraphIds: ["s3-p1", "s3-p2", "s3-p3", "s3-p4", "s3-p5"],
  summary: {
    zh: "文章所歸納主流意見的第二點：推動內循環既是短期的應對措施，也為中長期發展定下基調。短期而言，2020年初的新冠疫情重創世界經濟；亞洲開發銀行9月中預測，亞洲發展中經濟體2020年的GDP將萎縮0.7%，是1960年代初以來首次。中國出口壓力陡增，中央提出內循環，是要以擴大內需填補海外市場萎縮的缺口，幫助經濟走出第一季度的衰退並恢復正增長。長期而言，世界正面臨百年未有之大變局；美國特朗普政府把對華打壓從貿易擴大到科技、金融乃至人文交流，制裁華為、騰訊、TikTok等企業，推動「科技脫鈎」，令中國更難引進先進技術。因此內循環的另一層意思，是在科技上「自力更生」、為產業升級「補短板」。中國在核心技術上受制於人：2019年進口晶片高達3,040億美元，超過90%的高端晶片依賴進口。白春禮提出把「卡脖子」清單變成科研攻關的任務清單；7月底的中央政治局會議要求以「打持久戰」的角度應對。習近平在科學家座談會上提出推動科技創新的六項措施（「六把鑰匙」），被解讀為以科技自強作為推動內循環的抓手。文章預見這種思維將貫穿「十四五」規劃和「2035年遠景規劃」，也有助防範產業空心化，把產業鏈的高增值環節留在中國。",
    en: "The second of the points of mainstream opinion the article singles out: the internal circulation is both a short-term response and the keynote for medium- and long-term development. In the short term, the pandemic of early 2020 battered the world economy; in mid-September the Asian Development Bank forecast that developing Asia's GDP would shrink by 0.7% in 2020, the first contraction since the early 1960s. With pressure on exporters rising sharply, the leadership turned to the internal circulation to fill the gap left by shrinking overseas markets with domestic demand and to help the economy climb out of the first-quarter slump back to growth. In the long term, the world faces 'changes unseen in a century'. The Trump administration widened its pressure on China from trade to technology, finance and even people-to-people exchange, sanctioned firms such as Huawei, Tencent and TikTok and pushed 'technological decoupling', making it harder for China to acquire advanced technology. So the internal circulation also means technological self-reliance and shoring up the weak links of industrial upgrading. China depends on others for core technology: in 2019 it imported chips worth US$304 billion, and more than 90% of its high-end chips are imported. Bai Chunli proposed turning the 'choke-point' list into a list of research tasks, and the Politburo meeting at the end of July called for a 'protracted war' approach. At a symposium with scientists Xi Jinping set out six measures for innovation (the 'six keys'), read as making technological self-reliance the lever of the internal circulation. The article foresees (可以預見) that this thinking will run through the 14th Five-Year Plan and the 'Vision 2035' plan, and it should also guard against industrial hollowing-out and keep the high-value links of supply chains in China.",
  },
  keyFacts: [
    {
      paragraphId: "s3-p1",
      kind: "date",
      text: "2020年初",
      about: {
        zh: "新冠肺炎疫情突如其來，對世界經濟造成前所未有的衝擊。",
        en: "The COVID-19 pandemic struck, an unprecedented shock to the world economy.",
      },
    },
    {
      paragraphId: "s3-p1",
      kind: "date",
      text: "9月中",
      about: {
        zh: "亞洲開發銀行發表最新一期《經濟展望報告》。",
        en: "The Asian Development Bank published its latest economic outlook report.",
      },
    },
    {
      paragraphId: "s3-p1",
      kind: "date",
      text: "2020年的GDP",
      about: {
        zh: "亞洲發展中經濟體GDP預測萎縮的年份：2020年。",
        en: "The year for which developing Asia's GDP was forecast to shrink: 2020.",
      },
    },
    {
      paragraphId: "s3-p1",
      kind: "figure",
      text: "0.7%",
      about: {
        zh: "亞洲開發銀行預測亞洲發展中經濟體2020年GDP的萎縮幅度。",
        en: "How much the Asian Development Bank expected developing Asia's GDP to shrink in 2020.",
      },
    },
    {
      paragraphId: "s3-p1",
      kind: "date",
      text: "1960年代初",
      about: {
        zh: "2020年的萎縮乃1960年代初以來首次。",
        en: "The 2020 contraction would be the first since the early 1960s.",
      },
    },
    {
      paragraphId: "s3-p1",
      kind: "figure",
      text: "第一季度",
      about: {
        zh: "中國經濟陷入衰退「深坑」的季度：2020年第一季度。",
        en: "The quarter in which China's economy fell into a slump: the first quarter of 2020.",
      },
    },
    {
      paragraphId: "s3-p2",
      kind: "date",
      text: "2018年",
      about: {
        zh: "文中所記特朗普政府上台、對華打壓全面升級的年份（特朗普實際於2017年1月就任，貿易戰始於2018年）。",
        en: "The year the article gives for the Trump administration taking office and escalating pressure on China (Trump in fact took office in January 2017; the trade war began in 2018).",
      },
    },
    {
      paragraphId: "s3-p3",
      kind: "date",
      text: "2019年",
      about: {
        zh: "中國從海外進口晶片價值高達3,040億美元的年份。",
        en: "The year China's chip imports reached US$304 billion.",
      },
    },
    {
      paragraphId: "s3-p3",
      kind: "figure",
      text: "3,040億美元",
      about: {
        zh: "2019年中國從海外進口晶片的價值。",
        en: "The value of China's chip imports in 2019 (US$304 billion).",
      },
    },
    {
      paragraphId: "s3-p3",
      kind: "figure",
      text: "90%",
      about: {
        zh: "超過90%的高端晶片需依賴進口。",
        en: "More than 90% of high-end chips have to be imported.",
      },
    },
    {
      paragraphId: "s3-p3",
      kind: "date",
      text: "7月底",
      about: {
        zh: "中央政治局會議指出很多問題是中長期的，要以「打持久戰」的角度應對。",
        en: "The Politburo meeting said many problems are medium- to long-term and called for a 'protracted war' approach.",
      },
    },
    {
      paragraphId: "s3-p4",
      kind: "figure",
      text: "六項",
      about: {
        zh: "習近平在科學家座談會上提出推動科技創新發展的六項措施。",
        en: "Xi Jinping set out six measures for scientific and technological innovation at the scientists' symposium.",
      },
    },
    {
      paragraphId: "s3-p4",
      kind: "figure",
      text: "六把鑰匙",
      about: {
        zh: "「六把鑰匙」論：六項措施的別稱。",
        en: "The 'six keys': another name for the six measures.",
      },
    },
    {
      paragraphId: "s3-p5",
      kind: "figure",
      text: "十四五",
      about: {
        zh: "「十四五」規劃（第十四個五年規劃）：以科技創新引領的內循環思維將貫穿其中。",
        en: "The 14th Five-Year Plan, which innovation-led internal circulation thinking will run through.",
      },
    },
    {
      paragraphId: "s3-p5",
      kind: "date",
      text: "2035年",
      about: {
        zh: "「2035年遠景規劃」：比十四五規劃更長遠的規劃。",
        en: "The 'Vision 2035' plan, reaching beyond the 14th Five-Year Plan.",
      },
    },
  ],
  glossary: [
    {
      term: "百年未有之大變局",
      english: "changes unseen in a century",
      paragraphId: "s3-p2",
      explanation: {
        zh: "中國官方對當今國際格局劇烈變化的概括；文中並提到新一輪科技革命和產業變革。",
        en: "The official phrase for today's upheaval in the world order; the article pairs it with a new round of technological and industrial revolution.",
      },
    },
    {
      term: "科技脫鈎",
      english: "technological decoupling",
      paragraphId: "s3-p2",
      explanation: {
        zh: "美國推動的中美科技切割，限制技術、產品和企業往來。",
        en: "The US push to cut technological ties with China, restricting technology, products and companies.",
      },
    },
    {
      term: "自力更生",
      english: "self-reliance",
      paragraphId: "s3-p2",
      explanation: {
        zh: "依靠自己的力量；文中指在科技上增強自主創新能力、減少對外國技術的依賴。",
        en: "Relying on one's own strength; here, building China's own capacity to innovate and depending less on foreign technology.",
      },
    },
    {
      term: "補短板",
      english: "shoring up weak links",
      paragraphId: "s3-p2",
      explanation: {
        zh: "補強最薄弱的環節；文中指加快核心技術攻關，為產業升級補上短處。",
        en: "Strengthening the weakest links; here, speeding up work on core technologies so that industrial upgrading has no gaps.",
      },
    },
    {
      term: "軟肋",
      english: "soft spot",
      paragraphId: "s3-p3",
      explanation: {
        zh: "弱點；文中指中國高度依賴進口晶片，美國正是看準這一點限制晶片出口。",
        en: "A weak spot; here, China's heavy dependence on imported chips, which the US targets with export limits.",
      },
    },
    {
      term: "卡脖子",
      english: "choke point (literally 'grip the neck')",
      paragraphId: "s3-p3",
      explanation: {
        zh: "關鍵技術或零部件受制於人、可被別國卡住的處境；白春禮主張把美國的「卡脖子」清單變成中國科研攻關的任務清單。",
        en: "Depending on others for key technology or parts that they can cut off; Bai Chunli proposed turning the US 'choke-point' list into China's list of research tasks.",
      },
    },
    {
      term: "打持久戰",
      english: "fight a protracted war",
      paragraphId: "s3-p3",
      explanation: {
        zh: "作長期應對的準備；7月底的中央政治局會議指出很多問題是中長期的。",
        en: "Prepare for a long struggle; the end-of-July Politburo meeting said many problems are medium- to long-term.",
      },
    },
    {
      term: "六把鑰匙",
      english: "six keys",
      paragraphId: "s3-p4",
      explanation: {
        zh: "習近平在科學家座談會上提出的六項措施：需求和問題導向、優化科技資源配置、強化基礎研究、培養創新人才、以改革激發創新活力、加強國際科技合作。",
        en: "Xi's six measures at the scientists' symposium: let needs and problems lead, optimise the allocation of research resources, strengthen basic research, train innovative talent, use reform to energise innovation, strengthen international cooperation.",
      },
    },
    {
      term: "科技自強",
      english: "technological self-strengthening",
      paragraphId: "s3-p4",
      explanation: {
        zh: "以自主創新增強科技實力；被解讀為推動內循環的抓手和首要切入點。",
        en: "Building technological strength through one's own innovation; read as the lever and first entry point of the internal circulation.",
      },
    },
    {
      term: "抓手",
      english: "lever, handle",
      paragraphId: "s3-p4",
      explanation: {
        zh: "推動工作的著力點和手段。",
        en: "The point of leverage and the means for pushing a policy forward.",
      },
    },
    {
      term: "十四五",
      english: "14th Five-Year Plan",
      paragraphId: "s3-p5",
      explanation: {
        zh: "「十四五」規劃：中國第十四個五年規劃（2021至2025年）。",
        en: "China's 14th Five-Year Plan (2021-2025).",
      },
    },
    {
      term: "2035年遠景規劃",
      english: "Vision 2035 (long-range objectives through 2035)",
      paragraphId: "s3-p5",
      explanation: {
        zh: "訂下到2035年的長遠發展目標的規劃，時間比十四五規劃更長。",
        en: "The plan setting long-range goals to 2035, reaching beyond the five-year plan.",
      },
    },
    {
      term: "離巢",
      english: "leaving the nest",
      paragraphId: "s3-p5",
      explanation: {
        zh: "內地企業透過對外投資把業務移到海外；提升國內科技和產業結構有助平衡這現象。",
        en: "Mainland firms moving business abroad through outward investment; upgrading technology and industry at home helps balance it.",
      },
    },
    {
      term: "產業空心化",
      english: "industrial hollowing-out",
      paragraphId: "s3-p5",
      explanation: {
        zh: "產業大量外移，令本地產業和就業流失；作者認為推動科技和產業升級可防範這種憂慮。",
        en: "Industry leaving on a large scale so that local industry and jobs are lost; the author argues technological and industrial upgrading guards against it.",
      },
    },
  ],
  timeline: [
    {
      date: "2018",
      when: { zh: "2018年（文中所記）", en: "2018 (as the article dates it)" },
      label: {
        zh: "美國特朗普政府對華打壓全面升級，由貿易戰擴大至科技戰、金融戰",
        en: "The Trump administration escalates from a trade war to technology and financial wars",
      },
      paragraphId: "s3-p2",
    },
    {
      date: "2019",
      when: { zh: "2019年", en: "2019" },
      label: {
        zh: "中國從海外進口晶片價值高達3,040億美元",
        en: "China imports chips worth US$304 billion",
      },
      paragraphId: "s3-p3",
    },
    {
      date: "2020",
      when: { zh: "2020年初", en: "early 2020" },
      label: {
        zh: "新冠肺炎疫情衝擊世界經濟；中國經濟第一季度陷入衰退",
        en: "COVID-19 hits the world economy; China's economy slumps in the first quarter",
      },
      paragraphId: "s3-p1",
    },
    {
      date: "2020-07",
      when: { zh: "2020年7月底", en: "end of July 2020" },
      label: {
        zh: "中央政治局會議：以「打持久戰」的角度應對中長期問題",
        en: "Politburo meeting: treat medium- and long-term problems as a 'protracted war'",
      },
      paragraphId: "s3-p3",
    },
    {
      date: "2020-09",
      when: { zh: "2020年9月中", en: "mid-September 2020" },
      label: {
        zh: "亞洲開發銀行預測亞洲發展中經濟體2020年GDP萎縮0.7%",
        en: "The Asian Development Bank forecasts developing Asia's GDP to shrink 0.7% in 2020",
      },
      paragraphId: "s3-p1",
    },
  ],
};
