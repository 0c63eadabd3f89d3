import type { TItemInput } from "../schema";

/**
 * Lesson 5: 附表1, the seven speeches on 「雙循環」 (rows s5-r1..s5-r7): month, occasion, main content.
 *
 * The table gives months only (5月, 5月, 7月, 7月, 8月, 9月, 9月), no days, so ordering items only order
 * rows from different months. Per docs/paragraphs.md a row's quotable text is its occasion followed by its
 * content, so the month column itself cannot be quoted: month items quote the occasion that the month
 * column dates.
 */
export const items: TItemInput[] = [
  // ================================================================ dates
  {
    id: "l5-npc-cppcc-month",
    lessonId: 5,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "附表1中，習近平在「全國兩會經濟界政協委員會議」上談及「雙循環」是在哪個月？（請輸入月份）",
      en: "In table 1, in which month did Xi speak of 'dual circulation' at the meeting with CPPCC members from economic circles during the Two Sessions? (Enter the month.)",
    },
    answer: { month: 5 },
    explanation: {
      zh: "附表1的「時間」欄把全國兩會經濟界政協委員會議列在5月，與中央政治局常委會議同月。表中沒有給出日子，單憑附表1不能判斷這兩個5月場合的先後（正文引言則說中央政治局常委會議在5月14日「首次提出」雙循環，「隨後」習近平才在多個場合談及）。",
      en: "The table's time column lists this meeting under May, the same month as the Politburo Standing Committee meeting. The table gives no day, so the table alone does not fix the order of the two May rows (the introduction says the Standing Committee first raised dual circulation on 14 May and Xi spoke of it on several occasions afterwards).",
    },
    source: { paragraphId: "s5-r2", quote: "全國兩會經濟界政協委員會議" },
  },
  {
    id: "l5-14th-fyp-symposium-month",
    lessonId: 5,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "附表1中，「十四五」規劃經濟社會領域專家座談會在哪個月？（請輸入月份）",
      en: "In table 1, in which month was the symposium of experts in economic and social fields on the 14th Five-Year Plan? (Enter the month.)",
    },
    answer: { month: 8 },
    explanation: {
      zh: "附表1把「十四五」規劃經濟社會領域專家座談會列在8月；它是表中唯一的8月場合，排在兩個7月場合之後、兩個9月會議之前。",
      en: "Table 1 lists this symposium under August, the only August row: after the two July rows and before the two September meetings.",
    },
    source: { paragraphId: "s5-r5", quote: "「十四五」規劃經濟社會領域專家座談會" },
  },
  {
    id: "l5-reform-commission-month",
    lessonId: 5,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "附表1中，中央全面深化改革委員會第十五次會議在哪個月召開？（請輸入月份）",
      en: "In table 1, in which month did the 15th meeting of the Central Comprehensively Deepening Reforms Commission take place? (Enter the month.)",
    },
    answer: { month: 9 },
    explanation: {
      zh: "附表1把中央全面深化改革委員會第十五次會議列在9月，與中央財經委員會第八次會議同月。",
      en: "Table 1 lists it under September, the same month as the 8th meeting of the Central Financial and Economic Affairs Commission.",
    },
    source: { paragraphId: "s5-r6", quote: "中央全面深化改革委員會第十五次會議" },
  },
  {
    id: "l5-protracted-war-month",
    lessonId: 5,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "附表1中，指出「必須從持久戰的角度加以認識」的中央政治局會議在哪個月召開？（請輸入月份）",
      en: "In table 1, in which month was the Politburo meeting that said the problems 'must be understood from the angle of a protracted war'? (Enter the month.)",
    },
    answer: { month: 7 },
    explanation: {
      zh: "附表1把這次中央政治局會議列在7月，與企業家座談會同月。注意它和5月的中央政治局「常委」會議是不同的會議。",
      en: "Table 1 lists this Politburo meeting under July, the same month as the entrepreneurs' symposium. It is a different meeting from the Politburo Standing Committee meeting of May.",
    },
    source: { paragraphId: "s5-r4", quote: "必須從持久戰的角度加以認識" },
  },
  {
    id: "l5-shift-since-year",
    lessonId: 5,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "在「十四五」規劃經濟社會領域專家座談會上，習近平說我國經濟自哪一年的國際金融危機以來，已經在向以國內大循環為主體轉變？（請輸入年份）",
      en: "At the 14th Five-Year Plan experts' symposium, since the international financial crisis of which year did Xi say China's economy has been shifting towards the domestic great circulation as the mainstay? (Enter the year.)",
    },
    answer: { year: 2008 },
    explanation: {
      zh: "原文：「自2008年國際金融危機以來，我國經濟已經在向以國內大循環為主體轉變」。也就是說，發言把轉變的起點放在2008年，而不是2020年提出「雙循環」之時。",
      en: "The text: 'since the 2008 international financial crisis, our economy has already been shifting towards the domestic great circulation as the mainstay'. The shift is dated from 2008, not from 2020 when 'dual circulation' was announced.",
    },
    source: {
      paragraphId: "s5-r5",
      quote: "自2008年國際金融危機以來，我國經濟已經在向以國內大循環為主體轉變",
    },
  },
  {
    id: "l5-meetings-timeline",
    lessonId: 5,
    skill: "dates",
    type: "ordering",
    prompt: {
      zh: "按附表1的月份，把以下四個場合由早到晚排列。",
      en: "Using the months in table 1, order these four occasions from earliest to latest.",
    },
    events: [
      {
        id: "a",
        text: {
          zh: "中央財經委員會第八次會議",
          en: "8th meeting of the Central Financial and Economic Affairs Commission",
        },
      },
      { id: "b", text: { zh: "企業家座談會", en: "Symposium with entrepreneurs" } },
      {
        id: "c",
        text: {
          zh: "全國兩會經濟界政協委員會議",
          en: "Meeting with CPPCC members from economic circles (Two Sessions)",
        },
      },
      {
        id: "d",
        text: {
          zh: "「十四五」規劃經濟社會領域專家座談會",
          en: "Experts' symposium on the 14th Five-Year Plan",
        },
      },
    ],
    answer: ["c", "b", "d", "a"],
    explanation: {
      zh: "附表1的月份：全國兩會經濟界政協委員會議5月、企業家座談會7月、「十四五」規劃經濟社會領域專家座談會8月、中央財經委員會第八次會議9月。四者月份各不相同，所以表本身已確定先後。",
      en: "Months in table 1: Two Sessions meeting May, entrepreneurs' symposium July, Five-Year-Plan symposium August, CFEAC 8th meeting September. All four months differ, so the table itself fixes the order.",
    },
    source: { paragraphId: "s5-r5", quote: "「十四五」規劃經濟社會領域專家座談會" },
  },
  {
    id: "l5-statements-timeline",
    lessonId: 5,
    skill: "dates",
    type: "ordering",
    prompt: {
      zh: "以下四句話分別出自附表1中不同月份的發言。按發言月份由早到晚排列。",
      en: "These four statements come from speeches in different months in table 1. Order them by month, earliest first.",
    },
    events: [
      {
        id: "a",
        text: {
          zh: "「必須從持久戰的角度加以認識」",
          en: "'Must be understood from the angle of a protracted war'",
        },
      },
      {
        id: "b",
        text: {
          zh: "「流通體系在國民經濟中發揮著基礎性作用」",
          en: "'The circulation system plays a foundational role in the national economy'",
        },
      },
      {
        id: "c",
        text: {
          zh: "「深化供給側結構性改革，充分發揮我國超大規模市場優勢和內需潛力」",
          en: "'Deepen supply-side structural reform, fully leverage our super-large market advantage and domestic-demand potential'",
        },
      },
      {
        id: "d",
        text: {
          zh: "「自2008年國際金融危機以來，我國經濟已經在向以國內大循環為主體轉變」",
          en: "'Since the 2008 international financial crisis, our economy has been shifting towards the domestic great circulation as the mainstay'",
        },
      },
    ],
    answer: ["c", "a", "d", "b"],
    explanation: {
      zh: "c 出自5月中央政治局常委會議；a 出自7月中央政治局會議；d 出自8月「十四五」規劃經濟社會領域專家座談會；b 出自9月中央財經委員會第八次會議。注意 d 句中的「2008年」是所說的內容，不是發言的時間。",
      en: "c is from the May Standing Committee meeting; a from the July Politburo meeting; d from the August Five-Year-Plan symposium; b from the September CFEAC meeting. The '2008' in d is what was said, not when it was said.",
    },
    source: { paragraphId: "s5-r4", quote: "必須從持久戰的角度加以認識" },
  },
  {
    id: "l5-month-matching",
    lessonId: 5,
    skill: "dates",
    type: "matching",
    prompt: {
      zh: "按附表1，把場合與月份配對（右邊有多餘選項）。",
      en: "Using table 1, match each occasion with its month (there are extra options on the right).",
    },
    left: [
      { id: "a", text: { zh: "中央政治局常委會議", en: "Politburo Standing Committee meeting" } },
      { id: "b", text: { zh: "企業家座談會", en: "Symposium with entrepreneurs" } },
      {
        id: "c",
        text: {
          zh: "中央財經委員會第八次會議",
          en: "8th meeting of the Central Financial and Economic Affairs Commission",
        },
      },
    ],
    right: [
      { id: "m5", text: { zh: "5月", en: "May" } },
      { id: "m6", text: { zh: "6月", en: "June" } },
      { id: "m7", text: { zh: "7月", en: "July" } },
      { id: "m8", text: { zh: "8月", en: "August" } },
      { id: "m9", text: { zh: "9月", en: "September" } },
    ],
    answer: { a: "m5", b: "m7", c: "m9" },
    explanation: {
      zh: "附表1：中央政治局常委會議5月、企業家座談會7月、中央財經委員會第八次會議9月。表中沒有6月的場合；8月是「十四五」規劃經濟社會領域專家座談會。",
      en: "Table 1: Standing Committee meeting May, entrepreneurs' symposium July, CFEAC 8th meeting September. No row is in June; August is the Five-Year-Plan experts' symposium.",
    },
    source: { paragraphId: "s5-r7", quote: "中央財經委員會第八次會議" },
  },
  {
    id: "l5-tf-august-before-reform-commission",
    lessonId: 5,
    skill: "dates",
    type: "truefalse",
    prompt: {
      zh: "判斷：按附表1的月份，「十四五」規劃經濟社會領域專家座談會早於中央全面深化改革委員會第十五次會議。",
      en: "True or false: by the months in table 1, the Five-Year-Plan experts' symposium came before the 15th meeting of the Central Comprehensively Deepening Reforms Commission.",
    },
    answer: true,
    explanation: {
      zh: "對。專家座談會在8月，深改委第十五次會議在9月，月份不同，先後由表本身確定。",
      en: "True. The symposium is in August and the reform commission meeting in September; different months, so the table fixes the order.",
    },
    source: { paragraphId: "s5-r6", quote: "中央全面深化改革委員會第十五次會議" },
  },
  {
    id: "l5-tf-july-rows",
    lessonId: 5,
    skill: "dates",
    type: "truefalse",
    prompt: {
      zh: "判斷：附表1中，企業家座談會在7月，而中央政治局會議在8月。",
      en: "True or false: in table 1 the entrepreneurs' symposium is in July and the Politburo meeting in August.",
    },
    answer: false,
    misconception: "wrong-month",
    explanation: {
      zh: "錯。兩者都列在7月；8月的是「十四五」規劃經濟社會領域專家座談會。因為同在7月而表中沒有日子，不能只靠附表1判斷這兩個7月場合誰先誰後（正文則寫明企業家座談會在7月21日、中央政治局會議在7月底）。",
      en: "False. Both are listed under July; the August row is the Five-Year-Plan experts' symposium. Since both are in July and the table gives no days, the table alone does not order these two (the main text dates the entrepreneurs' symposium 21 July and the Politburo meeting the end of July).",
    },
    source: { paragraphId: "s5-r4", quote: "中央政治局會議" },
  },

  // ================================================================ figures
  {
    id: "l5-reform-commission-number",
    lessonId: 5,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "附表1中，9月召開的是中央全面深化改革委員會第幾次會議？（請輸入數字，單位：次）",
      en: "In table 1, which meeting (by number) of the Central Comprehensively Deepening Reforms Commission took place in September? (Enter a number; unit: 次.)",
    },
    answer: 15,
    unit: "次",
    tolerance: 0,
    explanation: {
      zh: "原文是「中央全面深化改革委員會第十五次會議」。同在9月的中央財經委員會會議是「第八次」，不要互換；「十四五」則是規劃的名稱，與會議次數無關。",
      en: "The row reads '中央全面深化改革委員會第十五次會議' (15th). The other September meeting, of the Central Financial and Economic Affairs Commission, is the 8th; '十四五' names a plan, not a meeting count.",
    },
    source: { paragraphId: "s5-r6", quote: "中央全面深化改革委員會第十五次會議" },
  },
  {
    id: "l5-number-body-matching",
    lessonId: 5,
    skill: "figures",
    type: "matching",
    prompt: {
      zh: "把附表1中的數字說法與它所屬的場合配對（右邊有多餘選項）。",
      en: "Match each number expression in table 1 with the occasion it belongs to (extra options on the right).",
    },
    left: [
      { id: "a", text: { zh: "第十五次", en: "The 15th (meeting)" } },
      { id: "b", text: { zh: "第八次", en: "The 8th (meeting)" } },
      { id: "c", text: { zh: "「十四五」", en: "'14th Five-Year' (plan)" } },
    ],
    right: [
      {
        id: "w",
        text: {
          zh: "中央全面深化改革委員會會議",
          en: "Central Comprehensively Deepening Reforms Commission meeting",
        },
      },
      {
        id: "x",
        text: { zh: "中央財經委員會會議", en: "Central Financial and Economic Affairs Commission meeting" },
      },
      {
        id: "y",
        text: {
          zh: "規劃經濟社會領域專家座談會",
          en: "Experts' symposium on the plan in economic and social fields",
        },
      },
      { id: "z", text: { zh: "中央政治局會議", en: "Politburo meeting" } },
    ],
    answer: { a: "w", b: "x", c: "y" },
    explanation: {
      zh: "附表1：「中央全面深化改革委員會第十五次會議」、「中央財經委員會第八次會議」、「「十四五」規劃經濟社會領域專家座談會」。兩個9月會議的編號最容易互換；中央政治局會議在表中沒有編號。",
      en: "Table 1 has '中央全面深化改革委員會第十五次會議', '中央財經委員會第八次會議' and '「十四五」規劃經濟社會領域專家座談會'. The numbers of the two September meetings are the easiest to swap; the Politburo meeting carries no number in the table.",
    },
    source: { paragraphId: "s5-r7", quote: "中央財經委員會第八次會議" },
  },
  {
    id: "l5-tf-two-september-meetings",
    lessonId: 5,
    skill: "figures",
    type: "truefalse",
    prompt: {
      zh: "判斷：附表1中9月的兩個會議，分別是中央全面深化改革委員會第十五次會議和中央財經委員會第八次會議。",
      en: "True or false: the two September meetings in table 1 are the 15th meeting of the Central Comprehensively Deepening Reforms Commission and the 8th meeting of the Central Financial and Economic Affairs Commission.",
    },
    answer: true,
    explanation: {
      zh: "對。表中9月有兩行：「中央全面深化改革委員會第十五次會議」和「中央財經委員會第八次會議」。若記成「深改委第八次」或「財經委第十五次」就是把編號互換了。",
      en: "True. September has two rows: the reform commission's 15th meeting and the CFEAC's 8th. 'Reform commission 8th' or 'CFEAC 15th' would swap the numbers.",
    },
    source: { paragraphId: "s5-r6", quote: "中央全面深化改革委員會第十五次會議" },
  },
  {
    id: "l5-two-markets-cloze",
    lessonId: 5,
    skill: "figures",
    type: "cloze",
    prompt: {
      zh: "填空：企業家座談會上，習近平說以國內大循環為主體要「更好利用」多少個市場、多少種資源？",
      en: "Fill in the blanks: at the entrepreneurs' symposium, how many markets and how many kinds of resources did Xi say should be 'better used'?",
    },
    text: "更好利用國際國內{{1}}市場、{{2}}資源",
    answer: { "1": ["兩個", "2個", "二個", "兩", "2"], "2": ["兩種", "2種", "二種", "兩", "2"] },
    explanation: {
      zh: "原文：「更好利用國際國內兩個市場、兩種資源」，即國際和國內兩個市場、兩種資源都要用。若只填「一個」，就等於把「以國內大循環為主體」誤解為只用國內市場的封閉循環。",
      en: "The text: 'make better use of the two markets and two kinds of resources, international and domestic'. Answering 'one' would misread the domestic-led pattern as a closed loop using only the home market.",
    },
    source: { paragraphId: "s5-r3", quote: "更好利用國際國內兩個市場、兩種資源" },
  },

  // ================================================================ logic
  {
    id: "l5-protracted-war-meeting",
    lessonId: 5,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "附表1中，哪個場合的發言說很多問題是中長期的，「必須從持久戰的角度加以認識」？",
      en: "In table 1, which occasion's speech said many problems are medium- to long-term and 'must be understood from the angle of a protracted war'?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "中央政治局常委會議（5月）", en: "The Politburo Standing Committee meeting (May)" },
        misconception: "wrong-meeting",
      },
      {
        id: "b",
        text: { zh: "企業家座談會（7月）", en: "The symposium with entrepreneurs (July)" },
        misconception: "wrong-meeting",
      },
      { id: "c", text: { zh: "中央政治局會議（7月）", en: "The Politburo meeting (July)" } },
      {
        id: "d",
        text: {
          zh: "中央全面深化改革委員會第十五次會議（9月）",
          en: "The 15th meeting of the Central Comprehensively Deepening Reforms Commission (September)",
        },
        misconception: "wrong-meeting",
      },
    ],
    answer: "c",
    explanation: {
      zh: "「持久戰」出自7月中央政治局會議一行。企業家座談會同在7月，但談的是「百年未有之大變局」和「兩頭在外」；深改委第十五次會議說的是「統籌考慮短期應對和中長期發展」，雖也提到中長期，卻沒有「持久戰」；5月的是政治局「常委」會議。",
      en: "'Protracted war' is in the July Politburo row. The entrepreneurs' symposium, also in July, speaks of 'changes unseen in a century' and 'both ends abroad'; the reform commission mentions 'short-term response and medium- to long-term development' but not a protracted war; the May meeting is the Standing Committee.",
    },
    source: { paragraphId: "s5-r4", quote: "我們遇到的很多問題是中長期的，必須從持久戰的角度加以認識" },
  },
  {
    id: "l5-protracted-war-reason",
    lessonId: 5,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "按附表1中7月中央政治局會議的發言，為甚麼要「從持久戰的角度」認識當前問題？",
      en: "According to the July Politburo meeting in table 1, why must current problems be seen 'from the angle of a protracted war'?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "因為疫情衝擊只是短期的，很快就會過去",
          en: "Because the pandemic shock is only short-term and will soon pass",
        },
        misconception: "short-term-only",
      },
      {
        id: "b",
        text: {
          zh: "因為自2008年國際金融危機以來經濟已在轉向國內大循環",
          en: "Because since the 2008 crisis the economy has been shifting to the domestic circulation",
        },
        misconception: "wrong-meeting",
      },
      {
        id: "c",
        text: {
          zh: "因為流通體系在國民經濟中發揮著基礎性作用",
          en: "Because the circulation system plays a foundational role in the economy",
        },
        misconception: "wrong-meeting",
      },
      {
        id: "d",
        text: {
          zh: "因為經濟形勢仍然複雜嚴峻，遇到的很多問題是中長期的",
          en: "Because the economic situation remains complex and grave and many problems are medium- to long-term",
        },
      },
    ],
    answer: "d",
    explanation: {
      zh: "原文：「當前經濟形勢仍然複雜嚴峻，我們遇到的很多問題是中長期的，必須從持久戰的角度加以認識」——原因是問題的中長期性質。b 與原文相反；c 是8月專家座談會的說法；d 是9月財經委第八次會議的說法。",
      en: "The row: 'the economic situation is still complex and grave; many problems we face are medium- to long-term, so they must be understood as a protracted war'. b contradicts this; c is from the August symposium; d from the September CFEAC meeting.",
    },
    source: { paragraphId: "s5-r4", quote: "當前經濟形勢仍然複雜嚴峻，我們遇到的很多問題是中長期的" },
  },
  {
    id: "l5-circulation-foundational-meeting",
    lessonId: 5,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "附表1中，哪個場合的發言指出「流通體系在國民經濟中發揮著基礎性作用」？",
      en: "In table 1, which occasion's speech said 'the circulation system plays a foundational role in the national economy'?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "中央財經委員會第八次會議",
          en: "8th meeting of the Central Financial and Economic Affairs Commission",
        },
      },
      {
        id: "b",
        text: {
          zh: "中央全面深化改革委員會第十五次會議",
          en: "15th meeting of the Central Comprehensively Deepening Reforms Commission",
        },
        misconception: "wrong-meeting",
      },
      {
        id: "c",
        text: {
          zh: "全國兩會經濟界政協委員會議",
          en: "Meeting with CPPCC members from economic circles (Two Sessions)",
        },
        misconception: "wrong-meeting",
      },
      {
        id: "d",
        text: {
          zh: "「十四五」規劃經濟社會領域專家座談會",
          en: "Experts' symposium on the 14th Five-Year Plan",
        },
        misconception: "wrong-meeting",
      },
    ],
    answer: "a",
    explanation: {
      zh: "這句出自9月中央財經委員會第八次會議。同在9月的深改委第十五次會議談的是改革思維和自由貿易試驗區；兩會和專家座談會雖然都提到「生產、分配、流通、消費」各環節，但沒有說流通體系的「基礎性作用」。",
      en: "It is from the September CFEAC 8th meeting. The reform commission, also in September, spoke of reform thinking and free-trade pilot zones; the Two Sessions meeting and the August symposium mention 'production, distribution, circulation, consumption' but not the circulation system's 'foundational role'.",
    },
    source: { paragraphId: "s5-r7", quote: "流通體系在國民經濟中發揮著基礎性作用" },
  },
  {
    id: "l5-two-ends-weakening-meeting",
    lessonId: 5,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "附表1中，哪個場合的發言說「市場和資源兩頭在外的國際大循環動能明顯減弱」？",
      en: "In table 1, which occasion's speech said 'the momentum of the international great circulation with market and resources both abroad has clearly weakened'?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "企業家座談會", en: "Symposium with entrepreneurs" },
        misconception: "wrong-meeting",
      },
      {
        id: "b",
        text: {
          zh: "「十四五」規劃經濟社會領域專家座談會",
          en: "Experts' symposium on the 14th Five-Year Plan",
        },
      },
      { id: "c", text: { zh: "中央政治局會議", en: "Politburo meeting" }, misconception: "wrong-meeting" },
      {
        id: "d",
        text: { zh: "中央財經委員會第八次會議", en: "8th meeting of the CFEAC" },
        misconception: "wrong-meeting",
      },
    ],
    answer: "b",
    explanation: {
      zh: "這句出自8月「十四五」規劃經濟社會領域專家座談會，並接著說國內大循環活力日益強勁，「此消彼長」。企業家座談會也提到「兩頭在外」，但說的是它「以前」對我國快速發展發揮了重要作用，並沒有用「動能明顯減弱」的說法。",
      en: "It is from the August Five-Year-Plan symposium, which adds that the domestic circulation is growing stronger ('one waning as the other waxes'). The entrepreneurs' symposium also mentions 'both ends abroad', but says it 'previously' played an important role, not that its momentum has weakened.",
    },
    source: { paragraphId: "s5-r5", quote: "市場和資源兩頭在外的國際大循環動能明顯減弱" },
  },
  {
    id: "l5-first-mainstay-mention",
    lessonId: 5,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "按附表1，哪個場合的發言是表中最早出現「以國內大循環為主體」這一說法的？",
      en: "According to table 1, which occasion's speech is the earliest in the table to contain the phrase 'with the domestic great circulation as the mainstay'?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "中央政治局常委會議（5月）", en: "Politburo Standing Committee meeting (May)" },
        misconception: "wrong-meeting",
      },
      {
        id: "b",
        text: { zh: "企業家座談會（7月）", en: "Symposium with entrepreneurs (July)" },
        misconception: "wrong-month",
      },
      {
        id: "c",
        text: {
          zh: "全國兩會經濟界政協委員會議（5月）",
          en: "Two Sessions meeting with CPPCC members (May)",
        },
      },
      {
        id: "d",
        text: { zh: "中央財經委員會第八次會議（9月）", en: "8th CFEAC meeting (September)" },
        misconception: "first-vs-latest",
      },
    ],
    answer: "c",
    explanation: {
      zh: "中央政治局常委會議一行的內容是「深化供給側結構性改革……構建國內國際雙循環相互促進的新發展格局」，沒有「以國內大循環為主體」。同在5月的兩會經濟界政協委員會議一行則說「逐步形成以國內大循環為主體、國內國際雙循環相互促進的新發展格局」；其餘含此說法的各行都在7月或以後。",
      en: "The Standing Committee row ('deepen supply-side structural reform … build a new pattern of mutually reinforcing circulations') lacks the phrase. The Two Sessions row, also in May, says 'gradually form a new pattern with the domestic great circulation as the mainstay'; every other row containing it is in July or later.",
    },
    source: { paragraphId: "s5-r2", quote: "逐步形成以國內大循環為主體、國內國際雙循環相互促進的新發展格局" },
  },
  {
    id: "l5-supply-side-rows",
    lessonId: 5,
    skill: "logic",
    type: "multi",
    prompt: {
      zh: "附表1中，哪些場合的發言內容明確提到「供給側結構性改革」？（選出所有正確答案）",
      en: "In table 1, which occasions' speeches explicitly mention 'supply-side structural reform'? (Select all that apply.)",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "中央全面深化改革委員會第十五次會議",
          en: "15th meeting of the Central Comprehensively Deepening Reforms Commission",
        },
        misconception: "wrong-meeting",
      },
      {
        id: "b",
        text: { zh: "全國兩會經濟界政協委員會議", en: "Two Sessions meeting with CPPCC members" },
        misconception: "wrong-meeting",
      },
      { id: "c", text: { zh: "中央政治局常委會議", en: "Politburo Standing Committee meeting" } },
      {
        id: "d",
        text: { zh: "中央財經委員會第八次會議", en: "8th CFEAC meeting" },
        misconception: "wrong-meeting",
      },
      {
        id: "e",
        text: {
          zh: "「十四五」規劃經濟社會領域專家座談會",
          en: "Experts' symposium on the 14th Five-Year Plan",
        },
      },
    ],
    answer: ["c", "e"],
    explanation: {
      zh: "中央政治局常委會議一行以「深化供給側結構性改革」開頭；專家座談會一行說「要堅持供給側結構性改革這個戰略方向」。深改委第十五次會議雖然通篇講「改革」（改革思維、改革辦法），但沒有提「供給側結構性改革」；兩會一行和財經委一行也沒有。",
      en: "The Standing Committee row opens with 'deepen supply-side structural reform'; the Five-Year-Plan symposium says 'uphold supply-side structural reform as the strategic direction'. The reform commission talks about reform in general (reform thinking and methods) but not supply-side reform; neither do the Two Sessions or CFEAC rows.",
    },
    source: { paragraphId: "s5-r1", quote: "深化供給側結構性改革，充分發揮我國超大規模市場優勢和內需潛力" },
  },
  {
    id: "l5-not-closed-rows",
    lessonId: 5,
    skill: "logic",
    type: "multi",
    prompt: {
      zh: "附表1中，哪些場合的發言明確說以國內大循環為主體的新發展格局「不是」封閉的？（選出所有正確答案）",
      en: "In table 1, which occasions' speeches explicitly say the new domestic-led pattern is NOT closed? (Select all that apply.)",
    },
    choices: [
      { id: "a", text: { zh: "企業家座談會", en: "Symposium with entrepreneurs" } },
      {
        id: "b",
        text: { zh: "中央政治局常委會議", en: "Politburo Standing Committee meeting" },
        misconception: "wrong-meeting",
      },
      {
        id: "c",
        text: { zh: "全國兩會經濟界政協委員會議", en: "Two Sessions meeting with CPPCC members" },
        misconception: "wrong-meeting",
      },
      { id: "d", text: { zh: "中央政治局會議", en: "Politburo meeting" }, misconception: "wrong-meeting" },
      {
        id: "e",
        text: {
          zh: "「十四五」規劃經濟社會領域專家座談會",
          en: "Experts' symposium on the 14th Five-Year Plan",
        },
      },
    ],
    answer: ["a", "e"],
    explanation: {
      zh: "企業家座談會：「以國內大循環為主體，絕不是關起門來封閉運行」；專家座談會：「新發展格局決不是封閉的國內循環，而是開放的國內國際雙循環」。選項中其餘三個場合的發言都沒有這樣的否定說法。",
      en: "Entrepreneurs' symposium: 'domestic circulation as the mainstay is by no means operating behind closed doors'; Five-Year-Plan symposium: 'the new pattern is by no means a closed domestic circulation but an open dual circulation'. The other three rows make no such statement.",
    },
    source: { paragraphId: "s5-r5", quote: "新發展格局決不是封閉的國內循環，而是開放的國內國際雙循環" },
    moreSources: [{ paragraphId: "s5-r3", quote: "以國內大循環為主體，絕不是關起門來封閉運行" }],
  },
  {
    id: "l5-enterprise-considerations",
    lessonId: 5,
    skill: "logic",
    type: "multi",
    prompt: {
      zh: "在企業家座談會上，習近平說形成新發展格局的「主要考慮」包括哪些？（選出所有正確答案）",
      en: "At the entrepreneurs' symposium, which of these did Xi give as 'main considerations' for forming the new pattern? (Select all that apply.)",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "流通體系在國民經濟中發揮著基礎性作用",
          en: "The circulation system plays a foundational role",
        },
        misconception: "wrong-meeting",
      },
      {
        id: "b",
        text: {
          zh: "新一輪科技革命和產業變革蓬勃興起",
          en: "A new round of technological revolution and industrial transformation is surging",
        },
      },
      {
        id: "c",
        text: { zh: "國內人口老齡化加速", en: "Accelerating population ageing at home" },
        misconception: "not-argued",
      },
      {
        id: "d",
        text: {
          zh: "自2008年國際金融危機以來，經濟已在向國內大循環轉變",
          en: "Since the 2008 crisis the economy has been shifting to the domestic circulation",
        },
        misconception: "wrong-meeting",
      },
      {
        id: "e",
        text: {
          zh: "當今世界正經歷百年未有之大變局",
          en: "The world is undergoing changes unseen in a century",
        },
      },
    ],
    answer: ["b", "e"],
    explanation: {
      zh: "原文：「主要考慮是：當今世界正經歷百年未有之大變局，新一輪科技革命和產業變革蓬勃興起」。2008年危機的說法出自8月專家座談會；流通體系的基礎性作用出自9月財經委第八次會議；人口老齡化在附表1中沒有出現。",
      en: "The row: 'the main considerations are: the world is undergoing changes unseen in a century, and a new round of technological revolution and industrial transformation is surging'. The 2008 point is from the August symposium, the circulation system from the September CFEAC meeting; ageing is not mentioned in table 1.",
    },
    source: {
      paragraphId: "s5-r3",
      quote: "主要考慮是：當今世界正經歷百年未有之大變局，新一輪科技革命和產業變革蓬勃興起",
    },
  },
  {
    id: "l5-innovation-measures",
    lessonId: 5,
    skill: "logic",
    type: "multi",
    prompt: {
      zh: "在「十四五」規劃經濟社會領域專家座談會上，習近平為提升自主創新能力提出了哪些做法？（選出所有正確答案）",
      en: "At the Five-Year-Plan experts' symposium, which steps did Xi name for raising independent innovation capacity? (Select all that apply.)",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "由政府部門取代企業成為技術創新的主體",
          en: "Have government departments replace enterprises as the main innovators",
        },
        misconception: "not-argued",
      },
      {
        id: "b",
        text: {
          zh: "堅持開放創新，加強國際科技交流合作",
          en: "Keep innovation open and strengthen international S&T exchange and cooperation",
        },
      },
      { id: "c", text: { zh: "加大對基礎研究的投入", en: "Invest more in basic research" } },
      {
        id: "d",
        text: {
          zh: "培養和引進國際一流人才和科研團隊",
          en: "Train and attract world-class talent and research teams",
        },
      },
      {
        id: "e",
        text: {
          zh: "發揮企業在技術創新中的主體作用",
          en: "Let enterprises play the principal role in technological innovation",
        },
      },
      {
        id: "f",
        text: {
          zh: "停止國際科技合作，完全閉門自主研發",
          en: "Stop international S&T cooperation and develop entirely behind closed doors",
        },
        misconception: "closed-circulation",
      },
    ],
    answer: ["b", "c", "d", "e"],
    explanation: {
      zh: "發言提到：「要發揮企業在技術創新中的主體作用」、基礎研究「要加大投入」、「要大力培養和引進國際一流人才和科研團隊」、「要堅持開放創新，加強國際科技交流合作」。自主創新不等於閉門造車，主體是企業而非政府部門。",
      en: "The speech says: enterprises should play the principal role, invest more in basic research, train and attract world-class talent, and keep innovation open with more international cooperation. Self-reliant innovation does not mean closing the door, and enterprises, not government departments, are the principal actors.",
    },
    source: { paragraphId: "s5-r5", quote: "要堅持開放創新，加強國際科技交流合作" },
  },
  {
    id: "l5-same-month-matching",
    lessonId: 5,
    skill: "logic",
    type: "matching",
    prompt: {
      zh: "以下說法出自附表1中兩個7月和兩個9月的場合。把每句說法與其場合配對（右邊有多餘選項）。",
      en: "These statements come from the two July and the two September occasions in table 1. Match each with its occasion (extra options on the right).",
    },
    left: [
      {
        id: "a",
        text: {
          zh: "「統籌考慮短期應對和中長期發展」",
          en: "'Plan short-term responses and medium- to long-term development as a whole'",
        },
      },
      {
        id: "b",
        text: {
          zh: "「國內循環和國際循環都離不開高效的現代流通體系」",
          en: "'Both circulations depend on an efficient modern circulation system'",
        },
      },
      {
        id: "c",
        text: { zh: "「絕不是關起門來封閉運行」", en: "'By no means operating behind closed doors'" },
      },
      {
        id: "d",
        text: {
          zh: "「當前經濟形勢仍然複雜嚴峻」",
          en: "'The current economic situation remains complex and grave'",
        },
      },
    ],
    right: [
      { id: "r3", text: { zh: "企業家座談會（7月）", en: "Symposium with entrepreneurs (July)" } },
      { id: "r4", text: { zh: "中央政治局會議（7月）", en: "Politburo meeting (July)" } },
      {
        id: "r6",
        text: {
          zh: "中央全面深化改革委員會第十五次會議（9月）",
          en: "15th meeting of the reform commission (September)",
        },
      },
      { id: "r7", text: { zh: "中央財經委員會第八次會議（9月）", en: "8th CFEAC meeting (September)" } },
      {
        id: "r1",
        text: { zh: "中央政治局常委會議（5月）", en: "Politburo Standing Committee meeting (May)" },
      },
      {
        id: "r5",
        text: {
          zh: "「十四五」規劃經濟社會領域專家座談會（8月）",
          en: "Five-Year-Plan experts' symposium (August)",
        },
      },
    ],
    answer: { a: "r6", b: "r7", c: "r3", d: "r4" },
    explanation: {
      zh: "a 出自深改委第十五次會議（「構建新發展格局要善於運用改革思維和改革辦法，統籌考慮短期應對和中長期發展」）；b 出自財經委第八次會議；c 出自企業家座談會；d 出自中央政治局會議（接著說問題是中長期的、要打持久戰）。同月的兩個場合內容不同，最易混淆。",
      en: "a is from the reform commission's 15th meeting; b from the CFEAC 8th meeting; c from the entrepreneurs' symposium; d from the Politburo meeting (which goes on to call for a protracted-war view). Occasions in the same month are the easiest to confuse.",
    },
    source: {
      paragraphId: "s5-r6",
      quote: "構建新發展格局要善於運用改革思維和改革辦法，統籌考慮短期應對和中長期發展",
    },
  },
  {
    id: "l5-statement-meeting-matching",
    lessonId: 5,
    skill: "logic",
    type: "matching",
    prompt: {
      zh: "把附表1中的說法與發言的場合配對（右邊有多餘選項）。",
      en: "Match each statement from table 1 with the occasion where it was made (extra options on the right).",
    },
    left: [
      {
        id: "a",
        text: {
          zh: "「是事關全域〔原文〕的系統性深層次變革」",
          en: "'A systemic, deep-level transformation bearing on the overall situation'",
        },
      },
      {
        id: "b",
        text: {
          zh: "「把滿足國內需求作為發展的出發點和落腳點」",
          en: "'Take meeting domestic demand as the starting point and end point of development'",
        },
      },
      { id: "c", text: { zh: "「帶動世界經濟復蘇」", en: "'Drive the recovery of the world economy'" } },
      {
        id: "d",
        text: {
          zh: "「成為吸引國際商品和要素資源的巨大引力場」",
          en: "'Become a huge gravitational field attracting international goods and factor resources'",
        },
      },
    ],
    right: [
      { id: "r1", text: { zh: "中央政治局常委會議", en: "Politburo Standing Committee meeting" } },
      { id: "r2", text: { zh: "全國兩會經濟界政協委員會議", en: "Two Sessions meeting with CPPCC members" } },
      { id: "r3", text: { zh: "企業家座談會", en: "Symposium with entrepreneurs" } },
      { id: "r4", text: { zh: "中央政治局會議", en: "Politburo meeting" } },
      {
        id: "r5",
        text: { zh: "「十四五」規劃經濟社會領域專家座談會", en: "Five-Year-Plan experts' symposium" },
      },
      {
        id: "r6",
        text: { zh: "中央全面深化改革委員會第十五次會議", en: "15th meeting of the reform commission" },
      },
      { id: "r7", text: { zh: "中央財經委員會第八次會議", en: "8th CFEAC meeting" } },
    ],
    answer: { a: "r6", b: "r2", c: "r3", d: "r5" },
    explanation: {
      zh: "a：深改委第十五次會議稱加快形成新發展格局「是事關全域〔原文〕的系統性深層次變革」；b：兩會經濟界政協委員會議；c：企業家座談會（通過暢通國內大循環「帶動世界經濟復蘇」）；d：專家座談會（我國將「成為吸引國際商品和要素資源的巨大引力場」）。",
      en: "a: the reform commission called the new pattern 'a systemic, deep-level transformation'; b: the Two Sessions meeting; c: the entrepreneurs' symposium (a vibrant domestic circulation will 'drive world recovery'); d: the Five-Year-Plan symposium (China will become 'a huge gravitational field' for international goods and resources).",
    },
    source: { paragraphId: "s5-r6", quote: "是事關全域的系統性深層次變革" },
  },
  {
    id: "l5-tf-two-ends-still-engine",
    lessonId: 5,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：在企業家座談會上，習近平認為市場和資源「兩頭在外」的模式在當前外部環境下仍應是我國發展的主要動力。",
      en: "True or false: at the entrepreneurs' symposium, Xi held that the 'both ends abroad' model should remain China's main engine of growth in the current external environment.",
    },
    answer: false,
    misconception: "past-vs-present",
    explanation: {
      zh: "錯。發言說「以前」在經濟全球化深入發展的環境下，「兩頭在外」對我國快速發展發揮了重要作用；但「在當前保護主義上升、世界經濟低迷、全球市場萎縮的外部環境下」，必須充分發揮國內超大規模市場優勢。過去的作用不等於當前的方向。",
      en: "False. He said 'both ends abroad' played an important role 'previously', under deepening globalisation; but 'in the current environment of rising protectionism, a sluggish world economy and shrinking global markets' China must rely on its huge domestic market. A past role is not the present direction.",
    },
    source: {
      paragraphId: "s5-r3",
      quote: "以前，在經濟全球化深入發展的外部環境下，市場和資源「兩頭在外」對我國快速發展發揮了重要作用",
    },
  },
  {
    id: "l5-tf-circulation-domestic-only",
    lessonId: 5,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：中央財經委員會第八次會議的發言認為，高效的現代流通體系主要服務國內循環，國際循環則不依賴它。",
      en: "True or false: the 8th CFEAC meeting held that an efficient modern circulation system mainly serves the domestic circulation and the international circulation does not depend on it.",
    },
    answer: false,
    misconception: "closed-circulation",
    explanation: {
      zh: "錯。原文：「國內循環和國際循環都離不開高效的現代流通體系」，兩個循環都需要它。",
      en: "False. The row says 'both the domestic and the international circulation depend on an efficient modern circulation system'.",
    },
    source: { paragraphId: "s5-r7", quote: "國內循環和國際循環都離不開高效的現代流通體系" },
  },
  {
    id: "l5-tf-free-trade-zones",
    lessonId: 5,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：中央全面深化改革委員會第十五次會議提出，要把構建新發展格局同實施國家區域協調發展戰略、建設自由貿易試驗區等銜接起來。",
      en: "True or false: the reform commission's 15th meeting called for linking the new development pattern with the regional coordinated development strategy and the building of free-trade pilot zones.",
    },
    answer: true,
    explanation: {
      zh: "對。原文：「要把構建新發展格局同實施國家區域協調發展戰略、建設自由貿易試驗區等銜接起來，在有條件的區域率先探索形成新發展格局，打造改革開放新高地」。",
      en: "True. The row says exactly this, adding that qualified regions should take the lead in exploring the new pattern and become new highlands of reform and opening-up.",
    },
    source: {
      paragraphId: "s5-r6",
      quote: "要把構建新發展格局同實施國家區域協調發展戰略、建設自由貿易試驗區等銜接起來",
    },
  },
  {
    id: "l5-tf-short-term-only",
    lessonId: 5,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：中央全面深化改革委員會第十五次會議認為，構建新發展格局只是應對當前困難的短期措施。",
      en: "True or false: the reform commission's 15th meeting treated building the new pattern as merely a short-term response to current difficulties.",
    },
    answer: false,
    misconception: "short-term-only",
    explanation: {
      zh: "錯。發言要求「統籌考慮短期應對和中長期發展，既要在戰略上佈好局，也要在關鍵處落好子」，並稱它是「戰略決策」、「系統性深層次變革」，兼顧短期與中長期。",
      en: "False. The speech calls for 'planning short-term responses and medium- to long-term development together', calls it a 'strategic decision' and a 'systemic, deep-level transformation': both short and long term.",
    },
    source: {
      paragraphId: "s5-r6",
      quote: "統籌考慮短期應對和中長期發展，既要在戰略上佈好局，也要在關鍵處落好子",
    },
  },

  // ================================================================ terms
  {
    id: "l5-two-ends-meaning",
    lessonId: 5,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "按附表1企業家座談會的發言，「兩頭在外」的「兩頭」指甚麼？",
      en: "According to the entrepreneurs' symposium in table 1, what are the 'two ends' in 'both ends abroad' (兩頭在外)?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "資金和技術", en: "Capital and technology" },
        misconception: "wrong-definition",
      },
      {
        id: "b",
        text: { zh: "生產和消費", en: "Production and consumption" },
        misconception: "wrong-definition",
      },
      { id: "c", text: { zh: "出口和進口", en: "Exports and imports" }, misconception: "wrong-definition" },
      { id: "d", text: { zh: "市場和資源", en: "Markets and resources" } },
    ],
    answer: "d",
    explanation: {
      zh: "原文：「市場和資源「兩頭在外」」；8月專家座談會也說「市場和資源兩頭在外的國際大循環」。資金和技術是正文講引進外資時提到的內容，不是表中「兩頭」的定義；生產和消費是流通體系要聯繫起來的兩端。",
      en: "The row says '市場和資源「兩頭在外」' (markets and resources, both abroad); the August symposium repeats 'markets and resources both abroad'. Capital and technology are what the main text says was brought in from abroad, not the table's 'two ends'; production and consumption are what the circulation system links.",
    },
    source: { paragraphId: "s5-r3", quote: "市場和資源「兩頭在外」" },
  },
  {
    id: "l5-emerging-industries",
    lessonId: 5,
    skill: "terms",
    type: "multi",
    prompt: {
      zh: "在全國兩會經濟界政協委員會議上，習近平點名要加快推進的「戰略性新興產業」包括哪些？（選出所有正確答案）",
      en: "At the Two Sessions meeting with CPPCC members, which 'strategic emerging industries' did Xi name for faster development? (Select all that apply.)",
    },
    choices: [
      {
        id: "a",
        text: { zh: "出口導向型勞動密集型產業", en: "Export-oriented labour-intensive industries" },
        misconception: "old-model",
      },
      { id: "b", text: { zh: "房地產", en: "Real estate" }, misconception: "not-argued" },
      { id: "c", text: { zh: "新材料", en: "New materials" } },
      { id: "d", text: { zh: "智能製造", en: "Smart manufacturing" } },
      { id: "e", text: { zh: "數字經濟", en: "Digital economy" } },
      { id: "f", text: { zh: "生命健康", en: "Life and health" } },
    ],
    answer: ["c", "d", "e", "f"],
    explanation: {
      zh: "原文：「加快推進數字經濟、智慧製造〔原文〕、生命健康、新材料等戰略性新興產業」（即智能製造）。房地產沒有被提及；出口導向型勞動密集型產業是正文描述的舊「外循環」模式，不是戰略性新興產業。",
      en: "The row: 'speed up strategic emerging industries such as the digital economy, smart manufacturing, life and health, and new materials'. Real estate is not mentioned; export-oriented labour-intensive industry is the old 'external circulation' model described in the main text.",
    },
    source: { paragraphId: "s5-r2", quote: "加快推進數字經濟、智慧製造、生命健康、新材料等戰略性新興產業" },
  },
  {
    id: "l5-direction-basepoint-cloze",
    lessonId: 5,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "填空：「十四五」規劃經濟社會領域專家座談會上，哪一項是「戰略方向」，哪一項是「戰略基點」？",
      en: "Fill in the blanks: at the Five-Year-Plan experts' symposium, what is the 'strategic direction' and what is the 'strategic basis'?",
    },
    text: "我們要堅持{{1}}這個戰略方向，扭住{{2}}這個戰略基點",
    answer: { "1": ["供給側結構性改革"], "2": ["擴大內需"] },
    options: ["供給側結構性改革", "擴大內需", "擴大出口", "建設現代流通體系"],
    explanation: {
      zh: "原文：「我們要堅持供給側結構性改革這個戰略方向，扭住擴大內需這個戰略基點」。兩者位置容易互換；「建設現代流通體系」在9月財經委會議上被稱為「一項重要戰略任務」，不是戰略方向或基點；擴大出口則不在此列。",
      en: "The row: 'uphold supply-side structural reform as the strategic direction and hold on to expanding domestic demand as the strategic basis'. The two are easily swapped; the modern circulation system is called 'an important strategic task' at the September CFEAC meeting; expanding exports is not mentioned.",
    },
    source: {
      paragraphId: "s5-r5",
      quote: "我們要堅持供給側結構性改革這個戰略方向，扭住擴大內需這個戰略基點",
    },
  },
  {
    id: "l5-production-consumption-cloze",
    lessonId: 5,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "填空：中央財經委員會第八次會議說，高效流通體系能夠在更大範圍把哪兩者聯繫起來？（填兩個詞，先後不拘）",
      en: "Fill in the blank: according to the 8th CFEAC meeting, an efficient circulation system can link which two things over a wider range? (Two words, in either order.)",
    },
    text: "高效流通體系能夠在更大範圍把{{1}}聯系起來",
    answer: { "1": ["生產和消費", "消費和生產", "生產與消費", "消費與生產", "生產、消費", "消費、生產"] },
    explanation: {
      zh: "原文：「高效流通體系能夠在更大範圍把生產和消費聯系〔原文〕起來，擴大交易範圍，推動分工深化，提高生產效率，促進財富創造」（即「聯繫」）。流通連接的是生產端和消費端，兩者先後不影響意思；不是出口與進口。",
      en: "The row: 'an efficient circulation system can link production and consumption over a wider range, widen trade, deepen the division of labour, raise productivity and promote wealth creation'. Circulation connects production with consumption (in either order); not exports with imports.",
    },
    source: { paragraphId: "s5-r7", quote: "高效流通體系能夠在更大範圍把生產和消費聯系起來" },
  },
  {
    id: "l5-reform-thinking-cloze",
    lessonId: 5,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "填空：中央全面深化改革委員會第十五次會議說，構建新發展格局要善於運用甚麼？",
      en: "Fill in the blanks: according to the reform commission's 15th meeting, what should be skilfully used in building the new pattern?",
    },
    text: "構建新發展格局要善於運用{{1}}和{{2}}",
    answer: { "1": ["改革思維"], "2": ["改革辦法"] },
    options: ["改革思維", "改革辦法", "消費補貼", "行政命令"],
    explanation: {
      zh: "原文：「構建新發展格局要善於運用改革思維和改革辦法」，這與該委員會「全面深化改革」的職能相符。消費補貼和行政命令都不是發言的內容。",
      en: "The row: 'building the new pattern requires skilful use of reform thinking and reform methods', fitting a commission for deepening reform. Consumption subsidies and administrative orders are not mentioned.",
    },
    source: { paragraphId: "s5-r6", quote: "構建新發展格局要善於運用改革思維和改革辦法" },
  },
  {
    id: "l5-tf-ebb-and-flow",
    lessonId: 5,
    skill: "terms",
    type: "truefalse",
    prompt: {
      zh: "判斷：「十四五」規劃經濟社會領域專家座談會用「此消彼長」形容國際大循環動能減弱、國內大循環活力增強的態勢。",
      en: "True or false: the Five-Year-Plan experts' symposium used 'one waning as the other waxes' (此消彼長) to describe the weakening international circulation and the strengthening domestic one.",
    },
    answer: true,
    explanation: {
      zh: "對。發言說「國際大循環動能明顯減弱，而我國內需潛力不斷釋放，國內大循環活力日益強勁，客觀上有著此消彼長的態勢」。「此消彼長」指一方減弱、另一方增強。",
      en: "True. The speech says the international circulation's momentum has weakened while domestic demand and the domestic circulation grow stronger, 'objectively a trend of one waning as the other waxes'.",
    },
    source: { paragraphId: "s5-r5", quote: "國內大循環活力日益強勁，客觀上有著此消彼長的態勢" },
  },
];
