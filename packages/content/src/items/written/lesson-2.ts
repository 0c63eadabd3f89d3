import type { TWrittenItemInput } from "../../item-types/written";

/**
 * Written items, lesson 2: 內循環與微循環 擴大需求增「內力」 (s2-p1..s2-p6). Why the internal
 * circulation is primary and the external auxiliary, what it is and is not (not a return of consumption
 * subsidies), supply-side reform, endogenous growth, and the 「微循環」 of street stalls and small shops.
 */
export const items: TWrittenItemInput[] = [
  {
    id: "l2-written-primary-auxiliary",
    pool: "assessment",
    lessonId: 2,
    skill: "logic",
    type: "written",
    prompt: {
      zh: "文章說「雙循環」體系的內部存在著主次關係。說明這個主次關係是甚麼，並說出文章從外部形勢和國內條件兩方面，提出了甚麼理由支持把重點放在內循環。",
      en: "The article says the dual circulation has a primary and a secondary part. State the relation, and give the reasons the article offers, from the external situation and from conditions at home, for putting the weight on the internal circulation.",
    },
    modelAnswer: {
      zh: "主次關係是「以內循環為主，外循環為輔」，「攻內」優先於「攘外」，重點放在構建內循環。外部方面，中央是「在急劇惡化的國際政經形勢下」作出調整，外循環已難獨撐大局。國內方面，中國經濟已朝內需驅動轉型：2019年外貿依存度回落至31.9%，內部消費的貢獻率升至六成左右，連續六年成為經濟增長的主要動力；加上超過14億人口和約4億的中等收入階層，充分激發這一超大規模的消費市場潛力，有助緩衝、化解外部環境惡化對整體經濟的負面衝擊。",
      en: "The internal circulation is primary and the external auxiliary; 'attacking within' comes before 'repelling without', and the weight is on building the internal circulation. Externally, the leadership adjusted 'as the international political and economic situation worsened sharply', so the external circulation could no longer carry growth alone. At home, the economy was already turning to domestic demand: trade dependence fell to 31.9% in 2019, domestic consumption provided about 60% of growth and had been the main driver for six years running; with over 1.4 billion people and a middle-income group of about 400 million, unlocking this very large consumer market helps cushion and absorb the shocks of a worsening external environment.",
    },
    rubric: [
      {
        id: "relation",
        points: 1,
        description: {
          zh: "說出主次關係：「以內循環為主，外循環為輔」（或「攻內」優先於「攘外」）。",
          en: "States the relation: internal circulation primary, external auxiliary (or 'attack within' before 'repel without').",
        },
        sources: [{ paragraphId: "s2-p1", quote: "即「以內循環為主，外循環為輔」，「攻內」優先於「攘外」" }],
      },
      {
        id: "external",
        points: 1,
        description: {
          zh: "外部原因：國際政經形勢急劇惡化，過往側重的外循環難以再支撐。",
          en: "External reason: the sharply worsening international situation, so the external circulation relied on before can no longer carry growth.",
        },
        sources: [{ paragraphId: "s2-p1", quote: "在急劇惡化的國際政經形勢下" }],
      },
      {
        id: "domestic",
        points: 2,
        description: {
          zh: "國內條件：說明經濟已轉向內需驅動，並有一項準確數據：2019年外貿依存度31.9%、內部消費貢獻率約六成並連續六年為主要動力、超過14億人口或約4億中等收入階層。",
          en: "Conditions at home: the economy has turned to domestic demand, shown with one correct figure: trade dependence of 31.9% in 2019, consumption about 60% of growth and the main driver six years running, over 1.4 billion people, or about 400 million in the middle-income group.",
        },
        sources: [
          {
            paragraphId: "s2-p3",
            quote: "內部消費的貢獻率穩步提升至六成左右，連續六年成為經濟增長的主要動力",
          },
          { paragraphId: "s2-p3", quote: "中國擁有超過14億人口和全球最大規模、人數高達約4億的中等收入階層" },
        ],
      },
    ],
    explanation: {
      zh: "為輔不是放棄：外循環仍然存在，只是退居輔助位置（第四節會再談）。第三項要有一項準確數據，並說明它顯示經濟已轉向內需；只列數據而不作說明，不給分。",
      en: "'Auxiliary' does not mean abandoned: the external circulation stays, in a supporting role (section 4 returns to this). The third criterion needs one correct figure and the point that it shows the turn to domestic demand; a bare figure earns nothing.",
    },
    source: { paragraphId: "s2-p1", quote: "「雙循環」體系的內部存在著主次關係" },
    moreSources: [{ paragraphId: "s2-p3", quote: "中國經濟朝著內需驅動的發展方向加快轉型" }],
  },
  {
    id: "l2-written-not-subsidies",
    pool: "assessment",
    lessonId: 2,
    skill: "logic",
    type: "written",
    prompt: {
      zh: "有人說，內循環只是換個名目，重推消費補貼來催谷消費。根據文章，指出這說法錯在哪裏，並說明內循環與此前中央的提法有甚麼關係、要旨是甚麼。",
      en: "Someone says the internal circulation is just a new name for bringing back consumption subsidies to pump up spending. Using the article, say what is wrong with this, and explain how the internal circulation relates to earlier policy ideas and what its aim is.",
    },
    modelAnswer: {
      zh: "文章說內循環「固然與啟動、做大內需市場有關，但又不僅限於此」，更不意味著過去各項消費補貼、催谷短期消費政策會「捲土重來」。內循環也不是「橫空出世」的新東西，它與此前中央一直強調的「內需型增長」、「做大做強國內市場」等提法「一脈相承」，要旨在於「激發經濟內在動能，構建可持續增長的長效模式」，而不是短期刺激。",
      en: "The article says the internal circulation does concern stimulating and enlarging domestic demand but is not limited to it, and still less means that the old consumption subsidies and short-term spending pushes are making a comeback. Nor did it come out of nowhere: it continues what the leadership had long stressed, 'demand-led growth' and 'making the domestic market bigger and stronger', and its aim is to unlock the economy's own momentum and build a lasting model of sustainable growth, not a short-term boost.",
    },
    rubric: [
      {
        id: "not-subsidies",
        points: 1,
        description: {
          zh: "指出錯處：內循環不意味消費補貼、催谷短期消費的政策「捲土重來」，也不僅限於做大內需。",
          en: "Says what is wrong: it does not mean subsidies and short-term spending pushes coming back, nor is it only about enlarging demand.",
        },
        sources: [
          {
            paragraphId: "s2-p3",
            quote: "更不意味著過去各項消費補貼、催谷短期消費政策會「捲土重來」",
          },
        ],
      },
      {
        id: "continuity",
        points: 1,
        description: {
          zh: "說明關係：與「內需型增長」、「做大做強國內市場」等提法「一脈相承」，並非「橫空出世」（舉出一個提法即可）。",
          en: "Explains the relation: it continues earlier ideas such as 'demand-led growth' or 'making the domestic market bigger and stronger' (one is enough) and did not come out of nowhere.",
        },
        sources: [
          { paragraphId: "s2-p2", quote: "但其內在邏輯並非「橫空出世」" },
          {
            paragraphId: "s2-p2",
            quote:
              "「內需型增長」、「做大做強國內市場」、「滿足人民對高品質生活的需要」、「暢通國民經濟循環」等提法實際上是一脈相承",
          },
        ],
      },
      {
        id: "aim",
        points: 2,
        description: {
          zh: "說出要旨：激發經濟內在動能，構建可持續增長的長效模式（相對於短期刺激）。",
          en: "States the aim: unlocking the economy's own momentum and building a lasting model of sustainable growth (as against a short-term boost).",
        },
        sources: [{ paragraphId: "s2-p2", quote: "其要旨均在於激發經濟內在動能，構建可持續增長的長效模式" }],
      },
    ],
    explanation: {
      zh: "這是第二課的第二個學習目標。提示：文章沒有說內循環與內需無關，答內循環與內需無關會失去第一項分。",
      en: "This is the second objective of lesson 2. Note that the article does not say the internal circulation has nothing to do with demand; saying so loses the first criterion.",
    },
    source: {
      paragraphId: "s2-p3",
      quote: "更不意味著過去各項消費補貼、催谷短期消費政策會「捲土重來」",
    },
    moreSources: [{ paragraphId: "s2-p2", quote: "其要旨均在於激發經濟內在動能，構建可持續增長的長效模式" }],
  },
  {
    id: "l2-written-supply-side",
    pool: "assessment",
    lessonId: 2,
    skill: "terms",
    type: "written",
    prompt: {
      zh: "為甚麼文章說擴大內需「必須堅持供給側結構性改革這個戰略方向」？解釋「需求牽引供給、供給創造需求」的意思。",
      en: "Why does the article say expanding domestic demand 'must keep to the strategic direction of supply-side structural reform'? Explain 'demand pulls supply, supply creates demand'.",
    },
    modelAnswer: {
      zh: "擴大內需不能只靠刺激需求，供給一端也要配合：要使生產、分配、流通和消費更多依託國內市場，「提升供給體系對國內需求的適配性」。「需求牽引供給」是指國內需求帶動生產；「供給創造需求」是指更好的產品和服務又帶來新的需求，兩者互相推動，形成「更高水準動態平衡」。切入點是供給側改革與需求管理的「有機契合」。",
      en: "Expanding domestic demand cannot rest on stimulating demand alone; supply must match it: production, distribution, circulation and consumption should rest more on the domestic market, and the supply system should fit domestic demand better. 'Demand pulls supply' means domestic demand drives production; 'supply creates demand' means better goods and services create new demand in turn; together they reach a dynamic balance at a higher level. The starting point is an organic fit between supply-side reform and demand management.",
    },
    rubric: [
      {
        id: "fit",
        points: 1,
        description: {
          zh: "說明原因：要提升供給體系對國內需求的「適配性」，使生產、分配、流通和消費更多依託國內市場。",
          en: "Gives the reason: the supply system must fit domestic demand better, with production, distribution, circulation and consumption resting more on the home market.",
        },
        sources: [{ paragraphId: "s2-p4", quote: "提升供給體系對國內需求的適配性" }],
      },
      {
        id: "two-way",
        points: 2,
        description: {
          zh: "解釋雙向關係：需求帶動生產，供給又創造新需求，兩者互相推動、達致「更高水準動態平衡」。",
          en: "Explains the two-way relation: demand drives production, supply creates new demand, each pushing the other to a higher dynamic balance.",
        },
        sources: [{ paragraphId: "s2-p4", quote: "形成需求牽引供給、供給創造需求的更高水準動態平衡" }],
      },
      {
        id: "both-ends",
        points: 1,
        description: {
          zh: "指出不能只靠刺激需求：切入點是供給側改革與需求管理的「有機契合」。",
          en: "Says stimulating demand alone is not enough: the starting point is an organic fit of supply-side reform and demand management.",
        },
        sources: [{ paragraphId: "s2-p4", quote: "其切入點是加強供給側改革與需求管理的有機契合" }],
      },
    ],
    explanation: {
      zh: "本題考的是邏輯：供給和需求兩端要接上（文章說兩端「合龍」為無縫連接的循環）。只背出「需求牽引供給、供給創造需求」而不解釋，第二項不給分。",
      en: "This tests the logic: the supply and demand ends must join (the article says they 'close' into a seamless circulation). Reciting the phrase without explaining it earns nothing for the second criterion.",
    },
    source: { paragraphId: "s2-p4", quote: "必須堅持供給側結構性改革這個戰略方向" },
  },
  {
    id: "l2-written-endogenous-growth",
    pool: "assessment",
    lessonId: 2,
    skill: "terms",
    type: "written",
    prompt: {
      zh: "文章說「內循環」本身代表著一種「內生型(Endogenous Growth)的成長機制」。用自己的話解釋：這種機制怎樣運作？最終要為居民消費帶來甚麼？",
      en: "The article says the internal circulation stands for an 'endogenous growth' mechanism. In your own words: how does the mechanism work, and what should it bring to household consumption in the end?",
    },
    modelAnswer: {
      zh: "內生型增長是靠經濟內部的力量成長，而不是靠外來的需求帶動。做法是打通生產、分配、流通和消費之間的「經脈」，使經濟良性循環、「內力」提升；一方面讓內部需求擴容和升級，一方面打造與國內消費市場相適應的生產供應體系。最終要滿足居民多樣化的需求，特別是日漸壯大的中產階層對消費升級的需要，實現居民消費在數量和質量上的「雙提升」。",
      en: "Endogenous growth comes from forces within the economy rather than from outside demand. It works by clearing the 'meridians' between production, distribution, circulation and consumption, so the economy circulates well and its 'inner strength' grows; demand at home expands and upgrades while a supply system matched to the home market is built. In the end it should meet households' varied needs, especially the growing middle class's wish to consume better, raising consumption in both quantity and quality.",
    },
    rubric: [
      {
        id: "meridians",
        points: 2,
        description: {
          zh: "說明運作：打通生產、分配、流通和消費之間的「經脈」，達致良性循環和「內力」提升（四個環節至少說出三個）。",
          en: "Says how it works: clearing the links between production, distribution, circulation and consumption so the economy circulates well and its inner strength grows (at least three of the four links).",
        },
        sources: [
          {
            paragraphId: "s2-p5",
            quote: "以打通生產、分配、流通和消費之間的「經脈」來達致經濟的良性循環和「內力」提升",
          },
        ],
      },
      {
        id: "supply-matches",
        points: 1,
        description: {
          zh: "指出需求擴容升級的同時，要打造與國內消費市場相適應的生產供應體系。",
          en: "Says that while demand expands and upgrades, a supply system matched to the home market is built.",
        },
        sources: [{ paragraphId: "s2-p5", quote: "亦動態地打造與國內消費市場相適應的生產供應體系" }],
      },
      {
        id: "double-rise",
        points: 1,
        description: {
          zh: "說出目標：實現居民消費在數量和質量上的「雙提升」（須說出數量和質量兩方面；有沒有提到滿足中產階層消費升級的需要，都可給分）。",
          en: "States the goal: raising household consumption in both quantity and quality (both must be named; mentioning the middle class's wish to consume better is not required).",
        },
        sources: [{ paragraphId: "s2-p5", quote: "實現居民消費在數量和質量上的「雙提升」" }],
      },
    ],
    explanation: {
      zh: "「內生型」與靠外需帶動的外循環相對。學生可用自己的比喻，但要說出四個環節中的至少三個和「雙提升」的兩個方面。",
      en: "'Endogenous' is set against the external circulation's reliance on outside demand. Students may use their own images but should name at least three of the four links and both sides of the 'double rise'.",
    },
    source: { paragraphId: "s2-p5", quote: "「內循環」本身代表著一種內生型(Endogenous Growth)的成長機制" },
  },
  {
    id: "l2-written-micro-circulation",
    pool: "assessment",
    lessonId: 2,
    skill: "terms",
    type: "written",
    prompt: {
      zh: "文章認為地攤經濟、小店經濟等措施「在某種意義上可視為貫串供給側與需求端的「微循環」」。解釋這些措施怎樣同時作用於供給和需求兩端，並說明它們和「內循環」的關係。",
      en: "The article says measures such as street-stall and small-shop businesses 'can in a sense be seen as a micro-circulation joining supply and demand'. Explain how they act on both supply and demand, and how they relate to the internal circulation.",
    },
    modelAnswer: {
      zh: "新冠疫情受控後，中央鼓勵地攤經濟、小店經濟等傳統產業以外的多元經濟型態，並支持業界以科技手段和管理創新優化產品和服務供應，這是供給一端。另一方面，這些措施助力刺激內地居民的消費需求，這是需求一端；同時亦改善數以億計居民的就業和收入狀況，尤其提高較低收入階層人士的生活質素。因此它們可視為「貫串供給側與需求端的「微循環」」，是「內循環」發展思路在消費領域的體現之一。",
      en: "After the epidemic was brought under control the government encouraged street stalls, small shops and other forms beyond traditional industry, and supported businesses in improving goods and services with technology and better management: the supply side. These measures also help stimulate household demand: the demand side; and they improve jobs and incomes for hundreds of millions, especially raising the living standards of lower-income people. So they can be seen as a 'micro-circulation' joining supply and demand, one expression of the internal circulation in consumption.",
    },
    rubric: [
      {
        id: "supply",
        points: 1,
        description: {
          zh: "供給一端：鼓勵多元經濟型態，支持以科技手段、管理創新優化產品和服務供應。",
          en: "Supply side: encouraging varied forms of business and helping improve goods and services through technology and management.",
        },
        sources: [{ paragraphId: "s2-p6", quote: "支持業界以科技手段、管理創新來優化產品和服務供應" }],
      },
      {
        id: "demand",
        points: 1,
        description: {
          zh: "需求一端：刺激內地居民的消費需求。",
          en: "Demand side: stimulating households' consumer demand.",
        },
        sources: [{ paragraphId: "s2-p6", quote: "一方面助力刺激內地居民的消費需求" }],
      },
      {
        id: "jobs-income",
        points: 1,
        description: {
          zh: "說明改善數以億計居民的就業及收入，尤其提高較低收入階層的生活質素。",
          en: "Says they improve jobs and incomes for hundreds of millions, especially raising lower-income people's living standards.",
        },
        sources: [{ paragraphId: "s2-p6", quote: "另一方面亦藉此改善數以億計的居民就業及收入狀況" }],
      },
      {
        id: "relation",
        points: 1,
        description: {
          zh: "說出與內循環的關係：它們是「內循環」發展思路在消費領域的體現之一。",
          en: "States the relation: they are one expression of the internal circulation in consumption.",
        },
        sources: [{ paragraphId: "s2-p6", quote: "也可以說是「內循環」發展思路在消費領域的體現之一" }],
      },
    ],
    explanation: {
      zh: "文章用「在某種意義上可視為」，是作者的解讀，不是官方定義；答案說成中央把地攤經濟定名為微循環，仍可得分，但老師可提醒分寸。",
      en: "The article says 'in a sense can be seen as': the author's reading, not an official label. An answer presenting it as the government's own term can still earn the marks, but the teacher may point out the nuance.",
    },
    source: { paragraphId: "s2-p6", quote: "這些政策措施在某種意義上可視為貫串供給側與需求端的「微循環」" },
  },
  {
    id: "l2-written-cushion",
    pool: "practice",
    lessonId: 2,
    skill: "figures",
    type: "written",
    prompt: {
      zh: "文章說充分激發中國超大規模的消費市場潛力，「無疑有助緩衝、化解外部環境惡化對整體經濟的負面衝擊」。用第二節的兩項數據說明為甚麼。",
      en: "The article says unlocking China's very large consumer market will 'help cushion and absorb the negative shocks of a worsening external environment'. Use two figures from section 2 to explain why.",
    },
    modelAnswer: {
      zh: "內部消費的貢獻率已升至六成左右，連續六年成為經濟增長的主要動力；中國又有超過14億人口和人數高達約4億的中等收入階層。既然增長主要已靠國內消費，而國內市場又這麼大，外部需求轉弱時，擴大內需便可以填補部分缺口，減輕對整體經濟的衝擊。",
      en: "Domestic consumption already provides about 60% of growth and has been its main driver for six years running; and China has over 1.4 billion people with a middle-income group of about 400 million. Since growth already rests mainly on consumption at home, and the home market is so large, expanding domestic demand can fill part of the gap when foreign demand weakens, softening the shock to the economy.",
    },
    rubric: [
      {
        id: "first-figure",
        points: 1,
        description: {
          zh: "一項準確數據：內部消費的貢獻率約六成、連續六年為經濟增長的主要動力、超過14億人口、約4億的中等收入階層，或2019年外貿依存度回落至31.9%。",
          en: "One correct figure: consumption about 60% of growth, the main driver six years running, over 1.4 billion people, a middle-income group of about 400 million, or trade dependence down to 31.9% in 2019.",
        },
        sources: [
          {
            paragraphId: "s2-p3",
            quote: "內部消費的貢獻率穩步提升至六成左右，連續六年成為經濟增長的主要動力",
          },
          { paragraphId: "s2-p3", quote: "中國擁有超過14億人口和全球最大規模、人數高達約4億的中等收入階層" },
          { paragraphId: "s2-p3", quote: "2019年對外貿的依存度大幅回落至31.9%" },
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
            paragraphId: "s2-p3",
            quote: "內部消費的貢獻率穩步提升至六成左右，連續六年成為經濟增長的主要動力",
          },
          { paragraphId: "s2-p3", quote: "中國擁有超過14億人口和全球最大規模、人數高達約4億的中等收入階層" },
          { paragraphId: "s2-p3", quote: "2019年對外貿的依存度大幅回落至31.9%" },
        ],
      },
      {
        id: "reasoning",
        points: 1,
        description: {
          zh: "把數據連到結論：內需大而且已是增長主力（或經濟對外貿的依賴已減低），外需轉弱時，擴大內需可以填補缺口。",
          en: "Links the figures to the claim: domestic demand is large and already the main driver (or the economy relies less on trade), so expanding it can fill the gap when foreign demand weakens.",
        },
        sources: [
          { paragraphId: "s2-p3", quote: "無疑有助緩衝、化解外部環境惡化對整體經濟的負面衝擊" },
          { paragraphId: "s3-p1", quote: "透過擴大內需來填補海外市場萎縮造成的缺口" },
        ],
      },
    ],
    explanation: {
      zh: "約4億是中等收入階層的人數，不是消費者總數；六成是消費對增長的貢獻率，不是消費佔GDP的比重。",
      en: "About 400 million is the size of the middle-income group, not all consumers; 60% is consumption's contribution to growth, not its share of GDP.",
    },
    source: { paragraphId: "s2-p3", quote: "無疑有助緩衝、化解外部環境惡化對整體經濟的負面衝擊" },
    moreSources: [{ paragraphId: "s3-p1", quote: "透過擴大內需來填補海外市場萎縮造成的缺口" }],
  },
];
