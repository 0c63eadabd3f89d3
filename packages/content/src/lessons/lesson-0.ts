import type { TLesson } from "./schema";

export const lesson0: TLesson = {
  id: 0,
  sectionId: "s0",
  title: { zh: "引言：「雙循環」的提出", en: "Introduction: how 'dual circulation' entered policy" },
  objectives: [
    {
      zh: "說出「雙循環」首次被提出的日期和會議。",
      en: "State the date and the meeting at which 'dual circulation' was first put forward.",
    },
    {
      zh: "用自己的話解釋「國內國際雙循環相互促進的新發展格局」。",
      en: "Explain in your own words the 'new development pattern in which domestic and international circulation reinforce each other'.",
    },
    {
      zh: "說明9月初中央財經委員會第八次會議把甚麼定為支撐新發展格局的重要戰略任務。",
      en: "Say what the eighth meeting of the Central Financial and Economic Affairs Commission in early September named as an important strategic task supporting the new pattern.",
    },
  ],
  paragraphIds: ["s0-p1"],
  summary: {
    zh: "2020年5月起，「雙循環」成為中央高層會議和國家領導人講話中的常用詞，引起國內外廣泛關注。5月14日，中央政治局常委會議首次提出：要發揮中國超大規模市場和內需潛力的優勢，構建國內國際雙循環相互促進的新發展格局。其後習近平在多個場合再談「雙循環」（見附表1）。文中提到最近的一次，是他9月初主持中央財經委員會第八次會議時，把建設現代流通體系定為重要的戰略任務，用來支撐「以國內大循環為主體、國內國際雙循環相互促進」的新發展格局。",
    en: "From May 2020 'dual circulation' became a stock phrase of top-level meetings and leaders' speeches and drew wide attention at home and abroad. On 14 May the Standing Committee of the Politburo first called for using the advantages of China's very large market and the potential of its domestic demand to build a new development pattern in which domestic and international circulation reinforce each other. Xi Jinping returned to the idea on several occasions (see Table 1). The latest the article mentions came in early September: chairing the eighth meeting of the Central Financial and Economic Affairs Commission, he made building a modern circulation system an important strategic task, to underpin a pattern 'with the domestic great circulation as the mainstay and domestic and international circulation reinforcing each other'.",
  },
  keyFacts: [
    {
      paragraphId: "s0-p1",
      kind: "date",
      text: "5月份",
      about: {
        zh: "自2020年5月起，「雙循環」一詞頻繁出現在中央高層會議及國家領導人講話中。",
        en: "From May 2020 the term 'dual circulation' appeared often in top-level meetings and leaders' speeches.",
      },
    },
    {
      paragraphId: "s0-p1",
      kind: "date",
      text: "5月14日",
      about: {
        zh: "中央政治局常委會議首次提出構建國內國際雙循環相互促進的新發展格局。",
        en: "The Politburo Standing Committee first proposed the new pattern of mutually reinforcing domestic and international circulation.",
      },
    },
    {
      paragraphId: "s0-p1",
      kind: "date",
      text: "9月初",
      about: {
        zh: "習近平主持召開中央財經委員會第八次會議：文中所記最近一次談及「雙循環」。",
        en: "Xi Jinping chaired the eighth meeting of the Central Financial and Economic Affairs Commission: the latest mention of dual circulation in the article.",
      },
    },
    {
      paragraphId: "s0-p1",
      kind: "figure",
      text: "第八次",
      about: {
        zh: "9月初的會議是中央財經委員會第八次會議。",
        en: "The early-September meeting was the Commission's eighth.",
      },
    },
  ],
  glossary: [
    {
      term: "雙循環",
      english: "dual circulation",
      paragraphId: "s0-p1",
      explanation: {
        zh: "「國內國際雙循環」的簡稱：國內經濟循環（內循環）和國際經濟循環（外循環）相互促進、共同推動發展。",
        en: "Short for 'domestic and international dual circulation': the domestic economic cycle and the international one reinforcing each other to drive growth.",
      },
    },
    {
      term: "新發展格局",
      english: "new development pattern",
      paragraphId: "s0-p1",
      explanation: {
        zh: "中央提出的發展方向：以國內大循環為主體、國內國際雙循環相互促進。",
        en: "The direction set by the leadership: the domestic great circulation as the mainstay, with domestic and international circulation reinforcing each other.",
      },
    },
    {
      term: "國內大循環",
      english: "domestic great circulation",
      paragraphId: "s0-p1",
      explanation: {
        zh: "生產、分配、流通、消費主要在國內市場完成的經濟循環；新發展格局以它為主體。",
        en: "The economy's cycle of production, distribution, circulation and consumption running mainly within China; the mainstay of the new pattern.",
      },
    },
    {
      term: "超大規模市場優勢",
      english: "the advantage of a very large market",
      paragraphId: "s0-p1",
      explanation: {
        zh: "中國人口多、消費市場龐大所帶來的優勢。",
        en: "The advantage China draws from its large population and huge consumer market.",
      },
    },
    {
      term: "內需潛力",
      english: "potential of domestic demand",
      paragraphId: "s0-p1",
      explanation: {
        zh: "國內消費和投資需求尚未發揮出來的增長空間。",
        en: "Room for growth in domestic consumption and investment that is not yet used.",
      },
    },
    {
      term: "現代流通體系",
      english: "modern circulation system",
      paragraphId: "s0-p1",
      explanation: {
        zh: "把生產和消費連接起來的現代物流、商貿和交易網絡；9月初的中央財經委員會會議把建設它定為重要戰略任務。",
        en: "The modern logistics, trade and distribution network linking production and consumption; the September meeting made building it an important strategic task.",
      },
    },
    {
      term: "中央財經委員會",
      english: "Central Financial and Economic Affairs Commission",
      paragraphId: "s0-p1",
      explanation: {
        zh: "中共中央主管經濟和財經工作的決策議事機構，由習近平主持。",
        en: "The Party Central Committee's leading body for economic and financial policy, chaired by Xi Jinping.",
      },
    },
  ],
  timeline: [
    {
      date: "2020-05",
      when: { zh: "2020年5月起", en: "from May 2020" },
      label: {
        zh: "「雙循環」開始頻繁出現在中央高層會議和領導人講話中",
        en: "'Dual circulation' begins to appear often in top-level meetings and speeches",
      },
      paragraphId: "s0-p1",
    },
    {
      date: "2020-05-14",
      when: { zh: "2020年5月14日", en: "14 May 2020" },
      label: {
        zh: "中央政治局常委會議首次提出構建國內國際雙循環相互促進的新發展格局",
        en: "The Politburo Standing Committee first proposes the dual-circulation development pattern",
      },
      paragraphId: "s0-p1",
    },
    {
      date: "2020-09",
      when: { zh: "2020年9月初", en: "early September 2020" },
      label: {
        zh: "習近平主持中央財經委員會第八次會議，要求把建設現代流通體系作為重要戰略任務",
        en: "Xi chairs the eighth meeting of the Central Financial and Economic Affairs Commission: build a modern circulation system",
      },
      paragraphId: "s0-p1",
    },
  ],
};
