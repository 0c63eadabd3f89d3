import type { TItemInput } from "../../schema";

/**
 * Assessment, lesson 2: 內循環與微循環 擴大需求增「內力」 (s2-p1..s2-p6). The section repeats the
 * August row of 附表1 almost word for word (and leaves out one clause); primary and auxiliary, tools and
 * goals; the three points as mainstream opinion the article picks out; the author's hedges
 * (「在某種意義上」, 「可以說」, 「無疑」); calculations with the section's figures.
 */
export const items: TItemInput[] = [
  // ---------------------------------------------------------------- calculations
  {
    id: "l2-dependence-fall-points",
    pool: "assessment",
    lessonId: 2,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "中國經濟對外貿的依存度由歷史最高值回落至2019年的數字，下降了多少個百分點？（請輸入數字，單位：個百分點）",
      en: "By how many percentage points did China's trade dependence fall from its record to the 2019 figure? (Enter a number; unit: percentage points.)",
    },
    answer: 35.1,
    unit: "個百分點",
    tolerance: 0.1,
    calculation: "67 - 31.9",
    explanation: {
      zh: "最高值是第一節的67%（2006年底），2019年回落至31.9%：67 − 31.9 = 35.1個百分點（接受35至35.2）。兩個百分比之差要用「百分點」，說「下降了35.1%」是錯的——按比例計其實下降了約一半。",
      en: "The record is section 1's 67% (end of 2006); 2019's figure is 31.9%: 67 − 31.9 = 35.1 percentage points (35 to 35.2 accepted). A difference of percentages is in percentage points; 'fell by 35.1%' is wrong, since in relative terms it fell by about half.",
    },
    source: { paragraphId: "s2-p3", quote: "2019年對外貿的依存度大幅回落至31.9%" },
    moreSources: [{ paragraphId: "s1-p3", quote: "在2006年底更創下67%的歷史最高值" }],
  },
  {
    id: "l2-dependence-fall-relative",
    pool: "assessment",
    lessonId: 2,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "按比例計算，中國外貿依存度由歷史最高值回落至2019年的數字，約下降了百分之幾？（請輸入數字，單位：%）",
      en: "In relative terms, by about what percentage did China's trade dependence fall from its record to the 2019 figure? (Enter a number; unit: %.)",
    },
    answer: 52.4,
    unit: "%",
    tolerance: 0.45,
    calculation: "(67 - 31.9) / 67 * 100",
    explanation: {
      zh: "(67 − 31.9) ÷ 67 × 100% ≈ 52.4%（四捨五入的52或52.4都對）：依存度比高峰時少了一半多。這和「下降了35.1個百分點」說的是同一變化：百分點是兩個比率的差，百分比是相對原來水平的變化。文章用「大幅回落」形容，正是這個幅度。",
      en: "(67 − 31.9) ÷ 67 × 100% ≈ 52.4% (52 or 52.4, correctly rounded, are both right): dependence is down by more than half from its peak. 'Down 35.1 percentage points' describes the same change: points are the difference between rates, per cent the change relative to the start. The article's 'fell sharply' fits.",
    },
    source: { paragraphId: "s2-p3", quote: "2019年對外貿的依存度大幅回落至31.9%" },
    moreSources: [{ paragraphId: "s1-p3", quote: "在2006年底更創下67%的歷史最高值" }],
  },
  {
    id: "l2-points-not-percent-tf",
    pool: "assessment",
    lessonId: 2,
    skill: "figures",
    type: "truefalse",
    prompt: {
      zh: "判斷：外貿依存度由67%回落至31.9%，可以說成「外貿依存度下降了35.1%」。",
      en: "True or false: trade dependence falling from 67% to 31.9% can be described as 'trade dependence fell by 35.1%'.",
    },
    answer: false,
    misconception: "points-vs-percent",
    explanation: {
      zh: "錯。67 − 31.9 = 35.1是「百分點」的差；按比例計，下降了約52.4%（35.1 ÷ 67）。把百分點說成百分比，會把一半多的降幅說成約三分之一。",
      en: "False. 67 − 31.9 = 35.1 is a difference in percentage points; relative to 67 the fall is about 52.4%. Calling points per cent turns a fall of more than half into about a third.",
    },
    source: { paragraphId: "s2-p3", quote: "2019年對外貿的依存度大幅回落至31.9%" },
    moreSources: [{ paragraphId: "s1-p3", quote: "在2006年底更創下67%的歷史最高值" }],
  },
  {
    id: "l2-outside-middle-income",
    pool: "assessment",
    lessonId: 2,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "按文章的數字，中國人口中約有多少億人不屬於中等收入階層？（請輸入數字，單位：億）",
      en: "Using the article's figures, about how many hundred million of China's people are not in the middle-income group? (Enter a number; unit: 億, hundred million.)",
    },
    answer: 10,
    unit: "億",
    tolerance: 0.5,
    calculation: "14 - 4",
    explanation: {
      zh: "超過14億人口減約4億中等收入人口，約為10億人。兩個數字都是約數（人口「超過」14億，中等收入階層「約」4億），所以答案也只是約數；接受9.5至10.5。注意不能把這10億人全部當作低收入人士：不屬中等收入階層的也包括高收入人士，文章沒有再細分。",
      en: "Over 1.4 billion minus about 400 million is about 1 billion. Both figures are approximate ('over' 1.4 billion, 'about' 400 million), so the answer is too; 9.5 to 10.5 accepted. These people are not all low-income: those outside the middle-income group include high earners too, and the article does not break them down.",
    },
    source: {
      paragraphId: "s2-p3",
      quote: "中國擁有超過14億人口和全球最大規模、人數高達約4億的中等收入階層",
    },
  },
  {
    id: "l2-main-driver-since",
    pool: "assessment",
    lessonId: 2,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "文章說內部消費「連續六年成為經濟增長的主要動力」。如果這六年以2019年為最後一年，第一年是哪一年？（請輸入年份數字）",
      en: "The article says domestic consumption has been 'the main driver of growth for six years running'. If 2019 is the last of the six years, which is the first? (Enter the year.)",
    },
    answer: 2014,
    unit: "年",
    tolerance: 0,
    calculation: "2019 - 6 + 1",
    explanation: {
      zh: "2014、2015、2016、2017、2018、2019正好六年：2019 − 6 + 1 = 2014。直接用2019 − 6會得出2013，那就變成七年了。",
      en: "2014 to 2019 inclusive is six years: 2019 − 6 + 1 = 2014. 2019 − 6 = 2013 would make seven.",
    },
    source: {
      paragraphId: "s2-p3",
      quote:
        "2019年對外貿的依存度大幅回落至31.9%，內部消費的貢獻率穩步提升至六成左右，連續六年成為經濟增長的主要動力",
    },
  },
  {
    id: "l2-rest-of-growth",
    pool: "assessment",
    lessonId: 2,
    skill: "figures",
    type: "numeric",
    prompt: {
      zh: "內部消費對經濟增長的貢獻率約為六成。其餘因素合共的貢獻約為百分之幾？（請輸入數字，單位：%）",
      en: "Domestic consumption contributes about six tenths of growth. About what percentage do all other factors contribute together? (Enter a number; unit: %.)",
    },
    answer: 40,
    unit: "%",
    tolerance: 0,
    calculation: "100 - 60",
    explanation: {
      zh: "六成即60%，100% − 60% = 40%（也可寫「四成」）。文章沒有說其餘四成由哪些因素組成，題目只問合共多少。",
      en: "Six tenths is 60%; 100% − 60% = 40% ('四成' is accepted too). The article does not say what makes up the rest; the question asks only for the total.",
    },
    source: { paragraphId: "s2-p3", quote: "內部消費的貢獻率穩步提升至六成左右" },
  },
  {
    id: "l2-four-yi-not-four-cheng-tf",
    pool: "assessment",
    lessonId: 2,
    skill: "figures",
    type: "truefalse",
    prompt: {
      zh: "判斷：按文章的數字，中國超過14億人口中，約有四成屬於中等收入階層。",
      en: "True or false: by the article's figures, about four tenths of China's more than 1.4 billion people are in the middle-income group.",
    },
    answer: false,
    misconception: "yi-vs-cheng",
    explanation: {
      zh: "錯。文章說中等收入階層約「4億」人，不是「4成」。4億 ÷ 14億 ≈ 28.6%，不足三成。「億」是人數單位，「成」是十分之一。",
      en: "False. The article says about 400 million (4億), not 40% (4成). 4 ÷ 14 ≈ 28.6%, under three tenths. 億 counts people; 成 is a tenth.",
    },
    source: {
      paragraphId: "s2-p3",
      quote: "中國擁有超過14億人口和全球最大規模、人數高達約4億的中等收入階層",
    },
  },
  {
    id: "l2-consumption-share-year",
    pool: "assessment",
    lessonId: 2,
    skill: "dates",
    type: "date",
    prompt: {
      zh: "文章說內部消費的貢獻率「穩步提升至六成左右」。這是文章所引哪一年的數字？（請輸入年份）",
      en: "The article says domestic consumption's contribution 'rose steadily to about six tenths'. For which year does the article give this figure? (Enter the year.)",
    },
    answer: { year: 2019 },
    explanation: {
      zh: "同一分句由「2019年」帶出兩個數字：2019年外貿依存度回落至31.9%，內部消費的貢獻率提升至六成左右。2006年是依存度最高值的年份；2020年是文章撰寫的「今年」。",
      en: "In the same clause '2019' introduces both figures: dependence fell to 31.9% and consumption's share rose to about six tenths. 2006 is the year of the dependence record; 2020 is 'this year', when the article was written.",
    },
    source: {
      paragraphId: "s2-p3",
      quote: "2019年對外貿的依存度大幅回落至31.9%，內部消費的貢獻率穩步提升至六成左右",
    },
  },
  {
    id: "l2-dates-to-pattern",
    pool: "assessment",
    lessonId: 2,
    skill: "dates",
    type: "ordering",
    prompt: {
      zh: "把以下事件按文章所寫的時間由早到晚排列。",
      en: "Order these events by the times the article gives, earliest first.",
    },
    events: [
      {
        id: "first",
        text: {
          zh: "中央政治局常委會議首次提出雙循環新發展格局",
          en: "The Standing Committee first puts forward the dual-circulation pattern",
        },
      },
      {
        id: "low",
        text: { zh: "外貿依存度回落至31.9%", en: "Trade dependence falls to 31.9%" },
      },
      {
        id: "high",
        text: { zh: "外貿依存度創下67%的歷史最高值", en: "Trade dependence reaches its 67% record" },
      },
      {
        id: "ccfea",
        text: {
          zh: "財經委第八次會議提出建設現代流通體系",
          en: "The CFEAC's 8th meeting calls for a modern circulation system",
        },
      },
      {
        id: "gfc",
        text: { zh: "全球金融危機爆發", en: "The global financial crisis breaks out" },
      },
    ],
    answer: ["high", "gfc", "low", "first", "ccfea"],
    explanation: {
      zh: "2006年底依存度67% → 2008年金融危機 → 2019年依存度31.9% → 2020年5月14日首次提出 → 2020年9月初財經委第八次會議。依存度的回落在雙循環提出「之前」已經發生，文章因此說經濟「朝著內需驅動的發展方向加快轉型」。",
      en: "End of 2006, 67% → 2008 crisis → 2019, 31.9% → 14 May 2020, first formulation → early September 2020, CFEAC. Dependence fell before dual circulation was announced, which is why the article says the economy was already turning towards domestic demand.",
    },
    source: {
      paragraphId: "s2-p3",
      quote: "近年，中國經濟朝著內需驅動的發展方向加快轉型，2019年對外貿的依存度大幅回落至31.9%",
    },
    moreSources: [
      { paragraphId: "s1-p3", quote: "在2006年底更創下67%的歷史最高值" },
      { paragraphId: "s1-p5", quote: "2008年全球金融危機爆發是中國經濟「外循環」由盛轉衰的一道分水嶺" },
      { paragraphId: "s0-p1", quote: "5月14日，中央政治局常委會議首次提出" },
    ],
  },
  {
    id: "l2-turn-before-slogan-tf",
    pool: "assessment",
    lessonId: 2,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：按文章的數字，外貿依存度回落至31.9%、內部消費貢獻率升至六成左右，都是「雙循環」一詞在中央正式提出之前已經出現的情況。",
      en: "True or false: by the article's figures, trade dependence falling to 31.9% and consumption's share rising to about six tenths both came before the centre formally put forward 'dual circulation'.",
    },
    answer: true,
    explanation: {
      zh: "對。兩個數字都是2019年的，而引言說「雙循環」是2020年（「今年」）5月14日才首次提出。所以文章說「近年，中國經濟朝著內需驅動的發展方向加快轉型」：轉向內需在口號之前已經開始，新提法是對趨勢的確認和推進，而不是轉向的起點。",
      en: "True. Both figures are for 2019, while the introduction dates the first formulation to 14 May of 'this year', 2020. Hence 'in recent years China's economy has been turning faster towards domestic demand': the turn began before the slogan, which confirms and pushes a trend rather than starting it.",
    },
    source: {
      paragraphId: "s2-p3",
      quote:
        "近年，中國經濟朝著內需驅動的發展方向加快轉型，2019年對外貿的依存度大幅回落至31.9%，內部消費的貢獻率穩步提升至六成左右",
    },
    moreSources: [{ paragraphId: "s0-p1", quote: "5月14日，中央政治局常委會議首次提出" }],
  },
  // ---------------------------------------------------------------- text and table
  {
    id: "l2-echoes-august-row",
    pool: "assessment",
    lessonId: 2,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "第二節「必須堅持供給側結構性改革這個戰略方向……形成需求牽引供給、供給創造需求的更高水準動態平衡」一句，幾乎逐字重複附表1哪個場合的發言？",
      en: "Section 2's sentence 'must keep to supply-side structural reform as the strategic direction … a higher-level dynamic balance in which demand pulls supply and supply creates demand' repeats, almost word for word, which occasion in table 1?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "中央政治局常委會議（5月）", en: "The Politburo Standing Committee (May)" },
        misconception: "wrong-meeting",
      },
      {
        id: "b",
        text: { zh: "全國兩會經濟界政協委員會議（5月）", en: "The Two Sessions meeting (May)" },
        misconception: "wrong-meeting",
      },
      {
        id: "c",
        text: {
          zh: "中央全面深化改革委員會第十五次會議（9月）",
          en: "The reform commission's 15th meeting (September)",
        },
        misconception: "wrong-meeting",
      },
      {
        id: "d",
        text: {
          zh: "「十四五」規劃經濟社會領域專家座談會（8月）",
          en: "The experts' symposium on the 14th Five-Year Plan (August)",
        },
      },
    ],
    answer: "d",
    explanation: {
      zh: "8月專家座談會一行：「我們要堅持供給側結構性改革這個戰略方向，扭住擴大內需這個戰略基點，使生產、分配、流通、消費更多依託國內市場，提升供給體系對國內需求的適配性，形成需求牽引供給、供給創造需求的更高水準動態平衡」。5月常委會議只有「深化供給側結構性改革」幾個字；兩會一行說「打通生產、分配、流通、消費各個環節」，字句不同；深改委一行談改革辦法。正文沒有註明出處，讀者要靠對照附表1才看得出來。",
      en: "The August row has the whole sentence. The May Standing Committee has only 'deepen supply-side structural reform'; the Two Sessions row speaks of 'opening up production, distribution, circulation and consumption' in other words; the reform commission of reform methods. The text does not say where the sentence comes from; only comparison with the table shows it.",
    },
    source: {
      paragraphId: "s2-p4",
      quote:
        "必須堅持供給側結構性改革這個戰略方向，使生產、分配、流通和消費更多地依託國內市場，提升供給體系對國內需求的適配性，形成需求牽引供給、供給創造需求的更高水準動態平衡",
    },
    moreSources: [
      {
        paragraphId: "s5-r5",
        quote:
          "使生產、分配、流通、消費更多依託國內市場，提升供給體系對國內需求的適配性，形成需求牽引供給、供給創造需求的更高水準動態平衡",
      },
    ],
  },
  {
    id: "l2-echo-leaves-out",
    pool: "assessment",
    lessonId: 2,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "與附表1的8月專家座談會原話相比，第二節這一句省去了哪一個分句？",
      en: "Compared with the August experts' symposium in table 1, which clause does section 2's sentence leave out?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "提升供給體系對國內需求的適配性", en: "Make supply fit domestic demand better" },
        misconception: "kept-clause",
      },
      {
        id: "b",
        text: {
          zh: "扭住擴大內需這個戰略基點",
          en: "Hold on to expanding domestic demand as the strategic base point",
        },
      },
      {
        id: "c",
        text: {
          zh: "堅持供給側結構性改革這個戰略方向",
          en: "Keep to supply-side structural reform as the strategic direction",
        },
        misconception: "kept-clause",
      },
      {
        id: "d",
        text: {
          zh: "形成需求牽引供給、供給創造需求的更高水準動態平衡",
          en: "A higher-level dynamic balance: demand pulls supply, supply creates demand",
        },
        misconception: "kept-clause",
      },
    ],
    answer: "b",
    explanation: {
      zh: "附表1：「堅持供給側結構性改革這個戰略方向，扭住擴大內需這個戰略基點，使生產……」；第二節：「必須堅持供給側結構性改革這個戰略方向，使生產……」，中間少了「扭住擴大內需這個戰略基點」。文章沒有說明原因；看來是因為第二節的句子本身以「「內循環」格局下的擴大內需」為主語——擴大內需已在句首。其餘三句兩處都有（第二節寫「生產、分配、流通和消費」，用「和」代替頓號）。",
      en: "The table: 'keep to supply-side reform as the strategic direction, hold on to expanding demand as the strategic base point, make production…'; section 2 drops the middle clause (the article does not say why; probably because its own subject is 'expanding domestic demand under the domestic circulation'). The other three clauses are in both.",
    },
    source: {
      paragraphId: "s2-p4",
      quote:
        "「內循環」格局下的擴大內需，必須堅持供給側結構性改革這個戰略方向，使生產、分配、流通和消費更多地依託國內市場",
    },
    moreSources: [
      {
        paragraphId: "s5-r5",
        quote:
          "我們要堅持供給側結構性改革這個戰略方向，扭住擴大內需這個戰略基點，使生產、分配、流通、消費更多依託國內市場",
      },
    ],
  },
  {
    id: "l2-official-or-author",
    pool: "assessment",
    lessonId: 2,
    skill: "logic",
    type: "matching",
    prompt: {
      zh: "分辨說法的性質：把每句話歸入「官方發言（文章引述或附表1收錄）」或「文章的轉述或判斷（非官方原話）」。",
      en: "Tell the kinds of statement apart: sort each into 'official statement (quoted in the article or recorded in table 1)' or 'the article's own wording, a paraphrase or judgement (not official words)'.",
    },
    left: [
      {
        id: "attack",
        text: { zh: "「攻內」優先於「攘外」", en: "'Attacking inside' comes before 'repelling outside'" },
      },
      {
        id: "since",
        text: {
          zh: "自2008年國際金融危機以來，我國經濟已經在向以國內大循環為主體轉變",
          en: "Since the 2008 crisis our economy has been shifting to a domestic mainstay",
        },
      },
      {
        id: "micro",
        text: {
          zh: "這些政策措施在某種意義上可視為貫串供給側與需求端的「微循環」",
          en: "These measures can in a sense be seen as a 'micro-circulation' joining supply and demand",
        },
      },
      {
        id: "mutual",
        text: {
          zh: "構建國內國際雙循環相互促進的新發展格局",
          en: "Build a new pattern of mutually reinforcing domestic and international circulations",
        },
      },
      {
        id: "buffer",
        text: {
          zh: "激發超大規模消費市場潛力，無疑有助緩衝外部環境惡化的衝擊",
          en: "Unleashing the huge consumer market will no doubt help cushion the external shock",
        },
      },
    ],
    right: [
      { id: "official", text: { zh: "官方發言", en: "Official statement" } },
      {
        id: "author",
        text: {
          zh: "文章的轉述或判斷（非官方原話）",
          en: "The article's paraphrase or judgement (not official words)",
        },
      },
    ],
    answer: { attack: "author", since: "official", micro: "author", mutual: "official", buffer: "author" },
    explanation: {
      zh: "「自2008年……轉變」是附表1專家座談會的發言；「構建國內國際雙循環相互促進的新發展格局」是引言所引5月14日常委會議的話。「攻內」優先於「攘外」是作者從「官方公佈的信息中可以看到」的主次關係所作的概括；「無疑有助」和「在某種意義上可視為」兩句屬「其一」，是文章闡述主流意見第一點時的用語，帶有判斷色彩，但都不是官方原話。",
      en: "'Since 2008…' is the August symposium in the table; 'build a new pattern…' is the 14 May wording quoted in the intro. 'Attack inside before repelling outside' is the author's summary of what 'can be seen from official information'; 'no doubt helps' and 'can in a sense be seen as' belong to the first of the mainstream points the article sets out: judgements in the article's words, not official words.",
    },
    source: { paragraphId: "s2-p1", quote: "從官方公佈的信息中可以看到，「雙循環」體系的內部存在著主次關係" },
    moreSources: [
      { paragraphId: "s5-r5", quote: "自2008年國際金融危機以來，我國經濟已經在向以國內大循環為主體轉變。" },
      { paragraphId: "s2-p6", quote: "這些政策措施在某種意義上可視為貫串供給側與需求端的「微循環」" },
      { paragraphId: "s0-p1", quote: "構建國內國際雙循環相互促進的新發展格局" },
      { paragraphId: "s2-p3", quote: "無疑有助緩衝、化解外部環境惡化對整體經濟的負面衝擊" },
    ],
  },
  {
    id: "l2-primary-auxiliary-wording",
    pool: "assessment",
    lessonId: 2,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "第二節說「以內循環為主，外循環為輔」，「攻內」優先於「攘外」。這些說法與官方的說法是甚麼關係？",
      en: "Section 2 says 'domestic circulation primary, external auxiliary' and 'attack inside before repelling outside'. How do these relate to the official wording?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "是習近平在企業家座談會上的原話",
          en: "They are Xi's exact words at the entrepreneurs' symposium",
        },
        misconception: "wrong-source",
      },
      {
        id: "b",
        text: {
          zh: "與官方說法相反：官方以外循環為主",
          en: "They contradict the official line, which puts the external circulation first",
        },
        misconception: "primary-vs-auxiliary",
      },
      {
        id: "c",
        text: {
          zh: "是作者從官方信息中讀出的主次關係；官方的說法是「以國內大循環為主體、國內國際雙循環相互促進」",
          en: "They are the author's reading of official information; the official wording is 'domestic great circulation as the mainstay, the two reinforcing each other'",
        },
      },
      {
        id: "d",
        text: {
          zh: "是附表1第一行中央政治局常委會議的原話",
          en: "They are the exact words of the Standing Committee in the table's first row",
        },
        misconception: "wrong-source",
      },
    ],
    answer: "c",
    explanation: {
      zh: "文章說「從官方公佈的信息中可以看到」有主次關係，再概括為「以內循環為主，外循環為輔」、「攻內」優先於「攘外」。附表1各行和引言所引的官方說法是「以國內大循環為主體、國內國際雙循環相互促進」（第一行甚至還沒有「主體」二字）。文章的概括與官方方向一致，但文中所引的官方發言和附表1都沒有這些字眼，是文章的概括。",
      en: "The article says the relation 'can be seen from official information' and sums it up as 'domestic primary, external auxiliary'. The official wording in the table and the intro is 'domestic great circulation as the mainstay, the two reinforcing each other' (the first row does not even have 'mainstay'). The summary agrees in direction, but no official words quoted in the article or recorded in the table use these phrases: they are the article's summary.",
    },
    source: {
      paragraphId: "s2-p1",
      quote: "即「以內循環為主，外循環為輔」，「攻內」優先於「攘外」",
    },
    moreSources: [
      { paragraphId: "s5-r4", quote: "加快形成以國內大循環為主體、國內國際雙循環相互促進的新發展格局" },
    ],
  },
  {
    id: "l2-three-points-whose",
    pool: "assessment",
    lessonId: 2,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "第二至第四節以「其一」、「其二」、「其三」展開。文章怎樣交代這三點的來歷？",
      en: "Sections 2 to 4 unfold as 'first', 'second' and 'third'. How does the article present where these three points come from?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "社會各界熱烈討論「內循環」時，主流意見中值得留意的三點",
          en: "Three points worth noting in the mainstream opinion of a lively public debate on the domestic circulation",
        },
      },
      {
        id: "b",
        text: {
          zh: "作者本人提出、與主流意見不同的三項政策建議",
          en: "Three policy proposals of the author's own, departing from mainstream opinion",
        },
        misconception: "author-vs-mainstream",
      },
      {
        id: "c",
        text: {
          zh: "中央政治局常委會議正式公布的三項方針",
          en: "Three guidelines officially issued by the Politburo Standing Committee",
        },
        misconception: "wrong-source",
      },
      {
        id: "d",
        text: {
          zh: "附表1中習近平三次發言各自的重點",
          en: "The main point of each of three of Xi's statements in table 1",
        },
        misconception: "text-vs-table",
      },
    ],
    answer: "a",
    explanation: {
      zh: "原文：「近期社會各界對「內循環」的討論氣氛空前熾烈，儘管眾說紛紜，但主流意見中有三點值得留意」。三點是文章從主流意見中挑出來的，不是作者標榜為自己的創見，也不是官方公布的方針或附表1的分項。當然，挑選哪三點、怎樣表述，仍是作者的選擇。",
      en: "The text: 'public discussion of the domestic circulation has been unusually heated; opinions differ, but three points of the mainstream view are worth noting'. The article picks them from mainstream opinion; it does not present them as its own ideas, official guidelines or items of the table. Which three, and how they are put, is still the author's choice.",
    },
    source: {
      paragraphId: "s2-p2",
      quote: "近期社會各界對「內循環」的討論氣氛空前熾烈，儘管眾說紛紜，但主流意見中有三點值得留意",
    },
    moreSources: [
      { paragraphId: "s3-p1", quote: "其二，推動「內循環」一方面是短期的應對性措施" },
      { paragraphId: "s4-p1", quote: "其三，「內循環」追求的是完整但並不封閉的循環" },
    ],
  },
  {
    id: "l2-views-differ-tf",
    pool: "assessment",
    lessonId: 2,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：文章說社會各界對「內循環」已有一致結論，共歸納為三點。",
      en: "True or false: the article says public opinion has reached a single conclusion on the domestic circulation, summed up in three points.",
    },
    answer: false,
    misconception: "author-vs-mainstream",
    explanation: {
      zh: "錯。文章說討論「眾說紛紜」，只是「主流意見中有三點值得留意」。三點是從分歧的討論中挑出的主流看法，不是各界的一致結論。",
      en: "False. The article says 'opinions differ widely'; only 'three points of the mainstream view are worth noting'. They are picked from a divided debate, not a consensus.",
    },
    source: { paragraphId: "s2-p2", quote: "儘管眾說紛紜，但主流意見中有三點值得留意" },
  },
  // ---------------------------------------------------------------- tools and goals
  {
    id: "l2-tools-and-goals",
    pool: "assessment",
    lessonId: 2,
    skill: "logic",
    type: "matching",
    prompt: {
      zh: "把第二節中的每項政策或做法，與文章給它的角色或目的配對（右邊有多餘選項）。",
      en: "Match each policy or measure in section 2 with the role or aim the article gives it (there are extra options on the right).",
    },
    left: [
      { id: "reform", text: { zh: "供給側結構性改革", en: "Supply-side structural reform" } },
      { id: "expand", text: { zh: "擴大內需", en: "Expanding domestic demand" } },
      {
        id: "stalls",
        text: { zh: "鼓勵地攤經濟、小店經濟等", en: "Encouraging street stalls, small shops and the like" },
      },
      {
        id: "veins",
        text: {
          zh: "打通生產、分配、流通和消費之間的「經脈」",
          en: "Opening the 'meridians' between production, distribution, circulation and consumption",
        },
      },
    ],
    right: [
      {
        id: "end",
        text: {
          zh: "短期內的出發點，亦是最終的落腳點",
          en: "The short-term starting point and the final goal",
        },
      },
      {
        id: "jobs",
        text: {
          zh: "刺激消費需求，改善居民就業及收入狀況",
          en: "Stimulate consumer demand, improve jobs and incomes",
        },
      },
      {
        id: "way",
        text: {
          zh: "擴大內需必須堅持的戰略方向",
          en: "The strategic direction expanding demand must keep to",
        },
      },
      {
        id: "inner",
        text: {
          zh: "達致經濟的良性循環和「內力」提升",
          en: "A virtuous circle and stronger 'inner strength'",
        },
      },
      { id: "subsidy", text: { zh: "讓消費補貼政策捲土重來", en: "Bring back consumption subsidies" } },
    ],
    answer: { reform: "way", expand: "end", stalls: "jobs", veins: "inner" },
    explanation: {
      zh: "擴大內需「這是短期內的出發點，亦是最終的落腳點」；擴大內需「必須堅持供給側結構性改革這個戰略方向」；地攤經濟等措施「一方面助力刺激內地居民的消費需求，另一方面亦藉此改善數以億計的居民就業及收入狀況」；打通「經脈」「來達致經濟的良性循環和「內力」提升」。文章明說內循環「更不意味著」消費補貼「捲土重來」。",
      en: "Expanding demand is 'the short-term starting point and the final goal'; it 'must keep to supply-side reform as the strategic direction'; stalls and shops 'stimulate demand and improve jobs and incomes for hundreds of millions'; opening the 'meridians' 'achieves a virtuous circle and stronger inner strength'. The article says subsidies will not 'make a comeback'.",
    },
    source: { paragraphId: "s2-p3", quote: "這是短期內的出發點，亦是最終的落腳點" },
    moreSources: [
      { paragraphId: "s2-p4", quote: "必須堅持供給側結構性改革這個戰略方向" },
      {
        paragraphId: "s2-p5",
        quote: "以打通生產、分配、流通和消費之間的「經脈」來達致經濟的良性循環和「內力」提升",
      },
      { paragraphId: "s2-p6", quote: "另一方面亦藉此改善數以億計的居民就業及收入狀況" },
    ],
  },
  {
    id: "l2-pull-evidence",
    pool: "assessment",
    lessonId: 2,
    skill: "logic",
    type: "multi",
    prompt: {
      zh: "附表1專家座談會說「我國內需潛力不斷釋放，國內大循環活力日益強勁」。第二節哪些數據顯示這個轉變已經在發生，而不只是說明潛力有多大？（選出所有正確答案）",
      en: "The table's experts' symposium says 'our domestic demand potential keeps being released and the domestic circulation grows ever stronger'. Which figures in section 2 show this shift already happening, rather than only how large the potential is? (Select all that apply.)",
    },
    choices: [
      {
        id: "a",
        text: { zh: "2006年底外貿依存度達67%", en: "Trade dependence at 67% at the end of 2006" },
        misconception: "old-model",
      },
      {
        id: "b",
        text: { zh: "2019年外貿依存度回落至31.9%", en: "Trade dependence down to 31.9% in 2019" },
      },
      {
        id: "c",
        text: { zh: "2001至2008年出口年均增長22.3%", en: "Exports growing 22.3% a year in 2001–2008" },
        misconception: "old-model",
      },
      {
        id: "d",
        text: {
          zh: "內部消費貢獻率約六成，連續六年為增長主要動力",
          en: "Consumption at about 60% of growth, the main driver six years running",
        },
      },
      {
        id: "e",
        text: {
          zh: "亞洲發展中經濟體2020年GDP預測萎縮0.7%",
          en: "Developing Asia's GDP forecast to shrink 0.7% in 2020",
        },
        misconception: "external-shock",
      },
      {
        id: "f",
        text: {
          zh: "超過14億人口、約4億中等收入階層",
          en: "Over 1.4 billion people, about 400 million middle-income",
        },
        misconception: "potential-vs-trend",
      },
    ],
    answer: ["b", "d"],
    explanation: {
      zh: "第二節用依存度回落至2019年的31.9%、消費貢獻率「穩步提升」至六成左右並「連續六年」成為增長主要動力，說明經濟「朝著內需驅動的發展方向加快轉型」，這是已經發生的變化。超過14億人口和約4億中等收入階層說明的是市場規模：文章說要「充分激發這一超大規模的消費市場潛力」，那是潛力，不是轉變已在發生的證據。67%和22.3%是第一節外循環鼎盛期的數字；0.7%的萎縮是第三節所說的外部衝擊，說明外需疲弱，不是內需的活力。",
      en: "Section 2 shows the turn to domestic demand already under way: dependence down to 31.9% in 2019, a consumption share that 'rose steadily' to about 60%, the main driver 'six years running'. Over 1.4 billion people and 400 million middle-income show the size of the market; the article speaks of 'fully unleashing' it, a potential, not evidence of the shift. 67% and 22.3% are section 1's figures for the external circulation at its height; the 0.7% contraction is section 3's external shock, weak foreign demand, not domestic vigour.",
    },
    source: {
      paragraphId: "s2-p3",
      quote:
        "近年，中國經濟朝著內需驅動的發展方向加快轉型，2019年對外貿的依存度大幅回落至31.9%，內部消費的貢獻率穩步提升至六成左右，連續六年成為經濟增長的主要動力",
    },
    moreSources: [{ paragraphId: "s5-r5", quote: "而我國內需潛力不斷釋放，國內大循環活力日益強勁" }],
  },
  {
    id: "l2-reform-and-demand-together-tf",
    pool: "assessment",
    lessonId: 2,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：按第二節所述主流意見的第一點，在「內循環」下擴大內需，仍須堅持供給側結構性改革；這一思路的切入點是加強供給側改革與需求管理的有機契合，而不是以其中一方取代另一方。",
      en: "True or false: according to the first mainstream point set out in section 2, expanding demand under the domestic circulation still requires supply-side structural reform; the approach's entry point is fitting supply-side reform and demand management together, not replacing one with the other.",
    },
    answer: true,
    explanation: {
      zh: "對。擴大內需「必須堅持供給側結構性改革這個戰略方向」；這一思路「其切入點是加強供給側改革與需求管理的有機契合」，讓供給與需求兩端「合龍」為無縫連接的循環。這是文章轉述的主流意見（「其一」），不是作者標榜為自己的主張。",
      en: "True. Expanding demand 'must keep to supply-side reform as the strategic direction'; the approach's 'entry point is fitting supply-side reform and demand management together', so that the two ends join into a seamless circulation. This is the first mainstream point the article relays, not a proposal of the author's own.",
    },
    source: { paragraphId: "s2-p4", quote: "其切入點是加強供給側改革與需求管理的有機契合" },
  },
  {
    id: "l2-fills-what-gap",
    pool: "assessment",
    lessonId: 2,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "第二節說激發超大規模消費市場的潛力有助緩衝外部環境惡化的衝擊。第三節更具體地說，擴大內需在短期內要填補甚麼？",
      en: "Section 2 says unleashing the huge consumer market helps cushion a worsening external environment. More concretely, what does section 3 say expanding demand should fill in the short term?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "核心技術受制於人的短板",
          en: "The weak spot of dependence on others for core technology",
        },
        misconception: "short-vs-long",
      },
      {
        id: "b",
        text: { zh: "外資撤離留下的資金缺口", en: "A funding gap left by departing foreign capital" },
        misconception: "not-argued",
      },
      {
        id: "c",
        text: { zh: "政府財政收入的缺口", en: "A gap in government revenue" },
        misconception: "not-argued",
      },
      {
        id: "d",
        text: { zh: "海外市場萎縮造成的缺口", en: "The gap left by shrinking overseas markets" },
      },
    ],
    answer: "d",
    explanation: {
      zh: "第三節：「透過擴大內需來填補海外市場萎縮造成的缺口，支撐中國經濟迅速走出第一季度的衰退「深坑」」。這是「其二」所說的短期應對；核心技術的「補短板」則是中長期的另一面。文章沒有談外資撤離或財政缺口。",
      en: "Section 3: 'fill the gap left by shrinking overseas markets by expanding domestic demand, helping the economy out of the first-quarter pit'. That is the short-term response; shoring up core technology is the long-term side. Capital flight and fiscal gaps are not discussed.",
    },
    source: { paragraphId: "s2-p3", quote: "無疑有助緩衝、化解外部環境惡化對整體經濟的負面衝擊" },
    moreSources: [{ paragraphId: "s3-p1", quote: "透過擴大內需來填補海外市場萎縮造成的缺口" }],
  },
  {
    id: "l2-why-adjust",
    pool: "assessment",
    lessonId: 2,
    skill: "logic",
    type: "single",
    prompt: {
      zh: "第二節開首說中央決策層「審時度勢」，對經濟發展戰略做出重大調整。按第一節，這個「勢」主要是甚麼？",
      en: "Section 2 opens by saying the leadership 'sized up the times' and made a major change of strategy. According to section 1, what was the situation?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "國內廉價勞動力和土地的優勢比以前更大",
          en: "Cheap labour and land at home were a bigger advantage than before",
        },
        misconception: "old-model",
      },
      {
        id: "b",
        text: {
          zh: "外循環舊路已走到難以為繼的臨界點，外部環境發生轉捩性突變",
          en: "The old external path had reached its breaking point and the external environment had changed abruptly",
        },
      },
      {
        id: "c",
        text: {
          zh: "中國剛加入世界貿易組織，需要融入全球供應鏈",
          en: "China had just joined the WTO and needed to join global supply chains",
        },
        misconception: "wrong-period",
      },
      {
        id: "d",
        text: {
          zh: "國內中等收入階層趨於萎縮",
          en: "China's own middle class was shrinking",
        },
        misconception: "wrong-country",
      },
    ],
    answer: "b",
    explanation: {
      zh: "第二節說「在急劇惡化的國際政經形勢下」作出調整；第一節結論正是「近年中國面對的外部環境發生轉捩性突變；要再延續「外循環」的舊路已如「強弩之末」，走到了難以為繼的臨界點」。廉價勞動力是80年代的條件；入世在2001年；中等收入階層萎縮是第一節說發達國家的情況，中國的中等收入階層反而「日漸壯大」。",
      en: "Section 2: the change came 'amid a sharply worsening international situation'; section 1 concludes that the external environment changed abruptly and the old path reached its breaking point. Cheap labour belongs to the 1980s; WTO entry to 2001; a shrinking middle class is section 1's picture of developed countries, while China's is 'growing'.",
    },
    source: { paragraphId: "s2-p1", quote: "在急劇惡化的國際政經形勢下，中央決策層審時度勢" },
    moreSources: [{ paragraphId: "s1-p5", quote: "加之近年中國面對的外部環境發生轉捩性突變" }],
  },
  {
    id: "l2-only-expression-tf",
    pool: "assessment",
    lessonId: 2,
    skill: "logic",
    type: "truefalse",
    prompt: {
      zh: "判斷：文章斷言，鼓勵地攤經濟、小店經濟等措施就是「內循環」在消費領域的唯一體現。",
      en: "True or false: the article asserts that encouraging street stalls and small shops is the one and only expression of the domestic circulation in consumption.",
    },
    answer: false,
    misconception: "hedge-as-fact",
    explanation: {
      zh: "錯。文章用了兩重保留：這些措施「在某種意義上可視為」「微循環」，「也可以說是」內循環發展思路在消費領域的「體現之一」。既非斷言，也不是唯一。",
      en: "False. The article hedges twice: the measures 'can in a sense be seen as' a micro-circulation and 'can also be said to be one expression' of the idea in consumption. Neither an assertion nor the only one.",
    },
    source: {
      paragraphId: "s2-p6",
      quote:
        "這些政策措施在某種意義上可視為貫串供給側與需求端的「微循環」，也可以說是「內循環」發展思路在消費領域的體現之一",
    },
  },
  {
    id: "l2-turn-image",
    pool: "assessment",
    lessonId: 2,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "第二節說中央把戰略「從過往側重於參與國際經濟「外循環」轉向打造國內外「雙循環」共同驅動的新發展格局」。文章結尾用甚麼比喻這次轉向？",
      en: "Section 2 says the centre turned its strategy 'from taking part mainly in the international external circulation to a new pattern driven by both'. What image does the article's ending use for this turn?",
    },
    choices: [
      {
        id: "a",
        text: { zh: "強弩之末", en: "An arrow at the end of its flight" },
        misconception: "wrong-image",
      },
      {
        id: "b",
        text: { zh: "兩端合龍", en: "Two ends closing up" },
        misconception: "wrong-image",
      },
      {
        id: "c",
        text: { zh: "大船轉舵", en: "A big ship changing course" },
      },
      {
        id: "d",
        text: { zh: "卡脖子", en: "A stranglehold" },
        misconception: "wrong-image",
      },
    ],
    answer: "c",
    explanation: {
      zh: "第四節結尾：中國經濟這艘大船已有航空母艦級的體量，其「換舵轉航」……中國「大船轉舵」或可為重建未來的國際經濟秩序探索新的航道；這也是全文標題。「強弩之末」形容外循環舊路；「合龍」是供需兩端連接；「卡脖子」是美國的科技打壓清單。",
      en: "The ending: China's economy is a ship the size of an aircraft carrier changing course, 'the big ship turning' that may chart a new route; it is also the title. 'Arrow at the end of its flight' describes the old external path; 'closing up' joins supply and demand; 'stranglehold' is the US list of tech curbs.",
    },
    source: {
      paragraphId: "s2-p1",
      quote: "從過往側重於參與國際經濟「外循環」轉向打造國內外「雙循環」共同驅動的新發展格局",
    },
    moreSources: [
      { paragraphId: "s4-p5", quote: "中國「大船轉舵」或可為重建未來的國際經濟秩序探索新的航道" },
    ],
  },
  {
    id: "l2-meridians-cloze",
    pool: "assessment",
    lessonId: 2,
    skill: "terms",
    type: "cloze",
    prompt: {
      zh: "填空：文章用甚麼比喻說明打通生產、分配、流通和消費的作用？",
      en: "Fill in the blanks: what images does the article use for opening up production, distribution, circulation and consumption?",
    },
    text: "以打通生產、分配、流通和消費之間的「{{1}}」來達致經濟的良性循環和「{{2}}」提升",
    answer: { "1": ["經脈"], "2": ["內力"] },
    options: ["經脈", "內力", "短板", "外力", "抓手"],
    explanation: {
      zh: "原文：打通各環節之間的「經脈」，達致經濟的良性循環和「內力」提升（本節標題「擴大需求增「內力」」）。「短板」是第三節科技上要補的弱項；「抓手」是科技自強的角色；「外力」不是原文用語，與「內力」相對，填進去意思正好相反。",
      en: "The text: open the 'meridians' between the links to reach a virtuous circle and stronger 'inner strength' (the heading's 內力). 'Weak plank' is what section 3 wants to shore up in technology; 'handle' is the role of self-reliance; 'outside strength' (外力) is not the article's word and says the opposite of 內力.",
    },
    source: {
      paragraphId: "s2-p5",
      quote: "以打通生產、分配、流通和消費之間的「經脈」來達致經濟的良性循環和「內力」提升",
    },
  },
  {
    id: "l2-endogenous-means",
    pool: "assessment",
    lessonId: 2,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "文章說「內循環」代表一種「內生型」的成長機制。按上下文，「內生型」增長主要靠甚麼？",
      en: "The article says the domestic circulation stands for an 'endogenous' growth mechanism. From the context, what does endogenous growth rely on?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "外商直接投資和出口帶動",
          en: "Foreign direct investment and exports",
        },
        misconception: "old-model",
      },
      {
        id: "b",
        text: {
          zh: "政府的消費補貼",
          en: "Government consumption subsidies",
        },
        misconception: "subsidies-return",
      },
      {
        id: "c",
        text: {
          zh: "從海外引進先進技術",
          en: "Importing advanced technology from abroad",
        },
        misconception: "old-model",
      },
      {
        id: "d",
        text: {
          zh: "打通國內生產、分配、流通和消費，讓經濟內部的動力推動增長",
          en: "Opening up domestic production, distribution, circulation and consumption so that growth comes from within",
        },
      },
    ],
    answer: "d",
    explanation: {
      zh: "同一句接著說：「以打通生產、分配、流通和消費之間的「經脈」來達致經濟的良性循環和「內力」提升」；第二節也說內循環的要旨在於「激發經濟內在動能」。外資和出口、引進技術屬外循環的舊模式（第三節更說引進技術越來越難）；文章明說消費補貼不會「捲土重來」。",
      en: "The same sentence goes on: open the 'meridians' of production, distribution, circulation and consumption for a virtuous circle and 'inner strength'; section 2 also says the aim is to 'unleash the economy's internal momentum'. FDI, exports and imported technology belong to the old model (and section 3 says importing technology is getting harder); subsidies will not return.",
    },
    source: { paragraphId: "s2-p5", quote: "「內循環」本身代表著一種內生型(Endogenous Growth)的成長機制" },
    moreSources: [{ paragraphId: "s2-p2", quote: "其要旨均在於激發經濟內在動能，構建可持續增長的長效模式" }],
  },
  {
    id: "l2-continuity-meaning",
    pool: "assessment",
    lessonId: 2,
    skill: "terms",
    type: "single",
    prompt: {
      zh: "文章說「內循環」與此前「內需型增長」等提法「一脈相承」。「一脈相承」在這裏是甚麼意思？",
      en: "The article says the domestic circulation and earlier slogans such as 'demand-led growth' are 一脈相承. What does that mean here?",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "出自同一脈絡，前後連貫",
          en: "They come from the same line of thought and follow on from each other",
        },
      },
      {
        id: "b",
        text: {
          zh: "內容完全相同，只是換了名稱",
          en: "They are identical and only the name changed",
        },
        misconception: "overstated",
      },
      {
        id: "c",
        text: {
          zh: "互相矛盾，需要取捨",
          en: "They contradict each other and one must choose",
        },
        misconception: "reversed",
      },
      {
        id: "d",
        text: {
          zh: "內循環取代並廢除了此前的提法",
          en: "The domestic circulation replaces and abolishes them",
        },
        misconception: "reversed",
      },
    ],
    answer: "a",
    explanation: {
      zh: "文章先說內循環「表面上是一個嶄新的發展概念」，再說它的內在邏輯「並非「橫空出世」」，與此前的提法「一脈相承」，要旨都在於激發經濟內在動能。即概念是新的，思路一貫；並非完全相同，也沒有矛盾或取代。",
      en: "The article says the concept is new 'on the surface' but its logic 'did not come from nowhere': it continues earlier slogans, all aiming to unleash internal momentum. A new concept, a continuous line of thought; not identical, not contradictory, not a replacement.",
    },
    source: {
      paragraphId: "s2-p2",
      quote:
        "與此前中央一直強調的「內需型增長」、「做大做強國內市場」、「滿足人民對高品質生活的需要」、「暢通國民經濟循環」等提法實際上是一脈相承",
    },
  },
  {
    id: "l2-demand-side-upgrade",
    pool: "assessment",
    lessonId: 2,
    skill: "logic",
    type: "multi",
    prompt: {
      zh: "第二節第五段說「內循環」要同時在需求和供給兩方面著力。以下哪些是文中所說的做法或目標？（選出所有正確答案）",
      en: "Section 2, paragraph 5, says the domestic circulation works on demand and supply at once. Which of these are measures or aims the text names? (Select all that apply.)",
    },
    choices: [
      {
        id: "a",
        text: {
          zh: "打造與國內消費市場相適應的生產供應體系",
          en: "Build a production and supply system suited to the domestic consumer market",
        },
      },
      {
        id: "b",
        text: { zh: "恢復各項消費補貼", en: "Restore consumption subsidies" },
        misconception: "subsidies-return",
      },
      {
        id: "c",
        text: { zh: "增加出口以消化過剩產能", en: "Raise exports to absorb surplus capacity" },
        misconception: "old-model",
      },
      {
        id: "d",
        text: { zh: "促進內部需求適時地擴容與升級", en: "Expand and upgrade domestic demand in good time" },
      },
      {
        id: "e",
        text: {
          zh: "實現居民消費在數量和質量上的「雙提升」",
          en: "Raise household consumption in both quantity and quality",
        },
      },
    ],
    answer: ["a", "d", "e"],
    explanation: {
      zh: "原文：「在促進內部需求適時地擴容與升級的同時，亦動態地打造與國內消費市場相適應的生產供應體系……實現居民消費在數量和質量上的「雙提升」」。需求端擴容升級、供給端打造相適應的生產體系，最終達致「雙提升」。文章否定補貼回潮；靠出口消化產能是外循環的思路。",
      en: "The text: 'while expanding and upgrading domestic demand in good time, dynamically build a production and supply system suited to the domestic market … raising consumption in quantity and quality'. Subsidies are ruled out; exporting surplus is the external-circulation way.",
    },
    source: {
      paragraphId: "s2-p5",
      quote: "在促進內部需求適時地擴容與升級的同時，亦動態地打造與國內消費市場相適應的生產供應體系",
    },
  },
];
