import type { TItemInput } from "../../schema";

/**
 * Lesson 5 assessment pool: 附表1, the seven statements on 「雙循環」 (rows s5-r1..s5-r7), read against the
 * body text. What a teacher assesses: which statement belongs to which meeting and month, what the body
 * adds (days that order rows of the same month) and what the table leaves out (the scientists'
 * symposium of the 「六把鑰匙」), how the wording grew (「以國內大循環為主體」 is not in the first row),
 * the labels the speeches give each policy (戰略方向, 戰略基點, 關鍵…), and who compiled the table.
 * The month column cannot be quoted (docs/paragraphs.md): month items quote the row's occasion.
 * Items with `calculation` have keys worked out from the article, not written in it.
 */
export const items: TItemInput[] = [
  // ───────────────────────────── logic ─────────────────────────────
  {
    id: "l5-a-row-without-mainstay",
    pool: "assessment",
    lessonId: 5,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "附表1的七行中，哪一行的主要內容沒有「以國內大循環為主體」這個說法？",
      en: "Which of table 1's seven rows does NOT contain the phrase 'with the domestic great circulation as the mainstay'?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "5月 全國兩會經濟界政協委員會議", en: "May: CPPCC members from economic circles" },
        misconception: "wrong-row",
      },
      {
        id: "b",
        text: { zh: "5月 中央政治局常委會議", en: "May: Politburo Standing Committee meeting" },
      },
      {
        id: "c",
        text: { zh: "7月 中央政治局會議", en: "July: Politburo meeting" },
        misconception: "wrong-row",
      },
      {
        id: "d",
        text: {
          zh: "9月 中央財經委員會第八次會議",
          en: "September: 8th meeting of the Central Financial and Economic Affairs Commission",
        },
        misconception: "wrong-row",
      },
    ],
    answer: "b",
    explanation: {
      zh: "中央政治局常委會議一行只說「構建國內國際雙循環相互促進的新發展格局」，沒有說以誰為主體；其餘六行都有「以國內大循環為主體」。從表中的摘錄看，主次關係是在首次提出之後的發言中才明確寫出的。",
      en: "The Standing Committee row says only 'build a new pattern in which domestic and international circulations promote each other', with no mainstay; the other six rows all have 'with the domestic great circulation as the mainstay'. In the table's excerpts, the hierarchy is spelled out only in the statements after the first.",
    },
    source: { paragraphId: "s5-r1", quote: "構建國內國際雙循環相互促進的新發展格局" },
    moreSources: [
      { paragraphId: "s5-r2", quote: "逐步形成以國內大循環為主體、國內國際雙循環相互促進的新發展格局" },
    ],
  },
  {
    id: "l5-a-body-table-wording",
    pool: "assessment",
    lessonId: 5,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "引言引用習近平「要把建設現代流通體系作為一項重要的戰略任務」；附表1則寫「必須把建設現代流通體系作為一項重要戰略任務來抓」。兩者的關係是？",
      en: "The introduction quotes Xi: 'make building a modern circulation system an important strategic task'; table 1 has 'must take building a modern circulation system as an important strategic task'. How are they related?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "出自不同會議：引言的在5月，附表1的在9月",
          en: "Different meetings: the introduction's in May, the table's in September",
        },
        misconception: "wrong-meeting",
      },
      {
        id: "b",
        text: {
          zh: "附表1沒有列出這次會議",
          en: "Table 1 does not list this meeting",
        },
        misconception: "six-keys-confusion",
      },
      {
        id: "c",
        text: {
          zh: "兩句意思相反：一句說要建設，一句說不必",
          en: "They contradict each other: one says build it, the other says no need",
        },
        misconception: "opposite-meaning",
      },
      {
        id: "d",
        text: {
          zh: "同出9月中央財經委員會第八次會議，意思相同，但字眼略有不同",
          en: "Both come from the 8th CFEAC meeting in September; same meaning, slightly different wording",
        },
      },
    ],
    answer: "d",
    explanation: {
      zh: "引言說這是「9月初主持召開中央財經委員會第八次會議時」的話，附表1的9月中央財經委員會第八次會議一行意思相同，但字眼不同（「一項重要的戰略任務」／「一項重要戰略任務來抓」，「要把」／「必須把」）。批判閱讀時應留意：引文與表中摘錄未必逐字相同。",
      en: "The introduction says Xi said it 'when chairing the 8th CFEAC meeting in early September'; the table's September CFEAC row means the same but words it differently ('要把' vs '必須把', '重要的戰略任務' vs '重要戰略任務來抓'). A critical reader notices that quotations and the table's excerpts are not always word for word.",
    },
    source: { paragraphId: "s5-r7", quote: "必須把建設現代流通體系作為一項重要戰略任務來抓" },
    moreSources: [
      {
        paragraphId: "s0-p1",
        quote:
          "最近一次是在9月初主持召開中央財經委員會第八次會議時表示，「要把建設現代流通體系作為一項重要的戰略任務",
      },
    ],
  },
  {
    id: "l5-a-body-to-row-matching",
    pool: "assessment",
    lessonId: 5,
    skill: "logic",
    type: "matching",
    prompt: {
      zh: "正文提到以下場合。把每一個與附表1中對應的一行配對；附表1沒有的，選「附表1沒有列出」。",
      en: "The body text mentions these occasions. Match each with its row in table 1, or with 'not in table 1'.",
    },
    left: [
      {
        id: "sw",
        text: {
          zh: "5月14日首次提出「構建國內國際雙循環相互促進的新發展格局」",
          en: "14 May: first proposal of 'a new pattern of mutually reinforcing domestic and international circulations'",
        },
      },
      {
        id: "qy",
        text: {
          zh: "7月21日強調「絕不是關起門來封閉運行」",
          en: "21 July: 'by no means running a closed economy behind shut doors'",
        },
      },
      {
        id: "cj",
        text: {
          zh: "7月底指出要以「打持久戰」的角度應對",
          en: "End of July: the problems must be met as a 'protracted war'",
        },
      },
      {
        id: "kx",
        text: {
          zh: "近日強調關鍵核心技術「要不來、買不來、討不來」",
          en: "Recently: key core technologies 'cannot be begged, bought or demanded'",
        },
      },
    ],
    right: [
      { id: "ra", text: { zh: "5月 中央政治局常委會議", en: "May: Politburo Standing Committee meeting" } },
      { id: "rc", text: { zh: "7月 企業家座談會", en: "July: symposium with entrepreneurs" } },
      { id: "rd", text: { zh: "7月 中央政治局會議", en: "July: Politburo meeting" } },
      {
        id: "re",
        text: {
          zh: "8月 「十四五」規劃經濟社會領域專家座談會",
          en: "August: experts' symposium on the 14th Five-Year Plan",
        },
      },
      { id: "nn", text: { zh: "附表1沒有列出", en: "Not in table 1" } },
    ],
    answer: { sw: "ra", qy: "rc", cj: "rd", kx: "nn" },
    explanation: {
      zh: "5月14日是中央政治局常委會議（引言）；7月21日是企業家座談會（第四節）；7月底是中央政治局會議（第三節）；「要不來、買不來、討不來」出自科學家座談會（「六把鑰匙」），附表1沒有這個場合。8月專家座談會雖也談「儘快突破關鍵核心技術」，但不是同一場合。",
      en: "14 May is the Standing Committee meeting (introduction); 21 July the entrepreneurs' symposium (section 4); end of July the Politburo meeting (section 3); 'cannot be begged, bought or demanded' is from the scientists' symposium (the 'six keys'), which is not in table 1. The August experts' symposium also speaks of core technologies, but it is a different occasion.",
    },
    source: { paragraphId: "s5-r3", quote: "絕不是關起門來封閉運行" },
    moreSources: [
      { paragraphId: "s0-p1", quote: "5月14日，中央政治局常委會議首次提出" },
      { paragraphId: "s4-p1", quote: "國家主席習近平在7月21日企業家座談會上強調" },
      { paragraphId: "s3-p3", quote: "今年7月底召開的中央政治局會議" },
      {
        paragraphId: "s3-p4",
        quote: "近日國家主席習近平在科學家座談會上強調「關鍵核心技術要不來、買不來、討不來",
      },
    ],
  },
  {
    id: "l5-a-ebb-flow-in-body",
    pool: "assessment",
    lessonId: 5,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "8月專家座談會說國際大循環動能減弱、國內大循環活力增強，「客觀上有著此消彼長的態勢」。正文哪兩部分的論述分別對應「消」和「長」？",
      en: "The August experts' symposium says the international circulation is weakening and the domestic one strengthening, 'one waning as the other waxes'. Which two parts of the body text correspond to the waning and the waxing?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "「消」：第一節說外循環「由盛轉衰」、已如「強弩之末」；「長」：第二節說外貿依存度回落、內部消費成為經濟增長的主要動力",
          en: "Waning: section 1's outer circulation 'from boom to decline', 'a spent arrow'; waxing: section 2's falling trade dependence and consumption as the main driver of growth",
        },
      },
      {
        id: "b",
        text: {
          zh: "「消」：中國的進口；「長」：中國的出口",
          en: "Waning: China's imports; waxing: its exports",
        },
        misconception: "opposite-meaning",
      },
      {
        id: "c",
        text: {
          zh: "「消」：短期應對；「長」：中長期發展",
          en: "Waning: the short-term response; waxing: long-term development",
        },
        misconception: "wrong-contrast",
      },
      {
        id: "d",
        text: {
          zh: "「消」：需求管理；「長」：供給側改革",
          en: "Waning: demand management; waxing: supply-side reform",
        },
        misconception: "wrong-contrast",
      },
    ],
    answer: "a",
    explanation: {
      zh: "「此消彼長」指一方減弱、另一方增強。正文第一節說2008年後外循環「由盛轉衰」，延續舊路「已如「強弩之末」」；第二節說2019年外貿依存度回落至31.9%，內部消費連續六年成為主要動力。說進口「消」、出口「長」，既與此消彼長的意思無關，也與文章說要擴大進口相反；短期應對與中長期發展是「其二」的兩個層面，並非此消彼長；需求管理與供給側改革是文中說要「有機契合」的兩者。",
      en: "'One wanes as the other waxes': one side weakens as the other grows. Section 1: after 2008 the outer circulation went 'from boom to decline', 'a spent arrow'; section 2: trade dependence fell to 31.9% in 2019 and consumption has led growth for six years. Imports waning and exports waxing is not the point, and the article wants more imports; short-term response and long-term development are the two horizons of the second point; demand management and supply-side reform are two things the text says must fit together.",
    },
    source: { paragraphId: "s5-r5", quote: "客觀上有著此消彼長的態勢" },
    moreSources: [
      { paragraphId: "s1-p5", quote: "要再延續「外循環」的舊路已如「強弩之末」" },
      { paragraphId: "s2-p3", quote: "2019年對外貿的依存度大幅回落至31.9%" },
    ],
  },
  {
    id: "l5-a-2008-watershed-agree",
    pool: "assessment",
    lessonId: 5,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：8月專家座談會說我國經濟自2008年國際金融危機以來已在向以國內大循環為主體轉變；這與正文第一節把2008年視為外循環「由盛轉衰」分水嶺的說法一致。",
      en: "True or false: the August experts' symposium says the economy has been shifting to the domestic circulation since the 2008 crisis; this agrees with section 1 treating 2008 as the watershed where the outer circulation turned from boom to decline.",
    },
    answer: true,
    explanation: {
      zh: "對。兩處都以2008年國際金融危機為轉折點：附表1說「自2008年國際金融危機以來」已在轉變；正文說「2008年全球金融危機爆發是中國經濟「外循環」由盛轉衰的一道分水嶺」。可見「雙循環」雖在2020年提出，轉變卻早已開始。",
      en: "True. Both take the 2008 crisis as the turning point: the table says the shift has been under way 'since the 2008 international financial crisis'; the body calls 2008 the watershed of the outer circulation's decline. Dual circulation was announced in 2020, but the shift began long before.",
    },
    source: {
      paragraphId: "s5-r5",
      quote: "自2008年國際金融危機以來，我國經濟已經在向以國內大循環為主體轉變",
    },
    moreSources: [
      { paragraphId: "s1-p5", quote: "2008年全球金融危機爆發是中國經濟「外循環」由盛轉衰的一道分水嶺" },
    ],
  },
  {
    id: "l5-a-short-long-row",
    pool: "assessment",
    lessonId: 5,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "文章「其二」說「內循環」既是短期應對，也為中長期發展奠定主基調。附表1中，下列哪個場合的發言明確要「統籌考慮短期應對和中長期發展」？",
      en: "The article's second point says the internal circulation is both a short-term response and a long-term keynote. In table 1, which of these occasions explicitly calls for 'weighing short-term response and medium- to long-term development together'?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "全國兩會經濟界政協委員會議（5月）",
          en: "CPPCC members from economic circles (May)",
        },
        misconception: "wrong-meeting",
      },
      {
        id: "b",
        text: { zh: "中央政治局常委會議（5月）", en: "Politburo Standing Committee meeting (May)" },
        misconception: "wrong-meeting",
      },
      {
        id: "c",
        text: {
          zh: "中央全面深化改革委員會第十五次會議（9月）",
          en: "15th meeting of the reform commission (September)",
        },
      },
      {
        id: "d",
        text: {
          zh: "中央財經委員會第八次會議（9月）",
          en: "8th CFEAC meeting (September)",
        },
        misconception: "same-month-confusion",
      },
    ],
    answer: "c",
    explanation: {
      zh: "深改委第十五次會議一行說「構建新發展格局要善於運用改革思維和改革辦法，統籌考慮短期應對和中長期發展」。同在9月的中央財經委員會第八次會議談的是現代流通體系；兩個5月場合談的是內需潛力、內需體系和新興產業。",
      en: "The reform commission's 15th meeting says 'use reform thinking and methods, weighing short-term response and medium- to long-term development together'. The other September meeting (CFEAC) is about the circulation system; the two May rows are about domestic-demand potential, the demand system and new industries.",
    },
    source: { paragraphId: "s5-r6", quote: "統籌考慮短期應對和中長期發展" },
    moreSources: [{ paragraphId: "s3-p1", quote: "推動「內循環」一方面是短期的應對性措施" }],
  },
  {
    id: "l5-a-who-compiled",
    pool: "assessment",
    lessonId: 5,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "引言以「(見附件表1)」引出附表1；表下註明「資料來源：新華社、廠商會研究部整理」。據此，哪一項對附表1的描述最準確？",
      en: "The introduction refers to table 1 ('see table 1'); under the table it says 'Source: Xinhua; compiled by the CMA research department'. On that basis, which description of table 1 is most accurate?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "表中各行是廠商會研究部對習近平講話的評論",
          en: "The rows are the research department's commentary on Xi's speeches",
        },
        misconception: "compiler-as-author",
      },
      {
        id: "b",
        text: {
          zh: "表中內容取材自新華社的報道，由廠商會研究部摘錄整理成重點發言匯總",
          en: "The content is taken from Xinhua reports and compiled by the research department into a summary of key statements",
        },
      },
      {
        id: "c",
        text: {
          zh: "表中是習近平各次講話的全文",
          en: "The table gives the full text of each speech",
        },
        misconception: "excerpt-as-full-text",
      },
      {
        id: "d",
        text: {
          zh: "表中列出了習近平所有談及經濟「內循環」的講話",
          en: "The table lists every speech in which Xi spoke of the internal circulation",
        },
        misconception: "table-is-complete",
      },
    ],
    answer: "b",
    explanation: {
      zh: "「資料來源：新華社、廠商會研究部整理」表示內容來自新華社，由研究部整理；表題稱之為「重點發言匯總」，所以是摘錄而非全文，也不是研究部的評論。文章也沒有說它齊全：表題只說「重點發言」，是選錄；正文提到習近平在科學家座談會上的講話（「六把鑰匙」），表中亦沒有列入。",
      en: "'Source: Xinhua; compiled by the research department' means the content comes from Xinhua and was compiled by the department; the title calls it a summary of key statements, so excerpts, not full texts, and not the department's commentary. Nor does the article claim it is complete: the title says 'key statements', a selection, and Xi's speech at the scientists' symposium (the 'six keys'), mentioned in the body, is not in it.",
    },
    source: { paragraphId: "s0-p1", quote: "隨後國家主席習近平在多個場合的發言均談及「雙循環」(見附件表1)" },
    moreSources: [{ paragraphId: "s3-p4", quote: "近日國家主席習近平在科學家座談會上強調" }],
  },
  {
    id: "l5-a-table-not-complete",
    pool: "assessment",
    lessonId: 5,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：文章正文提到的習近平講話，全部都能在附表1中找到。",
      en: "True or false: every speech by Xi mentioned in the body text can be found in table 1.",
    },
    answer: false,
    misconception: "table-is-complete",
    explanation: {
      zh: "錯。第三節提到習近平在科學家座談會上提出六項措施（「六把鑰匙」），文章並說這「六把鑰匙」論「被解讀為」以「科技自強」作為推動「內循環」的「抓手」，但附表1沒有科學家座談會這一行。最易混淆的是8月「十四五」規劃經濟社會領域專家座談會，它也談自主創新，卻是另一個場合。",
      en: "False. Section 3 mentions Xi's six measures at the scientists' symposium (the 'six keys'), which, the article reports, are read as making self-strengthening the lever of the internal circulation, but table 1 has no row for it. The likeliest confusion is the August Five-Year-Plan experts' symposium, which also speaks of innovation but is a different occasion.",
    },
    source: { paragraphId: "s3-p4", quote: "並提出推動科技創新發展的六項措施" },
    moreSources: [{ paragraphId: "s5-r5", quote: "「十四五」規劃經濟社會領域專家座談會" }],
  },
  {
    id: "l5-a-key-to-mainstay",
    pool: "assessment",
    lessonId: 5,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "8月專家座談會把哪一項稱為「形成以國內大循環為主體的關鍵」？",
      en: "What did the August experts' symposium call 'the key to forming a pattern with the domestic circulation as the mainstay'?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "建設現代流通體系", en: "Building a modern circulation system" },
        misconception: "wrong-label",
      },
      {
        id: "b",
        text: { zh: "擴大內需", en: "Expanding domestic demand" },
        misconception: "wrong-label",
      },
      {
        id: "c",
        text: { zh: "供給側結構性改革", en: "Supply-side structural reform" },
        misconception: "wrong-label",
      },
      {
        id: "d",
        text: {
          zh: "提升自主創新能力，儘快突破關鍵核心技術",
          en: "Raising indigenous innovation and breaking through key core technologies quickly",
        },
      },
    ],
    answer: "d",
    explanation: {
      zh: "原文：「我們更要大力提升自主創新能力，儘快突破關鍵核心技術。這是關係我國發展全域〔原文〕的重大問題，也是形成以國內大循環為主體的關鍵。」同一行中，供給側結構性改革是「戰略方向」，擴大內需是「戰略基點」；建設現代流通體系是9月中央財經委員會所說的「重要戰略任務」。",
      en: "The row: 'we must raise indigenous innovation and break through key core technologies… the key to forming a domestic-led pattern'. In the same row supply-side reform is the 'strategic direction' and domestic demand the 'strategic base point'; the circulation system is the September CFEAC's 'important strategic task'.",
    },
    source: { paragraphId: "s5-r5", quote: "也是形成以國內大循環為主體的關鍵" },
  },
  {
    id: "l5-a-strategic-labels",
    pool: "assessment",
    lessonId: 5,
    skill: "logic",
    type: "matching",
    prompt: {
      zh: "附表1的發言為不同政策定下不同角色。把每個說法與它所形容的政策配對（右邊有多餘選項）。",
      en: "The statements in table 1 give policies different roles. Match each label with the policy it describes (extra option on the right).",
    },
    left: [
      { id: "fx", text: { zh: "「戰略方向」", en: "'Strategic direction'" } },
      { id: "jd", text: { zh: "「戰略基點」", en: "'Strategic base point'" } },
      { id: "rw", text: { zh: "「一項重要戰略任務」", en: "'An important strategic task'" } },
      { id: "cf", text: { zh: "「出發點和落腳點」", en: "'Starting point and end point'" } },
    ],
    right: [
      { id: "gj", text: { zh: "供給側結構性改革", en: "Supply-side structural reform" } },
      { id: "kn", text: { zh: "擴大內需", en: "Expanding domestic demand" } },
      { id: "lt", text: { zh: "建設現代流通體系", en: "Building a modern circulation system" } },
      { id: "mz", text: { zh: "滿足國內需求", en: "Meeting domestic demand" } },
      { id: "dt", text: { zh: "鼓勵地攤經濟", en: "Encouraging street-stall trade" } },
    ],
    answer: { fx: "gj", jd: "kn", rw: "lt", cf: "mz" },
    explanation: {
      zh: "8月專家座談會：「堅持供給側結構性改革這個戰略方向，扭住擴大內需這個戰略基點」；9月中央財經委員會：「把建設現代流通體系作為一項重要戰略任務來抓」；5月全國兩會經濟界政協委員會議：「把滿足國內需求作為發展的出發點和落腳點」。地攤經濟是正文第二節的「微循環」措施，附表1沒有提及。留意：正文「其一」亦說擴大內需「是短期內的出發點，亦是最終的落腳點」，但本題問附表1：表中「出發點和落腳點」形容的是「滿足國內需求」，而「戰略基點」才是擴大內需。",
      en: "August: 'keep supply-side structural reform as the strategic direction and hold on to expanding domestic demand as the strategic base point'; September CFEAC: 'take building a modern circulation system as an important strategic task'; May, CPPCC members: 'make meeting domestic demand the starting and end point'. Street stalls are section 2's 'micro-circulation', not in the table. Note: the body's first point also calls expanding domestic demand the 'starting point' and 'end point', but the item asks about table 1, where that label goes to meeting domestic demand and 'strategic base point' to expanding it.",
    },
    source: {
      paragraphId: "s5-r5",
      quote: "我們要堅持供給側結構性改革這個戰略方向，扭住擴大內需這個戰略基點",
    },
    moreSources: [
      { paragraphId: "s5-r7", quote: "必須把建設現代流通體系作為一項重要戰略任務來抓" },
      { paragraphId: "s5-r2", quote: "把滿足國內需求作為發展的出發點和落腳點" },
    ],
  },
  {
    id: "l5-a-not-only-china",
    pool: "assessment",
    lessonId: 5,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：按附表1，暢通國內大循環只對中國自身有利，與世界經濟無關。",
      en: "True or false: according to table 1, making the domestic circulation flow benefits only China and has nothing to do with the world economy.",
    },
    answer: false,
    misconception: "inner-only-benefits-china",
    explanation: {
      zh: "錯。企業家座談會說要「通過繁榮國內經濟、暢通國內大循環為我國經濟發展增添動力，帶動世界經濟復蘇」；8月專家座談會亦說我國「為其他國家提供的市場機會將更加廣闊」。兩處都把國內大循環與世界經濟連在一起。",
      en: "False. The entrepreneurs' symposium says a flowing domestic circulation adds momentum to China's growth 'and drives the recovery of the world economy'; the August symposium says China's 'market opportunities for other countries will be wider'. Both tie the domestic circulation to the world economy.",
    },
    source: { paragraphId: "s5-r3", quote: "暢通國內大循環為我國經濟發展增添動力，帶動世界經濟復蘇" },
    moreSources: [{ paragraphId: "s5-r5", quote: "為其他國家提供的市場機會將更加廣闊" }],
  },
  {
    id: "l5-a-then-and-now",
    pool: "assessment",
    lessonId: 5,
    skill: "logic",
    type: "matching",
    prompt: {
      zh: "企業家座談會的發言對比了「以前」和「當前」的外部環境。把每項描述歸入正確的時期。",
      en: "The entrepreneurs' symposium contrasts the external environment 'before' and 'now'. Put each description in the right period.",
    },
    left: [
      {
        id: "qh",
        text: { zh: "經濟全球化深入發展", en: "Economic globalisation deepens" },
      },
      {
        id: "bh",
        text: { zh: "保護主義上升", en: "Protectionism rises" },
      },
      {
        id: "lt",
        text: {
          zh: "市場和資源「兩頭在外」對我國快速發展發揮了重要作用",
          en: "Markets and resources 'both ends abroad' play an important part in China's rapid growth",
        },
      },
      {
        id: "sc",
        text: { zh: "全球市場萎縮", en: "Global markets shrink" },
      },
    ],
    right: [
      { id: "yq", text: { zh: "以前", en: "Before" } },
      { id: "dq", text: { zh: "當前", en: "Now" } },
    ],
    answer: { qh: "yq", bh: "dq", lt: "yq", sc: "dq" },
    explanation: {
      zh: "原文：「以前，在經濟全球化深入發展的外部環境下，市場和資源「兩頭在外」對我國快速發展發揮了重要作用。在當前保護主義上升、世界經濟低迷、全球市場萎縮的外部環境下，我們必須充分發揮國內超大規模市場優勢」。外部環境改變，是轉向國內大循環的理由。",
      en: "The row: 'Before, with globalisation deepening, both ends abroad played an important part… Now, with protectionism rising, the world economy sluggish and global markets shrinking, we must fully use our huge home market.' The changed environment is the reason for the turn.",
    },
    source: {
      paragraphId: "s5-r3",
      quote:
        "以前，在經濟全球化深入發展的外部環境下，市場和資源「兩頭在外」對我國快速發展發揮了重要作用。在當前保護主義上升、世界經濟低迷、全球市場萎縮的外部環境下",
    },
  },
  {
    id: "l5-a-open-dual-cloze",
    pool: "assessment",
    lessonId: 5,
    skill: "logic",
    type: "cloze",
    prompt: {
      zh: "填空：8月專家座談會怎樣界定新發展格局？",
      en: "Fill in the blanks: how did the August experts' symposium define the new development pattern?",
    },
    text: "新發展格局決不是{{1}}的國內循環，而是{{2}}的國內國際雙循環",
    answer: { "1": ["封閉"], "2": ["開放"] },
    options: ["封閉", "開放", "單一", "對外", "完整"],
    explanation: {
      zh: "原文：「新發展格局決不是封閉的國內循環，而是開放的國內國際雙循環」。這與企業家座談會「絕不是關起門來封閉運行」一致，也與正文「其三」所說「完整但並不封閉的循環」相呼應。",
      en: "The row: 'the new pattern is by no means a closed domestic circulation but an open domestic-international dual circulation' — consistent with the entrepreneurs' symposium and echoed in the third point's 'complete but not closed circulation'.",
    },
    source: { paragraphId: "s5-r5", quote: "新發展格局決不是封閉的國內循環，而是開放的國內國際雙循環" },
  },

  // ───────────────────────────── dates ─────────────────────────────
  {
    id: "l5-a-first-last-months",
    pool: "assessment",
    lessonId: 5,
    skill: "dates",
    type: "numeric",
    prompt: {
      zh: "按附表1的月份，最早一行（5月）與最晚一行（9月）相隔多少個月？（只輸入數字，單位：個月）",
      en: "By table 1's months, how many months apart are the earliest rows (May) and the latest (September)? (Enter a number; unit: months.)",
    },
    answer: 4,
    unit: "個月",
    tolerance: 0,
    calculation: "9 - 5",
    explanation: {
      zh: "5月的中央政治局常委會議和全國兩會經濟界政協委員會議，到9月的兩個委員會會議，相隔9 − 5 = 4個月；表題所說的「過去幾個月」即指這段時間。答5是把5月到9月的月份數（5、6、7、8、9）當成了相隔的月數。",
      en: "From the two May rows to the two September meetings is 9 − 5 = 4 months, the 'past few months' of the table's title. Answering 5 counts the months May to September inclusive instead of the gap.",
    },
    source: { paragraphId: "s5-r1", quote: "中央政治局常委會議" },
    moreSources: [
      { paragraphId: "s5-r7", quote: "中央財經委員會第八次會議" },
      { paragraphId: "s0-p1", quote: "自今年5月份以來" },
      { paragraphId: "s0-p1", quote: "最近一次是在9月初主持召開中央財經委員會第八次會議" },
    ],
  },
  {
    id: "l5-a-dependence-ratio",
    pool: "assessment",
    lessonId: 5,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "8月專家座談會說國際大循環動能「明顯減弱」。正文的數字可以印證：2019年中國對外貿的依存度（31.9%）約是2006年底歷史最高值（67%）的百分之幾？（取一位小數，單位：%）",
      en: "The August symposium says the international circulation's momentum has 'clearly weakened'. The body's figures bear it out: China's 2019 trade dependence (31.9%) is about what percentage of its end-2006 record (67%)? (One decimal place; unit: %.)",
    },
    answer: 47.6,
    unit: "%",
    tolerance: 0.1,
    calculation: "31.9 / 67 * 100",
    explanation: {
      zh: "31.9 ÷ 67 × 100% ≈ 47.6%，即依存度已降至最高值的不足一半。答35.1是兩數相減得出的「百分點」差距，不是比率；答210是把兩數的位置調轉了。",
      en: "31.9 ÷ 67 × 100% ≈ 47.6%: dependence fell to under half its peak. 35.1 is the difference in percentage points, not the ratio; 210 inverts the two figures.",
    },
    source: { paragraphId: "s5-r5", quote: "市場和資源兩頭在外的國際大循環動能明顯減弱" },
    moreSources: [
      { paragraphId: "s1-p3", quote: "在2006年底更創下67%的歷史最高值" },
      { paragraphId: "s2-p3", quote: "2019年對外貿的依存度大幅回落至31.9%" },
    ],
  },
  {
    id: "l5-a-first-row-day",
    pool: "assessment",
    lessonId: 5,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "附表1第一行（中央政治局常委會議）只寫「5月」。按正文引言，這次會議是5月哪一天？（輸入月和日）",
      en: "Table 1's first row (the Politburo Standing Committee meeting) says only 'May'. By the introduction, on which day of May was it? (Enter month and day.)",
    },
    answer: { month: 5, day: 14 },
    explanation: {
      zh: "引言：「5月14日，中央政治局常委會議首次提出「充分發揮中國超大規模市場優勢和內需潛力，構建國內國際雙循環相互促進的新發展格局」」，與附表1第一行的內容相同（表中作「我國」，引言作「中國」）。",
      en: "The introduction: 'On 14 May the Politburo Standing Committee first proposed…' — the same content as table 1's first row (the table says 我國 'our country', the introduction 中國 'China').",
    },
    source: { paragraphId: "s0-p1", quote: "5月14日，中央政治局常委會議首次提出" },
    moreSources: [{ paragraphId: "s5-r1", quote: "充分發揮我國超大規模市場優勢和內需潛力" }],
  },
  {
    id: "l5-a-cfeac-latest",
    pool: "assessment",
    lessonId: 5,
    skill: "dates",
    type: "truefalse",
    prompt: {
      zh: "判斷：按引言，中央財經委員會第八次會議在9月初召開，是文章寫作時習近平談及「雙循環」的「最近一次」。",
      en: "True or false: by the introduction, the 8th CFEAC meeting was held in early September and was the 'most recent' occasion on which Xi spoke of dual circulation when the article was written.",
    },
    answer: true,
    explanation: {
      zh: "對。引言說「最近一次是在9月初主持召開中央財經委員會第八次會議時表示」。附表1把它列在9月，與中央全面深化改革委員會第十五次會議同月；表本身沒有日子，是引言的「最近一次」說明它是其中較後的一次。",
      en: "True. The introduction: 'the most recent was when he chaired the 8th CFEAC meeting in early September'. Table 1 lists it under September with the reform commission's 15th meeting; the table has no days — the introduction's 'most recent' tells us it came later.",
    },
    source: { paragraphId: "s0-p1", quote: "最近一次是在9月初主持召開中央財經委員會第八次會議時表示" },
    moreSources: [{ paragraphId: "s5-r7", quote: "中央財經委員會第八次會議" }],
  },
  {
    id: "l5-a-body-dates-ordering",
    pool: "assessment",
    lessonId: 5,
    skill: "dates",
    type: "ordering",
    prompt: {
      zh: "附表1有兩個7月場合，只靠表格分不出先後。結合正文所給的日子，把下列場合由早到晚排列。",
      en: "Table 1 has two July occasions it cannot order by itself. Using the days given in the body text as well, order these occasions, earliest first.",
    },
    events: [
      {
        id: "zz",
        text: { zh: "中央政治局會議（「持久戰」）", en: "The Politburo meeting ('protracted war')" },
      },
      { id: "cw", text: { zh: "中央政治局常委會議", en: "The Politburo Standing Committee meeting" } },
      {
        id: "sw",
        text: {
          zh: "「十四五」規劃經濟社會領域專家座談會",
          en: "The experts' symposium on the 14th Five-Year Plan",
        },
      },
      { id: "ah", text: { zh: "企業家座談會", en: "The symposium with entrepreneurs" } },
      {
        id: "bc",
        text: { zh: "中央財經委員會第八次會議", en: "The 8th CFEAC meeting" },
      },
    ],
    answer: ["cw", "ah", "zz", "sw", "bc"],
    explanation: {
      zh: "中央政治局常委會議5月14日；企業家座談會7月21日；中央政治局會議「今年7月底」；專家座談會8月；中央財經委員會第八次會議9月初。兩個7月場合的先後要靠正文：7月21日早於7月底。",
      en: "Standing Committee 14 May; entrepreneurs' symposium 21 July; Politburo meeting 'end of July'; experts' symposium August; CFEAC 8th meeting early September. The two July occasions are ordered only by the body text: 21 July is before the end of July.",
    },
    source: { paragraphId: "s5-r4", quote: "中央政治局會議" },
    moreSources: [
      { paragraphId: "s4-p1", quote: "國家主席習近平在7月21日企業家座談會上強調" },
      { paragraphId: "s3-p3", quote: "今年7月底召開的中央政治局會議" },
      { paragraphId: "s0-p1", quote: "5月14日，中央政治局常委會議首次提出" },
    ],
  },

  // ───────────────────────────── figures ─────────────────────────────
  {
    id: "l5-a-rows-by-month",
    pool: "assessment",
    lessonId: 5,
    skill: "figures",
    type: "truefalse",
    prompt: {
      zh: "判斷：附表1共七行：5月兩行、7月兩行、8月一行、9月兩行，6月沒有。",
      en: "True or false: table 1 has seven rows: two in May, two in July, one in August, two in September, none in June.",
    },
    answer: true,
    explanation: {
      zh: "對。5月：中央政治局常委會議、全國兩會經濟界政協委員會議；7月：企業家座談會、中央政治局會議；8月：「十四五」規劃經濟社會領域專家座談會；9月：中央全面深化改革委員會第十五次會議、中央財經委員會第八次會議。2 + 2 + 1 + 2 = 7，6月沒有任何一行。",
      en: "True. May: the Standing Committee and the CPPCC members' meeting; July: the entrepreneurs' symposium and the Politburo meeting; August: the Five-Year-Plan experts' symposium; September: the reform commission's 15th and the CFEAC's 8th meetings. 2 + 2 + 1 + 2 = 7; June has none.",
    },
    source: { paragraphId: "s5-r2", quote: "全國兩會經濟界政協委員會議" },
    moreSources: [
      { paragraphId: "s5-r4", quote: "中央政治局會議" },
      { paragraphId: "s5-r5", quote: "「十四五」規劃經濟社會領域專家座談會" },
      { paragraphId: "s5-r6", quote: "中央全面深化改革委員會第十五次會議" },
    ],
  },
  {
    id: "l5-a-years-since-crisis",
    pool: "assessment",
    lessonId: 5,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "8月專家座談會說，自2008年國際金融危機以來，我國經濟已在向以國內大循環為主體轉變。到發言當年（2020年），這個轉變已進行了多少年？",
      en: "The August symposium says the economy has been shifting to the domestic circulation since the 2008 crisis. By the year of the speech (2020), how many years had the shift been under way?",
    },
    answer: 12,
    unit: "年",
    tolerance: 0,
    calculation: "2020 - 2008",
    explanation: {
      zh: "2020 − 2008 = 12。換言之，「雙循環」在2020年才正式提出，但按這次發言，轉變早在12年前已經開始。",
      en: "2020 − 2008 = 12: dual circulation was announced in 2020, but by this statement the shift began twelve years earlier.",
    },
    source: { paragraphId: "s5-r5", quote: "自2008年國際金融危機以來" },
    moreSources: [{ paragraphId: "s3-p1", quote: "2020年初突如其來的新冠肺炎疫情" }],
  },
  {
    id: "l5-a-circulation-chain",
    pool: "assessment",
    lessonId: 5,
    skill: "logic",
    type: "ordering",
    prompt: {
      zh: "中央財經委員會第八次會議說明高效流通體系為何重要，用了一條環環相扣的推理。把下列環節按發言的推理次序排列。",
      en: "The 8th CFEAC meeting explains why an efficient circulation system matters with a chain of reasoning. Put the links in the order of the statement's reasoning.",
    },
    events: [
      { id: "fg", text: { zh: "推動分工深化", en: "Deepen the division of labour" } },
      { id: "cf", text: { zh: "促進財富創造", en: "Promote the creation of wealth" } },
      {
        id: "lx",
        text: {
          zh: "在更大範圍把生產和消費聯繫起來",
          en: "Link production and consumption over a wider area",
        },
      },
      { id: "xl", text: { zh: "提高生產效率", en: "Raise productivity" } },
      { id: "jy", text: { zh: "擴大交易範圍", en: "Widen the scope of trade" } },
    ],
    answer: ["lx", "jy", "fg", "xl", "cf"],
    explanation: {
      zh: "原文：「高效流通體系能夠在更大範圍把生產和消費聯系〔原文〕起來，擴大交易範圍，推動分工深化，提高生產效率，促進財富創造。」先連接生產和消費，市場擴大，分工才能深化；分工深化提高效率，最後才創造財富。這也是它被稱為「基礎性作用」的原因。",
      en: "The row: 'an efficient circulation system links production and consumption over a wider area, widens trade, deepens the division of labour, raises productivity and promotes wealth creation.' A wider market allows a finer division of labour, which raises productivity and, last, creates wealth — why circulation is called 'foundational'.",
    },
    source: {
      paragraphId: "s5-r7",
      quote:
        "高效流通體系能夠在更大範圍把生產和消費聯系起來，擴大交易範圍，推動分工深化，提高生產效率，促進財富創造",
    },
  },

  // ───────────────────────────── terms ─────────────────────────────
  {
    id: "l5-a-reform-kinds",
    pool: "assessment",
    lessonId: 5,
    skill: "terms",
    type: "multi",
    prompt: {
      zh: "中央全面深化改革委員會第十五次會議要加快推進哪幾類改革？（選出所有正確答案）",
      en: "Which kinds of reform did the reform commission's 15th meeting say must be sped up? (Select all that apply.)",
    },
    choices: [
      {
        id: "a",
        text: { zh: "有利於擴大出口的改革", en: "Reforms that expand exports" },
        misconception: "not-in-text",
      },
      {
        id: "b",
        text: {
          zh: "有利於提高資源配置效率的改革",
          en: "Reforms that raise the efficiency of resource allocation",
        },
      },
      {
        id: "c",
        text: { zh: "有利於增加消費補貼的改革", en: "Reforms that increase consumption subsidies" },
        misconception: "subsidy-revival",
      },
      {
        id: "d",
        text: {
          zh: "有利於提高發展品質和效益的改革",
          en: "Reforms that raise the quality and returns of development",
        },
      },
      {
        id: "e",
        text: {
          zh: "有利於調動各方面積極性的改革",
          en: "Reforms that motivate all parties",
        },
      },
    ],
    answer: ["b", "d", "e"],
    explanation: {
      zh: "原文：「要加快推進有利於提高資源配置效率的改革，有利於提高發展品質和效益的改革，有利於調動各方面積極性的改革」。發言沒有提擴大出口或增加消費補貼；正文「其一」更說「內循環」不意味消費補貼政策「捲土重來」。",
      en: "The row: 'speed up reforms that raise the efficiency of resource allocation, reforms that raise the quality and returns of development, reforms that motivate all parties'. Exports and subsidies are not mentioned; the article's first point even says subsidies will not 'make a comeback'.",
    },
    source: {
      paragraphId: "s5-r6",
      quote:
        "要加快推進有利於提高資源配置效率的改革，有利於提高發展品質和效益的改革，有利於調動各方面積極性的改革",
    },
  },
  {
    id: "l5-a-gravity-field",
    pool: "assessment",
    lessonId: 5,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "8月專家座談會說我國將「成為吸引國際商品和要素資源的巨大引力場」。「引力場」在這裏比喻甚麼？",
      en: "The August symposium says China will become 'a huge gravitational field attracting international goods and factor resources'. What does the 'gravitational field' stand for?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "中國市場像強大的引力，把外國商品和資源吸引過來",
          en: "China's market pulls in foreign goods and resources like strong gravity",
        },
      },
      {
        id: "b",
        text: {
          zh: "中國把資本和產品大量輸出到外國",
          en: "China sends large amounts of capital and goods abroad",
        },
        misconception: "opposite-meaning",
      },
      {
        id: "c",
        text: {
          zh: "中國興建大型物理研究設施",
          en: "China builds large physics research facilities",
        },
        misconception: "literal-reading",
      },
      {
        id: "d",
        text: {
          zh: "中國與其他國家的貿易爭端",
          en: "Trade disputes between China and other countries",
        },
        misconception: "not-in-text",
      },
    ],
    answer: "a",
    explanation: {
      zh: "「引力場」是比喻：中國巨大的市場像引力一樣吸引國際商品和要素資源流入。這呼應同句「為其他國家提供的市場機會將更加廣闊」，也說明新發展格局是開放的。方向是「吸引進來」，不是輸出。",
      en: "A metaphor: China's huge market draws in international goods and factors like gravity — echoing 'wider market opportunities for other countries' and showing the pattern is open. The direction is inward, not outward.",
    },
    source: { paragraphId: "s5-r5", quote: "成為吸引國際商品和要素資源的巨大引力場" },
  },
  {
    id: "l5-a-chess-metaphor",
    pool: "assessment",
    lessonId: 5,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "深改委第十五次會議說「既要在戰略上佈好局，也要在關鍵處落好子」。這個下棋的比喻是甚麼意思？",
      en: "The reform commission's 15th meeting says 'lay out the board well in strategy, and place the pieces well at the key points'. What does this chess image mean?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "只要訂好長遠規劃，具體措施可以之後再說",
          en: "A long-term plan is enough; concrete measures can wait",
        },
        misconception: "half-the-metaphor",
      },
      {
        id: "b",
        text: {
          zh: "既要有整體的戰略規劃，也要在關鍵環節採取具體而準確的措施",
          en: "Have an overall strategic plan and also take precise concrete steps at the key points",
        },
      },
      {
        id: "c",
        text: {
          zh: "改革要像下棋一樣輪流進行，不能同時推進",
          en: "Reforms must take turns like moves in chess, never at the same time",
        },
        misconception: "literal-reading",
      },
      {
        id: "d",
        text: {
          zh: "要在國際談判中戰勝對手",
          en: "Defeat rivals in international negotiations",
        },
        misconception: "not-in-text",
      },
    ],
    answer: "b",
    explanation: {
      zh: "「佈局」是整體謀劃，「落子」是在具體位置下棋子，合起來指宏觀戰略與關鍵環節的具體措施兩者兼顧。同一發言說要「統籌考慮短期應對和中長期發展」、「加強改革舉措的系統集成、協同高效」，並非只顧長遠，也不是輪流推進。",
      en: "'Laying out the board' is overall planning; 'placing pieces' is concrete moves at key points: both the big strategy and precise steps. The same statement calls for weighing short and long term together and integrated, coordinated reform — not long-term plans alone, nor reforms taking turns.",
    },
    source: { paragraphId: "s5-r6", quote: "既要在戰略上佈好局，也要在關鍵處落好子" },
  },
  {
    id: "l5-a-blockages-cloze",
    pool: "assessment",
    lessonId: 5,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "填空：深改委第十五次會議要求改革舉措系統集成、協同高效，達到甚麼效果？",
      en: "Fill in the blanks: what should integrated, coordinated reform measures achieve, according to the reform commission's 15th meeting?",
    },
    text: "加強改革舉措的系統集成、協同高效，打通{{1}}，激發{{2}}",
    answer: { "1": ["淤點堵點"], "2": ["整體效應"] },
    explanation: {
      zh: "原文：「加強改革舉措的系統集成、協同高效，打通淤點堵點，激發整體效應」。「淤點堵點」比喻經濟循環中阻塞不通的環節，與「暢通國內大循環」的說法一致。",
      en: "The row: 'integrate reform measures, coordinate them efficiently, clear the silted and blocked points, release the overall effect'. 'Blocked points' are where the economic circulation gets stuck, in line with 'making the domestic circulation flow'.",
    },
    source: { paragraphId: "s5-r6", quote: "加強改革舉措的系統集成、協同高效，打通淤點堵點，激發整體效應" },
  },
  {
    id: "l5-a-wax-wane-cloze",
    pool: "assessment",
    lessonId: 5,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "填空：8月專家座談會怎樣描述國際大循環與國內大循環的變化？",
      en: "Fill in the blanks: how did the August symposium describe the change in the international and domestic circulations?",
    },
    text: "市場和資源兩頭在外的國際大循環動能明顯{{1}}，而我國內需潛力不斷{{2}}，國內大循環活力日益{{3}}",
    answer: { "1": ["減弱"], "2": ["釋放"], "3": ["強勁", "增強"] },
    options: ["減弱", "釋放", "強勁", "增強", "壓抑", "外移"],
    explanation: {
      zh: "原文：「市場和資源兩頭在外的國際大循環動能明顯減弱，而我國內需潛力不斷釋放，國內大循環活力日益強勁，客觀上有著此消彼長的態勢」。一減一增，正是「此消彼長」。第三格填「增強」意思相同，亦算對。",
      en: "The row: 'the momentum of the international circulation with both ends abroad has clearly weakened, while domestic demand keeps being released and the domestic circulation grows ever stronger — one wanes as the other waxes'. In the third blank 增強 means the same as 強勁 and is accepted.",
    },
    source: {
      paragraphId: "s5-r5",
      quote: "市場和資源兩頭在外的國際大循環動能明顯減弱，而我國內需潛力不斷釋放，國內大循環活力日益強勁",
    },
  },
];
