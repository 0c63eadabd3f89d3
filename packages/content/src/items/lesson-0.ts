import type { TItemInput } from "../schema";

/**
 * Lesson 0: the introduction (s0-p1). Where the term 「雙循環」 came from: frequent use since 5月份,
 * the first formulation by the 中央政治局常委會議 on 5月14日, and the latest statement (at the time of
 * writing) at the 中央財經委員會第八次會議 in early September (9月初).
 */
export const items: TItemInput[] = [
  // ---------------------------------------------------------------- dates
  {
    id: "l0-first-proposal-date",
    lessonId: 0,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "根據引言，中央政治局常委會議在哪一天首次提出構建「國內國際雙循環相互促進的新發展格局」？（請輸入月和日）",
      en: "According to the introduction, on what day did the Politburo Standing Committee first put forward building a 'new development pattern in which domestic and international circulations reinforce each other'? (Enter month and day.)",
    },
    answer: { month: 5, day: 14 },
    explanation: {
      zh: "引言寫明「5月14日，中央政治局常委會議首次提出」這一表述。注意「5月份以來」是「雙循環」一詞開始頻繁出現的時段，而5月14日是「首次提出」的具體日子；9月初則是引言提到的最近一次發言。",
      en: "The text says '5月14日，中央政治局常委會議首次提出'. '5月份以來' is the period since when the term has appeared frequently, while 14 May is the specific day it was first put forward; early September is the most recent statement the introduction mentions.",
    },
    source: { paragraphId: "s0-p1", quote: "5月14日，中央政治局常委會議首次提出" },
  },
  {
    id: "l0-frequent-since-month",
    lessonId: 0,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "引言說，「雙循環」一詞自今年哪個月份以來頻繁出現在中央高層會議及國家領導人講話中？（請輸入月份）",
      en: "According to the introduction, since which month of the year has the term 'dual circulation' appeared frequently in top-level central meetings and leaders' speeches? (Enter the month.)",
    },
    answer: { month: 5 },
    explanation: {
      zh: "原文開頭即說「自今年5月份以來，「雙循環」一詞頻繁出現」。這與5月14日中央政治局常委會議首次提出相吻合；並非從7月或9月才開始。",
      en: "The introduction opens with '自今年5月份以來' (since May this year), which fits the first formulation on 14 May; it did not start in July or September.",
    },
    source: { paragraphId: "s0-p1", quote: "自今年5月份以來，「雙循環」一詞頻繁出現" },
  },
  {
    id: "l0-ccfea-eighth-month",
    lessonId: 0,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "習近平主持召開中央財經委員會第八次會議、提出要把建設現代流通體系作為重要戰略任務，是在哪個月（引言說是該月「初」）？（請輸入月份）",
      en: "In which month (the introduction says early in that month) did Xi Jinping chair the 8th meeting of the Central Financial and Economic Affairs Commission, calling the building of a modern circulation system an important strategic task? (Enter the month.)",
    },
    answer: { month: 9 },
    explanation: {
      zh: "原文：「最近一次是在9月初主持召開中央財經委員會第八次會議」。5月是首次提出的月份，不是這次會議的月份。",
      en: "The text: '最近一次是在9月初主持召開中央財經委員會第八次會議' (the most recent was in early September). May is when the idea was first put forward, not when this meeting took place.",
    },
    source: { paragraphId: "s0-p1", quote: "最近一次是在9月初主持召開中央財經委員會第八次會議" },
  },
  {
    id: "l0-intro-sequence",
    lessonId: 0,
    skill: "dates",
    type: "ordering",
    prompt: {
      zh: "按引言所述的先後次序排列以下事件（最早的排第一）。",
      en: "Put these events in the order the introduction gives them (earliest first).",
    },
    events: [
      {
        id: "a",
        text: {
          zh: "習近平主持召開中央財經委員會第八次會議，談及建設現代流通體系",
          en: "Xi chairs the 8th meeting of the Central Financial and Economic Affairs Commission and speaks of a modern circulation system",
        },
      },
      {
        id: "b",
        text: {
          zh: "中央政治局常委會議首次提出構建國內國際雙循環相互促進的新發展格局",
          en: "The Politburo Standing Committee first puts forward the dual-circulation development pattern",
        },
      },
      {
        id: "c",
        text: {
          zh: "習近平在其後多個場合的發言中談及「雙循環」（見附件表1）",
          en: "Xi mentions 'dual circulation' in speeches on several subsequent occasions (see appendix table 1)",
        },
      },
    ],
    answer: ["b", "c", "a"],
    explanation: {
      zh: "引言用「首次提出」（5月14日）、「隨後……在多個場合的發言均談及」和「最近一次是在9月初……第八次會議」三步交代了次序：常委會議首次提出在先，之後是多個場合的發言，9月初的財經委第八次會議是其中最近的一次。",
      en: "The introduction fixes the order with '首次提出' (first, on 14 May), '隨後……在多個場合' (subsequently, on several occasions) and '最近一次是在9月初' (most recently, in early September, at the 8th CFEAC meeting).",
    },
    source: {
      paragraphId: "s0-p1",
      quote: "隨後國家主席習近平在多個場合的發言均談及「雙循環」(見附件表1)，最近一次是在9月初",
    },
  },
  {
    id: "l0-tf-first-at-ccfea",
    lessonId: 0,
    skill: "dates",
    type: "truefalse",
    prompt: {
      zh: "判斷：根據引言，「國內國際雙循環」的發展格局是在9月初的中央財經委員會第八次會議上首次提出的。",
      en: "True or false: according to the introduction, the dual-circulation development pattern was first put forward at the 8th meeting of the Central Financial and Economic Affairs Commission in early September.",
    },
    answer: false,
    misconception: "first-vs-latest",
    explanation: {
      zh: "錯。首次提出的是5月14日的中央政治局常委會議；9月初的中央財經委員會第八次會議是引言提到的「最近一次」發言。把「最近一次」當成「首次」是常見的混淆。",
      en: "False. It was first put forward by the Politburo Standing Committee on 14 May; the early-September CFEAC meeting is the 'most recent' (最近一次) statement the introduction mentions, not the first.",
    },
    source: { paragraphId: "s0-p1", quote: "5月14日，中央政治局常委會議首次提出" },
  },

  // ---------------------------------------------------------------- figures
  {
    id: "l0-ccfea-meeting-number",
    lessonId: 0,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "引言提到，習近平9月初主持召開的是中央財經委員會第幾次會議？（請輸入數字，單位：次）",
      en: "According to the introduction, which meeting (by number) of the Central Financial and Economic Affairs Commission did Xi chair in early September? (Enter a number; unit: 次.)",
    },
    answer: 8,
    unit: "次",
    tolerance: 0,
    explanation: {
      zh: "原文是「中央財經委員會第八次會議」。附表1中同在9月的「第十五次」會議屬於中央全面深化改革委員會，不要混淆。",
      en: "The text says '中央財經委員會第八次會議' (the 8th meeting). The '15th' meeting, also in September in table 1, belongs to the Central Comprehensively Deepening Reforms Commission.",
    },
    source: { paragraphId: "s0-p1", quote: "中央財經委員會第八次會議" },
  },
  {
    id: "l0-tf-fifteenth-meeting",
    lessonId: 0,
    skill: "figures",
    type: "truefalse",
    prompt: {
      zh: "判斷：引言說，習近平9月初主持召開的是中央財經委員會第十五次會議。",
      en: "True or false: the introduction says Xi chaired the 15th meeting of the Central Financial and Economic Affairs Commission in early September.",
    },
    answer: false,
    misconception: "swapped-meeting-numbers",
    explanation: {
      zh: "錯。引言寫的是「中央財經委員會第八次會議」。「第十五次」是附表1中另一個9月的會議——中央全面深化改革委員會第十五次會議——的編號，兩者容易互換。",
      en: "False. The introduction says the 8th meeting (第八次). 'Fifteenth' is the number of the other September meeting in table 1, that of the Central Comprehensively Deepening Reforms Commission; the two numbers are easily swapped.",
    },
    source: { paragraphId: "s0-p1", quote: "9月初主持召開中央財經委員會第八次會議" },
  },
  {
    id: "l0-eighth-refers-to",
    lessonId: 0,
    skill: "figures",
    type: "single",
    prompt: {
      zh: "引言中的「第八次」指的是甚麼？",
      en: "In the introduction, what does 'the eighth' (第八次) count?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "中央財經委員會會議的次序編號：9月初召開的是該委員會的第八次會議",
          en: "The sequence number of the Central Financial and Economic Affairs Commission's meetings: the early-September one was its 8th",
        },
      },
      {
        id: "b",
        text: {
          zh: "習近平在不同場合談及「雙循環」的次數",
          en: "How many times Xi had mentioned 'dual circulation' on different occasions",
        },
        misconception: "wrong-referent",
      },
      {
        id: "c",
        text: {
          zh: "中央政治局常委會議討論「雙循環」的次數",
          en: "How many times the Politburo Standing Committee had discussed 'dual circulation'",
        },
        misconception: "wrong-meeting",
      },
      {
        id: "d",
        text: {
          zh: "「雙循環」寫入的第八個五年規劃",
          en: "The eighth Five-Year Plan, into which 'dual circulation' was written",
        },
        misconception: "not-argued",
      },
    ],
    answer: "a",
    explanation: {
      zh: "「第八次」修飾的是「中央財經委員會……會議」，即該委員會會議的編號。引言只說習近平在「多個場合」談及雙循環，沒有說是八次（附表1列出的是七個場合）；也沒有提及任何「第八個」五年規劃。",
      en: "'第八次' modifies '中央財經委員會……會議': it numbers that commission's meetings. The introduction only says Xi spoke of dual circulation on 'several occasions' (table 1 lists seven), not eight times, and mentions no 'eighth' Five-Year Plan.",
    },
    source: { paragraphId: "s0-p1", quote: "主持召開中央財經委員會第八次會議時表示" },
  },

  // ---------------------------------------------------------------- logic
  {
    id: "l0-first-proposer-body",
    lessonId: 0,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "根據引言，哪個會議在5月14日首次提出構建國內國際雙循環相互促進的新發展格局？",
      en: "According to the introduction, which meeting first put forward, on 14 May, building a new development pattern of mutually reinforcing domestic and international circulations?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "中央政治局會議", en: "A meeting of the (full) Politburo" },
        misconception: "wrong-meeting",
      },
      { id: "b", text: { zh: "中央政治局常委會議", en: "A meeting of the Politburo Standing Committee" } },
      {
        id: "c",
        text: {
          zh: "全國兩會經濟界政協委員會議",
          en: "The meeting with CPPCC members from economic circles during the Two Sessions",
        },
        misconception: "wrong-meeting",
      },
      {
        id: "d",
        text: {
          zh: "中央全面深化改革委員會會議",
          en: "A meeting of the Central Comprehensively Deepening Reforms Commission",
        },
        misconception: "wrong-meeting",
      },
    ],
    answer: "b",
    explanation: {
      zh: "原文：「5月14日，中央政治局常委會議首次提出」。中央政治局會議（附表1中的7月會議）和「常委會議」是不同的會議；兩會經濟界政協委員會議雖然也在5月，但引言說首次提出的是常委會議；深改委會議則在9月。",
      en: "The text: '5月14日，中央政治局常委會議首次提出'. The full Politburo meeting (the July row in table 1) is a different body from its Standing Committee; the Two Sessions meeting was also in May, but the introduction credits the first formulation to the Standing Committee; the reform commission met in September.",
    },
    source: { paragraphId: "s0-p1", quote: "5月14日，中央政治局常委會議首次提出" },
  },
  {
    id: "l0-latest-occasion",
    lessonId: 0,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "引言說，在習近平多個談及「雙循環」的場合中，「最近一次」是哪個場合？",
      en: "According to the introduction, which was the 'most recent' of the occasions on which Xi spoke of 'dual circulation'?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "中央全面深化改革委員會第十五次會議",
          en: "The 15th meeting of the Central Comprehensively Deepening Reforms Commission",
        },
        misconception: "wrong-meeting",
      },
      {
        id: "b",
        text: { zh: "中央政治局常委會議", en: "The Politburo Standing Committee meeting" },
        misconception: "first-vs-latest",
      },
      {
        id: "c",
        text: {
          zh: "中央財經委員會第八次會議",
          en: "The 8th meeting of the Central Financial and Economic Affairs Commission",
        },
      },
      {
        id: "d",
        text: { zh: "企業家座談會", en: "The symposium with entrepreneurs" },
        misconception: "wrong-meeting",
      },
    ],
    answer: "c",
    explanation: {
      zh: "原文：「最近一次是在9月初主持召開中央財經委員會第八次會議時表示」。深改委第十五次會議在附表1中也是9月，但引言點名的「最近一次」是財經委第八次會議；中央政治局常委會議是「首次提出」，不是最近一次。",
      en: "The text: '最近一次是在9月初主持召開中央財經委員會第八次會議時表示'. The reform commission's 15th meeting is also listed under September in table 1, but the introduction names the CFEAC meeting as the most recent; the Standing Committee meeting was the first, not the latest.",
    },
    source: { paragraphId: "s0-p1", quote: "最近一次是在9月初主持召開中央財經委員會第八次會議" },
  },
  {
    id: "l0-circulation-system-role",
    lessonId: 0,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "根據引言所引9月初的發言，建設現代流通體系與新發展格局是甚麼關係？",
      en: "According to the early-September statement quoted in the introduction, how does building a modern circulation system relate to the new development pattern?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "它取代「雙循環」，成為新的發展格局本身",
          en: "It replaces 'dual circulation' and becomes the new development pattern itself",
        },
        misconception: "goal-vs-means",
      },
      {
        id: "b",
        text: {
          zh: "它只服務於國際循環，與國內循環無關",
          en: "It serves only the international circulation and has nothing to do with the domestic one",
        },
        misconception: "not-argued",
      },
      {
        id: "c",
        text: {
          zh: "它是一項短期刺激消費的權宜措施",
          en: "It is a stop-gap measure to stimulate consumption in the short term",
        },
        misconception: "not-argued",
      },
      {
        id: "d",
        text: {
          zh: "它是一項重要的戰略任務，為構建新發展格局提供有力支撐",
          en: "It is an important strategic task that provides strong support for building the new pattern",
        },
      },
    ],
    answer: "d",
    explanation: {
      zh: "原文：「要把建設現代流通體系作為一項重要的戰略任務，為構建……新發展格局提供有力支撐」。流通體系是服務目標的手段（提供支撐），目標仍是新發展格局；引言沒有說它只服務國際循環，也沒有說它是短期權宜之計。",
      en: "The text: 'make building a modern circulation system an important strategic task, to provide strong support for building … the new development pattern'. The circulation system is a means serving the goal; the goal remains the new pattern. Nothing says it serves only the international circulation or is a short-term stop-gap.",
    },
    source: {
      paragraphId: "s0-p1",
      quote: "要把建設現代流通體系作為一項重要的戰略任務，為構建以國內大循環為主體",
    },
  },
  {
    id: "l0-september-pattern-components",
    lessonId: 0,
    skill: "logic",
    type: "multi",
    prompt: {
      zh: "引言所引9月初的發言中，新發展格局包含哪些特點？（選出所有正確答案）",
      en: "In the early-September statement quoted in the introduction, which features does the new development pattern have? (Select all that apply.)",
    },
    choices: [
      { id: "a", text: { zh: "以國內大循環為主體", en: "The domestic great circulation is the mainstay" } },
      {
        id: "b",
        text: {
          zh: "以現代流通體系取代雙循環",
          en: "Replacing dual circulation with a modern circulation system",
        },
        misconception: "goal-vs-means",
      },
      {
        id: "c",
        text: { zh: "關起門來只搞國內循環", en: "Closing the door and running only a domestic circulation" },
        misconception: "closed-circulation",
      },
      {
        id: "d",
        text: {
          zh: "國內國際雙循環相互促進",
          en: "Domestic and international circulations reinforce each other",
        },
      },
      {
        id: "e",
        text: { zh: "以國際大循環為主體", en: "The international great circulation is the mainstay" },
        misconception: "primary-vs-auxiliary",
      },
    ],
    answer: ["a", "d"],
    explanation: {
      zh: "原文說的是「以國內大循環為主體、國內國際雙循環相互促進的新發展格局」。主體是國內循環而非國際循環；「相互促進」說明並非封閉的國內循環；流通體系是為格局「提供有力支撐」的手段，不是取而代之。",
      en: "The quoted pattern is 'with the domestic great circulation as the mainstay and domestic and international circulations reinforcing each other'. The mainstay is domestic, not international; 'reinforcing each other' rules out a closed domestic loop; the circulation system supports the pattern, it does not replace it.",
    },
    source: {
      paragraphId: "s0-p1",
      quote: "為構建以國內大循環為主體、國內國際雙循環相互促進的新發展格局提供有力支撐",
    },
  },
  {
    id: "l0-statement-meeting-matching",
    lessonId: 0,
    skill: "logic",
    type: "matching",
    prompt: {
      zh: "把引言中引用的說法與提出它的會議配對（右邊有多餘選項）。",
      en: "Match each statement quoted in the introduction with the meeting where it was made (there are extra options on the right).",
    },
    left: [
      {
        id: "a",
        text: {
          zh: "充分發揮中國超大規模市場優勢和內需潛力",
          en: "Fully leverage China's super-large market advantage and domestic-demand potential",
        },
      },
      {
        id: "b",
        text: {
          zh: "要把建設現代流通體系作為一項重要的戰略任務",
          en: "Make building a modern circulation system an important strategic task",
        },
      },
      {
        id: "c",
        text: {
          zh: "為構建以國內大循環為主體……的新發展格局提供有力支撐",
          en: "Provide strong support for building the new pattern with the domestic great circulation as the mainstay",
        },
      },
    ],
    right: [
      {
        id: "x",
        text: { zh: "5月14日 中央政治局常委會議", en: "14 May, Politburo Standing Committee meeting" },
      },
      {
        id: "y",
        text: {
          zh: "9月初 中央財經委員會第八次會議",
          en: "Early September, 8th meeting of the Central Financial and Economic Affairs Commission",
        },
      },
      { id: "z", text: { zh: "7月 企業家座談會", en: "July, symposium with entrepreneurs" } },
    ],
    answer: { a: "x", b: "y", c: "y" },
    explanation: {
      zh: "5月14日常委會議首次提出的原話是「充分發揮中國超大規模市場優勢和內需潛力，構建國內國際雙循環相互促進的新發展格局」；建設現代流通體系以及「以國內大循環為主體」的說法，是引言所引9月初財經委第八次會議的發言。引言本身沒有引用企業家座談會的話。",
      en: "The 14 May Standing Committee wording is 'fully leverage China's super-large market advantage and domestic-demand potential, and build a new pattern…'. Both the circulation-system task and the phrase 'domestic great circulation as the mainstay' come from the early-September CFEAC statement quoted in the introduction. The introduction quotes nothing from the entrepreneurs' symposium.",
    },
    source: {
      paragraphId: "s0-p1",
      quote:
        "最近一次是在9月初主持召開中央財經委員會第八次會議時表示，「要把建設現代流通體系作為一項重要的戰略任務",
    },
  },
  {
    id: "l0-tf-may14-main-body",
    lessonId: 0,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：根據引言所引的原話，5月14日中央政治局常委會議首次提出時，已經使用了「以國內大循環為主體」這一說法。",
      en: "True or false: in the wording the introduction quotes, the Politburo Standing Committee on 14 May already used the phrase 'with the domestic great circulation as the mainstay'.",
    },
    answer: false,
    misconception: "wrong-meeting",
    explanation: {
      zh: "錯。引言引用的5月14日原話是「充分發揮中國超大規模市場優勢和內需潛力，構建國內國際雙循環相互促進的新發展格局」，沒有「以國內大循環為主體」。這個說法出現在引言所引9月初財經委第八次會議的發言中。",
      en: "False. The 14 May wording quoted is 'fully leverage … and build a new development pattern in which domestic and international circulations reinforce each other', without 'domestic great circulation as the mainstay'. That phrase appears in the early-September CFEAC statement.",
    },
    source: {
      paragraphId: "s0-p1",
      quote: "首次提出「充分發揮中國超大規模市場優勢和內需潛力，構建國內國際雙循環相互促進的新發展格局」",
    },
  },
  {
    id: "l0-tf-xi-chaired-ccfea",
    lessonId: 0,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：引言說，9月初的中央財經委員會第八次會議由國家主席習近平主持召開。",
      en: "True or false: the introduction says the 8th meeting of the Central Financial and Economic Affairs Commission in early September was chaired by President Xi Jinping.",
    },
    answer: true,
    explanation: {
      zh: "對。原文：「隨後國家主席習近平在多個場合的發言均談及「雙循環」……最近一次是在9月初主持召開中央財經委員會第八次會議時表示」，主語是習近平。",
      en: "True. The subject of '最近一次是在9月初主持召開中央財經委員會第八次會議' is 國家主席習近平 from the preceding clause.",
    },
    source: { paragraphId: "s0-p1", quote: "隨後國家主席習近平在多個場合的發言均談及「雙循環」" },
  },

  // ---------------------------------------------------------------- terms
  {
    id: "l0-where-term-appears",
    lessonId: 0,
    skill: "terms",
    type: "multi",
    prompt: {
      zh: "引言說「雙循環」一詞頻繁出現在哪裏？（選出所有正確答案）",
      en: "Where, according to the introduction, has the term 'dual circulation' appeared frequently? (Select all that apply.)",
    },
    choices: [
      {
        id: "a",
        text: { zh: "全國人大通過的法律條文", en: "Laws passed by the National People's Congress" },
        misconception: "not-argued",
      },
      {
        id: "b",
        text: { zh: "外國政府的聯合聲明", en: "Joint statements of foreign governments" },
        misconception: "not-argued",
      },
      { id: "c", text: { zh: "國家領導人講話", en: "Speeches by state leaders" } },
      {
        id: "d",
        text: { zh: "國內外各界的評論文章", en: "Commentary articles by all circles at home and abroad" },
        misconception: "cause-for-effect",
      },
      { id: "e", text: { zh: "中央高層會議", en: "Top-level central meetings" } },
    ],
    answer: ["c", "e"],
    explanation: {
      zh: "原文：「「雙循環」一詞頻繁出現在中央高層會議及國家領導人講話中，引發了國內外各界的高度關注」。國內外各界的關注是它頻繁出現所引起的結果，不是它出現的地方；引言沒有提到法律條文或外國政府聲明。",
      en: "The text: the term 'appears frequently in top-level central meetings and state leaders' speeches, drawing high attention from all circles at home and abroad'. That attention is the effect, not where the term appears; laws and foreign statements are not mentioned.",
    },
    source: {
      paragraphId: "s0-p1",
      quote: "「雙循環」一詞頻繁出現在中央高層會議及國家領導人講話中，引發了國內外各界的高度關注",
    },
  },
  {
    id: "l0-tf-attention",
    lessonId: 0,
    skill: "terms",
    type: "truefalse",
    prompt: {
      zh: "判斷：引言指出，「雙循環」一詞的頻繁出現引發了國內外各界的高度關注。",
      en: "True or false: the introduction says the frequent appearance of the term 'dual circulation' has drawn close attention from all circles at home and abroad.",
    },
    answer: true,
    explanation: {
      zh: "對。原文：「「雙循環」一詞頻繁出現在中央高層會議及國家領導人講話中，引發了國內外各界的高度關注」。關注來自「國內外」，不只是國內。",
      en: "True. The text says it '引發了國內外各界的高度關注': attention both at home and abroad, not only domestically.",
    },
    source: { paragraphId: "s0-p1", quote: "引發了國內外各界的高度關注" },
  },
  {
    id: "l0-dual-meaning",
    lessonId: 0,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "按引言中「國內國際雙循環相互促進」的說法，「雙循環」的兩個循環是指甚麼？",
      en: "Following the introduction's phrase 'domestic and international dual circulations reinforcing each other', what are the two circulations?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "國內循環與國際循環", en: "The domestic circulation and the international circulation" },
      },
      {
        id: "b",
        text: { zh: "生產循環與消費循環", en: "A production circulation and a consumption circulation" },
        misconception: "wrong-definition",
      },
      {
        id: "c",
        text: { zh: "供給側循環與需求側循環", en: "A supply-side circulation and a demand-side circulation" },
        misconception: "wrong-definition",
      },
      {
        id: "d",
        text: { zh: "沿海循環與內陸循環", en: "A coastal circulation and an inland circulation" },
        misconception: "wrong-definition",
      },
    ],
    answer: "a",
    explanation: {
      zh: "「國內國際雙循環」即國內循環和國際循環兩個循環，兩者「相互促進」。生產與消費、供給與需求是文中討論內循環時的環節，不是「雙循環」的兩個循環。",
      en: "'國內國際雙循環' means the two circulations, domestic and international, which 'reinforce each other'. Production/consumption and supply/demand are links discussed within the domestic circulation, not the two circulations themselves.",
    },
    source: { paragraphId: "s0-p1", quote: "構建國內國際雙循環相互促進的新發展格局" },
  },
  {
    id: "l0-new-pattern-term",
    lessonId: 0,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "5月14日中央政治局常委會議首次提出要「構建」的是甚麼？",
      en: "What did the Politburo Standing Committee on 14 May first propose to build (構建)?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "以國際大循環為主體的新發展格局",
          en: "A new development pattern with the international great circulation as the mainstay",
        },
        misconception: "primary-vs-auxiliary",
      },
      {
        id: "b",
        text: {
          zh: "國內國際雙循環相互促進的新發展格局",
          en: "A new development pattern in which domestic and international circulations reinforce each other",
        },
      },
      {
        id: "c",
        text: { zh: "封閉運行的國內循環", en: "A domestic circulation operating behind closed doors" },
        misconception: "closed-circulation",
      },
      {
        id: "d",
        text: {
          zh: "「兩頭在外、大進大出」的國際大循環",
          en: "The 'both ends abroad, big imports and big exports' international great circulation",
        },
        misconception: "old-model",
      },
    ],
    answer: "b",
    explanation: {
      zh: "原文：「構建國內國際雙循環相互促進的新發展格局」。以國際大循環為主體、「兩頭在外、大進大出」是文中描述的舊發展模式；封閉的國內循環則是文中明確否定的理解。",
      en: "The text: '構建國內國際雙循環相互促進的新發展格局'. An international-led pattern and 'both ends abroad' describe the old model discussed later in the article; a closed domestic loop is the reading the article explicitly rejects.",
    },
    source: { paragraphId: "s0-p1", quote: "構建國內國際雙循環相互促進的新發展格局」" },
  },
  {
    id: "l0-may14-wording-cloze",
    lessonId: 0,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "填空：5月14日中央政治局常委會議首次提出的原話。",
      en: "Fill in the blanks in the wording first put forward by the Politburo Standing Committee on 14 May.",
    },
    text: "充分發揮中國{{1}}優勢和{{2}}潛力，構建國內國際雙循環相互促進的新發展格局",
    answer: { "1": ["超大規模市場"], "2": ["內需"] },
    options: ["超大規模市場", "內需", "外需", "廉價勞動力", "出口"],
    explanation: {
      zh: "原話是「充分發揮中國超大規模市場優勢和內需潛力」。要發揮的是國內市場規模和內需，而不是外需、出口或廉價勞動力——後兩者屬於舊的「外循環」模式。",
      en: "The wording is 'fully leverage China's super-large market advantage and domestic-demand potential'. The levers are market size and domestic demand, not external demand, exports or cheap labour, which belong to the old 'external circulation' model.",
    },
    source: {
      paragraphId: "s0-p1",
      quote: "充分發揮中國超大規模市場優勢和內需潛力，構建國內國際雙循環相互促進的新發展格局",
    },
  },
  {
    id: "l0-september-task-cloze",
    lessonId: 0,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "填空：引言所引習近平9月初在中央財經委員會第八次會議上的說法。",
      en: "Fill in the blanks in Xi's early-September statement at the 8th CFEAC meeting, as quoted in the introduction.",
    },
    text: "要把建設{{1}}作為一項重要的{{2}}",
    answer: { "1": ["現代流通體系"], "2": ["戰略任務"] },
    options: ["現代流通體系", "戰略任務", "自由貿易試驗區", "戰略基點", "戰略方向"],
    explanation: {
      zh: "原文：「要把建設現代流通體系作為一項重要的戰略任務」。「戰略基點」（擴大內需）和「戰略方向」（供給側結構性改革）是附表1中8月專家座談會的說法；自由貿易試驗區則見於9月深改委會議的發言。",
      en: "The text: 'make building a modern circulation system an important strategic task'. 'Strategic basis' (expanding domestic demand) and 'strategic direction' (supply-side structural reform) come from the August symposium in table 1; free-trade pilot zones come from the reform commission's September meeting.",
    },
    source: { paragraphId: "s0-p1", quote: "要把建設現代流通體系作為一項重要的戰略任務" },
  },
];
