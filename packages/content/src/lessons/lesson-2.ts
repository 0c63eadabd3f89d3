import type { TLesson } from "./schema";

export const lesson2: TLesson = {
  id: 2,
  sectionId: "s2",
  title: {
    zh: "內循環與微循環 擴大需求增「內力」",
    en: "Internal circulation and micro-circulation: expanding demand to build 'inner strength'",
  },
  objectives: [
    {
      zh: "說明雙循環體系內部的主次關係：以內循環為主、外循環為輔。",
      en: "Explain the primary-secondary relation inside the dual circulation: internal circulation first, external circulation in support.",
    },
    {
      zh: "說明「內循環」與此前「內需型增長」等提法一脈相承，也不等於重推消費補貼。",
      en: "Show that the internal circulation continues earlier ideas such as 'demand-led growth' and does not mean bringing back consumption subsidies.",
    },
    {
      zh: "記住支持內需的數據：2019年外貿依存度31.9%、消費貢獻率約六成並連續六年為增長主要動力、超過14億人口、約4億中等收入人口。",
      en: "Recall the figures behind domestic demand: trade dependence of 31.9% in 2019, consumption contributing about 60% of growth and the main driver for six years in a row, over 1.4 billion people, a middle-income group of about 400 million.",
    },
    {
      zh: "解釋供給側結構性改革、內生型增長和「微循環」（地攤經濟、小店經濟）在內循環中的角色。",
      en: "Explain the roles of supply-side structural reform, endogenous growth and 'micro-circulation' (street stalls, small shops) in the internal circulation.",
    },
  ],
  paragraphIds: ["s2-p1", "s2-p2", "s2-p3", "s2-p4", "s2-p5", "s2-p6"],
  summary: {
    zh: "面對急劇惡化的國際形勢，中央把發展戰略從側重參與外循環，轉向內外雙循環共同驅動，而兩者有主次之分：以內循環為主、外循環為輔。內循環看似新概念，其實與「內需型增長」、「做大做強國內市場」等一貫提法一脈相承，目的都是激發經濟的內在動能、建立可持續增長的模式。作者歸納了主流意見中的三點，本課講第一點：內循環與擴大內需有關但不止於此，也不代表會重推消費補貼；擴大內需既是短期的出發點，也是最終的落腳點。中國經濟正轉向內需驅動：2019年外貿依存度回落到31.9%，內部消費對增長的貢獻率升至約六成，連續六年是增長的主要動力；超過14億人口和約4億中等收入人口構成龐大的消費市場。擴大內需要以供給側結構性改革為戰略方向，讓需求牽引供給、供給創造需求，打通生產、分配、流通和消費，形成內生型的增長機制，實現消費在數量和質量上的「雙提升」。疫情受控後，中央鼓勵地攤經濟、小店經濟等，文章認為這些措施在某種意義上可視為貫串供給側與需求端的「微循環」，是內循環在消費領域的體現之一。",
    en: "As the international situation worsened sharply, the leadership shifted strategy from taking part in the external circulation towards growth driven by both circulations together, with a clear order: the internal circulation primary, the external one in support. The internal circulation looks new, but it continues earlier ideas such as 'demand-led growth' and 'making the domestic market bigger and stronger', all aimed at unlocking the economy's own momentum for lasting growth. The author picks out three points from mainstream opinion; this lesson covers the first. The internal circulation concerns domestic demand but is more than that, and it does not mean a return of consumption subsidies; expanding domestic demand is both the short-term starting point and the final goal. China is already turning to domestic demand: in 2019 its trade dependence fell to 31.9%, and domestic consumption provided about 60% of growth, the main driver for six years running. More than 1.4 billion people and a middle-income group of about 400 million make a huge consumer market. Expanding demand must follow supply-side structural reform, so that demand pulls supply and supply creates demand; linking production, distribution, circulation and consumption creates endogenous growth and raises consumption in both quantity and quality. After the epidemic was brought under control the government encouraged street-stall and small-shop businesses; these 'micro-circulations' joining supply and demand are one expression of the internal circulation in consumption.",
  },
  keyFacts: [
    {
      paragraphId: "s2-p2",
      kind: "figure",
      text: "三點",
      about: {
        zh: "主流意見中值得留意的三點（其一、其二、其三分別是第2、3、4課的主題）。",
        en: "The three points of mainstream opinion the article singles out (points one, two and three are the subjects of lessons 2, 3 and 4).",
      },
    },
    {
      paragraphId: "s2-p3",
      kind: "date",
      text: "2019年",
      about: {
        zh: "中國外貿依存度大幅回落至31.9%的年份。",
        en: "The year China's trade dependence fell to 31.9%.",
      },
    },
    {
      paragraphId: "s2-p3",
      kind: "figure",
      text: "31.9%",
      about: {
        zh: "2019年中國的外貿依存度（比較：2006年底為67%）。",
        en: "China's trade dependence in 2019 (compare 67% at the end of 2006).",
      },
    },
    {
      paragraphId: "s2-p3",
      kind: "figure",
      text: "六成",
      about: {
        zh: "內部消費對經濟增長的貢獻率：約六成（約60%）。",
        en: "Domestic consumption's contribution to economic growth: about 60%.",
      },
    },
    {
      paragraphId: "s2-p3",
      kind: "figure",
      text: "連續六年",
      about: {
        zh: "內部消費連續六年成為經濟增長的主要動力。",
        en: "Domestic consumption has been the main driver of growth for six years in a row.",
      },
    },
    {
      paragraphId: "s2-p3",
      kind: "figure",
      text: "14億",
      about: { zh: "中國人口超過14億。", en: "China has more than 1.4 billion people." },
    },
    {
      paragraphId: "s2-p3",
      kind: "figure",
      text: "約4億",
      about: {
        zh: "中國中等收入階層約有4億人，規模全球最大。",
        en: "China's middle-income group numbers about 400 million, the largest in the world.",
      },
    },
  ],
  glossary: [
    {
      term: "內循環",
      english: "internal (domestic) circulation",
      paragraphId: "s2-p1",
      explanation: {
        zh: "以國內市場為主的經濟循環：生產、分配、流通、消費主要在國內完成。",
        en: "An economic cycle centred on the domestic market: production, distribution, circulation and consumption happen mainly at home.",
      },
    },
    {
      term: "主次關係",
      english: "primary-secondary relation",
      paragraphId: "s2-p1",
      explanation: {
        zh: "雙循環內部的主從之分：以內循環為主，外循環為輔。",
        en: "The order inside the dual circulation: the internal circulation is primary, the external one auxiliary.",
      },
    },
    {
      term: "內需型增長",
      english: "domestic-demand-led growth",
      paragraphId: "s2-p2",
      explanation: {
        zh: "主要由國內消費和投資帶動的增長；文中指內循環與這類提法一脈相承。",
        en: "Growth driven mainly by domestic consumption and investment; the article says the internal circulation continues such ideas.",
      },
    },
    {
      term: "擴大內需",
      english: "expanding domestic demand",
      paragraphId: "s2-p3",
      explanation: {
        zh: "增加國內消費和投資需求；文中稱它是短期內的出發點，也是最終的落腳點。",
        en: "Raising domestic consumption and investment; the article calls it both the short-term starting point and the final goal.",
      },
    },
    {
      term: "供給側結構性改革",
      english: "supply-side structural reform",
      paragraphId: "s2-p4",
      explanation: {
        zh: "從生產（供給）一方調整產業和產品結構，提升供給體系對國內需求的適配性；文中稱它是擴大內需必須堅持的戰略方向。",
        en: "Reform on the production side that reshapes industries and products so that supply fits domestic demand; the strategic direction that expanding demand must follow.",
      },
    },
    {
      term: "需求管理",
      english: "demand management",
      paragraphId: "s2-p4",
      explanation: {
        zh: "從需求一方調節經濟，例如刺激消費和投資；內循環的切入點是它與供給側改革的有機契合。",
        en: "Steering the economy from the demand side, such as stimulating consumption and investment; the internal circulation starts from combining it with supply-side reform.",
      },
    },
    {
      term: "內生型",
      english: "endogenous (growth)",
      paragraphId: "s2-p5",
      explanation: {
        zh: "內生型增長（Endogenous Growth）：增長動力來自經濟內部，例如打通生產、分配、流通和消費，而不是依賴外部。",
        en: "Endogenous growth: growth powered from inside the economy, by linking production, distribution, circulation and consumption, rather than from outside.",
      },
    },
    {
      term: "雙提升",
      english: "double upgrade",
      paragraphId: "s2-p5",
      explanation: {
        zh: "居民消費在數量和質量上同時提升。",
        en: "Household consumption rising in both quantity and quality.",
      },
    },
    {
      term: "地攤經濟",
      english: "street-stall economy",
      paragraphId: "s2-p6",
      explanation: {
        zh: "街頭擺攤等小本經營；疫情受控後中央鼓勵它以刺激消費、增加就業和收入。",
        en: "Small trading from street stalls; encouraged after the epidemic was controlled to lift spending, jobs and incomes.",
      },
    },
    {
      term: "小店經濟",
      english: "small-shop economy",
      paragraphId: "s2-p6",
      explanation: {
        zh: "個體小商店、小型零售和服務業；和地攤經濟一樣屬傳統產業以外的多元經濟型態。",
        en: "Small shops and small retail and service businesses; like street stalls, a form of business outside the traditional industries.",
      },
    },
    {
      term: "微循環",
      english: "micro-circulation",
      paragraphId: "s2-p6",
      explanation: {
        zh: "文中把疫情受控後中央提振內部經濟的政策措施（鼓勵地攤經濟、小店經濟等多元經濟型態，支持業界以科技手段和管理創新優化產品和服務供應）「在某種意義上」視為貫串供給側與需求端的「微循環」，也是「內循環」思路在消費領域的體現之一。",
        en: "The article's word, used 'in a certain sense', for the policy measures taken once the epidemic was under control (encouraging street stalls, small shops and other forms of business; supporting firms that improve supply through technology and management innovation): they run from the supply side to the demand side, and are one expression of the internal circulation in consumption.",
      },
    },
  ],
  timeline: [
    {
      date: "2019",
      when: { zh: "2019年", en: "2019" },
      label: {
        zh: "中國外貿依存度回落至31.9%；內部消費貢獻率升至約六成",
        en: "China's trade dependence falls to 31.9%; consumption provides about 60% of growth",
      },
      paragraphId: "s2-p3",
    },
  ],
};
