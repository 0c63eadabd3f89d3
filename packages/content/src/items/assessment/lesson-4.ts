import type { TItemInput } from "../../schema";

/**
 * Lesson 4 assessment pool: 內外須相輔相承〔原文〕 打造開放式循環 (s4-p1..s4-p5), the third mainstream
 * point and the article's close. What a teacher assesses: how the three points are framed (the mainstream
 * view the author reports, not his own thesis), primary and auxiliary circulations and why their places
 * switched, which policy tool serves which goal, the evidence for an open circulation, hedged claims
 * (「或可」, 「有望」, 「將」), the 「大船轉舵」 thesis, and calculations on the section's figures.
 * Items with `calculation` have keys worked out from the article's figures, not written in it.
 */
export const items: TItemInput[] = [
  // ───────────────────────────── logic ─────────────────────────────
  {
    id: "l4-a-three-points-framing",
    pool: "assessment",
    lessonId: 4,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "本節以「其三」開始。文章的「其一」、「其二」、「其三」是以甚麼身份提出的？",
      en: "This section opens with 'third'. In what capacity does the article present its 'first', 'second' and 'third' points?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "習近平在附表1各次發言中提出的三項要求",
          en: "Three demands Xi made in the speeches of table 1",
        },
        misconception: "table-as-source",
      },
      {
        id: "b",
        text: {
          zh: "作者逐一反駁的三種錯誤看法",
          en: "Three mistaken views the author refutes one by one",
        },
        misconception: "opposite-framing",
      },
      {
        id: "c",
        text: {
          zh: "社會各界討論「內循環」時，主流意見中值得留意的三點",
          en: "Three points worth noting in the mainstream view of the public debate on the internal circulation",
        },
      },
      {
        id: "d",
        text: {
          zh: "中央政府文件正式列出的三大原則",
          en: "Three principles formally listed in a central government document",
        },
        misconception: "official-document",
      },
    ],
    answer: "c",
    explanation: {
      zh: "第二節說「近期社會各界對「內循環」的討論氣氛空前熾烈，儘管眾說紛紜，但主流意見中有三點值得留意」，隨後才有「其一」至「其三」。所以三點是作者歸納、轉述的主流意見，而不是官方文件的原則，也不是附表1中的講話；作者說它們「值得留意」，並非逐一反駁。",
      en: "Section 2 says the debate on the internal circulation is intense and, 'though opinions vary, three points in the mainstream view are worth noting'; 'first' to 'third' follow. So they are the mainstream view as the author sums it up — not an official list of principles, not the speeches of table 1; he calls them 'worth noting', he does not refute them.",
    },
    source: { paragraphId: "s4-p1", quote: "其三，「內循環」追求的是完整但並不封閉的循環" },
    moreSources: [{ paragraphId: "s2-p2", quote: "儘管眾說紛紜，但主流意見中有三點值得留意" }],
  },
  {
    id: "l4-a-three-points-matching",
    pool: "assessment",
    lessonId: 4,
    skill: "logic",
    type: "matching",
    prompt: {
      zh: "把主流意見的三點與它們的要旨配對（右邊有多餘選項）。",
      en: "Match the three points of the mainstream view with their gist (extra option on the right).",
    },
    left: [
      { id: "yi", text: { zh: "其一", en: "First" } },
      { id: "er", text: { zh: "其二", en: "Second" } },
      { id: "sn", text: { zh: "其三", en: "Third" } },
    ],
    right: [
      {
        id: "kx",
        text: {
          zh: "完整但並不封閉的循環，既立足本土，亦兼顧對外開放",
          en: "A complete but not closed circulation, rooted at home yet open to the world",
        },
      },
      {
        id: "cq",
        text: {
          zh: "既是短期的應對性措施，更為中長期發展策略奠定主基調",
          en: "Both a short-term response and the keynote of medium- to long-term strategy",
        },
      },
      {
        id: "nx",
        text: {
          zh: "與做大內需有關但不僅限於此，不意味消費補貼政策「捲土重來」",
          en: "About expanding domestic demand but not only that; no comeback of consumption subsidies",
        },
      },
      {
        id: "qd",
        text: {
          zh: "以內循環取代外循環，減少對外經濟往來",
          en: "Replace the outer circulation with the inner one and reduce economic ties abroad",
        },
      },
    ],
    answer: { yi: "nx", er: "cq", sn: "kx" },
    explanation: {
      zh: "其一談內需（不只是擴大內需，也不是重推消費補貼）；其二談時間跨度（短期應對、中長期奠定主基調）；其三談開放（完整但不封閉）。「以內循環取代外循環」與三點都相反：文章強調內外循環「互為促進」。",
      en: "The first is about demand (more than expanding it, and no return of subsidies); the second about time horizons (short-term response, long-term keynote); the third about openness (complete but not closed). 'Replace the outer circulation' contradicts all three: the article stresses that the two promote each other.",
    },
    source: { paragraphId: "s4-p1", quote: "既強調立足本土，亦要兼顧對外開放" },
    moreSources: [
      { paragraphId: "s2-p3", quote: "更不意味著過去各項消費補貼、催谷短期消費政策會「捲土重來」" },
      { paragraphId: "s3-p1", quote: "其二，推動「內循環」一方面是短期的應對性措施" },
    ],
  },
  {
    id: "l4-a-primacy-not-fixed",
    pool: "assessment",
    lessonId: 4,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：按文章，「以內循環為主，外循環為輔」的主次關係是固定不變的，過去如此，將來亦如此。",
      en: "True or false: according to the article, 'the inner circulation primary, the outer auxiliary' is a fixed order — so it was in the past and so it will be.",
    },
    answer: false,
    misconception: "primacy-is-permanent",
    explanation: {
      zh: "錯。本節說內外循環的「主次位置雖然因應當前客觀形勢變化而轉換」——即主次會隨形勢轉換；第一節亦說外循環在改革開放後相當長的時間內「擔當著經濟增長的主動力」，可見過去外循環才是主。",
      en: "False. This section says the two circulations' 'primary and secondary places have switched in response to current objective conditions' — the order follows circumstances; section 1 says the outer circulation long 'served as the main engine of growth' after reform and opening, so in the past it was primary.",
    },
    source: { paragraphId: "s4-p1", quote: "他們的主次位置雖然因應當前客觀形勢變化而轉換" },
    moreSources: [
      { paragraphId: "s2-p1", quote: "即「以內循環為主，外循環為輔」" },
      { paragraphId: "s1-p1", quote: "在中國改革開放後相當長的一段時間內擔當著經濟增長的主動力" },
    ],
  },
  {
    id: "l4-a-primary-before",
    pool: "assessment",
    lessonId: 4,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "本節說內外循環的「主次位置」已經轉換。按全文，轉換之前哪一個循環是「主」？",
      en: "This section says the primary and secondary places of the two circulations have switched. Going by the whole article, which circulation was primary before the switch?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "外循環：改革開放後相當長一段時間擔當經濟增長的主動力",
          en: "The outer circulation: for a long time after reform and opening it was the main engine of growth",
        },
      },
      {
        id: "b",
        text: {
          zh: "內循環：上世紀80年代起已以內需為主",
          en: "The inner circulation: domestic demand has led since the 1980s",
        },
        misconception: "primacy-is-permanent",
      },
      {
        id: "c",
        text: {
          zh: "兩者一直平分秋色，沒有主次",
          en: "Neither: the two were always equal",
        },
        misconception: "no-hierarchy",
      },
      {
        id: "d",
        text: {
          zh: "「微循環」：地攤經濟和小店經濟",
          en: "The 'micro-circulation': street stalls and small shops",
        },
        misconception: "wrong-term",
      },
    ],
    answer: "a",
    explanation: {
      zh: "第一節說外循環「在中國改革開放後相當長的一段時間內擔當著經濟增長的主動力」，80年代起採取「兩頭在外、大進大出」的國際大循環戰略。所以轉換是由「外主內輔」變為「內主外輔」。「微循環」是第二節對近月提振措施的稱呼，不是主次關係中的一方。",
      en: "Section 1: the outer circulation 'served for a long time after reform and opening as the main engine of growth'; from the 1980s China followed the 'both ends abroad' strategy. The switch is from outer-primary to inner-primary. The 'micro-circulation' is section 2's name for recent relief measures, not one side of the hierarchy.",
    },
    source: { paragraphId: "s4-p1", quote: "他們的主次位置雖然因應當前客觀形勢變化而轉換" },
    moreSources: [
      { paragraphId: "s1-p1", quote: "在中國改革開放後相當長的一段時間內擔當著經濟增長的主動力" },
    ],
  },
  {
    id: "l4-a-openness-evidence",
    pool: "assessment",
    lessonId: 4,
    skill: "logic",
    type: "multi",
    prompt: {
      zh: "本節用哪些事例支持「「內循環」的開放性將在多個領域得以體現」？（選出所有正確答案）",
      en: "Which examples does this section give to support 'the openness of the internal circulation will show in many fields'? (Select all that apply.)",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "承諾今後十五年內進口產品和服務總金額達40萬億美元",
          en: "A pledge to import US$40 trillion of goods and services within fifteen years",
        },
      },
      {
        id: "b",
        text: {
          zh: "2019年對外貿的依存度大幅回落至31.9%",
          en: "Trade dependence fell sharply to 31.9% in 2019",
        },
        misconception: "wrong-evidence",
      },
      {
        id: "c",
        text: {
          zh: "「世界500強」等企業今年在進博會的平均展覽面積將增加14%",
          en: "Fortune Global 500 and other firms' average exhibition space at the import expo will grow 14%",
        },
      },
      {
        id: "d",
        text: {
          zh: "超過90%的高端晶片需依賴進口",
          en: "Over 90% of high-end chips must be imported",
        },
        misconception: "wrong-evidence",
      },
      {
        id: "e",
        text: {
          zh: "公佈海南自由貿易港建設總體方案",
          en: "Publishing the master plan for the Hainan Free Trade Port",
        },
      },
    ],
    answer: ["a", "c", "e"],
    explanation: {
      zh: "進口承諾、外企加大參展、海南自由貿易港方案（對外開放新舉措）都在本節，用來說明內外循環有「交集」、中國繼續開放。31.9%依存度是第二節的數字，說明經濟轉向內需驅動；90%高端晶片依賴進口是第三節的數字，說明核心技術受制於人——兩者都不是開放性的證據。",
      en: "The import pledge, foreign firms exhibiting more and the Hainan plan (a new opening measure) are in this section and show the overlap of the two circulations and continued opening. The 31.9% is section 2's evidence of a shift to domestic demand; the 90% of chips is section 3's evidence of dependence on foreign technology — neither shows openness.",
    },
    source: { paragraphId: "s4-p2", quote: "「內循環」的開放性將在多個領域得以體現" },
    moreSources: [
      { paragraphId: "s4-p3", quote: "今年的平均展覽面積將比去年增加14%" },
      { paragraphId: "s4-p4", quote: "包括公佈海南自由貿易港建設總體方案" },
    ],
  },
  {
    id: "l4-a-expo-claim-critical",
    pool: "assessment",
    lessonId: 4,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "文章說進博會上外企平均展覽面積將增加14%，「反映了外資企業對中國市場潛力的高度認可」。以批判角度看，下列哪一項準確說明了這個證據的性質？",
      en: "The article says foreign firms' average exhibition space at the import expo will grow 14%, 'reflecting foreign firms' high regard for China's market potential'. Read critically, which statement describes this evidence accurately?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "14%是統計部門公布的全體參展商實際增幅",
          en: "14% is the actual growth for all exhibitors, published by a statistics bureau",
        },
        misconception: "claim-as-statistic",
      },
      {
        id: "b",
        text: {
          zh: "文章沒有交代這個數字的來源",
          en: "The article gives no source for the figure",
        },
        misconception: "missed-attribution",
      },
      {
        id: "c",
        text: {
          zh: "14%是作者自行估算的數字",
          en: "14% is the author's own estimate",
        },
        misconception: "wrong-speaker",
      },
      {
        id: "d",
        text: {
          zh: "14%是主辦方對今年的說法，只涉及「世界500強」和部分龍頭企業；「高度認可」是文章由此作出的推論",
          en: "14% is what the organiser says about this year, covering only Global 500 and some leading firms; 'high regard' is the article's inference from it",
        },
      },
    ],
    answer: "d",
    explanation: {
      zh: "原文是「據報導……主辦方表示」，數字出自主辦方，而且用「將」，是對今年展覽的說法；對象只是「世界500強」企業和一些海外的行業龍頭企業，並非全體參展商；「反映了……高度認可」是文章的推論。所以它既不是統計部門公布的全體增幅，也不是作者自行估算；文章亦已交代來源（主辦方）。",
      en: "The text says 'according to reports… the organiser said': the figure is the organiser's, it uses 'will', and it covers only Global 500 firms and some overseas industry leaders, not all exhibitors; 'reflects high regard' is the article's inference. So it is neither an official statistic for all exhibitors nor the author's estimate, and the article does name its source (the organiser).",
    },
    source: {
      paragraphId: "s4-p3",
      quote: "但主辦方表示，「世界500強」企業和一些海外的行業龍頭企業今年的平均展覽面積將比去年增加14%",
    },
  },
  {
    id: "l4-a-despite-headwinds",
    pool: "assessment",
    lessonId: 4,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "第三段先列出疫情、世界經濟低迷、貿易保護主義升溫等不利因素，再說外企展覽面積增加。這個「雖然……但……」的寫法有甚麼作用？",
      en: "Paragraph 3 first lists headwinds (the pandemic, a weak world economy, rising protectionism), then says foreign firms' exhibition space will grow. What does this 'although… yet…' structure do?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "說明進博會今年會因不利因素而延期",
          en: "It shows the expo will be postponed because of the headwinds",
        },
        misconception: "opposite-meaning",
      },
      {
        id: "b",
        text: {
          zh: "突顯外企在不利環境下仍加大參展，令「高度認可中國市場潛力」的論點更有說服力",
          en: "It stresses that foreign firms exhibit more despite the headwinds, making the claim of 'high regard for China's market' more persuasive",
        },
      },
      {
        id: "c",
        text: {
          zh: "證明貿易保護主義已經結束",
          en: "It proves protectionism is over",
        },
        misconception: "overclaim",
      },
      {
        id: "d",
        text: {
          zh: "說明外資企業正在減少對中國的投資",
          en: "It shows foreign firms are cutting investment in China",
        },
        misconception: "opposite-meaning",
      },
    ],
    answer: "b",
    explanation: {
      zh: "讓步句先承認困難，再說「但」外企參展面積仍增加，用對比加強結論。文章說第三屆「將如期舉辦」，並非延期；列出保護主義「升溫」正說明它未結束；面積增加與「減少投資」相反。",
      en: "The concession admits the difficulties, then 'yet' firms exhibit more: the contrast strengthens the conclusion. The third expo 'will be held as scheduled', not postponed; protectionism is 'heating up', not over; more space is the opposite of retreat.",
    },
    source: {
      paragraphId: "s4-p3",
      quote:
        "雖然受到諸多不利因素的影響，包括疫情在全球多地尚未完全受控、世界經濟增長低迷以及貿易保護主義升溫等",
    },
  },
  {
    id: "l4-a-tool-goal-matching",
    pool: "assessment",
    lessonId: 4,
    skill: "logic",
    type: "matching",
    prompt: {
      zh: "按文章，把每項政策手段與文章所說它的作用或目標配對（右邊有多餘選項）。",
      en: "According to the article, match each policy tool with the effect or goal the article gives it (extra option on the right).",
    },
    left: [
      {
        id: "kd",
        text: {
          zh: "擴大內需，培育強大的國內市場",
          en: "Expand domestic demand and build a strong home market",
        },
      },
      {
        id: "zr",
        text: {
          zh: "制定更加寬鬆的市場准入條件",
          en: "Set looser market-access conditions",
        },
      },
      {
        id: "lt",
        text: { zh: "建設現代流通體系", en: "Build a modern circulation (distribution) system" },
      },
      {
        id: "gj",
        text: { zh: "加快核心技術攻關", en: "Speed up breakthroughs in core technologies" },
      },
    ],
    right: [
      {
        id: "wg",
        text: {
          zh: "為外國的優質商品和服務提供更加廣闊的發展空間",
          en: "Give foreign quality goods and services more room to grow",
        },
      },
      {
        id: "wz",
        text: {
          zh: "主動吸引外資企業參與「內循環」體系的建設",
          en: "Actively draw foreign firms into building the internal circulation",
        },
      },
      {
        id: "zc",
        text: {
          zh: "為構建新發展格局提供有力支撐",
          en: "Give strong support to building the new development pattern",
        },
      },
      {
        id: "db",
        text: { zh: "為產業升級「補短板」", en: "Mend the 'short plank' of industrial upgrading" },
      },
      {
        id: "ck",
        text: {
          zh: "令出口恢復兩位數的高速增長",
          en: "Restore double-digit export growth",
        },
      },
    ],
    answer: { kd: "wg", zr: "wz", lt: "zc", gj: "db" },
    explanation: {
      zh: "第二段：擴大內需培育國內市場，「同時亦會為外國的優質商品和服務提供更加廣闊的發展空間」；第四段：以更寬鬆的市場准入條件「主動吸引外資企業參與到「內循環」體系的建設中」；引言：建設現代流通體系「為構建……新發展格局提供有力支撐」；第三節：加快核心技術攻關，「為產業升級「補短板」」。恢復兩位數出口增長不是文章的目標：那是2008年前外循環的舊路。",
      en: "Paragraph 2: a strong home market 'also gives foreign quality goods and services more room'; paragraph 4: looser market access 'draws foreign firms into building the internal circulation'; the introduction: a modern circulation system 'gives strong support' to the new pattern; section 3: core-technology breakthroughs 'mend the short plank'. Double-digit export growth is not a goal here: it is the old outer-circulation road of before 2008.",
    },
    source: {
      paragraphId: "s4-p4",
      quote: "制定更加寬鬆的市場准入條件，主動吸引外資企業參與到「內循環」體系的建設中",
    },
    moreSources: [
      { paragraphId: "s4-p2", quote: "同時亦會為外國的優質商品和服務提供更加廣闊的發展空間" },
      {
        paragraphId: "s0-p1",
        quote:
          "要把建設現代流通體系作為一項重要的戰略任務，為構建以國內大循環為主體、國內國際雙循環相互促進的新發展格局提供有力支撐",
      },
      { paragraphId: "s3-p2", quote: "特別是加快核心技術攻關，為產業升級「補短板」" },
    ],
  },
  {
    id: "l4-a-big-ship-thesis",
    pool: "assessment",
    lessonId: 4,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "文章的標題是「中國經濟「雙循環」新格局：大船轉舵」。結合第二節開首和最後一段，哪一項最準確地概括了「大船轉舵」這個中心論點？",
      en: "The article's title is 'China's new dual-circulation pattern: the big ship turns'. Taking the start of section 2 and the final paragraph together, which statement best sums up this thesis?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "中國經濟將停止對外貿易，只依靠國內市場",
          en: "China will stop foreign trade and rely only on its home market",
        },
        misconception: "closed-loop",
      },
      {
        id: "b",
        text: {
          zh: "中國經濟從過往側重外循環，轉向以國內大循環為主體、內外循環相互促進；因體量巨大，轉向影響深遠，機遇與挑戰並存",
          en: "China is turning from its past stress on the outer circulation to a pattern led by the domestic circulation with the two promoting each other; given its size the turn has far-reaching effects, with opportunities and challenges",
        },
      },
      {
        id: "c",
        text: {
          zh: "中國經濟增長已經觸頂，將會像大船一樣慢慢停下來",
          en: "China's growth has peaked and will slowly stop like a big ship",
        },
        misconception: "literal-reading",
      },
      {
        id: "d",
        text: {
          zh: "中國必將取代美國，主導重建後的國際經濟秩序",
          en: "China will certainly replace the US and lead a rebuilt international economic order",
        },
        misconception: "overclaim",
      },
    ],
    answer: "b",
    explanation: {
      zh: "第二節說中央「從過往側重於參與國際經濟「外循環」轉向打造國內外「雙循環」共同驅動的新發展格局」；最後一段說這艘有「航空母艦級的體量」的大船「換舵轉航」，影響波及全球，「新的機遇和挑戰必將隨之而來」。「轉舵」是改變方向，不是停船或閉關；文章只說「或可」為國際經濟秩序探索新航道，沒有說必將主導。",
      en: "Section 2: the centre turns 'from its past stress on the outer circulation to a new pattern driven by both'; the last paragraph: the aircraft-carrier-sized ship 'changes helm and course', with effects worldwide and 'new opportunities and challenges'. Turning the helm changes direction — it neither stops the ship nor closes the doors; the article only says the turn 'may' chart a new route for the world order.",
    },
    source: {
      paragraphId: "s4-p5",
      quote:
        "中國經濟加緊邁向以國內大循環為主體、國內國際雙循環相互促進的發展格局，新的機遇和挑戰必將隨之而來",
    },
    moreSources: [
      {
        paragraphId: "s2-p1",
        quote: "從過往側重於參與國際經濟「外循環」轉向打造國內外「雙循環」共同驅動的新發展格局",
      },
    ],
  },
  {
    id: "l4-a-most-hedged",
    pool: "assessment",
    lessonId: 4,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "最後一段中，作者對哪一點的語氣最有保留（最不肯定）？",
      en: "In the final paragraph, about which point is the author most tentative?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "中國經濟已有航空母艦級的體量",
          en: "China's economy is already the size of an aircraft carrier",
        },
        misconception: "missed-hedge",
      },
      {
        id: "b",
        text: {
          zh: "「換舵轉航」會掀起層層巨浪",
          en: "Changing helm will raise wave upon wave",
        },
        misconception: "missed-hedge",
      },
      {
        id: "c",
        text: {
          zh: "「大船轉舵」可為重建未來的國際經濟秩序探索新的航道",
          en: "The big ship's turn can chart a new route for rebuilding the future international economic order",
        },
      },
      {
        id: "d",
        text: {
          zh: "新的機遇和挑戰會隨之而來",
          en: "New opportunities and challenges will follow",
        },
        misconception: "missed-hedge",
      },
    ],
    answer: "c",
    explanation: {
      zh: "原文是「中國「大船轉舵」或可為重建未來的國際經濟秩序探索新的航道」，「或可」即「或許可以」，語氣保留。其餘三點語氣肯定：體量「已有」、巨浪「勢必」掀起、機遇和挑戰「必將」隨之而來。",
      en: "The text says the turn 'perhaps can' (或可) chart a new route for the international order: tentative. The other three are firm: the size 'already' is, the waves 'are bound to' (勢必) rise, opportunities and challenges 'will surely' (必將) follow.",
    },
    source: { paragraphId: "s4-p5", quote: "中國「大船轉舵」或可為重建未來的國際經濟秩序探索新的航道" },
  },
  {
    id: "l4-a-xi-quote-function",
    pool: "assessment",
    lessonId: 4,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "第一段以「正如」引出習近平在企業家座談會上的講話。這段引文在「其三」中起甚麼作用？",
      en: "Paragraph 1 introduces Xi's words at the entrepreneurs' symposium with 'just as'. What does the quotation do for the third point?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "以權威講話印證「其三」：以國內大循環為主體不是封閉運行，而是更好聯通國內國際市場",
          en: "It backs the third point with an authoritative statement: a domestic-led pattern is not a closed economy but links home and world markets better",
        },
      },
      {
        id: "b",
        text: {
          zh: "說明國內大循環要關起門來運行，減少國際往來",
          en: "It says the domestic circulation should run behind closed doors",
        },
        misconception: "opposite-meaning",
      },
      {
        id: "c",
        text: {
          zh: "提出以「科技自強」作為推動「內循環」的「抓手」",
          en: "It makes self-strengthening in technology the lever of the internal circulation",
        },
        misconception: "wrong-point",
      },
      {
        id: "d",
        text: {
          zh: "交代進博會的規模和展覽面積",
          en: "It gives the size and floor space of the import expo",
        },
        misconception: "wrong-point",
      },
    ],
    answer: "a",
    explanation: {
      zh: "「其三」主張「內循環」完整但不封閉；引文「以國內大循環為主體，絕不是關起門來封閉運行，而是……使國內市場和國際市場更好聯通」直接支持這一點，隨後作者以「這意味著」引申出內外循環並非割裂。「關起門來運行」與引文正好相反；「科技自強」作為「抓手」是第三節的內容；進博會的展覽面積是本節第三段的內容。",
      en: "The third point says the internal circulation is complete but not closed; the quotation ('by no means running a closed economy behind shut doors… linking home and world markets better') backs it, and the author draws the consequence with 'this means'. 'Closed doors' contradicts it; the 'lever' of self-strengthening belongs to section 3; the expo's floor space to paragraph 3.",
    },
    source: {
      paragraphId: "s4-p1",
      quote: "以國內大循環為主體，絕不是關起門來封閉運行，而是通過發揮內需潛力",
    },
  },
  {
    id: "l4-a-fta-link-table",
    pool: "assessment",
    lessonId: 4,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "本節第四段列舉的對外開放新舉措中，哪一項與附表1中9月中央全面深化改革委員會第十五次會議所說「建設自由貿易試驗區」、「在有條件的區域率先探索」最相呼應？",
      en: "Of the new opening measures listed in paragraph 4, which best echoes the 15th meeting of the reform commission (September, table 1) on 'building pilot free trade zones' and 'exploring first in regions with the conditions'?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "外商投資准入負面清單進一步「瘦身」",
          en: "A further 'slimming' of the negative list for foreign investment",
        },
        misconception: "wrong-measure",
      },
      {
        id: "b",
        text: {
          zh: "頒佈《進一步做好穩外貿穩外資工作的意見》",
          en: "Issuing the Opinions on stabilising foreign trade and investment",
        },
        misconception: "wrong-measure",
      },
      {
        id: "c",
        text: {
          zh: "公佈海南自由貿易港建設總體方案",
          en: "Publishing the master plan for the Hainan Free Trade Port",
        },
      },
      {
        id: "d",
        text: {
          zh: "如期舉辦第三屆中國國際進口博覽會",
          en: "Holding the third China International Import Expo as scheduled",
        },
        misconception: "wrong-measure",
      },
    ],
    answer: "c",
    explanation: {
      zh: "海南自由貿易港是在一個特定區域先行先試的自由貿易安排，與深改委所說把新發展格局同「建設自由貿易試驗區等銜接起來，在有條件的區域率先探索」最吻合。負面清單「瘦身」和《意見》都沒有指向某一個區域，也與自由貿易區無關；進博會是展會，不是第四段列舉的舉措。",
      en: "The Hainan Free Trade Port is a free-trade arrangement tried first in one region, matching the commission's 'link the new pattern with building pilot free trade zones… explore first in regions with the conditions'. The slimmer negative list and the Opinions name no region and no free trade zone; the expo is a fair, not one of paragraph 4's measures.",
    },
    source: { paragraphId: "s4-p4", quote: "包括公佈海南自由貿易港建設總體方案" },
    moreSources: [
      {
        paragraphId: "s5-r6",
        quote:
          "要把構建新發展格局同實施國家區域協調發展戰略、建設自由貿易試驗區等銜接起來，在有條件的區域率先探索形成新發展格局",
      },
    ],
  },
  {
    id: "l4-a-largest-import-market-hedged",
    pool: "assessment",
    lessonId: 4,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：文章把中國「取代美國成為全球最大的進口消費市場」說成已經發生的事實。",
      en: "True or false: the article presents China 'replacing the US as the world's largest import consumer market' as something that has already happened.",
    },
    answer: false,
    misconception: "forecast-as-fact",
    explanation: {
      zh: "錯。原文是「未來更有望取代美國成為全球最大的進口消費市場」：「未來」、「有望」都表示可能性，不是既成事實。（同段的96%比較的是零售市場，不是進口市場，不能用來證明或否定這一點。）",
      en: "False. The text says China 'in future is expected to (有望) replace the US': a possibility, not a fact. (The paragraph's 96% compares retail markets, not import markets, so it neither proves nor disproves the point.)",
    },
    source: { paragraphId: "s4-p2", quote: "未來更有望取代美國成為全球最大的進口消費市場" },
  },
  {
    id: "l4-a-complete-not-closed-cloze",
    pool: "assessment",
    lessonId: 4,
    skill: "logic",
    type: "cloze",
    prompt: {
      zh: "填空：「其三」的論點句。",
      en: "Fill in the blanks: the thesis sentence of the third point.",
    },
    text: "「內循環」追求的是{{1}}但並不{{2}}的循環，既強調{{3}}，亦要兼顧{{4}}",
    answer: {
      "1": ["完整"],
      "2": ["封閉"],
      "3": ["立足本土"],
      "4": ["對外開放", "開放"],
    },
    options: ["完整", "封閉", "立足本土", "對外開放", "自給自足", "出口導向"],
    explanation: {
      zh: "原文：「「內循環」追求的是完整但並不封閉的循環，既強調立足本土，亦要兼顧對外開放」。「完整」對「封閉」、「立足本土」對「對外開放」，是本節的核心對照；「自給自足」、「出口導向」都不是文章的說法。",
      en: "The text: 'a complete but not closed circulation, stressing its footing at home while also keeping open to the world'. Complete vs closed, home footing vs opening: the section's key contrasts. 'Self-sufficiency' and 'export-led' are not the article's words.",
    },
    source: {
      paragraphId: "s4-p1",
      quote: "「內循環」追求的是完整但並不封閉的循環，既強調立足本土，亦要兼顧對外開放",
    },
  },

  // ───────────────────────────── figures ─────────────────────────────
  {
    id: "l4-a-us-retail-size",
    pool: "assessment",
    lessonId: 4,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "2019年中國的社會消費品零售總額（以41萬億元人民幣計）相當於美國零售市場規模的96%。由此推算，美國零售市場規模約為多少萬億元人民幣？（取一位小數）",
      en: "China's 2019 retail sales (take RMB 41 trillion) were 96% of the US retail market. Work out the US retail market's size in trillions of RMB (one decimal place).",
    },
    answer: 42.7,
    unit: "萬億元人民幣",
    tolerance: 0.15,
    calculation: "41 / 96 * 100",
    explanation: {
      zh: "中國是美國的96%，所以美國 = 41 ÷ 0.96 ≈ 42.7萬億元。答39.4是把41乘以0.96，弄反了基數：96%是以美國為100%。",
      en: "China is 96% of the US, so the US = 41 ÷ 0.96 ≈ 42.7 trillion. Answering 39.4 (41 × 0.96) gets the base wrong: 96% is measured against the US as 100%.",
    },
    source: {
      paragraphId: "s4-p2",
      quote: "中國的社會消費品零售總額超過41萬億元人民幣，相當於美國零售市場規模的96%",
    },
  },
  {
    id: "l4-a-us-ecommerce-size",
    pool: "assessment",
    lessonId: 4,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "文章說去年中國網上零售額超過10萬億元人民幣，已超過美國電商規模的1.4倍。以10萬億元和1.4倍推算，美國電商規模約為多少萬億元人民幣？（取一位小數）",
      en: "China's online retail last year exceeded RMB 10 trillion, over 1.4 times the US e-commerce market. Using 10 trillion and 1.4 times, work out the US market in trillions of RMB (one decimal place).",
    },
    answer: 7.1,
    unit: "萬億元人民幣",
    tolerance: 0.1,
    calculation: "10 / 1.4",
    explanation: {
      zh: "中國是美國的1.4倍，所以美國 ≈ 10 ÷ 1.4 ≈ 7.1萬億元。答14是乘而不是除。",
      en: "China is 1.4 times the US, so the US ≈ 10 ÷ 1.4 ≈ 7.1 trillion. Answering 14 multiplies instead of dividing.",
    },
    source: {
      paragraphId: "s4-p2",
      quote: "去年中國網上零售額超過10萬億元人民幣，已超過美國電商規模的1.4倍以上",
    },
  },
  {
    id: "l4-a-pledge-per-year",
    pool: "assessment",
    lessonId: 4,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "中國政府承諾今後十五年內進口產品和服務總金額達40萬億美元。若平均分攤，每年約多少萬億美元？（取兩位小數）",
      en: "China pledged to import US$40 trillion of goods and services within fifteen years. Spread evenly, about how many trillion US dollars a year is that? (Two decimal places.)",
    },
    answer: 2.67,
    unit: "萬億美元",
    tolerance: 0.02,
    calculation: "40 / 15",
    explanation: {
      zh: "40 ÷ 15 ≈ 2.67萬億美元。注意單位是美元，不是人民幣：本段只有這個金額以美元計。",
      en: "40 ÷ 15 ≈ 2.67 trillion US dollars. The unit is US dollars, not RMB: this is the paragraph's only amount in dollars.",
    },
    source: {
      paragraphId: "s4-p2",
      quote: "中國政府早前承諾在今後十五年內，從其他國家和地區進口的產品和服務總金額將達40萬億美元",
    },
  },
  {
    id: "l4-a-online-vs-total-retail",
    pool: "assessment",
    lessonId: 4,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "按文章的數字（網上零售額10萬億元、社會消費品零售總額41萬億元），網上零售額約相當於社會消費品零售總額的百分之幾？（取一位小數，單位：%）",
      en: "Using the article's figures (online retail RMB 10 trillion, total retail sales RMB 41 trillion), online retail is about what percentage of total retail sales? (One decimal place; unit: %.)",
    },
    answer: 24.4,
    unit: "%",
    tolerance: 0.5,
    calculation: "10 / 41 * 100",
    explanation: {
      zh: "10 ÷ 41 ≈ 0.244，即約24.4%，大約四分之一。答410%是把兩數的位置調轉了（41 ÷ 10）。",
      en: "10 ÷ 41 ≈ 0.244, about 24.4%, roughly a quarter. Answering 410% inverts the two figures.",
    },
    source: {
      paragraphId: "s4-p2",
      quote:
        "中國的社會消費品零售總額超過41萬億元人民幣，相當於美國零售市場規模的96%，而去年中國網上零售額超過10萬億元人民幣",
    },
  },
  {
    id: "l4-a-retail-gap-to-us",
    pool: "assessment",
    lessonId: 4,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "以美國零售市場規模為基數，2019年中國的社會消費品零售總額比它少百分之幾？（只輸入數字，單位：%）",
      en: "Taking the US retail market as the base, by what percentage was China's 2019 retail sales total smaller? (Enter a number; unit: %.)",
    },
    answer: 4,
    unit: "%",
    tolerance: 0,
    calculation: "100 - 96",
    explanation: {
      zh: "中國相當於美國的96%，所以比美國少100% − 96% = 4%。這說明中國的零售市場已接近美國；文章在同段接着說中國「未來更有望」取代美國成為全球最大的進口消費市場——但那是「有望」，並非已成事實。",
      en: "China is 96% of the US, so 100% − 96% = 4% smaller. China's retail market is close to America's; the same paragraph goes on to say China 'is expected in future' to become the largest import market — expected, not achieved.",
    },
    source: { paragraphId: "s4-p2", quote: "相當於美國零售市場規模的96%" },
  },
  {
    id: "l4-a-online-retail-per-person",
    pool: "assessment",
    lessonId: 4,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "以網上零售額10萬億元人民幣和人口14億計（兩者文中都寫「超過」），2019年中國平均每人的網上零售額約為多少元人民幣？（取整數）",
      en: "Taking online retail of RMB 10 trillion and a population of 1.4 billion (the article says 'over' for both), about how much online retail was there per person in China in 2019, in RMB? (Round to a whole number.)",
    },
    answer: 7143,
    unit: "元人民幣",
    tolerance: 10,
    calculation: "10000000000000 / 1400000000",
    explanation: {
      zh: "10萬億 ÷ 14億 = 100,000億 ÷ 14億 ≈ 7,143元。答0.71或71,429是萬、億換算出錯：1萬億 = 10,000億。這個人均數字把第四節的市場規模與第二節的人口連在一起。",
      en: "10 萬億 ÷ 14 億 = 100,000 億 ÷ 14 億 ≈ 7,143 yuan. 0.71 or 71,429 come from converting 萬億 and 億 wrongly (1 萬億 = 10,000 億). The per-person figure joins section 4's market size to section 2's population.",
    },
    source: { paragraphId: "s4-p2", quote: "去年中國網上零售額超過10萬億元人民幣" },
    moreSources: [{ paragraphId: "s2-p3", quote: "中國擁有超過14億人口" }],
  },
  {
    id: "l4-a-expo-space-index",
    pool: "assessment",
    lessonId: 4,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "若把「世界500強」企業和海外行業龍頭企業去年在進博會的平均展覽面積定為100，按主辦方所說的增幅，今年的平均展覽面積是多少？（只輸入數字）",
      en: "If the Global 500 and overseas industry leaders' average exhibition space at last year's expo is set at 100, what is this year's average by the growth the organiser gives? (Enter a number.)",
    },
    answer: 114,
    unit: "",
    tolerance: 0,
    calculation: "100 + 14",
    explanation: {
      zh: "增加14%即100 × (1 + 14%) = 100 + 14 = 114。答14只算了增加的部分；答86是把增加看成減少。注意這是主辦方對平均面積的說法，不代表每一家企業都增加14%。",
      en: "A 14% increase: 100 × (1 + 14%) = 100 + 14 = 114. 14 is only the increase; 86 reads it as a fall. It is the organiser's figure for the average, not for every firm.",
    },
    source: { paragraphId: "s4-p3", quote: "今年的平均展覽面積將比去年增加14%" },
  },
  {
    id: "l4-a-times-not-more-than",
    pool: "assessment",
    lessonId: 4,
    skill: "figures",
    type: "truefalse",
    prompt: {
      zh: "判斷：「已超過美國電商規模的1.4倍以上」表示中國網上零售額比美國電商規模「多出」1.4倍，即約是美國的2.4倍。",
      en: "True or false: 'already over 1.4 times the US e-commerce market' means China's online retail is 1.4 times MORE than the US, i.e. about 2.4 times its size.",
    },
    answer: false,
    misconception: "times-vs-more-than",
    explanation: {
      zh: "錯。「是……的1.4倍」指中國約等於美國的1.4倍，即比美國多出約40%（0.4倍），而不是多出1.4倍。",
      en: "False. 'Is 1.4 times' means China ≈ 1.4 × the US, about 40% more than the US, not 1.4 times more (2.4 ×).",
    },
    source: { paragraphId: "s4-p2", quote: "已超過美國電商規模的1.4倍以上" },
  },

  // ───────────────────────────── dates ─────────────────────────────
  {
    id: "l4-a-forum-before-politburo",
    pool: "assessment",
    lessonId: 4,
    skill: "dates",
    type: "truefalse",
    prompt: {
      zh: "判斷：附表1把企業家座談會和中央政治局會議都列在7月，分不出先後；但按正文所給的日子，企業家座談會較早。",
      en: "True or false: table 1 lists both the entrepreneurs' symposium and the Politburo meeting under July, so it cannot order them; but by the dates in the body text, the entrepreneurs' symposium came first.",
    },
    answer: true,
    explanation: {
      zh: "對。正文說企業家座談會在「7月21日」，中央政治局會議在「今年7月底」召開，所以座談會較早。附表1只有月份，兩者都在7月，單看表格不能判斷先後——這是正文補充表格的地方。",
      en: "True. The body dates the entrepreneurs' symposium 21 July and the Politburo meeting 'the end of July', so the symposium came first. The table gives only months, both July, so it alone cannot order them — the body text fills the gap.",
    },
    source: { paragraphId: "s4-p1", quote: "國家主席習近平在7月21日企業家座談會上強調" },
    moreSources: [
      { paragraphId: "s3-p3", quote: "今年7月底召開的中央政治局會議" },
      { paragraphId: "s5-r4", quote: "中央政治局會議" },
    ],
  },
  {
    id: "l4-a-openness-timeline",
    pool: "assessment",
    lessonId: 4,
    skill: "dates",
    type: "ordering",
    prompt: {
      zh: "按文章所給的時間，把下列與中國對外開放和市場規模有關的事件由早到晚排列。",
      en: "Using the article's dates, order these events about China's opening and market size, earliest first.",
    },
    events: [
      {
        id: "wl",
        text: {
          zh: "中國網上零售額超過10萬億元人民幣",
          en: "China's online retail exceeds RMB 10 trillion",
        },
      },
      {
        id: "rs",
        text: { zh: "中國加入世界貿易組織", en: "China joins the World Trade Organization" },
      },
      {
        id: "jb",
        text: {
          zh: "第三屆中國國際進口博覽會舉辦",
          en: "The third China International Import Expo is held",
        },
      },
      {
        id: "gf",
        text: {
          zh: "中國對外貿的依存度創下67%的歷史最高值",
          en: "China's trade dependence hits a record 67%",
        },
      },
      {
        id: "aj",
        text: {
          zh: "全球金融危機爆發，中國經濟「外循環」由盛轉衰",
          en: "The global financial crisis breaks out; the outer circulation turns from boom to decline",
        },
      },
    ],
    answer: ["rs", "gf", "aj", "wl", "jb"],
    explanation: {
      zh: "2001年加入世界貿易組織；2006年底依存度創67%新高；2008年全球金融危機是「由盛轉衰」的分水嶺；「去年」（2019年）網上零售額超過10萬億元；「今年」（2020年）舉辦第三屆進博會。",
      en: "WTO accession 2001; the 67% peak at the end of 2006; the 2008 crisis, the watershed from boom to decline; online retail over RMB 10 trillion 'last year' (2019); the third import expo 'this year' (2020).",
    },
    source: { paragraphId: "s4-p2", quote: "去年中國網上零售額超過10萬億元人民幣" },
    moreSources: [
      { paragraphId: "s1-p2", quote: "2001年加入世界貿易組織後" },
      { paragraphId: "s1-p3", quote: "在2006年底更創下67%的歷史最高值" },
      { paragraphId: "s1-p5", quote: "2008年全球金融危機爆發是中國經濟「外循環」由盛轉衰的一道分水嶺" },
      { paragraphId: "s4-p3", quote: "今年將如期舉辦第三屆" },
    ],
  },
  {
    id: "l4-a-third-expo-year",
    pool: "assessment",
    lessonId: 4,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "文章說中國國際進口博覽會「今年將如期舉辦第三屆」。這裏的「今年」是哪一年？（輸入年份）",
      en: "The article says the import expo 'will hold its third edition this year as scheduled'. Which year is 'this year'? (Enter the year.)",
    },
    answer: { year: 2020 },
    explanation: {
      zh: "文章寫於2020年：文中說「2020年初」疫情爆發，並引用9月中發表的報告，所以「今年」是2020年，第三屆進博會在2020年舉辦（前兩屆在2018、2019年）。",
      en: "The article was written in 2020: it mentions the pandemic of 'early 2020' and a mid-September report, so 'this year' is 2020, when the third expo is held (the first two in 2018 and 2019).",
    },
    source: { paragraphId: "s4-p3", quote: "今年將如期舉辦第三屆" },
  },

  // ───────────────────────────── terms ─────────────────────────────
  {
    id: "l4-a-take-root-meaning",
    pool: "assessment",
    lessonId: 4,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "「吸引國際企業進駐和「紮根」內地市場」中的「紮根」是甚麼意思？",
      en: "In 'attract international firms to enter and take root (紮根) in the mainland market', what does 紮根 mean?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "短期參展後便離開", en: "Exhibit briefly and then leave" },
        misconception: "opposite-meaning",
      },
      {
        id: "b",
        text: { zh: "在內地種植農作物", en: "Grow crops in the mainland" },
        misconception: "literal-reading",
      },
      {
        id: "c",
        text: { zh: "把利潤全部匯回本國", en: "Send all profits home" },
        misconception: "not-in-text",
      },
      {
        id: "d",
        text: {
          zh: "長期在內地經營、深入發展，像植物把根扎進土裏",
          en: "Operate in the mainland for the long term and grow deep roots there",
        },
      },
    ],
    answer: "d",
    explanation: {
      zh: "「紮根」是比喻：像植物把根扎進泥土，指企業長期留在內地市場深入經營，而不只是「進駐」一時。與它相反的是第三節所說內地企業「離巢」。",
      en: "紮根 is a metaphor: like a plant sending roots into the soil, firms stay and build deep operations in the mainland, not just 'enter' for a while. Its opposite is section 3's mainland firms 'leaving the nest'.",
    },
    source: { paragraphId: "s4-p4", quote: "吸引國際企業進駐和「紮根」內地市場" },
  },
  {
    id: "l4-a-interconnection-cloze",
    pool: "assessment",
    lessonId: 4,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "填空：主次位置轉換之後，內外循環之間的關係應怎樣？",
      en: "Fill in the blanks: after their places switch, what relationship between the two circulations must be strengthened?",
    },
    text: "但兩者之間{{1}}、{{2}}的關係反而需要進一步加強和優化",
    answer: { "1": ["互通互聯", "互聯互通"], "2": ["互為促進", "相互促進"] },
    explanation: {
      zh: "原文：「但兩者之間互通互聯、互為促進的關係反而需要進一步加強和優化」。「反而」表示：主次轉換並不令兩者疏遠，相反聯繫要更緊密。",
      en: "The text: 'yet the interconnection and mutual promotion between the two must, on the contrary (反而), be further strengthened and optimised': switching places does not separate them.",
    },
    source: { paragraphId: "s4-p1", quote: "但兩者之間互通互聯、互為促進的關係反而需要進一步加強和優化" },
  },
  {
    id: "l4-a-loosening-words",
    pool: "assessment",
    lessonId: 4,
    skill: "terms",
    type: "multi",
    prompt: {
      zh: "本節哪些詞語是指放寬對外資的限制？（選出所有正確答案）",
      en: "Which expressions in this section refer to loosening restrictions on foreign investment? (Select all that apply.)",
    },
    choices: [
      {
        id: "a",
        text: { zh: "「去全球化」逆流橫溢", en: "The 'deglobalisation' countercurrent overflowing" },
        misconception: "wrong-term",
      },
      { id: "b", text: { zh: "負面清單進一步「瘦身」", en: "The negative list 'slimmed' further" } },
      {
        id: "c",
        text: { zh: "「換舵轉航」", en: "'Changing helm and course'" },
        misconception: "wrong-term",
      },
      {
        id: "d",
        text: { zh: "更加寬鬆的市場准入條件", en: "Looser market-access conditions" },
      },
      { id: "e", text: { zh: "保護主義盛行", en: "Protectionism prevailing" }, misconception: "wrong-term" },
    ],
    answer: ["b", "d"],
    explanation: {
      zh: "負面清單列出外資不准或受限進入的領域，「瘦身」即清單變短、限制減少；「更加寬鬆的市場准入條件」亦是放寬。「去全球化」逆流和保護主義盛行是外部的不利形勢；「換舵轉航」比喻整體戰略轉向。",
      en: "The negative list names the fields closed or restricted to foreign investment; 'slimming' it means fewer restrictions; 'looser market-access conditions' also loosen. Deglobalisation and protectionism are hostile external trends; 'changing helm' is the image for the overall strategic turn.",
    },
    source: {
      paragraphId: "s4-p4",
      quote:
        "制定更加寬鬆的市場准入條件，主動吸引外資企業參與到「內循環」體系的建設中。今年以來，中央推出一系列重大的對外開放新舉措，包括公佈海南自由貿易港建設總體方案、外商投資准入負面清單進一步「瘦身」",
    },
  },
  {
    id: "l4-a-countercurrent-meaning",
    pool: "assessment",
    lessonId: 4,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "「在保護主義盛行、「去全球化」逆流橫溢的今天」中，「逆流橫溢」是甚麼意思？",
      en: "In 'today, when protectionism prevails and the deglobalisation countercurrent overflows (逆流橫溢)', what does 逆流橫溢 mean?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "與全球化方向相反的潮流四處泛濫",
          en: "A current running against globalisation spreads everywhere",
        },
      },
      {
        id: "b",
        text: { zh: "全球化潮流重新高漲", en: "Globalisation surges again" },
        misconception: "opposite-meaning",
      },
      {
        id: "c",
        text: { zh: "中國的出口逆差擴大", en: "China's trade deficit widens" },
        misconception: "literal-reading",
      },
      {
        id: "d",
        text: { zh: "河流氾濫造成水災", en: "Rivers flood" },
        misconception: "literal-reading",
      },
    ],
    answer: "a",
    explanation: {
      zh: "「逆流」是逆着（全球化）方向的潮流，「橫溢」是水滿而四處泛濫，合起來比喻「去全球化」思潮蔓延，與同句的「保護主義盛行」呼應。它不是指全球化高漲，也與貿易逆差無關。",
      en: "逆流 is a current against (globalisation); 橫溢 is water overflowing everywhere: deglobalisation spreading, echoing 'protectionism prevailing' in the same sentence. It is not a globalisation boom and has nothing to do with a trade deficit.",
    },
    source: { paragraphId: "s4-p5", quote: "在保護主義盛行、「去全球化」逆流橫溢的今天" },
  },
];
