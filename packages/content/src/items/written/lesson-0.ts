import type { TWrittenItemInput } from "../../item-types/written";

/**
 * Written items, lesson 0 (the introduction, s0-p1): what the new development pattern is, what the
 * September meeting added, and what the title's 「大船轉舵」 turns from and to. In our Chinese prose
 * 「…」 marks the article's own words (checked verbatim by test/written.test.ts).
 */
export const items: TWrittenItemInput[] = [
  {
    id: "l0-written-new-pattern-meaning",
    pool: "assessment",
    lessonId: 0,
    skill: "terms",
    type: "written",
    prompt: {
      zh: "用自己的話解釋5月14日中央政治局常委會議提出的「構建國內國際雙循環相互促進的新發展格局」：兩個「循環」各指甚麼？「相互促進」是甚麼意思？會議要憑藉中國的甚麼條件來構建它？",
      en: "In your own words, explain the 'new development pattern in which domestic and international circulation reinforce each other' put forward by the Politburo Standing Committee on 14 May: what are the two circulations, what does 'reinforce each other' mean, and what strengths of China was the meeting relying on to build it?",
    },
    modelAnswer: {
      zh: "「雙循環」可拆成以國內為主的「內循環」和以國際為主的「外循環」。「相互促進」是說兩者不是各走各路，而是互相帶動、互相推動。會議要「充分發揮中國超大規模市場優勢和內需潛力」，即憑藉中國龐大的市場和尚待發揮的內部需求來構建這個格局。",
      en: "'Dual circulation' splits into an internal circulation centred on the domestic economy and an external one centred on the world economy. 'Reinforce each other' means the two do not go separate ways but drive each other forward. The meeting relied on 'making full use of the advantages of China's very large market and the potential of its domestic demand': its huge market and domestic demand not yet fully tapped.",
    },
    rubric: [
      {
        id: "two-circulations",
        points: 2,
        description: {
          zh: "說出兩個循環：以國內為主的「內循環」和以國際為主的「外循環」（只說出一個不給分）。",
          en: "Names both circulations: the internal one centred on the domestic economy and the external one centred on the world economy (one alone earns nothing).",
        },
        sources: [
          {
            paragraphId: "s1-p1",
            quote: "從以國內為主的「內循環」和以國際為主的「外循環」兩個層面去理解",
          },
        ],
      },
      {
        id: "reinforce",
        points: 1,
        description: {
          zh: "解釋「相互促進」：兩個循環互相帶動，而不是互相取代或各自分開。",
          en: "Explains 'reinforce each other': the two circulations drive each other, rather than replacing each other or running apart.",
        },
        sources: [
          { paragraphId: "s0-p1", quote: "構建國內國際雙循環相互促進的新發展格局" },
          { paragraphId: "s4-p1", quote: "這意味著內外循環並非相互割裂和對立" },
        ],
      },
      {
        id: "strengths",
        points: 1,
        description: {
          zh: "指出會議憑藉的條件：中國的超大規模市場優勢和內需潛力。",
          en: "Names the strengths the meeting relied on: China's very large market and the potential of its domestic demand.",
        },
        sources: [{ paragraphId: "s0-p1", quote: "充分發揮中國超大規模市場優勢和內需潛力" }],
      },
    ],
    explanation: {
      zh: "引言只引述了會議的一句話；兩個循環的定義在第一節第一段。常見失分：把「相互促進」說成內循環取代外循環；第四節說內外循環「並非相互割裂和對立」。",
      en: "The introduction quotes one sentence of the meeting; the two circulations are defined in the first paragraph of section 1. A common slip: saying 'reinforce each other' means the internal circulation replaces the external one; section 4 says the two are neither cut off from nor opposed to each other.",
    },
    source: { paragraphId: "s0-p1", quote: "5月14日，中央政治局常委會議首次提出" },
    moreSources: [
      {
        paragraphId: "s1-p1",
        quote: "從以國內為主的「內循環」和以國際為主的「外循環」兩個層面去理解",
      },
      { paragraphId: "s4-p1", quote: "兩者之間互通互聯、互為促進的關係反而需要進一步加強和優化" },
    ],
  },
  {
    id: "l0-written-circulation-system-task",
    pool: "assessment",
    lessonId: 0,
    skill: "logic",
    type: "written",
    prompt: {
      zh: "9月初中央財經委員會第八次會議把甚麼定為一項重要的戰略任務？根據附表1，這項任務為甚麼能支撐新發展格局？",
      en: "What did the eighth meeting of the Central Financial and Economic Affairs Commission in early September name as an important strategic task? According to Table 1, why does that task support the new development pattern?",
    },
    modelAnswer: {
      zh: "會議要「把建設現代流通體系作為一項重要的戰略任務」，為新發展格局「提供有力支撐」。附表1解釋，流通體系在國民經濟中發揮基礎性作用：高效的流通體系能在更大範圍連接生產和消費，擴大交易範圍、推動分工深化、提高生產效率；而且「國內循環和國際循環都離不開高效的現代流通體系」，所以它同時支撐內外兩個循環。",
      en: "The meeting made 'building a modern circulation system an important strategic task' that 'provides strong support' for the new pattern. Table 1 explains that the circulation system plays a basic role in the economy: an efficient one links production and consumption over a wider area, widens trade, deepens the division of labour and raises productivity; and 'both the domestic and the international circulation depend on an efficient modern circulation system', so it supports both circulations at once.",
    },
    rubric: [
      {
        id: "task",
        points: 1,
        description: {
          zh: "說出任務：建設現代流通體系。",
          en: "Names the task: building a modern circulation system.",
        },
        sources: [{ paragraphId: "s0-p1", quote: "要把建設現代流通體系作為一項重要的戰略任務" }],
      },
      {
        id: "links-production-consumption",
        points: 1,
        description: {
          zh: "說明流通體系的作用：在更大範圍連接生產和消費，擴大交易範圍、推動分工深化或提高生產效率（說出其一即可）。",
          en: "Says what the circulation system does: links production and consumption over a wider area, widens trade, deepens the division of labour or raises productivity (any one).",
        },
        sources: [
          { paragraphId: "s5-r7", quote: "高效流通體系能夠在更大範圍把生產和消費聯系起來" },
          { paragraphId: "s5-r7", quote: "擴大交易範圍，推動分工深化，提高生產效率，促進財富創造" },
        ],
      },
      {
        id: "both-circulations",
        points: 2,
        description: {
          zh: "指出內外兩個循環都依靠它：「國內循環和國際循環都離不開高效的現代流通體系」。",
          en: "Points out that both circulations rest on it: 'both the domestic and the international circulation depend on an efficient modern circulation system'.",
        },
        sources: [{ paragraphId: "s5-r7", quote: "國內循環和國際循環都離不開高效的現代流通體系" }],
      },
    ],
    explanation: {
      zh: "任務本身在引言；為甚麼它能支撐格局，要讀附表1最後一行（9月中央財經委員會第八次會議）。只寫流通重要而不說它連接甚麼，不給第二項分。",
      en: "The task is in the introduction; why it supports the pattern is in the last row of Table 1 (the eighth meeting of the Financial and Economic Affairs Commission). 'Circulation matters' without saying what it links earns no mark for the second criterion.",
    },
    source: { paragraphId: "s0-p1", quote: "要把建設現代流通體系作為一項重要的戰略任務" },
    moreSources: [{ paragraphId: "s5-r7", quote: "流通體系在國民經濟中發揮著基礎性作用" }],
  },
  {
    id: "l0-written-two-wordings",
    pool: "assessment",
    lessonId: 0,
    skill: "logic",
    type: "written",
    prompt: {
      zh: "引言引述了兩次提法：5月14日中央政治局常委會議的一句，和9月初中央財經委員會第八次會議的一句。比較兩句對新發展格局的寫法，後一句多了甚麼？多出的部分說明內外兩個循環之間是甚麼關係？",
      en: "The introduction quotes two statements: one from the Politburo Standing Committee on 14 May and one from the eighth meeting of the Financial and Economic Affairs Commission in early September. Compare how they describe the new pattern: what does the second add, and what does the addition say about the relation between the two circulations?",
    },
    modelAnswer: {
      zh: "5月14日的一句只說「構建國內國際雙循環相互促進的新發展格局」；9月那句寫成「以國內大循環為主體、國內國際雙循環相互促進的新發展格局」，多了「以國內大循環為主體」。這說明兩個循環雖然相互促進，但有主次之分：國內循環是主體，即第二節所說的「以內循環為主，外循環為輔」。",
      en: "The 14 May sentence only speaks of 'a new pattern in which domestic and international circulation reinforce each other'; the September one says 'with the domestic great circulation as the mainstay and domestic and international circulation reinforcing each other', adding 'the domestic great circulation as the mainstay'. So although the circulations reinforce each other, one ranks first: the domestic circulation is the mainstay, which section 2 puts as 'internal circulation primary, external circulation auxiliary'.",
    },
    rubric: [
      {
        id: "addition",
        points: 2,
        description: {
          zh: "找出後一句多了「以國內大循環為主體」。",
          en: "Finds that the second statement adds 'with the domestic great circulation as the mainstay'.",
        },
        sources: [
          {
            paragraphId: "s0-p1",
            quote: "為構建以國內大循環為主體、國內國際雙循環相互促進的新發展格局提供有力支撐",
          },
        ],
      },
      {
        id: "primary-auxiliary",
        points: 2,
        description: {
          zh: "解釋這表示兩個循環有主次：內循環為主、外循環為輔（不是說外循環被放棄）。",
          en: "Explains that this ranks the circulations: the internal one primary, the external one auxiliary (not that the external one is dropped).",
        },
        sources: [{ paragraphId: "s2-p1", quote: "即「以內循環為主，外循環為輔」" }],
      },
    ],
    explanation: {
      zh: "只比較引言引述的兩句。附表1顯示5月的全國兩會經濟界政協委員會議已經說「以國內大循環為主體」，所以答案不應聲稱這說法到9月才出現；本題問的只是兩句引文的分別。",
      en: "Compare only the two sentences the introduction quotes. Table 1 shows that the May meeting with economic-sector political advisers already spoke of the domestic circulation as the mainstay, so an answer should not claim the wording first appeared in September; the question is only about the difference between the two quotations.",
    },
    source: {
      paragraphId: "s0-p1",
      quote: "為構建以國內大循環為主體、國內國際雙循環相互促進的新發展格局提供有力支撐",
    },
    moreSources: [
      { paragraphId: "s2-p1", quote: "即「以內循環為主，外循環為輔」" },
      { paragraphId: "s5-r2", quote: "逐步形成以國內大循環為主體" },
    ],
  },
  {
    id: "l0-written-title-turn",
    pool: "assessment",
    lessonId: 0,
    skill: "logic",
    type: "written",
    prompt: {
      zh: "文章的標題以「大船轉舵」作結。根據全文，中國經濟這艘大船要從哪個方向轉到哪個方向？作者認為為甚麼要轉？",
      en: "The article's title ends with 'the big ship changes course'. From the whole article, from which course is China's economy turning to which, and why does the author think it must turn?",
    },
    modelAnswer: {
      zh: "轉舵是指發展戰略「從過往側重於參與國際經濟「外循環」轉向打造國內外「雙循環」共同驅動的新發展格局」，即邁向以國內大循環為主體、國內國際雙循環相互促進的格局。要轉，是因為國際政經形勢急劇惡化：外部環境發生「轉捩性突變」，要再延續外循環的舊路已如「強弩之末」，走到了難以為繼的臨界點。",
      en: "Changing course means the strategy turning 'from the past emphasis on taking part in the international external circulation to building a new pattern driven by both circulations', that is, towards a pattern with the domestic great circulation as the mainstay and the two circulations reinforcing each other. It must turn because the international situation has worsened sharply: the external environment has changed abruptly, and continuing the old external path is like an arrow at the end of its flight, at the point where it cannot go on.",
    },
    rubric: [
      {
        id: "from",
        points: 1,
        description: {
          zh: "說出轉離的方向：過往側重參與國際經濟的外循環。",
          en: "Names the old course: the past emphasis on taking part in the international external circulation.",
        },
        sources: [{ paragraphId: "s2-p1", quote: "從過往側重於參與國際經濟「外循環」" }],
      },
      {
        id: "to",
        points: 1,
        description: {
          zh: "說出轉向的方向：以國內大循環為主體、國內國際雙循環相互促進的發展格局（不是封閉的內循環）。",
          en: "Names the new course: a pattern with the domestic great circulation as the mainstay and the two circulations reinforcing each other (not a closed internal circulation).",
        },
        sources: [
          {
            paragraphId: "s4-p5",
            quote: "中國經濟加緊邁向以國內大循環為主體、國內國際雙循環相互促進的發展格局",
          },
        ],
      },
      {
        id: "why",
        points: 2,
        description: {
          zh: "說明原因：國際政經形勢急劇惡化（具體說出外部環境的變化亦可，例如中美對抗愈演愈烈、「去中國化」的雜音甚囂塵上），外循環的舊路已如「強弩之末」、難以為繼。",
          en: "Gives the reason: the international situation has worsened sharply (naming concrete changes also counts, such as the deepening US-China confrontation or the growing calls to 'de-sinicise'), and the old external path has run its course.",
        },
        sources: [
          { paragraphId: "s2-p1", quote: "在急劇惡化的國際政經形勢下" },
          {
            paragraphId: "s1-p5",
            quote: "要再延續「外循環」的舊路已如「強弩之末」，走到了難以為繼的臨界點",
          },
        ],
      },
    ],
    explanation: {
      zh: "標題的比喻在文章最後一段才解開；轉向的起點在第二節第一段，終點在最後一段，原因在第一節最後一段和第二節第一段。答轉向封閉的內循環不給第二項分：文章說的是雙循環，以國內為主體。大船指甚麼、轉舵的影響，見第4課的題目。",
      en: "The title's image is unpacked only in the last paragraph; the old course is in the first paragraph of section 2, the new one in the last paragraph, the reason in the last paragraph of section 1 and the first of section 2. 'Turning to a closed internal circulation' earns nothing for the second criterion: the article speaks of both circulations, with the domestic one as the mainstay. What the ship is and what the turn brings are asked in lesson 4.",
    },
    source: { paragraphId: "s0-p1", quote: "構建國內國際雙循環相互促進的新發展格局" },
    moreSources: [
      { paragraphId: "s2-p1", quote: "從過往側重於參與國際經濟「外循環」" },
      { paragraphId: "s4-p5", quote: "中國「大船轉舵」或可為重建未來的國際經濟秩序探索新的航道" },
      { paragraphId: "s1-p5", quote: "加之近年中國面對的外部環境發生轉捩性突變" },
    ],
  },
  {
    id: "l0-written-large-market",
    pool: "practice",
    lessonId: 0,
    skill: "figures",
    type: "written",
    prompt: {
      zh: "5月14日的會議要「充分發揮中國超大規模市場優勢和內需潛力」。用文章其他部分的一個數據，說明中國市場為何稱得上「超大規模」，並解釋「內需潛力」的意思。",
      en: "The 14 May meeting called for making full use of 'the advantages of China's very large market and the potential of its domestic demand'. Use one figure from elsewhere in the article to show why China's market is 'very large', and explain what 'potential of domestic demand' means.",
    },
    modelAnswer: {
      zh: "中國擁有超過14億人口，中等收入階層人數高達約4億，是全球最大規模；2019年社會消費品零售總額超過41萬億元人民幣，相當於美國零售市場規模的96%。「內需潛力」是指國內消費需求還可以進一步釋放：文章說要「充分激發這一超大規模的消費市場潛力」，以緩衝外部環境惡化的衝擊。",
      en: "China has more than 1.4 billion people and the world's largest middle-income group, about 400 million; in 2019 its retail sales of consumer goods exceeded RMB 41 trillion, 96% of the US retail market. 'Potential of domestic demand' means demand at home that can still be released: the article speaks of fully unlocking the potential of this very large consumer market to cushion the shocks from a worsening external environment.",
    },
    rubric: [
      {
        id: "figure",
        points: 2,
        description: {
          zh: "準確引用一個數據：超過14億人口、約4億中等收入階層、2019年社會消費品零售總額超過41萬億元人民幣（相當於美國的96%），或去年網上零售額超過10萬億元人民幣（美國電商規模的1.4倍以上）。數字或單位錯誤不給分。",
          en: "Quotes one figure correctly: over 1.4 billion people, a middle-income group of about 400 million, 2019 retail sales over RMB 41 trillion (96% of the US), or last year's online retail over RMB 10 trillion (more than 1.4 times US e-commerce). A wrong number or unit earns nothing.",
        },
        sources: [
          { paragraphId: "s2-p3", quote: "中國擁有超過14億人口和全球最大規模、人數高達約4億的中等收入階層" },
          {
            paragraphId: "s4-p2",
            quote: "2019年，中國的社會消費品零售總額超過41萬億元人民幣，相當於美國零售市場規模的96%",
          },
          {
            paragraphId: "s4-p2",
            quote: "去年中國網上零售額超過10萬億元人民幣，已超過美國電商規模的1.4倍以上",
          },
        ],
      },
      {
        id: "potential",
        points: 1,
        description: {
          zh: "解釋內需潛力：國內的消費需求尚未完全發揮，可以再擴大。",
          en: "Explains 'potential of domestic demand': demand at home not yet fully used, which can grow further.",
        },
        sources: [{ paragraphId: "s2-p3", quote: "充分激發這一超大規模的消費市場潛力" }],
      },
    ],
    explanation: {
      zh: "引言只提出口號，數據在第二節和第四節。41萬億和10萬億的單位都是元人民幣，不是美元；40萬億美元是今後十五年的進口承諾，不是現時的市場規模。",
      en: "The introduction only states the aim; the figures are in sections 2 and 4. The 41 and 10 trillion are in renminbi, not US dollars; US$40 trillion is the import pledge for the next fifteen years, not the present size of the market.",
    },
    source: { paragraphId: "s0-p1", quote: "充分發揮中國超大規模市場優勢和內需潛力" },
    moreSources: [
      { paragraphId: "s2-p3", quote: "充分激發這一超大規模的消費市場潛力" },
      { paragraphId: "s4-p2", quote: "中國的社會消費品零售總額超過41萬億元人民幣" },
    ],
  },
];
