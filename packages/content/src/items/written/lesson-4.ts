import type { TWrittenItemInput } from "../../item-types/written";

/**
 * Written items, lesson 4: 內外須相輔相承〔原文〕 打造開放式循環 (s4-p1..s4-p5). Why the circulation must
 * stay open, how the market figures, the import expo and this year's opening-up measures show it, why
 * the two circulations must be tied closer even as they swap places, and what 「大船轉舵」 means.
 */
export const items: TWrittenItemInput[] = [
  {
    id: "l4-written-complete-not-closed",
    pool: "assessment",
    lessonId: 4,
    skill: "logic",
    type: "written",
    prompt: {
      zh: "文章說「內循環」追求的是「完整但並不封閉的循環」。解釋這句話，並引用習近平7月21日在企業家座談會上的講話，說明為甚麼以國內大循環為主體仍要保持開放。",
      en: "The article says the internal circulation aims to be 'complete but not closed'. Explain this, and using what Xi Jinping told the entrepreneurs' symposium on 21 July, explain why making the domestic circulation the mainstay still means staying open.",
    },
    modelAnswer: {
      zh: "「完整」是指循環「立足本土」；「並不封閉」是指同時「兼顧對外開放」。習近平7月21日強調：「以國內大循環為主體，絕不是關起門來封閉運行，而是通過發揮內需潛力，使國內市場和國際市場更好聯通，更好利用國際國內兩個市場、兩種資源，實現更加強勁可持續的發展」。即是說，發揮內需潛力不是為了關起門來，而是為了更好連通和利用國際國內兩個市場、兩種資源；所以文章說內外循環「並非相互割裂和對立」。",
      en: "'Complete' means the circulation is rooted at home; 'not closed' means it stays open to the world at the same time. On 21 July Xi Jinping stressed that making the domestic great circulation the mainstay 'is by no means running behind closed doors', but using the potential of domestic demand to link domestic and international markets better and make better use of both markets and both kinds of resources, for stronger and more sustainable growth. In other words, tapping domestic demand is not about closing the doors but about linking and using both markets and both kinds of resources better; so, the article says, the two circulations are neither cut off from nor opposed to each other.",
    },
    rubric: [
      {
        id: "complete",
        points: 1,
        description: {
          zh: "解釋「完整但並不封閉」：既強調立足本土，亦要兼顧對外開放。",
          en: "Explains 'complete but not closed': rooted at home, and open to the world as well.",
        },
        sources: [{ paragraphId: "s4-p1", quote: "既強調立足本土，亦要兼顧對外開放" }],
      },
      {
        id: "not-closed-doors",
        points: 1,
        description: {
          zh: "引用講話的要點：以國內大循環為主體，「絕不是關起門來封閉運行」。",
          en: "Quotes the speech's key point: the domestic mainstay 'is by no means running behind closed doors'.",
        },
        sources: [{ paragraphId: "s4-p1", quote: "以國內大循環為主體，絕不是關起門來封閉運行" }],
      },
      {
        id: "two-markets",
        points: 2,
        description: {
          zh: "說明開放的理由：發揮內需潛力，使國內市場和國際市場更好聯通，更好利用兩個市場、兩種資源，實現更強勁可持續的發展。",
          en: "Gives the reason for openness: using domestic demand to link home and world markets better and use both markets and both kinds of resources, for stronger and more sustainable growth.",
        },
        sources: [
          {
            paragraphId: "s4-p1",
            quote:
              "使國內市場和國際市場更好聯通，更好利用國際國內兩個市場、兩種資源，實現更加強勁可持續的發展",
          },
        ],
      },
    ],
    explanation: {
      zh: "講話出自7月21日企業家座談會（附表1的7月企業家座談會），不是7月底的中央政治局會議。只寫內循環不封閉而不說理由，第三項不給分。",
      en: "The speech is from the entrepreneurs' symposium on 21 July (the July entrepreneurs' row of Table 1), not the Politburo meeting at the end of July. Saying the circulation is not closed without giving the reason earns nothing for the third criterion.",
    },
    source: { paragraphId: "s4-p1", quote: "「內循環」追求的是完整但並不封閉的循環" },
    moreSources: [{ paragraphId: "s5-r3", quote: "以國內大循環為主體，絕不是關起門來封閉運行" }],
  },
  {
    id: "l4-written-room-for-foreign-goods",
    pool: "assessment",
    lessonId: 4,
    skill: "figures",
    type: "written",
    prompt: {
      zh: "文章說內外兩個循環存在不少「交集」：內循環擴大內需，同時「會為外國的優質商品和服務提供更加廣闊的發展空間」。用第四節的兩項數據支持這個說法。",
      en: "The article says the two circulations overlap: expanding domestic demand also 'gives foreign quality goods and services more room to grow'. Support this with two figures from section 4.",
    },
    modelAnswer: {
      zh: "2019年中國的社會消費品零售總額超過41萬億元人民幣，相當於美國零售市場規模的96%；去年中國網上零售額超過10萬億元人民幣，已超過美國電商規模的1.4倍以上。中國政府又承諾今後十五年內進口的產品和服務總金額將達40萬億美元，未來更有望取代美國成為全球最大的進口消費市場。中國市場這麼大，又承諾大量進口，擴大內需正是外國商品和服務的機會，所以內循環也是開放的。",
      en: "In 2019 China's retail sales of consumer goods exceeded RMB 41 trillion, 96% of the US retail market; last year its online retail exceeded RMB 10 trillion, more than 1.4 times US e-commerce. China has also pledged to import US$40 trillion of goods and services over the next fifteen years and may overtake the US as the world's largest import market. A market this large, with a pledge to import this much, means expanding domestic demand is an opportunity for foreign goods and services: the internal circulation is open.",
    },
    rubric: [
      {
        id: "first-figure",
        points: 1,
        description: {
          zh: "一項數據（數字、單位和比較對象須準確）：社會消費品零售總額超過41萬億元人民幣（美國的96%）、網上零售額超過10萬億元人民幣（美國電商的1.4倍以上），或今後十五年進口總額40萬億美元。",
          en: "One figure, with number, unit and comparison right: retail sales over RMB 41 trillion (96% of the US), online retail over RMB 10 trillion (over 1.4 times US e-commerce), or imports of US$40 trillion over fifteen years.",
        },
        sources: [
          {
            paragraphId: "s4-p2",
            quote: "2019年，中國的社會消費品零售總額超過41萬億元人民幣，相當於美國零售市場規模的96%",
          },
          {
            paragraphId: "s4-p2",
            quote: "去年中國網上零售額超過10萬億元人民幣，已超過美國電商規模的1.4倍以上",
          },
          { paragraphId: "s4-p2", quote: "從其他國家和地區進口的產品和服務總金額將達40萬億美元" },
        ],
      },
      {
        id: "second-figure",
        points: 1,
        description: {
          zh: "另一項不同的數據，同樣準確。",
          en: "A second, different figure, equally correct.",
        },
        sources: [
          {
            paragraphId: "s4-p2",
            quote: "2019年，中國的社會消費品零售總額超過41萬億元人民幣，相當於美國零售市場規模的96%",
          },
          {
            paragraphId: "s4-p2",
            quote: "去年中國網上零售額超過10萬億元人民幣，已超過美國電商規模的1.4倍以上",
          },
          { paragraphId: "s4-p2", quote: "從其他國家和地區進口的產品和服務總金額將達40萬億美元" },
        ],
      },
      {
        id: "link",
        points: 1,
        description: {
          zh: "把數據連到論點：內需市場大、又承諾大量進口，擴大內需也為外國商品和服務提供空間，所以內外循環有「交集」。",
          en: "Links the figures to the claim: a large market and a large import pledge mean expanding demand also makes room for foreign goods and services, so the circulations overlap.",
        },
        sources: [
          { paragraphId: "s4-p2", quote: "同時亦會為外國的優質商品和服務提供更加廣闊的發展空間" },
          { paragraphId: "s4-p2", quote: "內外兩個循環本身存在著不少「交集」" },
        ],
      },
    ],
    explanation: {
      zh: "41萬億和10萬億的單位是元人民幣，40萬億的單位是美元；96%是「相當於」美國零售市場，即比美國小。1.4倍以上是網上零售額與美國電商相比。",
      en: "The 41 and 10 trillion are in renminbi, the 40 trillion in US dollars; 96% means China's retail market is slightly smaller than the US's. 'Over 1.4 times' compares online retail with US e-commerce.",
    },
    source: { paragraphId: "s4-p2", quote: "同時亦會為外國的優質商品和服務提供更加廣闊的發展空間" },
  },
  {
    id: "l4-written-expo-and-measures",
    pool: "assessment",
    lessonId: 4,
    skill: "logic",
    type: "written",
    prompt: {
      zh: "中國國際進口博覽會和今年中央推出的對外開放新舉措，怎樣體現「內循環」的開放性？各舉一例說明。",
      en: "How do the China International Import Expo and this year's opening-up measures show the openness of the internal circulation? Give an example of each.",
    },
    modelAnswer: {
      zh: "進博會是中國首創以進口為主題的國家級展會，在連續兩年成功舉辦後，今年將如期舉辦第三屆；雖然受疫情、世界經濟低迷和保護主義等影響，主辦方表示「世界500強」企業和海外行業龍頭企業今年的平均展覽面積將比去年增加14%，反映外資企業高度認可中國市場的潛力。新舉措方面，中央今年公布海南自由貿易港建設總體方案，外商投資准入負面清單進一步「瘦身」，並頒佈《進一步做好穩外貿穩外資工作的意見》，以更寬鬆的市場准入條件主動吸引外資參與內循環、在內地「紮根」。",
      en: "The Import Expo is China's first national fair devoted to imports; after two successful years its third edition is to go ahead this year as planned, and despite the pandemic, a weak world economy and protectionism, the organisers say Fortune Global 500 firms and foreign industry leaders will take 14% more exhibition space on average than last year, showing foreign firms' confidence in China's market. As for measures, this year the government published the master plan for the Hainan Free Trade Port, shortened the negative list for foreign investment and issued an opinion on stabilising foreign trade and investment, easing market access to draw foreign firms into the internal circulation and help them put down roots.",
    },
    rubric: [
      {
        id: "expo",
        points: 1,
        description: {
          zh: "說明進博會：中國首創以進口為主題的國家級展會，今年將如期舉辦第三屆。",
          en: "Describes the expo: China's first national fair devoted to imports, to hold its third edition this year as planned.",
        },
        sources: [
          {
            paragraphId: "s4-p3",
            quote:
              "作為中國首創以進口為主題的國家級展會「中國國際進口博覽會」在連續兩年成功舉辦之後，今年將如期舉辦第三屆",
          },
        ],
      },
      {
        id: "expo-evidence",
        points: 1,
        description: {
          zh: "用進博會的數據說明開放性：「世界500強」和海外行業龍頭企業的平均展覽面積將比去年增加14%，反映外資認可中國市場潛力。",
          en: "Uses the expo's figure: Global 500 firms and foreign industry leaders taking 14% more space on average than last year, showing foreign confidence in China's market.",
        },
        sources: [{ paragraphId: "s4-p3", quote: "今年的平均展覽面積將比去年增加14%" }],
      },
      {
        id: "measure",
        points: 2,
        description: {
          zh: "舉出一項新舉措並說明其作用：海南自由貿易港建設總體方案、外商投資准入負面清單「瘦身」或《進一步做好穩外貿穩外資工作的意見》，以放寬准入、吸引外資。",
          en: "Names one new measure and its purpose: the Hainan Free Trade Port master plan, a shorter negative list for foreign investment, or the opinion on stabilising foreign trade and investment, to ease access and attract foreign capital.",
        },
        sources: [
          {
            paragraphId: "s4-p4",
            quote:
              "包括公佈海南自由貿易港建設總體方案、外商投資准入負面清單進一步「瘦身」以及頒佈《進一步做好穩外貿穩外資工作的意見》等",
          },
        ],
      },
    ],
    explanation: {
      zh: "14%是平均展覽面積的增幅，不是參展商數目或進口額的增幅。今年舉辦的是第三屆，不是第二屆。",
      en: "The 14% is the rise in average exhibition space, not in exhibitors or imports. This year's expo is the third, not the second.",
    },
    source: { paragraphId: "s4-p3", quote: "反映了外資企業對中國市場潛力的高度認可" },
    moreSources: [{ paragraphId: "s4-p4", quote: "彰顯了中國繼續擴大對外開放的鮮明立場" }],
  },
  {
    id: "l4-written-big-ship",
    pool: "assessment",
    lessonId: 4,
    skill: "terms",
    type: "written",
    prompt: {
      zh: "解釋作者在文末「大船轉舵」的比喻：「大船」指甚麼？「轉舵」指甚麼？作者認為轉舵會對世界帶來甚麼影響？",
      en: "Explain the author's closing image of 'the big ship changing course': what is the ship, what is the change of course, and what effects on the world does the author expect?",
    },
    modelAnswer: {
      zh: "「大船」是中國經濟：經過四十多年的快速發展，已有「航空母艦級的體量」。「轉舵」是指中國經濟加緊邁向以國內大循環為主體、國內國際雙循環相互促進的發展格局。船大，轉向時「勢必掀起層層巨浪」，會對與中國聯繫緊密的經濟體乃至全球經濟帶來漣漪效應，新的機遇和挑戰將隨之而來；在保護主義盛行、「去全球化」逆流橫溢的今天，作者認為中國「大船轉舵」或可為重建未來的國際經濟秩序探索新的航道。",
      en: "The ship is China's economy, which after more than forty years of fast growth has the bulk of an aircraft carrier. Changing course is its push towards a pattern with the domestic great circulation as the mainstay and the two circulations reinforcing each other. A ship that large is bound to raise waves as it turns, sending ripples through closely linked economies and the world economy, with new opportunities and challenges; amid protectionism and de-globalisation, the author thinks China's turn may chart a new course for rebuilding the international economic order.",
    },
    rubric: [
      {
        id: "ship",
        points: 1,
        description: {
          zh: "「大船」是經過四十多年快速發展、體量龐大（航空母艦級）的中國經濟。",
          en: "The ship is China's economy, huge (aircraft-carrier scale) after more than forty years of fast growth.",
        },
        sources: [
          { paragraphId: "s4-p5", quote: "經過四十多年的快速發展，中國經濟這艘大船已有航空母艦級的體量" },
        ],
      },
      {
        id: "turn",
        points: 1,
        description: {
          zh: "「轉舵」是邁向以國內大循環為主體、國內國際雙循環相互促進的發展格局。",
          en: "The change of course is the move to a pattern with the domestic circulation as the mainstay and both circulations reinforcing each other.",
        },
        sources: [
          {
            paragraphId: "s4-p5",
            quote: "中國經濟加緊邁向以國內大循環為主體、國內國際雙循環相互促進的發展格局",
          },
        ],
      },
      {
        id: "ripples",
        points: 1,
        description: {
          zh: "影響之一：對與中國聯繫緊密的經濟體乃至全球經濟帶來「漣漪效應」，機遇和挑戰隨之而來。",
          en: "One effect: ripples through closely linked economies and the world economy, bringing opportunities and challenges.",
        },
        sources: [
          { paragraphId: "s4-p5", quote: "對與其聯繫緊密的經濟體乃至全球經濟帶來波瀾壯闊的漣漪效應" },
        ],
      },
      {
        id: "new-course",
        points: 1,
        description: {
          zh: "影響之二，並保留作者的語氣：「或可」為重建未來的國際經濟秩序探索新的航道（是可能，不是必然）。",
          en: "A second effect, keeping the author's hedge: it may chart a new course for rebuilding the international economic order (a possibility, not a certainty).",
        },
        sources: [
          { paragraphId: "s4-p5", quote: "中國「大船轉舵」或可為重建未來的國際經濟秩序探索新的航道" },
        ],
      },
    ],
    explanation: {
      zh: "作者用「或可」，是推測而不是斷言；把它寫成中國必定重建國際秩序，第四項不給分。「轉舵」不是掉頭離開世界：文章說的是雙循環相互促進。",
      en: "The author's 'may' is a conjecture, not a claim; writing that China will certainly rebuild the world order earns nothing for the fourth criterion. Changing course is not turning away from the world: the article speaks of both circulations reinforcing each other.",
    },
    source: { paragraphId: "s4-p5", quote: "中國「大船轉舵」或可為重建未來的國際經濟秩序探索新的航道" },
  },
  {
    id: "l4-written-closer-ties",
    pool: "assessment",
    lessonId: 4,
    skill: "logic",
    type: "written",
    prompt: {
      zh: "文章說內外循環「主次位置雖然因應當前客觀形勢變化而轉換」，但兩者互通互聯、互為促進的關係「反而需要進一步加強和優化」。為甚麼外循環退居次位，兩者的聯繫卻要更緊密？結合第四節和附表1中8月專家座談會的發言作答。",
      en: "The article says the two circulations have swapped places as primary and secondary, yet the ties between them 'need to be strengthened and improved all the more'. Why should the ties grow closer when the external circulation becomes secondary? Use section 4 and the August experts' symposium in Table 1.",
    },
    modelAnswer: {
      zh: "主次轉換只是說內循環由輔變主、外循環由主力變為輔助，並不是要割斷外循環；文章說內外循環「並非相互割裂和對立」。兩個循環本身有不少「交集」：內循環擴大內需、培育強大的國內市場，同時為外國商品和服務提供更廣闊的空間。8月專家座談會說新發展格局「決不是封閉的國內循環，而是開放的國內國際雙循環」，中國「為其他國家提供的市場機會將更加廣闊」，並「成為吸引國際商品和要素資源的巨大引力場」。所以內循環擴大內需，同時也為外循環帶來機會，兩個循環互相促進，聯繫自然要更緊密。",
      en: "Swapping places means only that the internal circulation moves from auxiliary to primary and the external from main engine to support; it does not mean cutting the external circulation off, and the article says the two are neither separate nor opposed. They overlap in many places: expanding domestic demand builds a strong home market that gives foreign goods and services more room. The August experts' symposium said the new pattern 'is by no means a closed domestic circulation but an open domestic and international dual circulation', and that China would offer other countries ever wider market opportunities and become a great magnet for international goods and resources. So expanding domestic demand also opens opportunities for the external circulation: each feeds the other, and the ties must grow closer.",
    },
    rubric: [
      {
        id: "swap-not-cut",
        points: 1,
        description: {
          zh: "說明主次轉換不等於割斷：內外循環「並非相互割裂和對立」。",
          en: "Says swapping places is not cutting off: the circulations are neither separate nor opposed.",
        },
        sources: [{ paragraphId: "s4-p1", quote: "這意味著內外循環並非相互割裂和對立" }],
      },
      {
        id: "overlap",
        points: 1,
        description: {
          zh: "指出兩者的「交集」：擴大內需同時為外國商品和服務提供空間。",
          en: "Points to the overlap: expanding demand also makes room for foreign goods and services.",
        },
        sources: [{ paragraphId: "s4-p2", quote: "內外兩個循環本身存在著不少「交集」" }],
      },
      {
        id: "magnet",
        points: 2,
        description: {
          zh: "引用8月專家座談會：新發展格局「決不是封閉的國內循環，而是開放的國內國際雙循環」，中國為其他國家提供的市場機會將更加廣闊、成為吸引國際商品和要素資源的「巨大引力場」，並說明這樣擴大內需也為外循環帶來機會，兩者互相促進。",
          en: "Uses the August symposium: the new pattern is an open, not closed, dual circulation, with China offering wider market opportunities and becoming a great magnet for international goods and resources; and explains that expanding domestic demand thus also brings opportunities to the external circulation, so each feeds the other.",
        },
        sources: [
          { paragraphId: "s5-r5", quote: "新發展格局決不是封閉的國內循環，而是開放的國內國際雙循環" },
          { paragraphId: "s5-r5", quote: "為其他國家提供的市場機會將更加廣闊" },
          { paragraphId: "s5-r5", quote: "成為吸引國際商品和要素資源的巨大引力場" },
        ],
      },
    ],
    explanation: {
      zh: "本題要求把第四節和附表1連起來。常見錯誤是把主次轉換理解為外循環不再重要；文章的意思是外循環改變角色，聯繫反而要加強。",
      en: "The question joins section 4 and Table 1. A common error is to read the swap as the external circulation no longer mattering; the article means it changes role while the ties grow stronger.",
    },
    source: { paragraphId: "s4-p1", quote: "但兩者之間互通互聯、互為促進的關係反而需要進一步加強和優化" },
    moreSources: [
      { paragraphId: "s4-p2", quote: "內外兩個循環本身存在著不少「交集」" },
      { paragraphId: "s5-r5", quote: "新發展格局決不是封閉的國內循環，而是開放的國內國際雙循環" },
    ],
  },
  {
    id: "l4-written-imports-rebuttal",
    pool: "practice",
    lessonId: 4,
    skill: "logic",
    type: "written",
    prompt: {
      zh: "有人擔心：中國轉向內循環，就會減少進口、疏遠外資。根據第四節，你同意嗎？用文中一項事實支持你的看法。",
      en: "Some worry that turning to the internal circulation means China will import less and keep foreign investors at arm's length. Based on section 4, do you agree? Support your view with one fact from the text.",
    },
    modelAnswer: {
      zh: "不同意。文章說「內循環」追求的是完整但並不封閉的循環，既立足本土，也兼顧對外開放。例如中國政府承諾今後十五年內，從其他國家和地區進口的產品和服務總金額將達40萬億美元；今年中央又推出海南自由貿易港建設總體方案、外商投資准入負面清單進一步「瘦身」等新舉措，主動吸引外資參與內循環。",
      en: "No. The article says the internal circulation aims to be complete but not closed, rooted at home yet open to the world. For example, China has pledged to import US$40 trillion of goods and services from other countries and regions over the next fifteen years; and this year it issued the Hainan Free Trade Port plan and shortened the negative list for foreign investment, among other measures to draw foreign firms into the internal circulation.",
    },
    rubric: [
      {
        id: "position",
        points: 1,
        description: {
          zh: "表明不同意，理由是內循環「完整但並不封閉」、兼顧對外開放。",
          en: "Disagrees, because the internal circulation is complete but not closed and stays open.",
        },
        sources: [{ paragraphId: "s4-p1", quote: "「內循環」追求的是完整但並不封閉的循環" }],
      },
      {
        id: "fact",
        points: 2,
        description: {
          zh: "準確舉出一項事實：今後十五年進口40萬億美元、進博會平均展覽面積增加14%，或海南自由貿易港方案、負面清單「瘦身」等開放新舉措。",
          en: "Gives one fact correctly: US$40 trillion of imports over fifteen years, 14% more average space at the import expo, or new opening-up measures such as the Hainan plan or the shorter negative list.",
        },
        sources: [
          { paragraphId: "s4-p2", quote: "從其他國家和地區進口的產品和服務總金額將達40萬億美元" },
          { paragraphId: "s4-p3", quote: "今年的平均展覽面積將比去年增加14%" },
          { paragraphId: "s4-p4", quote: "外商投資准入負面清單進一步「瘦身」" },
        ],
      },
    ],
    explanation: {
      zh: "同意的答案得不到第一項分，因為與文章的論點相反；但若所舉事實正確，第二項仍可給分。",
      en: "An answer that agrees cannot earn the first criterion, since it contradicts the article; a correct fact still earns the second.",
    },
    source: { paragraphId: "s4-p1", quote: "既強調立足本土，亦要兼顧對外開放" },
    moreSources: [
      { paragraphId: "s4-p2", quote: "從其他國家和地區進口的產品和服務總金額將達40萬億美元" },
      { paragraphId: "s4-p3", quote: "今年的平均展覽面積將比去年增加14%" },
      { paragraphId: "s4-p4", quote: "主動吸引外資企業參與到「內循環」體系的建設中" },
    ],
  },
];
