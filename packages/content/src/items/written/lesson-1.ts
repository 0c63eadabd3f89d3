import type { TWrittenItemInput } from "../../item-types/written";

/**
 * Written items, lesson 1: 外循環由來已久 今後難獨撐大局 (s1-p1..s1-p5). Why the external circulation
 * carried growth, what went wrong with it, why 2008 is the watershed and why the old path can no longer
 * carry growth. The article dates Trump's taking office to 2018: answers say what the article says.
 */
export const items: TWrittenItemInput[] = [
  {
    id: "l1-written-both-ends-abroad",
    pool: "assessment",
    lessonId: 1,
    skill: "terms",
    type: "written",
    prompt: {
      zh: "解釋上世紀80年代以來「兩頭在外、大進大出」的國際大循環戰略：「兩頭在外」指甚麼？中國憑藉甚麼優勢、用甚麼方法推行這個戰略？發展出甚麼產業？",
      en: "Explain the 'international great circulation' strategy of 'both ends abroad, big in and big out' followed since the 1980s: what does 'both ends abroad' mean, what advantages and methods did China use, and what industry did it build?",
    },
    modelAnswer: {
      zh: "「兩頭在外」指市場和資源兩頭都在國外。中國利用「國內充裕的廉價勞動力和土地等的資源優勢」，在沿海地區率先設立經濟特區和開放經濟城市，鼓勵外商直接投資，大力引進海外的資金和技術，發展以出口導向型為主的勞動密集型產業：資金和技術從海外引進，產品主要出口到海外市場。",
      en: "'Both ends abroad' means that both the market and the resources are abroad. China used its plentiful cheap labour and land, opened special economic zones and open cities on the coast first, encouraged foreign direct investment and brought in foreign capital and technology, building export-oriented, labour-intensive industry: capital and technology came from abroad, and the products went mainly to markets abroad.",
    },
    rubric: [
      {
        id: "ends-abroad",
        points: 1,
        description: {
          zh: "解釋「兩頭在外」：市場和資源兩頭都在國外（寫成原材料和銷售市場都在國外亦可給分：原材料屬資源）。",
          en: "Explains 'both ends abroad': market and resources both abroad (raw materials and sales markets abroad also earns the mark: raw materials are resources).",
        },
        sources: [{ paragraphId: "s5-r3", quote: "市場和資源「兩頭在外」對我國快速發展發揮了重要作用" }],
      },
      {
        id: "advantage",
        points: 1,
        description: {
          zh: "說出憑藉的優勢：國內充裕的廉價勞動力和土地。",
          en: "Names the advantage: plentiful cheap labour and land at home.",
        },
        sources: [{ paragraphId: "s1-p2", quote: "充分利用國內充裕的廉價勞動力和土地等的資源優勢" }],
      },
      {
        id: "methods",
        points: 1,
        description: {
          zh: "說出至少一種方法：在沿海設立經濟特區和開放經濟城市，或鼓勵外商直接投資、引進海外資金和技術。",
          en: "Names at least one method: special economic zones and open cities on the coast, or encouraging foreign direct investment and bringing in foreign capital and technology.",
        },
        sources: [
          {
            paragraphId: "s1-p2",
            quote: "在沿海地區率先設立經濟特區和開放經濟城市",
          },
          { paragraphId: "s1-p2", quote: "透過鼓勵外商直接投資，大力引進海外的資金和技術" },
        ],
      },
      {
        id: "industry",
        points: 1,
        description: {
          zh: "說出發展的產業：以出口導向型為主的勞動密集型產業。",
          en: "Names the industry: export-oriented, labour-intensive industry.",
        },
        sources: [{ paragraphId: "s1-p2", quote: "發展以出口導向型為主的勞動密集型產業" }],
      },
    ],
    explanation: {
      zh: "第一節只用了「兩頭在外、大進大出」這個說法而沒有解釋；兩頭指市場和資源，是附表1中7月企業家座談會的說法。不要把第一節所說國內的「廉價勞動力和土地等的資源優勢」當作在外的一頭：那是中國憑藉的國內條件。",
      en: "Section 1 uses the phrase without defining it; that the two ends are market and resources comes from the July entrepreneurs' symposium in Table 1. Do not take the cheap labour and land that section 1 calls a resource advantage at home for one of the ends abroad: they are the domestic strengths China relied on.",
    },
    source: { paragraphId: "s1-p2", quote: "採取「兩頭在外、大進大出」的國際大循環戰略" },
    moreSources: [{ paragraphId: "s5-r3", quote: "市場和資源「兩頭在外」對我國快速發展發揮了重要作用" }],
  },
  {
    id: "l1-written-deep-problems",
    pool: "assessment",
    lessonId: 1,
    skill: "logic",
    type: "written",
    prompt: {
      zh: "文章指盛行一時的國際經濟大循環「逐漸暴露出許多深層次問題」。舉出兩個問題，一個關於西方的需求，一個關於發達國家的產業或政策，並說明它們為何打擊中國的外循環。",
      en: "The article says the once-dominant international great circulation 'gradually exposed many deep problems'. Give two of them, one about Western demand and one about the industry or policy of developed countries, and explain why they hit China's external circulation.",
    },
    modelAnswer: {
      zh: "需求方面：西方國家居民因過度消費和累積高額負債，消費增長難以持續；金融海嘯後歐美陷入多年「去槓桿」和經濟低迷，對進口的商品需求一蹶不振。產業和政策方面：發達國家製造業外移令經濟「空心化」、就業流失；近年全球產業鏈的進一步深化又因發達國家紛紛興起「再工業化」浪潮而遭遇阻滯，貿易保護主義和逆全球化的呼聲高昂。在「東方生產、西方消費」的格局下，美歐正是中國產品的主要終端消費市場；它們需求轉弱，產業鏈深化受阻，保護主義抬頭，中國靠出口帶動的增長便難以延續。",
      en: "On demand: Western households consumed too much and ran up heavy debts, so consumption growth could not last; after the financial tsunami Europe and America went through years of deleveraging and slump, and their demand for imports collapsed. On industry and policy: manufacturing leaving developed countries hollowed out their economies and cost jobs; in recent years the deepening of global supply chains has also been held back by waves of re-industrialisation in developed countries, and calls for protectionism and de-globalisation grew louder. Under 'Made by East, Consumed by West' the US and Europe were the main end markets for Chinese goods; with their demand weaker, supply chains no longer deepening and protectionism rising, export-led growth could not be sustained.",
    },
    rubric: [
      {
        id: "demand",
        points: 1,
        description: {
          zh: "舉出一個需求方面的問題：居民過度消費和高額負債令消費增長難以持續，或金融海嘯後去槓桿、經濟低迷，對進口的商品需求一蹶不振。",
          en: "Gives a demand problem: over-consumption and heavy household debt making consumption growth unsustainable, or post-crisis deleveraging and slump that crushed demand for imports.",
        },
        sources: [
          {
            paragraphId: "s1-p4",
            quote: "西方國家居民因過度消費和累積高額負債而導致消費增長難以持續",
          },
          { paragraphId: "s1-p4", quote: "對進口的商品需求一蹶不振" },
        ],
      },
      {
        id: "industry-policy",
        points: 1,
        description: {
          zh: "舉出一個產業或政策方面的問題：製造業外移造成「空心化」、就業流失，或「再工業化」浪潮、貿易保護主義和逆全球化。",
          en: "Gives an industry or policy problem: hollowing-out and lost jobs from manufacturing moving abroad, or re-industrialisation, protectionism and de-globalisation.",
        },
        sources: [
          { paragraphId: "s1-p4", quote: "發達國家的製造業加緊向外轉移令內部經濟出現「空心化」" },
          { paragraphId: "s1-p4", quote: "貿易保護主義和逆全球化的呼聲漸趨高昂" },
        ],
      },
      {
        id: "end-market",
        points: 2,
        description: {
          zh: "說明為何打擊中國：美歐是外循環的主要終端消費市場，它們的需求和開放度下降，中國出口帶動的增長便難以延續。",
          en: "Explains why China is hit: the US and Europe are the external circulation's main end markets, so their weaker demand and openness undercut China's export-led growth.",
        },
        sources: [{ paragraphId: "s1-p3", quote: "以美歐等發達國家作為主要終端消費市場" }],
      },
    ],
    explanation: {
      zh: "兩個問題必須來自第一節第四段，而且要分屬需求和產業政策兩類；第三項分要把問題和中國的出口市場連起來，只重複問題本身不給分。",
      en: "Both problems must come from the fourth paragraph of section 1, one of each kind; the third criterion needs the link to China's export markets, not a restatement of the problems.",
    },
    source: { paragraphId: "s1-p4", quote: "盛行一時的國際經濟大循環逐漸暴露出許多深層次問題" },
    moreSources: [{ paragraphId: "s1-p3", quote: "以美歐等發達國家作為主要終端消費市場" }],
  },
  {
    id: "l1-written-2008-watershed",
    pool: "assessment",
    lessonId: 1,
    skill: "dates",
    type: "written",
    prompt: {
      zh: "為甚麼文章把2008年全球金融危機稱為中國經濟外循環「由盛轉衰的一道分水嶺」？用危機之前和之後的情況說明，並指出附表1中哪次發言也把2008年視為轉折點。",
      en: "Why does the article call the 2008 global financial crisis the 'watershed' between boom and decline of China's external circulation? Contrast the years before and after, and name the statement in Table 1 that also treats 2008 as a turning point.",
    },
    modelAnswer: {
      zh: "危機之前，「東方生產、西方消費」的格局「在2008年全球金融危機爆發前達到頂峰」：2001至2008年中國製造業和商品出口的年均增速分別達11.6%和22.3%，外貿依存度在2006年底創下67%的歷史最高值。危機之後，歐美陷入多年「去槓桿」和經濟低迷，對進口的商品需求一蹶不振，再工業化、保護主義和逆全球化又接連出現，外循環由盛轉衰。附表1中8月「十四五」規劃經濟社會領域專家座談會說：「自2008年國際金融危機以來，我國經濟已經在向以國內大循環為主體轉變。」",
      en: "Before the crisis the 'Made by East, Consumed by West' pattern peaked: from 2001 to 2008 China's manufacturing and goods exports grew by 11.6% and 22.3% a year on average, and trade dependence hit a record 67% at the end of 2006. After it, Europe and America spent years deleveraging in a slump and their demand for imports collapsed, while re-industrialisation, protectionism and de-globalisation followed: the external circulation declined. In Table 1, the August symposium of experts on the 14th Five-Year Plan said that 'since the 2008 international financial crisis, our economy has been shifting towards the domestic great circulation as the mainstay'.",
    },
    rubric: [
      {
        id: "before",
        points: 1,
        description: {
          zh: "用一項危機前的數據說明外循環處於頂峰：2001至2008年年均增速11.6%（製造業）和22.3%（商品出口），或2006年底外貿依存度67%。",
          en: "Shows the peak before the crisis with one figure: 11.6% (manufacturing) and 22.3% (goods exports) a year in 2001-2008, or trade dependence of 67% at the end of 2006.",
        },
        sources: [
          {
            paragraphId: "s1-p3",
            quote: "這種經濟型態在2008年全球金融危機爆發前達到頂峰",
          },
          { paragraphId: "s1-p3", quote: "2001至2008年期間的年均增速分別達11.6%和22.3%" },
        ],
      },
      {
        id: "after",
        points: 2,
        description: {
          zh: "說明危機之後的轉變：歐美在金融海嘯後陷入多年債務「去槓桿」和經濟低迷，對進口商品的需求一蹶不振。",
          en: "Describes the change after the crisis: years of deleveraging and slump in Europe and America, with demand for imports collapsing.",
        },
        sources: [
          {
            paragraphId: "s1-p4",
            quote: "歐美等國更在金融海嘯後陷入長達數年債務「去槓桿」和經濟低迷的調整期",
          },
        ],
      },
      {
        id: "table",
        points: 1,
        description: {
          zh: "指出附表1中8月「十四五」規劃經濟社會領域專家座談會的發言：自2008年國際金融危機以來，中國經濟已在向以國內大循環為主體轉變。",
          en: "Names the August symposium of experts on the 14th Five-Year Plan in Table 1: since the 2008 crisis China's economy has been shifting to the domestic circulation as the mainstay.",
        },
        sources: [
          {
            paragraphId: "s5-r5",
            quote: "自2008年國際金融危機以來，我國經濟已經在向以國內大循環為主體轉變",
          },
        ],
      },
    ],
    explanation: {
      zh: "分水嶺的意思是前後兩邊的走勢相反：答案要同時有危機前的頂峰和危機後的衰退。11.6%是製造業、22.3%是商品出口，次序不可倒轉。",
      en: "A watershed separates opposite trends, so the answer needs both the peak before and the decline after. 11.6% is manufacturing and 22.3% goods exports; the order matters.",
    },
    source: {
      paragraphId: "s1-p5",
      quote: "2008年全球金融危機爆發是中國經濟「外循環」由盛轉衰的一道分水嶺",
    },
    moreSources: [
      { paragraphId: "s1-p3", quote: "這種經濟型態在2008年全球金融危機爆發前達到頂峰" },
      { paragraphId: "s1-p4", quote: "對進口的商品需求一蹶不振" },
      { paragraphId: "s5-r5", quote: "自2008年國際金融危機以來" },
    ],
  },
  {
    id: "l1-written-old-path-unsustainable",
    pool: "assessment",
    lessonId: 1,
    skill: "logic",
    type: "written",
    prompt: {
      zh: "文章說要再延續外循環的舊路「已如「強弩之末」，走到了難以為繼的臨界點」。說明中美對抗和新冠疫情怎樣令外循環難以再支撐中國的經濟增長。",
      en: "The article says that continuing the old external path is now like 'an arrow at the end of its flight', at the point where it cannot go on. Explain how the US-China confrontation and the pandemic left the external circulation unable to carry China's growth.",
    },
    modelAnswer: {
      zh: "文章說，2018年美國總統特朗普上任後，在貿易、科技、金融等領域對中國全方位施壓，中美對抗愈演愈烈。新冠肺炎疫情在2020年初爆發後，西方國家「反全球化」的思潮更加洶湧，「去中國化」的雜音甚囂塵上，美、日等國更明確提出要支援本國企業從中國回流本土。外循環靠的是外國市場和外國資金技術；外部環境既發生這樣的「轉捩性突變」，中國再依賴外循環就難以為繼。",
      en: "The article says that after US President Trump took office in 2018 the US pressed China on every front, in trade, technology and finance, and the confrontation deepened. After the pandemic broke out in early 2020, anti-globalisation swelled in the West, calls to 'de-sinicise' grew loud, and countries led by the US and Japan openly proposed helping their firms move back home from China. The external circulation relies on foreign markets, capital and technology; with the external environment changing this abruptly, China cannot keep relying on it.",
    },
    rubric: [
      {
        id: "us-pressure",
        points: 1,
        description: {
          zh: "說明中美對抗：特朗普上任後（文章記為2018年）在貿易、科技、金融等領域對中國全方位施壓。",
          en: "Describes the confrontation: after Trump took office (2018 in the article) the US pressed China in trade, technology and finance.",
        },
        sources: [{ paragraphId: "s1-p5", quote: "在貿易、科技、金融等領域對中國進行全方位施壓" }],
      },
      {
        id: "pandemic",
        points: 1,
        description: {
          zh: "說明疫情的影響：西方「反全球化」思潮和「去中國化」的雜音升溫，或美、日等國支援本國企業從中國回流本土。",
          en: "Describes the pandemic's effect: stronger anti-globalisation and 'de-sinicisation' in the West, or the US, Japan and others helping their firms move home from China.",
        },
        sources: [
          { paragraphId: "s1-p5", quote: "「去中國化」的雜音甚囂塵上" },
          { paragraphId: "s1-p5", quote: "以美、日為代表的國家更明確提出要支援本國企業加快從中國回流本土" },
        ],
      },
      {
        id: "conclusion",
        points: 2,
        description: {
          zh: "得出結論並說明原因：外循環依賴外國市場和伙伴，外部環境發生「轉捩性突變」，所以舊路「難以為繼」。",
          en: "Draws the conclusion with the reason: the external circulation depends on foreign markets and partners, the external environment changed abruptly, so the old path cannot go on.",
        },
        sources: [
          {
            paragraphId: "s1-p5",
            quote:
              "加之近年中國面對的外部環境發生轉捩性突變；要再延續「外循環」的舊路已如「強弩之末」，走到了難以為繼的臨界點",
          },
          { paragraphId: "s1-p2", quote: "透過鼓勵外商直接投資，大力引進海外的資金和技術" },
          { paragraphId: "s1-p3", quote: "以美歐等發達國家作為主要終端消費市場" },
        ],
      },
    ],
    explanation: {
      zh: "文章把特朗普上任記為2018年（實為2017年1月）；按文章作答不扣分，寫2017年也不扣分。疫情一段原文寫「洶湧澎拜」〔原文〕，應為洶湧澎湃。",
      en: "The article dates Trump's taking office to 2018 (in fact January 2017); either year is accepted. The article misspells 洶湧澎湃 as 洶湧澎拜.",
    },
    source: {
      paragraphId: "s1-p5",
      quote: "要再延續「外循環」的舊路已如「強弩之末」，走到了難以為繼的臨界點",
    },
    moreSources: [
      { paragraphId: "s1-p2", quote: "透過鼓勵外商直接投資，大力引進海外的資金和技術" },
      { paragraphId: "s1-p3", quote: "以美歐等發達國家作為主要終端消費市場" },
    ],
  },
  {
    id: "l1-written-dependence-figures",
    pool: "assessment",
    lessonId: 1,
    skill: "figures",
    type: "written",
    prompt: {
      zh: "用文章第一節和第二節所給的外貿依存度數字（連年份），說明中國經濟對外循環的依賴怎樣改變。外貿依存度是甚麼意思？",
      en: "Using the trade-dependence figures given in sections 1 and 2 (with their years), show how China's reliance on the external circulation changed. What does trade dependence mean?",
    },
    modelAnswer: {
      zh: "外貿依存度是「進出口佔GDP的比重」。中國的外貿依存度在2006年底創下67%的歷史最高值，到2019年已大幅回落至31.9%，大約減少了一半。這說明中國經濟對外貿的依賴明顯下降，正朝著內需驅動的方向加快轉型。",
      en: "Trade dependence is imports plus exports as a share of GDP. China's reached a record 67% at the end of 2006 and had fallen sharply to 31.9% by 2019, roughly half. China's economy relies much less on foreign trade and is turning faster towards growth driven by domestic demand.",
    },
    rubric: [
      {
        id: "peak",
        points: 1,
        description: {
          zh: "說出最高值和時間：2006年底，67%。",
          en: "Gives the peak and when: 67%, at the end of 2006.",
        },
        sources: [{ paragraphId: "s1-p3", quote: "在2006年底更創下67%的歷史最高值" }],
      },
      {
        id: "latest",
        points: 1,
        description: {
          zh: "說出最新數字和年份：2019年，31.9%。",
          en: "Gives the latest figure and year: 31.9% in 2019.",
        },
        sources: [{ paragraphId: "s2-p3", quote: "2019年對外貿的依存度大幅回落至31.9%" }],
      },
      {
        id: "definition",
        points: 1,
        description: {
          zh: "解釋定義：外貿依存度是進出口佔GDP的比重。",
          en: "Gives the definition: imports and exports as a share of GDP.",
        },
        sources: [{ paragraphId: "s1-p3", quote: "即進出口佔GDP的比重" }],
      },
      {
        id: "turn",
        points: 1,
        description: {
          zh: "說明改變的意義：依存度大幅回落，表示經濟對外貿的依賴下降，正朝著「內需驅動」的方向轉型。",
          en: "Says what the change means: the sharp fall shows less reliance on foreign trade and a turn towards growth driven by domestic demand.",
        },
        sources: [{ paragraphId: "s2-p3", quote: "中國經濟朝著內需驅動的發展方向加快轉型" }],
      },
    ],
    explanation: {
      zh: "67%是歷史最高值，不是2008年的數字；31.9%是2019年的。兩者相差35.1個百分點（由兩個數字計出，文章沒有寫）；寫成下跌35.1%是錯的。",
      en: "67% is the all-time high, not a 2008 figure; 31.9% is for 2019. The drop is 35.1 percentage points (worked out from the two figures; the article does not state it); calling it a 35.1% fall is wrong.",
    },
    source: { paragraphId: "s1-p3", quote: "在2006年底更創下67%的歷史最高值" },
    moreSources: [{ paragraphId: "s2-p3", quote: "2019年對外貿的依存度大幅回落至31.9%" }],
  },
  {
    id: "l1-written-engine-of-growth",
    pool: "practice",
    lessonId: 1,
    skill: "logic",
    type: "written",
    prompt: {
      zh: "第一節說外循環曾在中國改革開放後「擔當著經濟增長的主動力」。用文章的兩項證據支持這個說法。",
      en: "Section 1 says the external circulation was for a long time 'the main engine of growth' after reform and opening-up. Support this with two pieces of evidence from the article.",
    },
    modelAnswer: {
      zh: "第一，2001年加入世界貿易組織後，中國深度融入全球供應鏈，產業由勞動密集型升級，晉身為「世界工廠」。第二，在「東方生產、西方消費」的格局下，2001至2008年中國製造業和商品出口的年均增速分別達11.6%和22.3%，維持兩位數以上的高速增長。",
      en: "First, after joining the WTO in 2001 China became deeply embedded in global supply chains, upgraded from labour-intensive industry and became the 'world's factory'. Second, under 'Made by East, Consumed by West', China's manufacturing and goods exports grew by an average of 11.6% and 22.3% a year from 2001 to 2008, double-digit growth.",
    },
    rubric: [
      {
        id: "first-evidence",
        points: 1,
        description: {
          zh: "一項證據：2001年加入世貿後深度融入全球供應鏈，晉身「世界工廠」；2001至2008年製造業和商品出口年均增速分別達11.6%和22.3%；或外貿依存度在2006年底創下67%的歷史最高值。",
          en: "One piece of evidence: after WTO entry in 2001, deep integration into global supply chains, becoming the 'world's factory'; average annual growth of 11.6% (manufacturing) and 22.3% (goods exports) in 2001-2008; or trade dependence at a record 67% at the end of 2006.",
        },
        sources: [
          { paragraphId: "s1-p2", quote: "晉身為享譽全球的「世界工廠」" },
          { paragraphId: "s1-p3", quote: "2001至2008年期間的年均增速分別達11.6%和22.3%" },
          { paragraphId: "s1-p3", quote: "在2006年底更創下67%的歷史最高值" },
        ],
      },
      {
        id: "second-evidence",
        points: 2,
        description: {
          zh: "另一項不同的證據，並有準確的年份和數據：2001至2008年年均增速11.6%（製造業）和22.3%（商品出口），或2006年底外貿依存度67%。",
          en: "A second, different piece of evidence with correct years and figures: 11.6% (manufacturing) and 22.3% (goods exports) a year in 2001-2008, or trade dependence of 67% at the end of 2006.",
        },
        sources: [
          { paragraphId: "s1-p3", quote: "2001至2008年期間的年均增速分別達11.6%和22.3%" },
          { paragraphId: "s1-p3", quote: "在2006年底更創下67%的歷史最高值" },
        ],
      },
    ],
    explanation: {
      zh: "證據要來自第一節第二、三段；兩項證據須不同，其中至少一項有準確的年份和數據。只說出口很多、沒有年份或數字，第二項不給分。",
      en: "The evidence is in paragraphs 2 and 3 of section 1; the two pieces must differ, and at least one must carry correct years and figures. 'Exports were large' without years or figures earns nothing for the second criterion.",
    },
    source: { paragraphId: "s1-p1", quote: "在中國改革開放後相當長的一段時間內擔當著經濟增長的主動力" },
    moreSources: [
      { paragraphId: "s1-p2", quote: "2001年加入世界貿易組織後" },
      { paragraphId: "s1-p3", quote: "2001至2008年期間的年均增速分別達11.6%和22.3%" },
    ],
  },
];
