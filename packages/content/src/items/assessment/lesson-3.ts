import type { TItemInput } from "../../schema";

/**
 * Lesson 3 assessment pool: 促循環長短兼顧 科技創新補短板 (s3-p1..s3-p5), the second of the three
 * mainstream points. What a teacher assesses: the two horizons of the argument and what triggers each,
 * forecast and interpretation told apart from fact (預測, 被解讀為, 可以預見), the body text against
 * 附表1 (the 「六把鑰匙」 speech is not in the table), and calculations on the section's figures.
 * Items with `calculation` have keys worked out from the article's figures, not written in it.
 */
export const items: TItemInput[] = [
  // ───────────────────────────── logic ─────────────────────────────
  {
    id: "l3-a-two-triggers",
    pool: "assessment",
    lessonId: 3,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "本節說推動「內循環」一方面是短期的應對性措施，另一方面更為中長期發展策略奠定主基調。這兩個層面分別回應哪兩種外部變化？",
      en: "The section says promoting the 'internal circulation' is both a short-term response and the keynote of medium- to long-term strategy. Which two external changes do these two sides respond to?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "短期：2008年全球金融危機；中長期：中國加入世界貿易組織",
          en: "Short term: the 2008 global financial crisis; medium to long term: China's WTO accession",
        },
        misconception: "wrong-era",
      },
      {
        id: "b",
        text: {
          zh: "短期：疫情令國際貿易大滑坡、出口壓力陡增；中長期：美國對華科技打壓、推動「科技脫鈎」",
          en: "Short term: the pandemic's collapse of trade and sudden export pressure; medium to long term: US technology pressure and 'tech decoupling'",
        },
      },
      {
        id: "c",
        text: {
          zh: "短期：美國限制對華晶片出口；中長期：疫情令海外市場萎縮",
          en: "Short term: US curbs on chip exports to China; medium to long term: shrinking overseas markets in the pandemic",
        },
        misconception: "short-long-swapped",
      },
      {
        id: "d",
        text: {
          zh: "短期：消費補貼政策退出；中長期：國內人口老化",
          en: "Short term: the end of consumption subsidies; medium to long term: an ageing population",
        },
        misconception: "not-in-text",
      },
    ],
    answer: "b",
    explanation: {
      zh: "第一段說2020年初的疫情「導致國際貿易和投資活動大滑坡」，中國出口部門壓力陡增，所以短期要擴大內需填補缺口；第二段說美國「推動中美「科技脫鈎」」，增加了引進先進技術的難度，所以中長期要在科技上「自力更生」。把晶片限制列為短期、海外市場萎縮列為中長期的選項是把兩者對調了：晶片限制屬於中長期的科技問題，海外市場萎縮屬於短期衝擊；2008年危機和入世屬於第一節的背景；本節沒有談人口老化或補貼退出。",
      en: "Paragraph 1: the early-2020 pandemic 'caused international trade and investment to slump', so in the short term domestic demand must fill the gap. Paragraph 2: the US 'pushes Sino-US tech decoupling', raising the difficulty of importing technology, so in the medium to long term China must become self-reliant in technology. The option with chip curbs as short-term and shrinking markets as long-term swaps them; 2008 and WTO accession are section 1's background; ageing and subsidies are not in this section.",
    },
    source: { paragraphId: "s3-p1", quote: "導致國際貿易和投資活動大滑坡" },
    moreSources: [{ paragraphId: "s3-p2", quote: "美國推動中美「科技脫鈎」" }],
  },
  {
    id: "l3-a-adb-forecast-not-outcome",
    pool: "assessment",
    lessonId: 3,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：文中亞洲發展中經濟體2020年GDP萎縮0.7%，是亞洲開發銀行的預測，而不是已經錄得的實際數字。",
      en: "True or false: the 0.7% contraction of developing Asia's 2020 GDP in the article is the ADB's forecast, not a figure already recorded.",
    },
    answer: true,
    explanation: {
      zh: "對。0.7%的萎縮是亞洲開發銀行《經濟展望報告》的「預測」，句子用的是「亦將陷入」，表示將來；文章寫作時2020年尚未完結。若把它當作已發生的事實，就混淆了「預測」與「事實」。",
      en: "True. The 0.7% contraction is a forecast (預測) in the ADB's outlook report; the sentence says GDP 'will fall' (亦將陷入), and 2020 had not ended when the article was written. Reading it as a recorded fact confuses forecast and fact.",
    },
    source: {
      paragraphId: "s3-p1",
      quote: "預測，即使是近年被譽為全球經濟增長「火車頭」的亞洲發展中經濟體，2020年的GDP亦將陷入0.7%的萎縮",
    },
  },
  {
    id: "l3-a-claim-kinds",
    pool: "assessment",
    lessonId: 3,
    skill: "logic",
    type: "matching",
    prompt: {
      zh: "批判閱讀：本節的說法性質不同。把每個說法與它在文中的性質配對（右邊有多餘選項）。",
      en: "Critical reading: the section's statements are of different kinds. Match each statement with what kind of statement the text makes it (extra options on the right).",
    },
    left: [
      {
        id: "ch",
        text: {
          zh: "2019年中國從海外進口晶片價值高達3,040億美元",
          en: "In 2019 China imported chips worth US$304.0 billion",
        },
      },
      {
        id: "gd",
        text: {
          zh: "亞洲發展中經濟體2020年的GDP將陷入0.7%的萎縮",
          en: "Developing Asia's GDP will shrink by 0.7% in 2020",
        },
      },
      {
        id: "kj",
        text: {
          zh: "中央將會以「科技自強」作為推動「內循環」的「抓手」",
          en: "The centre will make 'technological self-strengthening' the 'lever' of the internal circulation",
        },
      },
      {
        id: "sw",
        text: {
          zh: "以科技創新引領的「內循環」思維將會貫穿於「十四五」規劃",
          en: "Innovation-led internal-circulation thinking will run through the 14th Five-Year Plan",
        },
      },
    ],
    right: [
      { id: "st", text: { zh: "統計數字（陳述已發生的事）", en: "A statistic (what has happened)" } },
      { id: "yc", text: { zh: "機構的預測", en: "An institution's forecast" } },
      {
        id: "jd",
        text: { zh: "對講話的解讀（「被解讀為」）", en: "An interpretation of a speech ('is read as')" },
      },
      {
        id: "zz",
        text: {
          zh: "文中對前景的推斷（「可以預見」）",
          en: "A prospect the text foresees ('it can be foreseen')",
        },
      },
      { id: "yw", text: { zh: "領導人講話的原文", en: "A leader's own words" } },
    ],
    answer: { ch: "st", gd: "yc", kj: "jd", sw: "zz" },
    explanation: {
      zh: "晶片進口值是2019年的統計數字；0.7%萎縮是亞洲開發銀行報告的「預測」；「科技自強」是「抓手」一說，是「六把鑰匙」論「亦被解讀為」的意思，不是習近平的原話；貫穿「十四五」規劃一句以「可以預見」開頭，是文中對前景的推斷，不是已發生的事。「領導人講話的原文」是多餘選項：本節的原話是「要不來、買不來、討不來」等句，但上述四句都不是。",
      en: "The chip figure is a 2019 statistic; the 0.7% contraction is the ADB's forecast; 'self-strengthening as the lever' is what the six-keys speech 'is read as', not Xi's words; the Five-Year-Plan sentence opens with 'it can be foreseen': a prospect the text foresees, not something that has happened. 'A leader's own words' is the extra option: Xi's words in this section are lines like 'cannot be begged, bought or demanded', none of the four.",
    },
    source: {
      paragraphId: "s3-p4",
      quote: "亦被解讀為中央將會以「科技自強」作為推動經濟「內循環」的「抓手」和首要切入點",
    },
    moreSources: [
      {
        paragraphId: "s3-p5",
        quote: "可以預見，以科技創新引領的「內循環」思維，將會貫穿於中國「十四五」規劃",
      },
      { paragraphId: "s3-p1", quote: "亞洲開發銀行9月中發表的最新一期《經濟展望報告》預測" },
      { paragraphId: "s3-p3", quote: "2019年中國從海外進口晶片價值高達3,040億美元" },
    ],
  },
  {
    id: "l3-a-six-keys-occasion",
    pool: "assessment",
    lessonId: 3,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "提出推動科技創新發展六項措施（「六把鑰匙」）的講話，是在哪個場合發表的？它與附表1有甚麼關係？",
      en: "At which occasion was the speech with the six measures for technological innovation (the 'six keys') given, and how does it relate to table 1?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "「十四五」規劃經濟社會領域專家座談會；附表1列在8月",
          en: "The experts' symposium on the 14th Five-Year Plan; table 1 lists it in August",
        },
        misconception: "six-keys-in-table",
      },
      {
        id: "b",
        text: {
          zh: "企業家座談會；附表1列在7月",
          en: "The entrepreneurs' symposium; table 1 lists it in July",
        },
        misconception: "wrong-meeting",
      },
      {
        id: "c",
        text: {
          zh: "中央政治局會議；附表1列在7月",
          en: "The Politburo meeting; table 1 lists it in July",
        },
        misconception: "wrong-meeting",
      },
      {
        id: "d",
        text: {
          zh: "科學家座談會；正文提到，但附表1沒有列出",
          en: "The scientists' symposium; the body text mentions it but table 1 does not list it",
        },
      },
    ],
    answer: "d",
    explanation: {
      zh: "正文寫「近日國家主席習近平在科學家座談會上強調」並提出六項措施；附表1的七行中沒有科學家座談會。最易混淆的是8月「十四五」規劃經濟社會領域專家座談會：那一行也談「儘快突破關鍵核心技術」、基礎研究和人才，但它是另一個場合，沒有提出「六把鑰匙」。企業家座談會談的是內外循環的關係，7月中央政治局會議談的是「持久戰」。",
      en: "The body says Xi spoke 'recently at the scientists' symposium' and set out six measures; none of table 1's seven rows is that symposium. The easiest confusion is the August Five-Year-Plan experts' symposium: its row also speaks of breaking through core technologies, basic research and talent, but it is a different occasion and has no 'six keys'. The entrepreneurs' symposium is about the two circulations; the July Politburo meeting about a 'protracted war'.",
    },
    source: { paragraphId: "s3-p4", quote: "近日國家主席習近平在科學家座談會上強調" },
    moreSources: [{ paragraphId: "s5-r5", quote: "我們更要大力提升自主創新能力，儘快突破關鍵核心技術" }],
  },
  {
    id: "l3-a-body-table-overlap",
    pool: "assessment",
    lessonId: 3,
    skill: "logic",
    type: "multi",
    prompt: {
      zh: "本節正文的以下說法，哪些在附表1的「主要內容」欄中也能找到基本相同的字句？（選出所有正確答案）",
      en: "Which of these statements in this section's body text can also be found, in substantially the same words, in the 'main content' column of table 1? (Select all that apply.)",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "「關鍵核心技術要不來、買不來、討不來」",
          en: "'Key core technologies cannot be begged, bought or demanded'",
        },
        misconception: "six-keys-in-table",
      },
      {
        id: "b",
        text: {
          zh: "很多問題是中長期的，要從「持久戰」的角度應對",
          en: "Many problems are medium- to long-term and must be met as a 'protracted war'",
        },
      },
      {
        id: "c",
        text: {
          zh: "把美國的「卡脖子」清單轉變成科研攻關的任務清單",
          en: "Turn the US 'chokehold' list into a list of research tasks",
        },
        misconception: "wrong-speaker",
      },
      {
        id: "d",
        text: {
          zh: "世界正面臨百年未有之大變局，新一輪科技革命和產業變革蓬勃興起",
          en: "The world faces changes unseen in a century; a new round of technological and industrial revolution is booming",
        },
      },
      {
        id: "e",
        text: {
          zh: "亞洲發展中經濟體2020年的GDP將萎縮0.7%",
          en: "Developing Asia's 2020 GDP will shrink by 0.7%",
        },
        misconception: "wrong-speaker",
      },
    ],
    answer: ["b", "d"],
    explanation: {
      zh: "「持久戰」：正文說7月底中央政治局會議要以「打持久戰」的角度應對，附表1的7月中央政治局會議一行寫「必須從持久戰的角度加以認識」。「百年未有之大變局」：正文第二段的「百年未有之大變局，新一輪科技革命和產業變革蓬勃興起」，附表1的企業家座談會一行幾乎一字不差。「要不來、買不來、討不來」是科學家座談會（「六把鑰匙」）的話，附表1沒有這個場合；「卡脖子」清單是中國科學院院長白春禮的話；0.7%萎縮是亞洲開發銀行的預測——後兩者都不是附表1所匯總的發言，自然不在表中。",
      en: "'Protracted war': the body's end-of-July Politburo meeting is the July Politburo row ('must be understood from the angle of a protracted war'). 'Changes unseen in a century… new round of technological and industrial revolution' is almost word for word in the entrepreneurs' symposium row. 'Cannot be begged, bought or demanded' comes from the scientists' symposium (the 'six keys'), which the table does not list; the 'chokehold' list is Bai Chunli's and the 0.7% the ADB's — not statements the table collects.",
    },
    source: { paragraphId: "s3-p3", quote: "要以「打持久戰」的角度加以應對" },
    moreSources: [
      { paragraphId: "s5-r4", quote: "必須從持久戰的角度加以認識" },
      { paragraphId: "s3-p2", quote: "當前世界正面臨百年未有之大變局，新一輪科技革命和產業變革蓬勃興起" },
      { paragraphId: "s5-r3", quote: "當今世界正經歷百年未有之大變局，新一輪科技革命和產業變革蓬勃興起" },
    ],
  },
  {
    id: "l3-a-read-as",
    pool: "assessment",
    lessonId: 3,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "文章說「六把鑰匙」論「亦被解讀為」中央將以「科技自強」作為推動「內循環」的「抓手」和首要切入點。「被解讀為」這個寫法告訴讀者甚麼？",
      en: "The article says the 'six keys' speech 'is also read as' meaning the centre will make 'technological self-strengthening' the lever and first entry point of the internal circulation. What does 'is read as' tell the reader?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "這是別人對講話含意的理解，講話本身並沒有這樣直接說",
          en: "It is how others understand the speech; the speech itself does not say so directly",
        },
      },
      {
        id: "b",
        text: {
          zh: "這是習近平在講話中親口宣布的決定",
          en: "It is a decision Xi announced in his own words",
        },
        misconception: "interpretation-as-quote",
      },
      {
        id: "c",
        text: {
          zh: "這是附表1所記錄的會議結論",
          en: "It is a meeting conclusion recorded in table 1",
        },
        misconception: "six-keys-in-table",
      },
      {
        id: "d",
        text: {
          zh: "這是作者用統計數字證明了的事實",
          en: "It is a fact the author has proved with statistics",
        },
        misconception: "interpretation-as-fact",
      },
    ],
    answer: "a",
    explanation: {
      zh: "「被解讀為」是被動說法，表示這是（未具名的）評論者對講話的理解，而講話原文是「要不來、買不來、討不來」和六項措施。文章引述的講話內容沒有「抓手」一詞，所以不是習近平親口宣布的決定；科學家座談會不在附表1，所以也不是表中記錄的會議結論；這一段沒有任何統計數字，更談不上用數字證明的事實。",
      en: "'Is read as' is passive: it reports how (unnamed) commentators understand the speech, whose own words are 'cannot be begged, bought or demanded' and the six measures. The speech as the article quotes it has no word 'lever', so it is not a decision Xi announced himself; the scientists' symposium is not in table 1, so it is no meeting conclusion recorded there; the paragraph gives no statistics, so nothing is proved by figures.",
    },
    source: { paragraphId: "s3-p4", quote: "這一創科發展的「六把鑰匙」論亦被解讀為" },
  },
  {
    id: "l3-a-foreseeable-not-fact",
    pool: "assessment",
    lessonId: 3,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：文章把「以科技創新引領的「內循環」思維將會貫穿於「十四五」規劃」當作已經寫進規劃的事實來陳述。",
      en: "True or false: the article states as an established fact that innovation-led internal-circulation thinking has been written into the 14th Five-Year Plan.",
    },
    answer: false,
    misconception: "forecast-as-fact",
    explanation: {
      zh: "錯。這句以「可以預見」開頭，用「將會」，是文中（「其二」的論述）對未來的推斷，不是已發生的事實；按附表1，8月仍在為「十四五」規劃召開專家座談會，規劃尚在制訂之中。",
      en: "False. The sentence opens with 'it can be foreseen' (可以預見) and uses 'will' (將會): a forecast in the text (part of the second point), not an established fact; table 1 shows experts still being consulted on the plan in August, so it was still being drawn up.",
    },
    source: {
      paragraphId: "s3-p5",
      quote: "可以預見，以科技創新引領的「內循環」思維，將會貫穿於中國「十四五」規劃",
    },
  },
  {
    id: "l3-a-chip-response-chain",
    pool: "assessment",
    lessonId: 3,
    skill: "logic",
    type: "ordering",
    prompt: {
      zh: "按本節第三、四段的推理，把下列環節由「問題」到「對策」排列。",
      en: "Following the reasoning of the section's third and fourth paragraphs, order these steps from the problem to the response.",
    },
    events: [
      {
        id: "km",
        text: {
          zh: "白春禮：把「卡脖子」清單轉變成科研攻關的任務清單",
          en: "Bai Chunli: turn the 'chokehold' list into a list of research tasks",
        },
      },
      {
        id: "xq",
        text: {
          zh: "高端零部件、元器件高度依賴進口，超過90%的高端晶片需依賴進口",
          en: "High-end parts depend heavily on imports; over 90% of high-end chips are imported",
        },
      },
      {
        id: "fb",
        text: {
          zh: "「六把鑰匙」論被解讀為以「科技自強」作為推動「內循環」的「抓手」",
          en: "The 'six keys' are read as making self-strengthening in technology the lever of the internal circulation",
        },
      },
      {
        id: "dl",
        text: {
          zh: "美國看準這一「軟肋」，限制對華的晶片出口",
          en: "The US targets this 'soft spot' and restricts chip exports to China",
        },
      },
    ],
    answer: ["xq", "dl", "km", "fb"],
    explanation: {
      zh: "第三段先指出受制於人的現象（晶片高度依賴進口），再說美國「正是看準了這一「軟肋」」限制晶片出口，接着以「對此」引出白春禮的回應；第四段再說科學家座談會的「六把鑰匙」論「被解讀為」以科技自強作為「抓手」。美國的限制是針對已存在的弱點，所以「依賴進口」必須在「限制出口」之前。",
      en: "Paragraph 3 first states the dependence (chips largely imported), then says the US 'targeted this soft spot' with export curbs, then 'in response' (對此) gives Bai Chunli's answer; paragraph 4 reports that the six keys 'are read as' making self-strengthening the lever. The US curbs target an existing weakness, so the dependence comes before the curbs.",
    },
    source: {
      paragraphId: "s3-p3",
      quote: "美國政府正是看準了這一「軟肋」，近期千方百計地限制對華的晶片出口。對此",
    },
    moreSources: [{ paragraphId: "s3-p4", quote: "「六把鑰匙」論亦被解讀為" }],
  },
  {
    id: "l3-a-hollowing-link",
    pool: "assessment",
    lessonId: 3,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "本節最後一段說推動科技水平和產業結構升級有助「防範可能隨之出現的產業空心化之憂」。這與文章第一節描述的哪個現象相呼應？",
      en: "The last paragraph says technological and industrial upgrading helps 'guard against the hollowing-out of industry that might follow'. Which phenomenon from the article's first section does this echo?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "中國對外貿的依存度在2006年底創下67%的歷史最高值",
          en: "China's trade dependence hit a record 67% at the end of 2006",
        },
        misconception: "unrelated-figure",
      },
      {
        id: "b",
        text: {
          zh: "西方國家居民過度消費、累積高額負債",
          en: "Western households over-consumed and built up heavy debt",
        },
        misconception: "wrong-problem",
      },
      {
        id: "c",
        text: {
          zh: "發達國家製造業加緊向外轉移，令內部經濟出現「空心化」、就業崗位流失",
          en: "Developed countries' manufacturing moved abroad, hollowing out their economies and losing jobs",
        },
      },
      {
        id: "d",
        text: {
          zh: "中國在沿海地區率先設立經濟特區",
          en: "China first set up special economic zones in coastal areas",
        },
        misconception: "unrelated-policy",
      },
    ],
    answer: "c",
    explanation: {
      zh: "第一節指出發達國家「製造業加緊向外轉移令內部經濟出現「空心化」」；本節擔心內地企業透過對外投資「離巢」，中國也可能出現同樣的「產業空心化」，所以要靠科技和產業升級來平衡。67%依存度、過度消費和經濟特區都與「空心化」無關。",
      en: "Section 1 says developed countries' 'manufacturing moving abroad hollowed out their economies'; this section fears the same for China as mainland firms 'leave the nest' through outward investment, so upgrading is to balance it. The 67% peak, over-consumption and the special zones have nothing to do with hollowing-out.",
    },
    source: { paragraphId: "s3-p5", quote: "防範可能隨之出現的產業空心化之憂" },
    moreSources: [{ paragraphId: "s1-p4", quote: "發達國家的製造業加緊向外轉移令內部經濟出現「空心化」" }],
  },
  {
    id: "l3-a-self-reliance-open",
    pool: "assessment",
    lessonId: 3,
    skill: "logic",
    type: "multi",
    prompt: {
      zh: "本節哪些說法顯示，科技上「自力更生」並不等於關起門來？（選出所有正確答案）",
      en: "Which statements in this section show that technological 'self-reliance' does not mean closing the doors? (Select all that apply.)",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "要把「卡脖子」清單轉變成科研攻關的任務清單",
          en: "Turn the 'chokehold' list into a list of research tasks",
        },
        misconception: "self-reliance-as-openness",
      },
      {
        id: "b",
        text: {
          zh: "六項措施之一是「加強國際科技合作」",
          en: "One of the six measures is 'strengthen international cooperation in science and technology'",
        },
      },
      {
        id: "c",
        text: {
          zh: "吸引更多跨國企業將產業鏈佈局中的高增值環節保留在中國",
          en: "Attract more multinationals to keep the high-value links of their supply chains in China",
        },
      },
      {
        id: "d",
        text: {
          zh: "關鍵核心技術「要不來、買不來、討不來」",
          en: "Key core technologies 'cannot be begged, bought or demanded'",
        },
        misconception: "self-reliance-as-openness",
      },
      {
        id: "e",
        text: {
          zh: "為新一輪對外開放搭建更高層次的平台",
          en: "Build a higher-level platform for a new round of opening-up",
        },
      },
    ],
    answer: ["b", "c", "e"],
    explanation: {
      zh: "「加強國際科技合作」、吸引跨國企業保留高增值環節、為新一輪對外開放搭建平台，都把科技自強與對外合作、開放連在一起。「卡脖子」任務清單和「要不來、買不來、討不來」說的是為甚麼要自己攻關（技術買不來），只說明「自力更生」的必要，並不顯示開放。",
      en: "International cooperation, keeping multinationals' high-value links in China and a platform for a new round of opening-up tie self-strengthening to openness. The 'chokehold' task list and 'cannot be begged, bought or demanded' explain why China must do its own research (technology cannot be bought): they show the need for self-reliance, not openness.",
    },
    source: { paragraphId: "s3-p5", quote: "亦可吸引更多跨國企業將產業鏈佈局中的高增值環節保留在中國" },
    moreSources: [{ paragraphId: "s3-p4", quote: "依靠改革激發科技創新活力和加強國際科技合作" }],
  },
  {
    id: "l3-a-protracted-war-role",
    pool: "assessment",
    lessonId: 3,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "文章在談晶片受制於人之後，引用7月底中央政治局會議「打持久戰」的說法。這在「其二」的論證中起甚麼作用？",
      en: "After discussing the dependence on imported chips, the article cites the end-of-July Politburo meeting's call for a 'protracted war'. What does this do for the argument of the second point?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "支持「內循環」不只是短期應對，也是中長期策略：這些問題是中長期的，不能速戰速決",
          en: "It supports the claim that the internal circulation is a medium- to long-term strategy, not only a short-term response: the problems are long-term and cannot be solved quickly",
        },
      },
      {
        id: "b",
        text: {
          zh: "說明美國對華晶片限制很快就會結束",
          en: "It shows that US chip restrictions will soon end",
        },
        misconception: "opposite-meaning",
      },
      {
        id: "c",
        text: {
          zh: "交代「六把鑰匙」是在這次政治局會議上提出的",
          en: "It tells us the 'six keys' were put forward at this Politburo meeting",
        },
        misconception: "wrong-meeting",
      },
      {
        id: "d",
        text: {
          zh: "說明短期內要以消費補貼刺激內需",
          en: "It shows that consumption subsidies must boost demand in the short term",
        },
        misconception: "subsidy-revival",
      },
    ],
    answer: "a",
    explanation: {
      zh: "「其二」的主張是「內循環」既是短期措施，「更是」為中長期發展策略奠定主基調。政治局會議說「很多問題是中長期的」，要「打持久戰」，正好支持長期的一面。「持久戰」與「限制很快結束」的意思相反；「六把鑰匙」是科學家座談會提出的；主流意見的第一點（「其一」）已指出「內循環」不意味消費補貼「捲土重來」。",
      en: "The second point claims the internal circulation is a short-term measure and, more, the keynote of medium- to long-term strategy. The Politburo's 'many problems are medium- to long-term… a protracted war' supports the long-term side. A 'protracted war' is the opposite of restrictions ending soon; the six keys come from the scientists' symposium; the first mainstream point already says subsidies will not make a comeback.",
    },
    source: { paragraphId: "s3-p3", quote: "中國經濟當前面對的很多問題是中長期的" },
    moreSources: [{ paragraphId: "s3-p1", quote: "另一方面更是為中國未來的中長期發展策略奠定主基調" }],
  },
  {
    id: "l3-a-push-pull",
    pool: "assessment",
    lessonId: 3,
    skill: "logic",
    type: "matching",
    prompt: {
      zh: "文章論證中國轉向「內循環」，既有外部的「推力」，也有國內的「拉力」。把每個因素歸類。",
      en: "The article argues that China's turn to the internal circulation has an external 'push' and a domestic 'pull'. Classify each factor.",
    },
    left: [
      {
        id: "yq",
        text: {
          zh: "疫情導致國際貿易和投資活動大滑坡",
          en: "The pandemic made international trade and investment slump",
        },
      },
      {
        id: "tg",
        text: { zh: "美國推動中美「科技脫鈎」", en: "The US pushes Sino-US 'tech decoupling'" },
      },
      {
        id: "xf",
        text: {
          zh: "內部消費的貢獻率穩步提升至六成左右",
          en: "Domestic consumption's contribution rises steadily to about 60%",
        },
      },
      {
        id: "zc",
        text: {
          zh: "人數高達約4億的中等收入階層",
          en: "A middle-income group of about 400 million people",
        },
      },
    ],
    right: [
      {
        id: "wt",
        text: { zh: "外部的推力（外循環受阻）", en: "External push (the outer circulation obstructed)" },
      },
      {
        id: "nl",
        text: { zh: "國內的拉力（內需潛力）", en: "Domestic pull (the potential of domestic demand)" },
      },
    ],
    answer: { yq: "wt", tg: "wt", xf: "nl", zc: "nl" },
    explanation: {
      zh: "疫情令國際貿易大滑坡、美國推動「科技脫鈎」，都是外循環受阻的外部壓力；消費貢獻率升至六成左右、約4億中等收入階層，都是國內市場的潛力。附表1的8月專家座談會把兩者的關係稱為「此消彼長」：國際大循環動能減弱，國內大循環活力增強。",
      en: "The pandemic slump and US decoupling are external pressures obstructing the outer circulation; consumption's ~60% contribution and the ~400 million middle-income people are the home market's potential. The August experts' symposium in table 1 calls this 'one wanes as the other waxes'.",
    },
    source: { paragraphId: "s3-p1", quote: "導致國際貿易和投資活動大滑坡" },
    moreSources: [
      { paragraphId: "s3-p2", quote: "美國推動中美「科技脫鈎」" },
      { paragraphId: "s2-p3", quote: "內部消費的貢獻率穩步提升至六成左右" },
      { paragraphId: "s2-p3", quote: "人數高達約4億的中等收入階層" },
    ],
  },
  {
    id: "l3-a-fill-which-gap",
    pool: "assessment",
    lessonId: 3,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "按本節第一段，短期內擴大內需是要「填補」甚麼造成的缺口？",
      en: "According to the section's first paragraph, in the short term expanding domestic demand is to fill the gap left by what?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "高端晶片依賴進口", en: "Dependence on imported high-end chips" },
        misconception: "short-long-swapped",
      },
      {
        id: "b",
        text: { zh: "消費補貼政策退出", en: "The withdrawal of consumption subsidies" },
        misconception: "subsidy-revival",
      },
      {
        id: "c",
        text: { zh: "外資企業撤離中國", en: "Foreign firms leaving China" },
        misconception: "not-in-text",
      },
      {
        id: "d",
        text: { zh: "海外市場萎縮", en: "Shrinking overseas markets" },
      },
    ],
    answer: "d",
    explanation: {
      zh: "原文：「透過擴大內需來填補海外市場萎縮造成的缺口」。晶片依賴屬於第二、三段的中長期科技問題，要靠「自力更生」解決，不是靠擴大內需填補；文章沒有把補貼退出或外資撤離說成要填補的缺口。",
      en: "The text: 'expanding domestic demand to fill the gap caused by shrinking overseas markets'. Chip dependence is the medium- to long-term technology problem of paragraphs 2–3, met by self-reliance, not by demand; the article names no gap from subsidies or departing foreign firms.",
    },
    source: { paragraphId: "s3-p1", quote: "透過擴大內需來填補海外市場萎縮造成的缺口" },
  },
  {
    id: "l3-a-horizons-cloze",
    pool: "assessment",
    lessonId: 3,
    skill: "logic",
    type: "cloze",
    prompt: {
      zh: "填空：「其二」的論點句。",
      en: "Fill in the blanks: the thesis sentence of the second point.",
    },
    text: "其二，推動「內循環」一方面是{{1}}的應對性措施，另一方面更是為中國未來的{{2}}發展策略奠定主基調",
    answer: { "1": ["短期"], "2": ["中長期", "中長遠"] },
    options: ["短期", "中長期", "臨時", "永久", "對外"],
    explanation: {
      zh: "原文：「一方面是短期的應對性措施，另一方面更是為中國未來的中長期發展策略奠定主基調」。「更是」表示這一點的重心在中長期的一面。",
      en: "The text: 'on the one hand a short-term response, on the other, more importantly (更是), the keynote of China's medium- to long-term strategy': the point's weight is on the long term.",
    },
    source: {
      paragraphId: "s3-p1",
      quote: "其二，推動「內循環」一方面是短期的應對性措施，另一方面更是為中國未來的中長期發展策略奠定主基調",
    },
  },

  // ───────────────────────────── figures (calculations) ─────────────────────────────
  {
    id: "l3-a-years-since-contraction",
    pool: "assessment",
    lessonId: 3,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "按亞洲開發銀行的預測，亞洲發展中經濟體2020年的萎縮是「1960年代初以來首次」。即是說，它大約已有多少年沒有出現過萎縮？（只輸入數字，單位：年）",
      en: "By the ADB's forecast, developing Asia's 2020 contraction is 'the first since the early 1960s'. Roughly how many years is it, then, since it last contracted? (Enter a number; unit: years.)",
    },
    answer: 60,
    unit: "年",
    tolerance: 3,
    calculation: "2020 - 1960",
    explanation: {
      zh: "上一次萎縮在「1960年代初」（約1960至1963年），到2020年相隔約57至60年，即大約60年沒有萎縮，可見衝擊之罕見（2020 − 1960 = 60，答57至63之間都接受）。答「1960」是把年代當成了年數。",
      en: "The last contraction was in the early 1960s (about 1960–1963); to 2020 that is some 57–60 years, about 60 years without one (2020 − 1960 = 60; answers from 57 to 63 are accepted). Answering '1960' gives the decade, not the number of years.",
    },
    source: { paragraphId: "s3-p1", quote: "2020年的GDP亦將陷入0.7%的萎縮，乃1960年代初以來首次" },
  },
  {
    id: "l3-a-domestic-high-end-chips",
    pool: "assessment",
    lessonId: 3,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "文章說「超過90%的高端晶片需依賴進口」。由此推算，中國能自行供應的高端晶片「不足」百分之幾？（只輸入數字，單位：%）",
      en: "The article says 'over 90% of high-end chips must be imported'. Work out: China can supply itself with less than what percentage of its high-end chips? (Enter a number; unit: %.)",
    },
    answer: 10,
    unit: "%",
    tolerance: 0,
    calculation: "100 - 90",
    explanation: {
      zh: "進口佔超過90%，其餘自給部分就不足100% − 90% = 10%。這個數字說明了「受制於人」的程度。注意它只是高端晶片，不是全部晶片。",
      en: "If over 90% is imported, the rest — self-supply — is under 100% − 90% = 10%. This shows how far China is 'controlled by others'. It concerns high-end chips only, not all chips.",
    },
    source: { paragraphId: "s3-p3", quote: "超過90%的高端晶片需依賴進口" },
  },
  {
    id: "l3-a-chip-imports-trillion",
    pool: "assessment",
    lessonId: 3,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "把文中2019年的晶片進口值換算成以「萬億美元」為單位，約是多少萬億美元？（取三位小數）",
      en: "Convert the article's 2019 chip-import figure into trillions of US dollars (萬億美元). About how much is it? (Three decimal places.)",
    },
    answer: 0.304,
    unit: "萬億美元",
    tolerance: 0.001,
    explanation: {
      zh: "1萬億 = 10,000億，所以3,040億美元 = 0.304萬億美元。答3.04是把小數點移錯了一位（那是3萬多億美元），答30.4更相差百倍。",
      en: "1 萬億 (trillion) = 10,000 億, so 3,040 億 US dollars = 0.304 trillion. 3.04 moves the decimal point one place too far; 30.4 is a hundred times too much.",
    },
    source: { paragraphId: "s3-p3", quote: "2019年中國從海外進口晶片價值高達3,040億美元" },
  },
  {
    id: "l3-a-years-to-2035",
    pool: "assessment",
    lessonId: 3,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "文章寫於2020年（疫情在「2020年初」爆發）。由2020年數到「2035年遠景規劃」的目標年份，相隔多少年？（只輸入年數）",
      en: "The article was written in 2020 (the pandemic broke out 'early 2020'). How many years are there from 2020 to the target year of the '2035 long-range plan'? (Enter the number of years.)",
    },
    answer: 15,
    unit: "年",
    tolerance: 0,
    calculation: "2035 - 2020",
    explanation: {
      zh: "2035 − 2020 = 15。即文中預期以科技創新引領的「內循環」思維，會延續到約15年後的遠景規劃，可見它被視為長期戰略，而不只是短期應對。",
      en: "2035 − 2020 = 15. The text expects innovation-led internal-circulation thinking to run through a plan reaching some 15 years ahead: a long-term strategy, not only a short-term response.",
    },
    source: { paragraphId: "s3-p5", quote: "更長一段時間的「2035年遠景規劃」" },
    moreSources: [{ paragraphId: "s3-p1", quote: "2020年初突如其來的新冠肺炎疫情" }],
  },
  {
    id: "l3-a-gdp-index-2020",
    pool: "assessment",
    lessonId: 3,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "若把亞洲發展中經濟體2019年的GDP定為100，按亞洲開發銀行的預測，2020年的GDP約是多少？（只輸入數字）",
      en: "If developing Asia's 2019 GDP is set at 100, what would its 2020 GDP be by the ADB's forecast? (Enter a number.)",
    },
    answer: 99.3,
    unit: "",
    tolerance: 0.05,
    calculation: "100 - 0.7",
    explanation: {
      zh: "萎縮0.7%即比上年少0.7%：100 − 0.7 = 99.3。答100.7是把「萎縮」看成增長。",
      en: "A 0.7% contraction is 0.7% less than the year before: 100 − 0.7 = 99.3. Answering 100.7 reads the contraction as growth.",
    },
    source: { paragraphId: "s3-p1", quote: "2020年的GDP亦將陷入0.7%的萎縮" },
  },

  // ───────────────────────────── dates ─────────────────────────────
  {
    id: "l3-a-trump-year-twice",
    pool: "assessment",
    lessonId: 3,
    skill: "dates",
    type: "truefalse",
    prompt: {
      zh: "判斷：文章兩次提到特朗普上任（上台）的年份，兩處都寫作2018年。",
      en: "True or false: the article twice gives the year Trump took office, and both times writes 2018.",
    },
    answer: true,
    explanation: {
      zh: "對。第一節寫「2018年美國總統特朗普上任後」，本節寫「2018年美國特朗普政府上台之後」。本題只問文章怎樣寫：按史實，特朗普在2017年1月就職，2018年是中美貿易摩擦全面升級的一年，文章的年份與史實不符。",
      en: "True. Section 1 says 'after US President Trump took office in 2018', this section 'after the Trump administration came to power in 2018'. The item asks only what the article says: historically Trump was inaugurated in January 2017, and 2018 is when the trade conflict escalated, so the article's year does not match history.",
    },
    source: { paragraphId: "s3-p2", quote: "2018年美國特朗普政府上台之後" },
    moreSources: [{ paragraphId: "s1-p5", quote: "2018年美國總統特朗普上任後" }],
  },
  {
    id: "l3-a-vision-year",
    pool: "assessment",
    lessonId: 3,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "文章預期以科技創新引領的「內循環」思維，會貫穿「十四五」規劃乃至哪一年的遠景規劃？（輸入年份）",
      en: "The article expects innovation-led internal-circulation thinking to run through the 14th Five-Year Plan and the long-range plan up to which year? (Enter the year.)",
    },
    answer: { year: 2035 },
    explanation: {
      zh: "原文：「將會貫穿於中國「十四五」規劃乃至更長一段時間的「2035年遠景規劃」之中」。這是文中以「可以預見」提出的推斷，不是既成事實。",
      en: "The text: 'will run through the 14th Five-Year Plan and, for longer, the 2035 long-range plan' — an expectation introduced by 'it can be foreseen'.",
    },
    source: { paragraphId: "s3-p5", quote: "乃至更長一段時間的「2035年遠景規劃」之中" },
  },
  {
    id: "l3-a-report-after-politburo",
    pool: "assessment",
    lessonId: 3,
    skill: "dates",
    type: "truefalse",
    prompt: {
      zh: "判斷：按文章所給的時間，亞洲開發銀行發表最新一期《經濟展望報告》，早於提出「打持久戰」的中央政治局會議。",
      en: "True or false: by the dates in the article, the ADB published its latest outlook report before the Politburo meeting that called for a 'protracted war'.",
    },
    answer: false,
    misconception: "wrong-order",
    explanation: {
      zh: "錯。中央政治局會議在「今年7月底」召開，亞洲開發銀行的報告在「9月中」發表，報告較遲。",
      en: "False. The Politburo met at the end of July (今年7月底); the ADB report came out in mid-September (9月中), later.",
    },
    source: { paragraphId: "s3-p1", quote: "亞洲開發銀行9月中發表的最新一期《經濟展望報告》" },
    moreSources: [{ paragraphId: "s3-p3", quote: "今年7月底召開的中央政治局會議" }],
  },

  // ───────────────────────────── terms ─────────────────────────────
  {
    id: "l3-a-subtext-meaning",
    pool: "assessment",
    lessonId: 3,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "文章說中國經濟轉向「內循環」的另一個「弦外之音」，是要加緊在科技上「自力更生」。「弦外之音」在這裏是甚麼意思？",
      en: "The article says another 'sound beyond the strings' (弦外之音) of the turn to the internal circulation is faster technological self-reliance. What does 弦外之音 mean here?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "官方正式公布的口號", en: "An officially announced slogan" },
        misconception: "literal-reading",
      },
      {
        id: "b",
        text: {
          zh: "沒有明說、但可以從中體會到的含意",
          en: "An implied meaning that is not stated outright",
        },
      },
      {
        id: "c",
        text: { zh: "外國對中國政策的批評", en: "Foreign criticism of China's policy" },
        misconception: "wrong-speaker",
      },
      {
        id: "d",
        text: { zh: "與主要目標無關的枝節", en: "A side issue unrelated to the main goal" },
        misconception: "opposite-meaning",
      },
    ],
    answer: "b",
    explanation: {
      zh: "「弦外之音」指話裏沒有明說的言外之意。文中指出「內循環」除了應對疫情的「現實考量」，還暗含科技自強的長期用意；這是對政策用意的解讀，不是官方口號，也不是枝節。",
      en: "弦外之音 is an implied meaning not said outright. Beyond the pandemic's 'practical consideration', the text reads a long-term aim of technological self-reliance into the policy: a reading of its intent, not an official slogan, and not a side issue.",
    },
    source: {
      paragraphId: "s3-p2",
      quote: "中國經濟轉向「內循環」的另一個弦外之音則是要加緊在科技上「自力更生」",
    },
  },
  {
    id: "l3-a-short-board-meaning",
    pool: "assessment",
    lessonId: 3,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "「為產業升級「補短板」」中的「補短板」最接近哪個意思？",
      en: "In 'mend the short plank (補短板) for industrial upgrading', what does 補短板 mean most nearly?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "縮短產品的生產時間", en: "Shorten production time" },
        misconception: "literal-reading",
      },
      {
        id: "b",
        text: { zh: "減少對短期消費的刺激", en: "Cut short-term consumption stimulus" },
        misconception: "literal-reading",
      },
      {
        id: "c",
        text: {
          zh: "補強最薄弱的環節，例如受制於人的核心技術",
          en: "Strengthen the weakest link, such as the core technologies China depends on others for",
        },
      },
      {
        id: "d",
        text: { zh: "擴大出口以補貼國內產業", en: "Export more to subsidise domestic industry" },
        misconception: "not-in-text",
      },
    ],
    answer: "c",
    explanation: {
      zh: "「短板」出自「木桶原理」：木桶盛水多少取決於最短的一塊木板。文中的「短板」就是核心技術「受制於人」、高端晶片依賴進口，所以要「加快核心技術攻關」來補強。",
      en: "The 'short plank' comes from the barrel image: a barrel holds only as much water as its shortest plank allows. Here the short plank is core technology 'controlled by others', such as imported high-end chips, to be mended by faster breakthroughs.",
    },
    source: { paragraphId: "s3-p2", quote: "特別是加快核心技術攻關，為產業升級「補短板」" },
  },
  {
    id: "l3-a-lever-cloze",
    pool: "assessment",
    lessonId: 3,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "填空：「六把鑰匙」論被解讀為中央會以甚麼作為推動「內循環」的甚麼？",
      en: "Fill in the blanks: the 'six keys' speech is read as meaning the centre will use what as what for the internal circulation?",
    },
    text: "亦被解讀為中央將會以「{{1}}」作為推動經濟「內循環」的「{{2}}」和首要切入點",
    answer: { "1": ["科技自強"], "2": ["抓手"] },
    explanation: {
      zh: "原文：「亦被解讀為中央將會以「科技自強」作為推動經濟「內循環」的「抓手」和首要切入點」。「抓手」指着力點、可以抓住來推動工作的工具。",
      en: "The text: 'read as the centre making technological self-strengthening the lever (抓手) and first entry point of the internal circulation'. 抓手 is a handle: the point where effort is applied.",
    },
    source: {
      paragraphId: "s3-p4",
      quote: "亦被解讀為中央將會以「科技自強」作為推動經濟「內循環」的「抓手」和首要切入點",
    },
  },
  {
    id: "l3-a-war-metaphors",
    pool: "assessment",
    lessonId: 3,
    skill: "terms",
    type: "multi",
    prompt: {
      zh: "本節用了哪些「戰」字的說法來描述中美對抗或中國的應對？（選出所有正確答案）",
      en: "Which 'war' (戰) expressions does this section use for the Sino-US confrontation or China's response? (Select all that apply.)",
    },
    choices: [
      { id: "a", text: { zh: "貿易戰", en: "Trade war" } },
      { id: "b", text: { zh: "貨幣戰", en: "Currency war" }, misconception: "not-in-text" },
      { id: "c", text: { zh: "科技戰", en: "Technology war" } },
      { id: "d", text: { zh: "冷戰", en: "Cold war" }, misconception: "not-in-text" },
      { id: "e", text: { zh: "金融戰", en: "Financial war" } },
      { id: "f", text: { zh: "持久戰", en: "Protracted war" } },
    ],
    answer: ["a", "c", "e", "f"],
    explanation: {
      zh: "第二段：美國對華打壓「從貿易戰擴大至科技戰、金融戰乃至人文交流等廣泛領域」；第三段：中央政治局會議要以「打持久戰」的角度應對。本節沒有「貨幣戰」或「冷戰」。",
      en: "Paragraph 2: US pressure spread 'from a trade war to a technology war, a financial war and even cultural exchange'; paragraph 3: the Politburo calls for a 'protracted war'. The section has no 'currency war' or 'cold war'.",
    },
    source: { paragraphId: "s3-p2", quote: "從貿易戰擴大至科技戰、金融戰乃至人文交流等廣泛領域" },
    moreSources: [{ paragraphId: "s3-p3", quote: "要以「打持久戰」的角度加以應對" }],
  },
];
