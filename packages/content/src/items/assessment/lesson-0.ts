import type { TItemInput } from "../../schema";

/**
 * Assessment, lesson 0: the introduction (s0-p1) read against 附表1 and the rest of the article. What
 * the intro quotes and what the table records for the same occasions; which speeches are in the table
 * and which only in the text (the 「六把鑰匙」 speech); what 「大船轉舵」 means for the whole argument;
 * which tool serves which goal.
 */
export const items: TItemInput[] = [
  // ---------------------------------------------------------------- intro and 附表1
  {
    id: "l0-occasions-in-table",
    pool: "assessment",
    lessonId: 0,
    skill: "logic",
    type: "multi",
    prompt: {
      zh: "引言說習近平在多個場合談及「雙循環」，並請讀者「見附件表1」。以下哪些場合列在附表1中？（選出所有正確答案）",
      en: "The introduction says Xi spoke of 'dual circulation' on several occasions and refers readers to table 1. Which of these occasions are listed in table 1? (Select all that apply.)",
    },
    choices: [
      {
        id: "a",
        text: { zh: "科學家座談會", en: "The symposium with scientists" },
        misconception: "text-vs-table",
      },
      { id: "b", text: { zh: "企業家座談會", en: "The symposium with entrepreneurs" } },
      {
        id: "c",
        text: { zh: "中國國際進口博覽會", en: "The China International Import Expo" },
        misconception: "not-a-speech",
      },
      {
        id: "d",
        text: {
          zh: "「十四五」規劃經濟社會領域專家座談會",
          en: "The experts' symposium on the economic and social fields of the 14th Five-Year Plan",
        },
      },
      { id: "e", text: { zh: "中央政治局會議", en: "The Politburo meeting" } },
    ],
    answer: ["b", "d", "e"],
    explanation: {
      zh: "附表1列出七個場合，其中有企業家座談會（7月）、中央政治局會議（7月）和「十四五」規劃經濟社會領域專家座談會（8月）。科學家座談會的「六把鑰匙」講話只在第三節正文出現，附表1沒有收錄，容易誤以為也在表中；中國國際進口博覽會是第四節所舉的進口展會，是對外開放的例子，不是附表1的一行。",
      en: "Table 1 lists seven occasions, among them the entrepreneurs' symposium (July), the Politburo meeting (July) and the Five-Year-Plan experts' symposium (August). The scientists' symposium with its 'six keys' appears only in section 3 of the text, not in the table, though it is easy to assume it is there; the import expo is section 4's example of opening up, a trade fair, not a row of the table.",
    },
    source: { paragraphId: "s0-p1", quote: "隨後國家主席習近平在多個場合的發言均談及「雙循環」(見附件表1)" },
    moreSources: [
      { paragraphId: "s3-p4", quote: "近日國家主席習近平在科學家座談會上強調" },
      { paragraphId: "s5-r3", quote: "企業家座談會" },
      { paragraphId: "s5-r4", quote: "中央政治局會議" },
      { paragraphId: "s5-r5", quote: "「十四五」規劃經濟社會領域專家座談會" },
    ],
  },
  {
    id: "l0-six-keys-in-table-tf",
    pool: "assessment",
    lessonId: 0,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：習近平在科學家座談會上提出的「六把鑰匙」，也是附表1所匯總的重點發言之一。",
      en: "True or false: the 'six keys' Xi set out at the symposium with scientists are also among the key statements collected in table 1.",
    },
    answer: false,
    misconception: "text-vs-table",
    explanation: {
      zh: "錯。「六把鑰匙」見於第三節正文（「近日國家主席習近平在科學家座談會上強調……」），但附表1的七行是中央政治局常委會議、全國兩會經濟界政協委員會議、企業家座談會、中央政治局會議、「十四五」規劃專家座談會、深改委第十五次會議和財經委第八次會議，沒有科學家座談會。附表1的8月專家座談會也談到科技創新，所以容易混淆。",
      en: "False. The 'six keys' come from section 3 of the text, but the seven rows of table 1 are the Standing Committee, the Two Sessions meeting, the entrepreneurs' symposium, the Politburo meeting, the Five-Year-Plan experts' symposium, the reform commission's 15th meeting and the CFEAC's 8th meeting: no scientists' symposium. The August row also speaks of innovation, hence the confusion.",
    },
    source: { paragraphId: "s0-p1", quote: "(見附件表1)" },
    moreSources: [
      { paragraphId: "s3-p4", quote: "這一創科發展的「六把鑰匙」論亦被解讀為" },
      { paragraphId: "s5-r5", quote: "我們更要大力提升自主創新能力，儘快突破關鍵核心技術。" },
    ],
  },
  {
    id: "l0-intro-and-table-ccfea",
    pool: "assessment",
    lessonId: 0,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "比較引言所引9月初財經委第八次會議的話，和附表1同一會議一行的內容。哪一項描述最準確？",
      en: "Compare the words the introduction quotes from the CFEAC's 8th meeting in early September with that meeting's row in table 1. Which description is most accurate?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "兩者互相矛盾：引言說流通體系支撐國內大循環，附表1卻說它只服務國際循環",
          en: "They contradict each other: the introduction says the circulation system supports the domestic great circulation, the table that it serves only the international one",
        },
        misconception: "not-argued",
      },
      {
        id: "b",
        text: {
          zh: "附表1沒有收錄這個會議，所以引言的引文無從核對",
          en: "The table does not have this meeting, so the quotation cannot be checked",
        },
        misconception: "text-vs-table",
      },
      {
        id: "c",
        text: {
          zh: "意思相同，字句略有出入；附表1還多說了流通體系的基礎性作用和高效流通的好處",
          en: "Same meaning, slightly different wording; the table also gives the circulation system's basic role and what efficient circulation brings",
        },
      },
      {
        id: "d",
        text: {
          zh: "引言引的其實是同在9月的中央全面深化改革委員會第十五次會議的話",
          en: "The introduction is in fact quoting the 15th meeting of the reform commission",
        },
        misconception: "wrong-meeting",
      },
    ],
    answer: "c",
    explanation: {
      zh: "引言：「要把建設現代流通體系作為一項重要的戰略任務」；附表1：「構建新發展格局必須把建設現代流通體系作為一項重要戰略任務來抓」，並先說「流通體系在國民經濟中發揮著基礎性作用」，後說高效流通體系能擴大交易範圍等。兩者字句稍異而意思一致。附表1明說「國內循環和國際循環都離不開」流通體系，並非只服務國際循環；深改委第十五次會議是另一行。",
      en: "The intro: 'make building a modern circulation system an important strategic task'; the table: 'building the new pattern must treat building a modern circulation system as an important strategic task', preceded by its 'basic role in the national economy' and followed by what efficient circulation does. Wording differs, meaning agrees. The table says both circulations depend on it; the reform commission is another row.",
    },
    source: { paragraphId: "s0-p1", quote: "要把建設現代流通體系作為一項重要的戰略任務" },
    moreSources: [
      {
        paragraphId: "s5-r7",
        quote:
          "流通體系在國民經濟中發揮著基礎性作用，構建新發展格局必須把建設現代流通體系作為一項重要戰略任務來抓",
      },
    ],
  },
  {
    id: "l0-may-wording-in-table",
    pool: "assessment",
    lessonId: 0,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "引言引述5月14日中央政治局常委會議的說法。附表1同一會議一行，在同樣的內容之前多了哪一句？",
      en: "The introduction quotes the Politburo Standing Committee of 14 May. What does the same meeting's row in table 1 put before the same content?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "以國內大循環為主體", en: "With the domestic great circulation as the mainstay" },
        misconception: "wrong-meeting",
      },
      { id: "b", text: { zh: "深化供給側結構性改革", en: "Deepen supply-side structural reform" } },
      {
        id: "c",
        text: { zh: "打好關鍵核心技術攻堅戰", en: "Win the battle for key core technologies" },
        misconception: "wrong-meeting",
      },
      {
        id: "d",
        text: {
          zh: "把建設現代流通體系作為一項重要戰略任務",
          en: "Make a modern circulation system an important strategic task",
        },
        misconception: "wrong-meeting",
      },
    ],
    answer: "b",
    explanation: {
      zh: "附表1第一行：「深化供給側結構性改革，充分發揮我國超大規模市場優勢和內需潛力，構建……新發展格局」；引言只引了後半。「以國內大循環為主體」到兩會經濟界政協委員會議一行才出現；攻堅戰見於8月專家座談會，現代流通體系見於9月財經委第八次會議。",
      en: "Row 1: 'deepen supply-side structural reform, fully leverage … and build the new pattern'; the intro quotes only the second half. 'Domestic great circulation as the mainstay' first appears in the Two Sessions row; the battle for core technology is the August experts' symposium, the circulation system the September CFEAC meeting.",
    },
    source: {
      paragraphId: "s0-p1",
      quote: "首次提出「充分發揮中國超大規模市場優勢和內需潛力，構建國內國際雙循環相互促進的新發展格局」",
    },
    moreSources: [
      { paragraphId: "s5-r1", quote: "深化供給側結構性改革，充分發揮我國超大規模市場優勢和內需潛力" },
    ],
  },
  {
    id: "l0-china-or-our-country-tf",
    pool: "assessment",
    lessonId: 0,
    skill: "terms",
    type: "truefalse",
    prompt: {
      zh: "判斷：引言轉述5月14日的說法時寫「中國超大規模市場優勢」，而附表1同一會議一行寫的是「我國超大規模市場優勢」。",
      en: "True or false: when the introduction reports the 14 May wording it writes 'China's super-large market advantage', while the table's row for the same meeting writes 'our country's super-large market advantage'.",
    },
    answer: true,
    explanation: {
      zh: "對。引言：「充分發揮中國超大規模市場優勢和內需潛力」；附表1：「充分發揮我國超大規模市場優勢和內需潛力」。附表1記的是官方發言（自稱「我國」）；引言是文章作者的轉述，寫成「中國」。讀引號內的文字時要留意：引言的引文並非逐字照錄附表1。",
      en: "True. The intro has 中國 (China), the table 我國 (our country). The table records the official statement, which says 'our country'; the introduction is the author's rendering. Quoted words in the introduction are not always word for word what the table records.",
    },
    source: { paragraphId: "s0-p1", quote: "充分發揮中國超大規模市場優勢和內需潛力" },
    moreSources: [{ paragraphId: "s5-r1", quote: "充分發揮我國超大規模市場優勢和內需潛力" }],
  },
  {
    id: "l0-mainstay-first-occasion",
    pool: "assessment",
    lessonId: 0,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "引言所引5月14日的原話沒有「以國內大循環為主體」，9月初的話則有。按附表1，哪個場合的發言最早用上「以國內大循環為主體」？",
      en: "The 14 May wording quoted in the introduction lacks 'with the domestic great circulation as the mainstay'; the early-September words have it. According to table 1, on which occasion was the phrase first used?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "中央財經委員會第八次會議（9月）", en: "The CFEAC's 8th meeting (September)" },
        misconception: "first-vs-latest",
      },
      {
        id: "b",
        text: { zh: "中央政治局常委會議（5月）", en: "The Politburo Standing Committee (May)" },
        misconception: "wrong-meeting",
      },
      {
        id: "c",
        text: { zh: "企業家座談會（7月）", en: "The entrepreneurs' symposium (July)" },
        misconception: "wrong-meeting",
      },
      {
        id: "d",
        text: {
          zh: "全國兩會經濟界政協委員會議（5月）",
          en: "The Two Sessions meeting with CPPCC members from the economic sector (May)",
        },
      },
    ],
    answer: "d",
    explanation: {
      zh: "附表1按時間排列。第一行（5月常委會議）只說「構建國內國際雙循環相互促進的新發展格局」；第二行（5月兩會經濟界政協委員會議）說「逐步形成以國內大循環為主體、國內國際雙循環相互促進的新發展格局」，是表中最早的。企業家座談會和財經委第八次會議也有這個說法，但都在其後。",
      en: "The table runs in time order. Row 1 (May, Standing Committee) has only 'dual circulations reinforcing each other'; row 2 (May, Two Sessions) says 'gradually form a pattern with the domestic great circulation as the mainstay', the earliest in the table. The entrepreneurs' symposium and the CFEAC use it too, later.",
    },
    source: {
      paragraphId: "s0-p1",
      quote: "為構建以國內大循環為主體、國內國際雙循環相互促進的新發展格局提供有力支撐",
    },
    moreSources: [
      {
        paragraphId: "s5-r2",
        quote: "逐步形成以國內大循環為主體、國內國際雙循環相互促進的新發展格局",
      },
    ],
  },
  {
    id: "l0-table-what-kind",
    pool: "assessment",
    lessonId: 0,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "引言請讀者「見附件表1」。附表1收錄的是甚麼？",
      en: "The introduction refers readers to table 1. What does table 1 contain?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "作者本人對「雙循環」的評論和預測，包括「可以預見」的發展方向",
          en: "The author's comments and forecasts on dual circulation",
        },
        misconception: "fact-vs-interpretation",
      },
      {
        id: "b",
        text: {
          zh: "社會各界熱烈討論「內循環」時，值得留意的三點主流意見",
          en: "The three points of mainstream opinion in public discussion",
        },
        misconception: "wrong-source",
      },
      {
        id: "c",
        text: {
          zh: "習近平過去幾個月在各場合對「雙循環」的重點發言匯總，資料來自新華社，由廠商會研究部整理",
          en: "A summary of Xi's key statements on dual circulation over the past months, from Xinhua, compiled by the CMA's research department",
        },
      },
      {
        id: "d",
        text: {
          zh: "亞洲開發銀行9月中發表的《經濟展望報告》中的預測數字",
          en: "Forecasts from the Asian Development Bank's economic outlook",
        },
        misconception: "wrong-source",
      },
    ],
    answer: "c",
    explanation: {
      zh: "附表1的標題是「國家主席習近平過去幾個月對「雙循環」的重點發言匯總」，表下註明「資料來源：新華社、廠商會研究部整理」，各行記的是官方發言的內容（如第一行「深化供給側結構性改革……」）。作者自己的判斷（如「在某種意義上」、「可以預見」）在正文；三點主流意見在第二至四節；亞洲開發銀行的預測在第三節。",
      en: "The table's caption is 'summary of President Xi's key statements on dual circulation over the past months', and its note says 'source: Xinhua; compiled by the CMA research department'. Its rows record official statements. The author's own judgements ('in a sense', 'it can be foreseen') are in the text; the three points are in sections 2–4; the ADB forecast is in section 3.",
    },
    source: { paragraphId: "s0-p1", quote: "隨後國家主席習近平在多個場合的發言均談及「雙循環」(見附件表1)" },
    moreSources: [
      { paragraphId: "s5-r1", quote: "深化供給側結構性改革，充分發揮我國超大規模市場優勢和內需潛力" },
    ],
  },
  {
    id: "l0-xi-rows-include-committee-tf",
    pool: "assessment",
    lessonId: 0,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：引言說5月14日是「中央政治局常委會議」首次提出；附表1則把同一會議的內容列為習近平的重點發言之一。",
      en: "True or false: the introduction credits the first formulation on 14 May to the Politburo Standing Committee meeting, while table 1 lists that meeting's content among Xi's key statements.",
    },
    answer: true,
    explanation: {
      zh: "對。引言的主語是會議：「5月14日，中央政治局常委會議首次提出」；附表1的標題是習近平「對『雙循環』的重點發言匯總」，第一行就是5月的中央政治局常委會議。兩處說法並不矛盾，但讀者應分清：引言講「誰首次提出」，附表1講「習近平在哪些場合說過」。",
      en: "True. The introduction's subject is the meeting; the table is a summary of Xi's key statements and its first row is the May Standing Committee meeting. The two do not conflict, but they answer different questions: who first put it forward, and where Xi spoke of it.",
    },
    source: { paragraphId: "s0-p1", quote: "5月14日，中央政治局常委會議首次提出" },
    moreSources: [{ paragraphId: "s5-r1", quote: "中央政治局常委會議" }],
  },
  {
    id: "l0-may-companion-meeting",
    pool: "assessment",
    lessonId: 0,
    skill: "dates",
    type: "single",
    prompt: {
      zh: "按附表1，除了引言所說首次提出的中央政治局常委會議，還有哪個場合也在同一個月？",
      en: "According to table 1, which other occasion fell in the same month as the Standing Committee meeting that first put the idea forward?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "全國兩會經濟界政協委員會議",
          en: "The Two Sessions meeting with CPPCC members from the economic sector",
        },
      },
      {
        id: "b",
        text: { zh: "企業家座談會", en: "The entrepreneurs' symposium" },
        misconception: "wrong-month",
      },
      { id: "c", text: { zh: "中央政治局會議", en: "The Politburo meeting" }, misconception: "wrong-month" },
      {
        id: "d",
        text: { zh: "中央全面深化改革委員會第十五次會議", en: "The reform commission's 15th meeting" },
        misconception: "wrong-month",
      },
    ],
    answer: "a",
    explanation: {
      zh: "引言說常委會議在5月14日首次提出；附表1兩行標為5月：中央政治局常委會議和全國兩會經濟界政協委員會議。企業家座談會和中央政治局會議在7月，深改委第十五次會議在9月。",
      en: "The intro dates the Standing Committee to 14 May; two rows of the table are in May: the Standing Committee and the Two Sessions meeting. The entrepreneurs' symposium and the Politburo meeting are in July, the reform commission in September.",
    },
    source: { paragraphId: "s0-p1", quote: "5月14日，中央政治局常委會議首次提出" },
    moreSources: [{ paragraphId: "s5-r2", quote: "全國兩會經濟界政協委員會議" }],
  },
  {
    id: "l0-this-year",
    pool: "assessment",
    lessonId: 0,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "引言開頭說「自今年5月份以來」。按全文的線索，這個「今年」是哪一年？（請輸入年份）",
      en: "The introduction opens 'since May this year'. From the clues in the whole article, which year is 'this year'? (Enter the year.)",
    },
    answer: { year: 2020 },
    explanation: {
      zh: "文章沒有寫明發表日期，但第一節說疫情「在2020年初爆發後」，第三節說亞洲開發銀行「9月中」預測亞洲發展中經濟體「2020年的GDP」將萎縮，都是把2020年當作當下來寫；附表1的場合也是「過去幾個月」的發言。所以「今年」是2020年。2019年是文中多個數據（如外貿依存度31.9%）的年份，不是「今年」。",
      en: "The article carries no date, but section 1 says the pandemic broke out in early 2020 and section 3 cites a mid-September forecast for 2020 GDP, writing 2020 as the present; the table collects statements of 'the past few months'. So 'this year' is 2020. 2019 is the year of several figures (e.g. trade dependence of 31.9%), not 'this year'.",
    },
    source: { paragraphId: "s0-p1", quote: "自今年5月份以來" },
    moreSources: [
      { paragraphId: "s1-p5", quote: "新冠肺炎疫情在2020年初爆發後" },
      { paragraphId: "s3-p1", quote: "亞洲開發銀行9月中發表的最新一期《經濟展望報告》預測" },
    ],
  },
  {
    id: "l0-months-first-to-latest",
    pool: "assessment",
    lessonId: 0,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "按引言，從中央政治局常委會議首次提出（5月）到習近平「最近一次」談及雙循環（9月初），前後相隔約多少個月？（請輸入數字，單位：個月）",
      en: "According to the introduction, about how many months lie between the first formulation (May) and Xi's most recent statement (early September)? (Enter a number; unit: months.)",
    },
    answer: 4,
    unit: "個月",
    tolerance: 0.5,
    calculation: "9 - 5",
    explanation: {
      zh: "9月減5月，約4個月（5月14日至9月初實際略少於4個月，所以接受3.5至4.5）。引言用這段時間說明「雙循環」在幾個月內反覆出現在高層講話中；附表1的七個場合也都在這段期間。",
      en: "September minus May: about 4 months (14 May to early September is a little under four, so 3.5 to 4.5 is accepted). The introduction uses this span to show how often the idea recurred in a few months; the table's seven occasions all fall within it.",
    },
    source: {
      paragraphId: "s0-p1",
      quote:
        "5月14日，中央政治局常委會議首次提出「充分發揮中國超大規模市場優勢和內需潛力，構建國內國際雙循環相互促進的新發展格局」。隨後國家主席習近平在多個場合的發言均談及「雙循環」(見附件表1)，最近一次是在9月初",
    },
  },
  {
    id: "l0-middle-income-share",
    pool: "assessment",
    lessonId: 0,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "5月14日的說法要「充分發揮中國超大規模市場優勢」。按第二節的數字（超過14億人口、約4億中等收入階層），中等收入階層約佔總人口的百分之幾？（請輸入數字，單位：%，取一位小數）",
      en: "The 14 May wording speaks of China's 'super-large market advantage'. Using section 2's figures (over 1.4 billion people, about 400 million in the middle-income group), about what percentage of the population is middle-income? (Enter a number; unit: %, one decimal place.)",
    },
    answer: 28.6,
    unit: "%",
    tolerance: 0.45,
    calculation: "4 / 14 * 100",
    explanation: {
      zh: "4億 ÷ 14億 × 100% ≈ 28.6%，即不足三成。兩個數字都是約數（人口「超過」14億，中等收入階層「約」4億），所以結果也只是約數。要小心「4億」不是「4成」：中等收入人口約佔兩成多，而不是四成。這個龐大人群正是文章所說超大規模市場的根據之一。",
      en: "400 million ÷ 1.4 billion × 100% ≈ 28.6%, under three in ten. Both figures are approximate ('over' 1.4 billion, 'about' 400 million), so the result is approximate too. Do not read 4億 (400 million) as 4成 (40%). This large group is one basis of the 'super-large market'.",
    },
    source: { paragraphId: "s0-p1", quote: "充分發揮中國超大規模市場優勢和內需潛力" },
    moreSources: [
      { paragraphId: "s2-p3", quote: "中國擁有超過14億人口和全球最大規模、人數高達約4億的中等收入階層" },
    ],
  },
  {
    id: "l0-eighth-fifteenth-same-body-tf",
    pool: "assessment",
    lessonId: 0,
    skill: "figures",
    type: "truefalse",
    prompt: {
      zh: "判斷：引言中的「第八次」會議和附表1中同在9月的「第十五次」會議，是同一個委員會先後召開的兩次會議。",
      en: "True or false: the 'eighth' meeting in the introduction and the 'fifteenth' meeting, also in September in table 1, are two successive meetings of the same commission.",
    },
    answer: false,
    misconception: "swapped-meeting-numbers",
    explanation: {
      zh: "錯。第八次是「中央財經委員會」的會議（引言、附表1最後一行）；第十五次是「中央全面深化改革委員會」的會議（附表1倒數第二行）。兩個不同的委員會各有自己的會議編號，所以不能由8和15推算兩次會議相隔多少次。",
      en: "False. The 8th is a meeting of the Central Financial and Economic Affairs Commission (intro, last row); the 15th is of the Central Comprehensively Deepening Reforms Commission (second-last row). Each commission numbers its own meetings, so nothing follows from 8 and 15.",
    },
    source: { paragraphId: "s0-p1", quote: "最近一次是在9月初主持召開中央財經委員會第八次會議時表示" },
    moreSources: [{ paragraphId: "s5-r6", quote: "中央全面深化改革委員會第十五次會議" }],
  },
  {
    id: "l0-occasions-order",
    pool: "assessment",
    lessonId: 0,
    skill: "dates",
    type: "ordering",
    prompt: {
      zh: "引言、正文和附表1都提到習近平或中央談及雙循環的場合。按時間先後排列（最早的排第一）。",
      en: "The introduction, the text and table 1 mention occasions on which Xi or the centre spoke of dual circulation. Put them in time order (earliest first).",
    },
    events: [
      {
        id: "ccfea",
        text: { zh: "中央財經委員會第八次會議", en: "The CFEAC's 8th meeting" },
      },
      {
        id: "polit",
        text: { zh: "中央政治局會議（「打持久戰」）", en: "The Politburo meeting ('protracted war')" },
      },
      {
        id: "standing",
        text: { zh: "中央政治局常委會議首次提出", en: "The Standing Committee first puts the idea forward" },
      },
      {
        id: "entre",
        text: {
          zh: "企業家座談會（「絕不是關起門來封閉運行」）",
          en: "The entrepreneurs' symposium ('by no means behind closed doors')",
        },
      },
    ],
    answer: ["standing", "entre", "polit", "ccfea"],
    explanation: {
      zh: "5月14日常委會議首次提出（引言）；7月21日企業家座談會（第四節）；「今年7月底」中央政治局會議（第三節）；9月初財經委第八次會議（引言）。附表1把兩個7月的場合都只標作「7月」，要靠正文的「7月21日」和「7月底」才分得出先後。",
      en: "14 May, Standing Committee (intro); 21 July, entrepreneurs (section 4); 'end of July', Politburo (section 3); early September, CFEAC (intro). The table marks both July occasions only as 'July'; the text's '21 July' and 'end of July' settle their order.",
    },
    source: { paragraphId: "s0-p1", quote: "最近一次是在9月初主持召開中央財經委員會第八次會議時表示" },
    moreSources: [
      { paragraphId: "s4-p1", quote: "正如國家主席習近平在7月21日企業家座談會上強調" },
      { paragraphId: "s3-p3", quote: "今年7月底召開的中央政治局會議則指出" },
    ],
  },
  {
    id: "l0-frequent-before-first-tf",
    pool: "assessment",
    lessonId: 0,
    skill: "dates",
    type: "truefalse",
    prompt: {
      zh: "判斷：按引言，早在中央政治局常委會議5月14日首次提出之前，「國內國際雙循環相互促進的新發展格局」這一說法已在國家領導人講話中頻繁出現。",
      en: "True or false: according to the introduction, the formula 'a new pattern of mutually reinforcing domestic and international circulations' already appeared often in leaders' speeches before the Standing Committee first put it forward on 14 May.",
    },
    answer: false,
    misconception: "first-vs-latest",
    explanation: {
      zh: "錯。引言說這個說法是5月14日「首次提出」的，「隨後」才在多個場合的發言中談及；「自今年5月份以來」頻繁出現，是從5月算起，不是在首次提出之前。",
      en: "False. The introduction says it was 'first put forward' on 14 May and 'subsequently' mentioned on several occasions; 'since May this year' counts from May, not from before the first formulation.",
    },
    source: { paragraphId: "s0-p1", quote: "5月14日，中央政治局常委會議首次提出" },
  },
  {
    id: "l0-september-adds",
    pool: "assessment",
    lessonId: 0,
    skill: "logic",
    type: "multi",
    prompt: {
      zh: "比較引言所引的兩段話：5月14日的首次提出和9月初的「最近一次」。9月初的話有哪些5月14日的話沒有的內容？（選出所有正確答案）",
      en: "Compare the two passages the introduction quotes: the first formulation of 14 May and the 'most recent' words of early September. What do the September words have that the May words lack? (Select all that apply.)",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "國內國際雙循環相互促進",
          en: "Domestic and international circulations reinforcing each other",
        },
        misconception: "in-both",
      },
      { id: "b", text: { zh: "建設現代流通體系", en: "Building a modern circulation system" } },
      {
        id: "c",
        text: {
          zh: "超大規模市場優勢和內需潛力",
          en: "The super-large market advantage and domestic-demand potential",
        },
        misconception: "in-may-only",
      },
      { id: "d", text: { zh: "以國內大循環為主體", en: "The domestic great circulation as the mainstay" } },
      {
        id: "e",
        text: { zh: "絕不是關起門來封閉運行", en: "By no means running behind closed doors" },
        misconception: "not-in-intro",
      },
    ],
    answer: ["b", "d"],
    explanation: {
      zh: "5月14日：「充分發揮中國超大規模市場優勢和內需潛力，構建國內國際雙循環相互促進的新發展格局」。9月初：「要把建設現代流通體系作為一項重要的戰略任務，為構建以國內大循環為主體、國內國際雙循環相互促進的新發展格局提供有力支撐」。「相互促進」兩段都有；市場優勢和內需潛力只在5月；「絕不是關起門來」是企業家座談會的話，引言沒有引。",
      en: "May: 'leverage the super-large market and domestic-demand potential, build a pattern of mutually reinforcing circulations'. September: 'make a modern circulation system a strategic task, supporting a pattern with the domestic great circulation as the mainstay and mutually reinforcing circulations'. 'Reinforcing each other' is in both; the market advantage only in May; 'not behind closed doors' is from the entrepreneurs' symposium, not quoted in the introduction.",
    },
    source: {
      paragraphId: "s0-p1",
      quote:
        "「要把建設現代流通體系作為一項重要的戰略任務，為構建以國內大循環為主體、國內國際雙循環相互促進的新發展格局提供有力支撐」",
    },
  },
  // ---------------------------------------------------------------- the argument
  {
    id: "l0-tools-and-roles",
    pool: "assessment",
    lessonId: 0,
    skill: "logic",
    type: "matching",
    prompt: {
      zh: "引言說建設現代流通體系是為新發展格局「提供有力支撐」。把每項政策與文章或附表1給它的角色配對（右邊有多餘選項）。",
      en: "The introduction says a modern circulation system 'provides strong support' for the new pattern. Match each policy with the role the article or table 1 gives it (there are extra options on the right).",
    },
    left: [
      { id: "flow", text: { zh: "建設現代流通體系", en: "Building a modern circulation system" } },
      { id: "supply", text: { zh: "供給側結構性改革", en: "Supply-side structural reform" } },
      { id: "demand", text: { zh: "擴大內需", en: "Expanding domestic demand" } },
      { id: "tech", text: { zh: "科技自強", en: "Technological self-reliance" } },
    ],
    right: [
      { id: "base", text: { zh: "戰略基點", en: "The strategic base point" } },
      {
        id: "grip",
        text: {
          zh: "被解讀為推動內循環的「抓手」和首要切入點",
          en: "Read as the 'handle' and first point of entry for the domestic circulation",
        },
      },
      {
        id: "prop",
        text: { zh: "為構建新發展格局提供有力支撐", en: "Strong support for building the new pattern" },
      },
      { id: "dir", text: { zh: "戰略方向", en: "The strategic direction" } },
      {
        id: "turn",
        text: { zh: "外循環由盛轉衰的分水嶺", en: "The watershed of the external circulation's decline" },
      },
    ],
    answer: { flow: "prop", supply: "dir", demand: "base", tech: "grip" },
    explanation: {
      zh: "流通體系「提供有力支撐」（引言、附表1財經委一行）；8月專家座談會：「堅持供給側結構性改革這個戰略方向，扭住擴大內需這個戰略基點」；第三節：「六把鑰匙」論「亦被解讀為」以科技自強作為「抓手」和首要切入點——注意這是別人的解讀，文章轉述而已。「分水嶺」說的是2008年金融危機，不是政策。",
      en: "The circulation system 'provides strong support' (intro, CFEAC row); the August experts' symposium: supply-side reform is the 'strategic direction' and expanding demand the 'strategic base point'; section 3: the 'six keys' are 'read as' making technological self-reliance the 'handle' (an interpretation the article reports). The 'watershed' is the 2008 crisis, not a policy.",
    },
    source: {
      paragraphId: "s0-p1",
      quote: "為構建以國內大循環為主體、國內國際雙循環相互促進的新發展格局提供有力支撐",
    },
    moreSources: [
      {
        paragraphId: "s5-r5",
        quote: "我們要堅持供給側結構性改革這個戰略方向，扭住擴大內需這個戰略基點",
      },
      { paragraphId: "s3-p4", quote: "中央將會以「科技自強」作為推動經濟「內循環」的「抓手」和首要切入點" },
    ],
  },
  {
    id: "l0-big-ship-thesis",
    pool: "assessment",
    lessonId: 0,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "文章標題是「中國經濟「雙循環」新格局：大船轉舵」。按全文，「大船轉舵」指的是甚麼？",
      en: "The article's title is 'China's dual-circulation pattern: the big ship changes course'. Across the whole article, what is the turn?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "中國經濟關起門來，由外向型經濟轉為封閉的國內循環",
          en: "China closes its doors, turning from an outward economy to a closed domestic loop",
        },
        misconception: "closed-circulation",
      },
      {
        id: "b",
        text: {
          zh: "中國取代美國，成為全球最大的進口消費市場",
          en: "China replaces the US as the world's largest import market",
        },
        misconception: "detail-for-thesis",
      },
      {
        id: "c",
        text: {
          zh: "中國經濟由高速增長轉為衰退",
          en: "China's economy turns from rapid growth to recession",
        },
        misconception: "not-argued",
      },
      {
        id: "d",
        text: {
          zh: "由過往側重參與國際「外循環」，轉向以國內大循環為主體、國內國際雙循環相互促進的格局",
          en: "From relying mainly on the international 'external circulation' to a pattern led by the domestic circulation, with both reinforcing each other",
        },
      },
    ],
    answer: "d",
    explanation: {
      zh: "第二節說中央「從過往側重於參與國際經濟「外循環」轉向打造國內外「雙循環」共同驅動的新發展格局」；第四節結尾把這次轉向比作航空母艦級大船「換舵轉航」，邁向「以國內大循環為主體、國內國際雙循環相互促進的發展格局」。轉向並不封閉（第四節：「完整但並不封閉」）；成為最大進口市場只是「有望」的前景，是細節不是主旨；文章沒有說中國經濟轉為衰退。",
      en: "Section 2: the centre turned 'from taking part mainly in the international external circulation to a pattern driven by both'; section 4 likens this to an aircraft-carrier-sized ship changing course towards a pattern led by the domestic circulation. The turn is not closed ('complete but not closed'); the import-market prospect is a detail and only 'expected'; nothing says the economy turns to recession.",
    },
    source: { paragraphId: "s0-p1", quote: "構建以國內大循環為主體、國內國際雙循環相互促進的新發展格局" },
    moreSources: [
      {
        paragraphId: "s2-p1",
        quote: "從過往側重於參與國際經濟「外循環」轉向打造國內外「雙循環」共同驅動的新發展格局",
      },
      { paragraphId: "s4-p5", quote: "中國經濟這艘大船已有航空母艦級的體量，其「換舵轉航」勢必掀起層層巨浪" },
    ],
  },
  {
    id: "l0-turn-not-closed-tf",
    pool: "assessment",
    lessonId: 0,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：按全文，「以國內大循環為主體」意味著國際循環退出，中國經濟只靠國內循環運行。",
      en: "True or false: across the article, 'the domestic great circulation as the mainstay' means the international circulation drops out and China's economy runs on the domestic one alone.",
    },
    answer: false,
    misconception: "closed-circulation",
    explanation: {
      zh: "錯。引言的說法本身就是「以國內大循環為主體、國內國際雙循環相互促進」：國內是主體，國際循環仍在並相互促進。第四節更引習近平的話：「以國內大循環為主體，絕不是關起門來封閉運行」。主次之分不等於二選一。",
      en: "False. The intro's own formula is 'domestic circulation as the mainstay, domestic and international circulations reinforcing each other': the international circulation stays. Section 4 quotes Xi: 'by no means running behind closed doors'. Primary and secondary are not either-or.",
    },
    source: { paragraphId: "s0-p1", quote: "以國內大循環為主體、國內國際雙循環相互促進的新發展格局" },
    moreSources: [{ paragraphId: "s4-p1", quote: "「以國內大循環為主體，絕不是關起門來封閉運行" }],
  },
  {
    id: "l0-mainstay-cloze",
    pool: "assessment",
    lessonId: 0,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "填空：引言所引9月初的發言怎樣說明新發展格局的主次與關係？",
      en: "Fill in the blanks: how do the early-September words quoted in the introduction state the new pattern's primary part and the relation between the two?",
    },
    text: "為構建以{{1}}為主體、國內國際雙循環{{2}}的新發展格局提供有力支撐",
    answer: { "1": ["國內大循環"], "2": ["相互促進"] },
    options: ["國內大循環", "國際大循環", "相互促進", "此消彼長", "相互割裂"],
    explanation: {
      zh: "原文：「為構建以國內大循環為主體、國內國際雙循環相互促進的新發展格局提供有力支撐」。以國際大循環為主的是舊的「兩頭在外」模式；「此消彼長」是附表1專家座談會描述內外循環動能變化的用語，不是新格局中兩者的關係；第四節明說內外循環「並非相互割裂和對立」。",
      en: "The text: 'with the domestic great circulation as the mainstay and the two circulations reinforcing each other'. An international-led pattern is the old 'both ends abroad' model; 'as one ebbs the other rises' is the table's description of changing momentum, not the relation within the new pattern; section 4 says the two are 'not cut off from or opposed to each other'.",
    },
    source: {
      paragraphId: "s0-p1",
      quote: "為構建以國內大循環為主體、國內國際雙循環相互促進的新發展格局提供有力支撐",
    },
  },
  {
    id: "l0-mainstay-meaning",
    pool: "assessment",
    lessonId: 0,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "「以國內大循環為主體」中的「主體」，按第二節的說法最接近甚麼意思？",
      en: "In 'with the domestic great circulation as the mainstay' (主體), what does 'mainstay' mean, following section 2?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "唯一的部分，其餘部分取消", en: "The only part; the rest is abolished" },
        misconception: "closed-circulation",
      },
      {
        id: "b",
        text: {
          zh: "主要、優先的一方；國際循環仍在，處於輔助位置",
          en: "The main, prior part; the international circulation remains, in a supporting role",
        },
      },
      {
        id: "c",
        text: { zh: "由國有企業主導的部分", en: "The part led by state-owned enterprises" },
        misconception: "not-argued",
      },
      {
        id: "d",
        text: {
          zh: "為國際循環提供原材料的部分",
          en: "The part that supplies raw materials to the international circulation",
        },
        misconception: "old-model",
      },
    ],
    answer: "b",
    explanation: {
      zh: "第二節：「雙循環」體系內部存在著主次關係，即「以內循環為主，外循環為輔」，「攻內」優先於「攘外」。「主體」是主要、優先的一方，不是唯一；文章沒有談國有企業；為國際循環供應原料是「兩頭在外」的舊思路。",
      en: "Section 2: the dual circulation has a primary and a secondary part, 'domestic primary, external auxiliary'. The mainstay is the main, prior part, not the only one; state firms are not discussed; feeding the international circulation is the old 'both ends abroad' idea.",
    },
    source: { paragraphId: "s0-p1", quote: "為構建以國內大循環為主體" },
    moreSources: [
      { paragraphId: "s2-p1", quote: "「雙循環」體系的內部存在著主次關係，即「以內循環為主，外循環為輔」" },
    ],
  },
  {
    id: "l0-market-scale-basis",
    pool: "assessment",
    lessonId: 0,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "5月14日的說法要「充分發揮中國超大規模市場優勢和內需潛力」。第二節舉出甚麼作為這個「超大規模市場」的根據？",
      en: "The 14 May wording speaks of China's 'super-large market advantage and domestic-demand potential'. What does section 2 give as the basis of this super-large market?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "國內充裕的廉價勞動力和土地",
          en: "Plentiful cheap labour and land at home",
        },
        misconception: "old-model",
      },
      {
        id: "b",
        text: {
          zh: "每年超過10萬億元人民幣的進口",
          en: "Imports of over RMB 10 trillion a year",
        },
        misconception: "wrong-figure",
      },
      {
        id: "c",
        text: {
          zh: "超過14億人口和人數約4億、全球最大規模的中等收入階層",
          en: "Over 1.4 billion people and the world's largest middle-income group of about 400 million",
        },
      },
      {
        id: "d",
        text: {
          zh: "連續兩年成功舉辦的中國國際進口博覽會",
          en: "The import expo, held successfully two years running",
        },
        misconception: "detail-for-thesis",
      },
    ],
    answer: "c",
    explanation: {
      zh: "第二節：「中國擁有超過14億人口和全球最大規模、人數高達約4億的中等收入階層，充分激發這一超大規模的消費市場潛力……」。廉價勞動力和土地是第一節所說80年代外循環的資源優勢；10萬億元是第四節的網上零售額，不是進口額；進博會是開放的例子，不是市場規模的根據。",
      en: "Section 2: 'China has over 1.4 billion people and the world's largest middle-income group of about 400 million; fully unleashing this super-large consumer market…'. Cheap labour and land were the 1980s advantage of the external circulation; RMB 10 trillion is section 4's online retail, not imports; the expo is an example of openness.",
    },
    source: { paragraphId: "s0-p1", quote: "充分發揮中國超大規模市場優勢和內需潛力" },
    moreSources: [
      { paragraphId: "s2-p3", quote: "中國擁有超過14億人口和全球最大規模、人數高達約4億的中等收入階層" },
    ],
  },
  {
    id: "l0-why-circulation-system",
    pool: "assessment",
    lessonId: 0,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "引言只引了財經委第八次會議的一句話。附表1同一行說明了為何要把建設現代流通體系作為重要戰略任務。理由是甚麼？",
      en: "The introduction quotes one sentence from the CFEAC's 8th meeting. The same meeting's row in table 1 says why a modern circulation system is an important strategic task. What is the reason?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "流通體系在國民經濟中發揮基礎性作用，國內和國際循環都離不開它",
          en: "The circulation system plays a basic role in the economy; both circulations depend on it",
        },
      },
      {
        id: "b",
        text: {
          zh: "流通體系可以取代供給側結構性改革",
          en: "It can replace supply-side structural reform",
        },
        misconception: "goal-vs-means",
      },
      {
        id: "c",
        text: {
          zh: "流通體系能減少進口，保護國內產業",
          en: "It cuts imports and protects domestic industry",
        },
        misconception: "closed-circulation",
      },
      {
        id: "d",
        text: {
          zh: "流通體系是短期刺激消費的補貼工具",
          en: "It is a subsidy tool to boost consumption in the short term",
        },
        misconception: "subsidies-return",
      },
    ],
    answer: "a",
    explanation: {
      zh: "附表1：「流通體系在國民經濟中發揮著基礎性作用」，高效流通體系能把生產和消費聯繫起來、擴大交易範圍、推動分工深化、提高生產效率、促進財富創造；「國內循環和國際循環都離不開高效的現代流通體系」。表中沒有說它取代改革、減少進口或作為補貼——第二節甚至說內循環不意味著消費補貼「捲土重來」。",
      en: "Table 1: the circulation system 'plays a basic role in the national economy'; efficient circulation links production and consumption, widens trade, deepens the division of labour, raises productivity and creates wealth; 'both circulations depend on it'. Nothing says it replaces reform, cuts imports or is a subsidy; section 2 says subsidies will not 'make a comeback'.",
    },
    source: { paragraphId: "s0-p1", quote: "要把建設現代流通體系作為一項重要的戰略任務" },
    moreSources: [{ paragraphId: "s5-r7", quote: "國內循環和國際循環都離不開高效的現代流通體系。" }],
  },
  {
    id: "l0-circulation-domestic-only-tf",
    pool: "assessment",
    lessonId: 0,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：既然引言說現代流通體系是為「以國內大循環為主體」的格局提供支撐，附表1同一會議也就說它只為國內循環服務。",
      en: "True or false: since the introduction says the modern circulation system supports a pattern 'with the domestic great circulation as the mainstay', the table's row for the same meeting also says it serves only the domestic circulation.",
    },
    answer: false,
    misconception: "closed-circulation",
    explanation: {
      zh: "錯。附表1財經委第八次會議一行明說：「國內循環和國際循環都離不開高效的現代流通體系」。以國內循環為主體，不等於流通體系只服務國內。",
      en: "False. The CFEAC row says plainly: 'both the domestic and the international circulation depend on an efficient modern circulation system'. A domestic mainstay does not make the circulation system domestic only.",
    },
    source: {
      paragraphId: "s0-p1",
      quote: "為構建以國內大循環為主體、國內國際雙循環相互促進的新發展格局提供有力支撐",
    },
    moreSources: [{ paragraphId: "s5-r7", quote: "國內循環和國際循環都離不開高效的現代流通體系。" }],
  },
  {
    id: "l0-efficient-circulation-does",
    pool: "assessment",
    lessonId: 0,
    skill: "logic",
    type: "multi",
    prompt: {
      zh: "引言所說的「現代流通體系」，按附表1同一會議一行，高效流通體系能起甚麼作用？（選出所有正確答案）",
      en: "The introduction's 'modern circulation system': according to the same meeting's row in table 1, what can an efficient circulation system do? (Select all that apply.)",
    },
    choices: [
      { id: "a", text: { zh: "推動分工深化", en: "Deepen the division of labour" } },
      {
        id: "b",
        text: { zh: "取代對外開放", en: "Replace opening up" },
        misconception: "closed-circulation",
      },
      { id: "c", text: { zh: "擴大交易範圍", en: "Widen the scope of trade" } },
      {
        id: "d",
        text: { zh: "催谷短期消費", en: "Force up short-term consumption" },
        misconception: "subsidies-return",
      },
      { id: "e", text: { zh: "促進財富創造", en: "Promote the creation of wealth" } },
      {
        id: "f",
        text: { zh: "減少國內生產", en: "Cut domestic production" },
        misconception: "not-argued",
      },
    ],
    answer: ["a", "c", "e"],
    explanation: {
      zh: "附表1：高效流通體系能夠「在更大範圍把生產和消費聯系〔原文〕起來，擴大交易範圍，推動分工深化，提高生產效率，促進財富創造」。表中沒有說它取代開放（反而說國際循環也離不開它）、催谷短期消費或減少生產。",
      en: "Table 1: efficient circulation 'links production and consumption over a wider range, widens trade, deepens the division of labour, raises productivity and promotes wealth creation'. It does not replace opening up (the international circulation needs it too), force up consumption or cut production.",
    },
    source: { paragraphId: "s0-p1", quote: "要把建設現代流通體系作為一項重要的戰略任務" },
    moreSources: [
      {
        paragraphId: "s5-r7",
        quote: "擴大交易範圍，推動分工深化，提高生產效率，促進財富創造。",
      },
    ],
  },
  {
    id: "l0-september-row-month",
    pool: "assessment",
    lessonId: 0,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "附表1最後兩行（中央全面深化改革委員會第十五次會議、中央財經委員會第八次會議）同屬哪個月？引言說其中一個會議在該月「初」。（請輸入月份）",
      en: "Which month do the last two rows of table 1 (the reform commission's 15th meeting and the CFEAC's 8th meeting) share? The introduction puts one of them early in that month. (Enter the month.)",
    },
    answer: { month: 9 },
    explanation: {
      zh: "兩行的時間欄都是「9月」；引言說財經委第八次會議在「9月初」。文章沒有交代深改委第十五次會議的具體日子；不過引言說財經委會議是習近平談及「雙循環」的「最近一次」，附表1也把深改委一行排在它之前，所以按文章，深改委會議在前。",
      en: "Both rows read 'September'; the introduction puts the CFEAC's 8th meeting in early September. The article does not give the reform commission's day; but the introduction calls the CFEAC meeting the most recent occasion and the table lists the reform commission before it, so by the article's account the reform commission came first.",
    },
    source: { paragraphId: "s0-p1", quote: "最近一次是在9月初主持召開中央財經委員會第八次會議" },
    moreSources: [{ paragraphId: "s5-r6", quote: "中央全面深化改革委員會第十五次會議" }],
  },
];
