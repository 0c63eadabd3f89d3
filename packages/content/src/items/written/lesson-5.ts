import type { TWrittenItemInput } from "../../item-types/written";

/**
 * Written items, lesson 5: 附表1 (s5-r1..s5-r7). What each statement argues, and how the table and the
 * body of the article support each other: the July reasons, the August 此消彼長, technology as the key
 * to the domestic mainstay, the September reform and circulation tasks, 出發點和落腳點.
 */
export const items: TWrittenItemInput[] = [
  {
    id: "l5-written-july-reasons",
    pool: "assessment",
    lessonId: 5,
    skill: "logic",
    type: "written",
    prompt: {
      zh: "根據附表1，7月企業家座談會怎樣解釋要形成以國內大循環為主體的新發展格局？比較發言所說「以前」和「當前」的外部環境，並說出中國因此要怎樣做。",
      en: "According to Table 1, how did the July entrepreneurs' symposium explain the need for a new pattern with the domestic circulation as the mainstay? Contrast the external environment 'before' and 'now' as the statement describes it, and say what China must therefore do.",
    },
    modelAnswer: {
      zh: "以前，在經濟全球化深入發展的外部環境下，市場和資源「兩頭在外」對中國快速發展發揮了重要作用。當前的外部環境卻是保護主義上升、世界經濟低迷、全球市場萎縮。因此中國必須充分發揮國內超大規模市場優勢，通過繁榮國內經濟、暢通國內大循環為經濟發展增添動力，並帶動世界經濟復蘇。",
      en: "Before, with economic globalisation deepening, having both the market and the resources abroad served China's fast growth well. Now protectionism is rising, the world economy is sluggish and global markets are shrinking. So China must make full use of its very large domestic market, adding momentum by making the domestic economy prosper and the domestic circulation flow, and so help the world economy recover.",
    },
    rubric: [
      {
        id: "before",
        points: 1,
        description: {
          zh: "以前：經濟全球化深入發展，「兩頭在外」對中國快速發展發揮了重要作用。",
          en: "Before: globalisation deepening; 'both ends abroad' served China's fast growth well.",
        },
        sources: [
          {
            paragraphId: "s5-r3",
            quote:
              "以前，在經濟全球化深入發展的外部環境下，市場和資源「兩頭在外」對我國快速發展發揮了重要作用",
          },
        ],
      },
      {
        id: "now",
        points: 1,
        description: {
          zh: "當前：保護主義上升、世界經濟低迷、全球市場萎縮（至少說出兩項）。",
          en: "Now: rising protectionism, a sluggish world economy, shrinking global markets (at least two).",
        },
        sources: [
          { paragraphId: "s5-r3", quote: "在當前保護主義上升、世界經濟低迷、全球市場萎縮的外部環境下" },
        ],
      },
      {
        id: "therefore",
        points: 1,
        description: {
          zh: "因此：發揮國內超大規模市場優勢，暢通國內大循環，為經濟發展增添動力。",
          en: "So: use the advantage of the very large domestic market and make the domestic circulation flow to add momentum.",
        },
        sources: [
          {
            paragraphId: "s5-r3",
            quote:
              "我們必須充分發揮國內超大規模市場優勢，通過繁榮國內經濟、暢通國內大循環為我國經濟發展增添動力",
          },
        ],
      },
      {
        id: "world",
        points: 1,
        description: {
          zh: "指出這樣做也要「帶動世界經濟復蘇」：轉向國內不是與世界無關。",
          en: "Notes that this should also help the world economy recover: turning inward is not turning away.",
        },
        sources: [{ paragraphId: "s5-r3", quote: "帶動世界經濟復蘇" }],
      },
    ],
    explanation: {
      zh: "發言沒有否定「兩頭在外」過去的作用，只說外部環境變了。同一行的第二點（絕不是關起門來封閉運行）是第四節所引的話。",
      en: "The statement does not deny what 'both ends abroad' achieved; it says the environment has changed. The row's second point (by no means running behind closed doors) is the one section 4 quotes.",
    },
    source: { paragraphId: "s5-r3", quote: "主要考慮是：當今世界正經歷百年未有之大變局" },
  },
  {
    id: "l5-written-august-shift",
    pool: "assessment",
    lessonId: 5,
    skill: "logic",
    type: "written",
    prompt: {
      zh: "附表1中8月「十四五」規劃經濟社會領域專家座談會說內外循環「客觀上有著此消彼長的態勢」。解釋甚麼在「消」、甚麼在「長」，並說明這和文章第一節對2008年的判斷有何呼應。",
      en: "The August symposium of experts on the 14th Five-Year Plan (Table 1) says the two circulations 'objectively show one waning as the other waxes'. Explain what is waning and what is waxing, and how this echoes section 1's judgement on 2008.",
    },
    modelAnswer: {
      zh: "「消」的是外循環：隨著外部環境和中國要素稟賦的變化，「市場和資源兩頭在外的國際大循環動能明顯減弱」。「長」的是內循環：中國內需潛力不斷釋放，國內大循環活力日益強勁。發言又說「自2008年國際金融危機以來，我國經濟已經在向以國內大循環為主體轉變」，正呼應第一節把2008年全球金融危機看作外循環「由盛轉衰的一道分水嶺」。",
      en: "What wanes is the external circulation: as the external environment and China's factor endowments changed, the momentum of the 'both ends abroad' international circulation has clearly weakened. What waxes is the internal one: China's domestic demand keeps being released and the domestic circulation grows ever more vigorous. The statement adds that since the 2008 international financial crisis China's economy has been shifting to the domestic circulation as the mainstay, echoing section 1, which calls the 2008 crisis the watershed between boom and decline of the external circulation.",
    },
    rubric: [
      {
        id: "waning",
        points: 1,
        description: {
          zh: "「消」：市場和資源兩頭在外的國際大循環動能明顯減弱。",
          en: "Waning: the momentum of the 'both ends abroad' international circulation has clearly weakened.",
        },
        sources: [{ paragraphId: "s5-r5", quote: "市場和資源兩頭在外的國際大循環動能明顯減弱" }],
      },
      {
        id: "waxing",
        points: 1,
        description: {
          zh: "「長」：內需潛力不斷釋放，國內大循環活力日益強勁。",
          en: "Waxing: domestic demand keeps being released and the domestic circulation grows more vigorous.",
        },
        sources: [{ paragraphId: "s5-r5", quote: "而我國內需潛力不斷釋放，國內大循環活力日益強勁" }],
      },
      {
        id: "since-2008",
        points: 1,
        description: {
          zh: "指出發言把轉變追溯到2008年國際金融危機。",
          en: "Notes that the statement dates the shift from the 2008 international financial crisis.",
        },
        sources: [
          { paragraphId: "s5-r5", quote: "自2008年國際金融危機以來，我國經濟已經在向以國內大循環為主體轉變" },
        ],
      },
      {
        id: "echo",
        points: 1,
        description: {
          zh: "連到第一節：作者同樣視2008年為外循環「由盛轉衰的一道分水嶺」。",
          en: "Links to section 1: the author likewise calls 2008 the watershed of the external circulation's decline.",
        },
        sources: [
          {
            paragraphId: "s1-p5",
            quote: "2008年全球金融危機爆發是中國經濟「外循環」由盛轉衰的一道分水嶺",
          },
        ],
      },
    ],
    explanation: {
      zh: "此消彼長指一方減弱、另一方增強；把兩者說反（國內轉弱、國際轉強）不給前兩項分。附表1寫「國際金融危機」，第一節寫「全球金融危機」，指的是同一事件。",
      en: "'One wanes as the other waxes': one weakens while the other strengthens; reversing them earns nothing for the first two criteria. Table 1 says 'international financial crisis' and section 1 'global financial crisis': the same event.",
    },
    source: { paragraphId: "s5-r5", quote: "客觀上有著此消彼長的態勢" },
    moreSources: [
      { paragraphId: "s1-p5", quote: "2008年全球金融危機爆發是中國經濟「外循環」由盛轉衰的一道分水嶺" },
    ],
  },
  {
    id: "l5-written-technology-key",
    pool: "assessment",
    lessonId: 5,
    skill: "logic",
    type: "written",
    prompt: {
      zh: "附表1中哪一次發言明確說突破關鍵核心技術是形成以國內大循環為主體的關鍵？這次發言提出了哪些做法（舉兩項）？它與文章第三節對「六把鑰匙」的解讀有甚麼一致之處？",
      en: "Which statement in Table 1 says outright that breaking through in key core technologies is the key to making the domestic circulation the mainstay? Give two of the steps it proposes. How does it agree with section 3's reading of the 'six keys'?",
    },
    modelAnswer: {
      zh: "是8月「十四五」規劃經濟社會領域專家座談會。發言說要大力提升自主創新能力，儘快突破關鍵核心技術，「這是關係我國發展全域的重大問題，也是形成以國內大循環為主體的關鍵」。做法包括：發揮企業在技術創新中的主體作用；加大對基礎研究的投入；培養和引進國際一流人才和科研團隊；堅持開放創新，加強國際科技交流合作。這與第三節一致：「六把鑰匙」論被解讀為中央以「科技自強」作為推動內循環的「抓手」和首要切入點；附表1說「關鍵」，第三節說「抓手」，兩者都把科技視為推動內循環的關鍵。",
      en: "The August symposium of experts on the 14th Five-Year Plan. It says China must greatly raise its capacity to innovate and break through in key core technologies as soon as possible, 'a major issue for our development as a whole, and also the key to making the domestic great circulation the mainstay'. Its steps include making firms the main actors of innovation, investing more in basic research, training and attracting world-class talent and research teams, and keeping to open innovation with more international exchange and cooperation. This agrees with section 3, where the 'six keys' are read as making technological self-reliance the lever and first entry point of the internal circulation; the table says 'key', section 3 says 'lever', and both treat technology as what drives the internal circulation.",
    },
    rubric: [
      {
        id: "which",
        points: 1,
        description: {
          zh: "說出場合：8月「十四五」規劃經濟社會領域專家座談會。",
          en: "Names the occasion: the August symposium of experts on the 14th Five-Year Plan.",
        },
        sources: [
          {
            paragraphId: "s5-r5",
            quote:
              "我們更要大力提升自主創新能力，儘快突破關鍵核心技術。這是關係我國發展全域的重大問題，也是形成以國內大循環為主體的關鍵",
          },
        ],
      },
      {
        id: "steps",
        points: 2,
        description: {
          zh: "舉出兩項做法：發揮企業在技術創新中的主體作用、加大基礎研究投入、培養和引進國際一流人才和科研團隊、加大科研單位改革力度，或加強國際科技交流合作等。",
          en: "Gives two steps: firms as the main actors of innovation, more investment in basic research, training and attracting world-class talent and teams, reforming research institutes, or more international exchange and cooperation, among others.",
        },
        sources: [
          { paragraphId: "s5-r5", quote: "要發揮企業在技術創新中的主體作用" },
          { paragraphId: "s5-r5", quote: "基礎研究是創新的源頭活水，我們要加大投入" },
          { paragraphId: "s5-r5", quote: "要大力培養和引進國際一流人才和科研團隊，加大科研單位改革力度" },
        ],
      },
      {
        id: "agrees",
        points: 1,
        description: {
          zh: "連到第三節：「六把鑰匙」論被解讀為以「科技自強」作為推動內循環的「抓手」，與附表1一樣把科技視為推動內循環的關鍵。",
          en: "Links to section 3: the 'six keys' read as making technological self-reliance the lever of the internal circulation, so both treat technology as what drives it.",
        },
        sources: [
          {
            paragraphId: "s3-p4",
            quote:
              "這一創科發展的「六把鑰匙」論亦被解讀為中央將會以「科技自強」作為推動經濟「內循環」的「抓手」和首要切入點",
          },
        ],
      },
    ],
    explanation: {
      zh: "5月全國兩會經濟界政協委員會議也提到大力推進科技創新，但沒有說那是形成國內大循環為主體的關鍵；答5月不給第一項分。原文「發展全域」〔原文〕應為全局。",
      en: "The May meeting with economic-sector political advisers also mentions pushing innovation, but does not call it the key to the domestic mainstay; answering May earns nothing for the first criterion. The article writes 全域 for 全局.",
    },
    source: { paragraphId: "s5-r5", quote: "也是形成以國內大循環為主體的關鍵" },
    moreSources: [
      { paragraphId: "s3-p4", quote: "這一創科發展的「六把鑰匙」論" },
      { paragraphId: "s5-r2", quote: "大力推進科技創新及其他各方面創新" },
    ],
  },
  {
    id: "l5-written-september-tasks",
    pool: "assessment",
    lessonId: 5,
    skill: "logic",
    type: "written",
    prompt: {
      zh: "附表1記錄了9月的兩次會議：中央全面深化改革委員會第十五次會議和中央財經委員會第八次會議。兩次會議對構建新發展格局各提出了甚麼要求？",
      en: "Table 1 records two September meetings: the 15th meeting of the Central Commission for Comprehensively Deepening Reform and the 8th meeting of the Central Financial and Economic Affairs Commission. What did each ask for in building the new pattern?",
    },
    modelAnswer: {
      zh: "第十五次深改委會議稱構建新發展格局是「系統性深層次變革」，要「善於運用改革思維和改革辦法，統籌考慮短期應對和中長期發展」，加快推進提高資源配置效率等方面的改革，並把構建新發展格局同國家區域協調發展戰略、建設自由貿易試驗區等銜接起來，在有條件的區域率先探索。第八次財經委會議則要求「把建設現代流通體系作為一項重要戰略任務來抓」，因為高效流通體系能在更大範圍連接生產和消費，而國內循環和國際循環都離不開它。",
      en: "The 15th meeting of the reform commission called building the new pattern a deep, systemic change, to be pursued with reform thinking and methods, balancing short-term responses and medium- to long-term development; it urged reforms that raise the efficiency of resource allocation, among others, and linking the new pattern with the regional coordination strategy and free trade pilot zones, with regions that can do so exploring first. The 8th meeting of the Financial and Economic Affairs Commission made building a modern circulation system an important strategic task, since an efficient circulation system links production and consumption over a wider area and both circulations depend on it.",
    },
    rubric: [
      {
        id: "reform-method",
        points: 1,
        description: {
          zh: "深改委第十五次會議：要善於運用改革思維和改革辦法，統籌短期應對和中長期發展。",
          en: "Reform commission, 15th meeting: use reform thinking and methods, balancing the short term and the medium to long term.",
        },
        sources: [
          {
            paragraphId: "s5-r6",
            quote: "構建新發展格局要善於運用改革思維和改革辦法，統籌考慮短期應對和中長期發展",
          },
        ],
      },
      {
        id: "reform-link",
        points: 1,
        description: {
          zh: "深改委第十五次會議：把新發展格局同區域協調發展戰略、建設自由貿易試驗區等銜接，在有條件的區域率先探索（或說出它是「系統性深層次變革」）。",
          en: "Reform commission, 15th meeting: link the pattern with regional coordination and free trade pilot zones, letting suitable regions explore first (or call it a deep, systemic change).",
        },
        sources: [
          {
            paragraphId: "s5-r6",
            quote: "要把構建新發展格局同實施國家區域協調發展戰略、建設自由貿易試驗區等銜接起來",
          },
          { paragraphId: "s5-r6", quote: "是事關全域的系統性深層次變革" },
        ],
      },
      {
        id: "circulation-task",
        points: 1,
        description: {
          zh: "財經委第八次會議：把建設現代流通體系作為一項重要戰略任務。",
          en: "Financial and Economic Affairs Commission, 8th meeting: building a modern circulation system as an important strategic task.",
        },
        sources: [
          { paragraphId: "s5-r7", quote: "構建新發展格局必須把建設現代流通體系作為一項重要戰略任務來抓" },
        ],
      },
      {
        id: "circulation-why",
        points: 1,
        description: {
          zh: "說明原因：國內循環和國際循環都離不開高效的現代流通體系（或它在更大範圍連接生產和消費）。",
          en: "Gives the reason: both circulations depend on an efficient modern circulation system (or it links production and consumption over a wider area).",
        },
        sources: [{ paragraphId: "s5-r7", quote: "國內循環和國際循環都離不開高效的現代流通體系" }],
      },
    ],
    explanation: {
      zh: "兩次會議不可對調：改革辦法和自由貿易試驗區屬深改委第十五次會議，現代流通體系屬財經委第八次會議（也是引言所說最近的一次）。原文「事關全域」〔原文〕應為全局。",
      en: "Do not swap the meetings: reform methods and free trade pilot zones belong to the reform commission's 15th meeting; the modern circulation system to the 8th meeting of the Financial and Economic Affairs Commission (the latest occasion in the introduction). The article writes 全域 for 全局.",
    },
    source: { paragraphId: "s5-r6", quote: "加快形成以國內大循環為主體、國內國際雙循環相互促進的新發展格局" },
    moreSources: [
      { paragraphId: "s5-r7", quote: "流通體系在國民經濟中發揮著基礎性作用" },
      { paragraphId: "s0-p1", quote: "最近一次是在9月初主持召開中央財經委員會第八次會議時表示" },
    ],
  },
  {
    id: "l5-written-starting-point",
    pool: "assessment",
    lessonId: 5,
    skill: "terms",
    type: "written",
    prompt: {
      zh: "附表1中5月全國兩會經濟界政協委員會議的發言，和第二節論擴大內需的一段，用了同一對詞語來形容內需。指出這對詞語，解釋它的意思，並說出5月那句發言接着要求加快構建甚麼。",
      en: "The May statement to economic-sector political advisers during the Two Sessions (Table 1) and a passage of section 2 on expanding domestic demand use the same pair of words for domestic demand. Name the pair, explain what it means, and say what the same May statement goes on to call for building faster.",
    },
    modelAnswer: {
      zh: "這對詞語是「出發點」和「落腳點」。5月的發言說「把滿足國內需求作為發展的出發點和落腳點」；第二節說擴大內需「是短期內的出發點，亦是最終的落腳點」。意思是發展從滿足國內需求開始，最終也要回到滿足國內需求上：內需既是起步的地方，也是最後要達到的目標。同一發言也要求加快構建完整的內需體系。",
      en: "The pair is 'starting point' and 'landing point'. The May statement makes 'meeting domestic demand the starting point and landing point of development'; section 2 says expanding domestic demand 'is the short-term starting point and also the final landing point'. Development starts from meeting domestic demand and must end by meeting it: domestic demand is both where one begins and the goal one reaches. The same May statement also calls for a complete domestic demand system to be built faster.",
    },
    rubric: [
      {
        id: "pair",
        points: 1,
        description: {
          zh: "說出詞語：「出發點」和「落腳點」。",
          en: "Names the pair: starting point and landing point (出發點, 落腳點).",
        },
        sources: [
          { paragraphId: "s5-r2", quote: "把滿足國內需求作為發展的出發點和落腳點" },
          { paragraphId: "s2-p3", quote: "這是短期內的出發點，亦是最終的落腳點" },
        ],
      },
      {
        id: "meaning",
        points: 2,
        description: {
          zh: "解釋意思：滿足或擴大內需既是開始的地方，也是最終的目標。",
          en: "Explains it: meeting or expanding domestic demand is both where development starts and its final goal.",
        },
        sources: [{ paragraphId: "s2-p3", quote: "這是短期內的出發點，亦是最終的落腳點" }],
      },
      {
        id: "system",
        points: 1,
        description: {
          zh: "補充5月發言的相關要求：加快構建完整的內需體系。",
          en: "Adds the related call of the May statement: build a complete domestic demand system faster.",
        },
        sources: [{ paragraphId: "s5-r2", quote: "加快構建完整的內需體系" }],
      },
    ],
    explanation: {
      zh: "5月有兩次發言：提出這對詞語的是全國兩會經濟界政協委員會議，不是5月的中央政治局常委會議。",
      en: "Two statements date from May: the pair comes from the meeting with economic-sector political advisers, not the Politburo Standing Committee.",
    },
    source: { paragraphId: "s5-r2", quote: "把滿足國內需求作為發展的出發點和落腳點" },
    moreSources: [{ paragraphId: "s2-p3", quote: "這是短期內的出發點，亦是最終的落腳點" }],
  },
  {
    id: "l5-written-table-and-section-4",
    pool: "practice",
    lessonId: 5,
    skill: "logic",
    type: "written",
    prompt: {
      zh: "第四節引用了習近平7月21日在企業家座談會上的一段話。在附表1中找出同一段話，並說明作者在第四節用它來支持甚麼論點。",
      en: "Section 4 quotes what Xi Jinping told the entrepreneurs' symposium on 21 July. Find the same words in Table 1, and explain what point the author uses them to support in section 4.",
    },
    modelAnswer: {
      zh: "這段話是附表1中7月企業家座談會一行的第二點：「以國內大循環為主體，絕不是關起門來封閉運行，而是通過發揮內需潛力，使國內市場和國際市場更好聯通」。作者在第四節用它支持「內循環」追求的是完整但並不封閉的循環：既立足本土，亦兼顧對外開放，內外循環並非相互割裂和對立。",
      en: "It is the second point of the July entrepreneurs' row in Table 1: making the domestic great circulation the mainstay 'is by no means running behind closed doors' but using domestic demand to link domestic and international markets better. In section 4 the author uses it to support the claim that the internal circulation is complete but not closed: rooted at home yet open, the two circulations neither separate nor opposed.",
    },
    rubric: [
      {
        id: "locate",
        points: 1,
        description: {
          zh: "在附表1找到同一段話：7月企業家座談會一行，「絕不是關起門來封閉運行」。",
          en: "Finds the same words in Table 1: the July entrepreneurs' row, 'by no means running behind closed doors'.",
        },
        sources: [{ paragraphId: "s5-r3", quote: "以國內大循環為主體，絕不是關起門來封閉運行" }],
      },
      {
        id: "point",
        points: 2,
        description: {
          zh: "說明論點：內循環是「完整但並不封閉的循環」，既立足本土，亦要兼顧對外開放。",
          en: "States the point: the internal circulation is complete but not closed, rooted at home and open as well.",
        },
        sources: [
          {
            paragraphId: "s4-p1",
            quote: "「內循環」追求的是完整但並不封閉的循環，既強調立足本土，亦要兼顧對外開放",
          },
        ],
      },
    ],
    explanation: {
      zh: "附表1只寫7月，第四節寫出日期7月21日；兩者指同一場合。不要與7月的中央政治局會議混淆。",
      en: "Table 1 gives only the month; section 4 gives the date, 21 July. Both are the same occasion; do not confuse it with the July Politburo meeting.",
    },
    source: { paragraphId: "s5-r3", quote: "以國內大循環為主體，絕不是關起門來封閉運行" },
    moreSources: [{ paragraphId: "s4-p1", quote: "正如國家主席習近平在7月21日企業家座談會上強調" }],
  },
];
