import type { TLesson } from "./schema";

export const lesson1: TLesson = {
  id: 1,
  sectionId: "s1",
  title: {
    zh: "外循環由來已久 今後難獨撐大局",
    en: "The external circulation: long-standing, but no longer able to carry growth alone",
  },
  objectives: [
    {
      zh: "描述上世紀80年代以來「兩頭在外、大進大出」的國際大循環戰略。",
      en: "Describe the 'international great circulation' strategy of 'both ends abroad, big in and big out' followed since the 1980s.",
    },
    {
      zh: "記住外循環鼎盛期的關鍵日期和數據：2001年加入世貿、2001至2008年製造業和商品出口年均增速11.6%和22.3%、2006年底外貿依存度67%。",
      en: "Recall the key dates and figures of the external circulation's heyday: WTO entry in 2001, average annual growth of 11.6% (manufacturing) and 22.3% (goods exports) in 2001-2008, trade dependence of 67% at the end of 2006.",
    },
    {
      zh: "解釋國際經濟大循環暴露的深層次問題，以及為何2008年全球金融危機是外循環由盛轉衰的分水嶺。",
      en: "Explain the deep problems the international great circulation exposed and why the 2008 global financial crisis marks the external circulation's turn from boom to decline.",
    },
    {
      zh: "說明中美對抗和新冠疫情如何令外循環的舊路難以為繼。",
      en: "Explain how US-China confrontation and the pandemic made the old external path unsustainable.",
    },
  ],
  paragraphIds: ["s1-p1", "s1-p2", "s1-p3", "s1-p4", "s1-p5"],
  summary: {
    zh: "「雙循環」可拆成以國內為主的內循環和以國際為主的外循環。外循環（又稱國際大循環）由來已久：上世紀80年代起，中國利用廉價勞動力和土地，在沿海設經濟特區和開放城市，以「兩頭在外、大進大出」的戰略引進外資和技術，發展出口導向的勞動密集型產業；2001年加入世貿後更深融入全球供應鏈，產業逐步升級，成為「世界工廠」。21世紀形成了「東方生產、西方消費」的格局，並在2008年全球金融危機前達到頂峰：2001至2008年，中國製造業和商品出口年均分別增長11.6%和22.3%，外貿依存度在2006年底達到67%的歷史高位。但這模式也暴露出問題：西方消費靠負債支撐、難以持續；發達國家製造業外移造成空心化；金融海嘯後歐美多年去槓桿，進口需求疲弱；再工業化、保護主義和逆全球化抬頭。其後美國對中國全方位施壓，2020年初的疫情又助長反全球化和「去中國化」。作者認為2008年是外循環由盛轉衰的分水嶺，延續舊路已走到難以為繼的臨界點。",
    en: "'Dual circulation' splits into an internal circulation centred on the domestic economy and an external one centred on the world economy. The external circulation, also called the 'international great circulation', is old. From the 1980s China used its cheap labour and land, opened special economic zones and open cities on the coast, and followed a strategy of 'both ends abroad, big in and big out', drawing in foreign capital and technology to build export-oriented, labour-intensive industry. After joining the WTO in 2001 it became deeply embedded in global supply chains, upgraded its industries and became the 'world's factory'. The 21st century's pattern of 'Made by East, Consumed by West' peaked before the 2008 global financial crisis: from 2001 to 2008 China's manufacturing and goods exports grew by an average of 11.6% and 22.3% a year, and trade reached a record 67% of GDP at the end of 2006. The model had deep flaws: Western consumption rested on debt and could not last, manufacturing moving abroad hollowed out developed economies, years of deleveraging after the crisis weakened their demand for imports, and re-industrialisation, protectionism and anti-globalisation grew. The US then pressed China on every front, and the pandemic in early 2020 fuelled anti-globalisation and calls to 'de-sinicise'. The author sees 2008 as the watershed between boom and decline and judges that the old external path has reached the point where it cannot go on.",
  },
  keyFacts: [
    {
      paragraphId: "s1-p2",
      kind: "date",
      text: "80年代",
      about: {
        zh: "上世紀80年代以來，中國採取「兩頭在外、大進大出」的國際大循環戰略。",
        en: "From the 1980s China pursued the international great circulation strategy.",
      },
    },
    {
      paragraphId: "s1-p2",
      kind: "date",
      text: "2001年",
      about: { zh: "中國加入世界貿易組織。", en: "China joined the World Trade Organization." },
    },
    {
      paragraphId: "s1-p3",
      kind: "date",
      text: "21世紀",
      about: {
        zh: "21世紀以來全球逐步形成「東方生產、西方消費」的格局。",
        en: "Since the turn of the 21st century the world has settled into 'Made by East, Consumed by West'.",
      },
    },
    {
      paragraphId: "s1-p3",
      kind: "date",
      text: "2008年全球金融危機",
      about: {
        zh: "外向型經濟型態在2008年全球金融危機爆發前達到頂峰。",
        en: "The export-led pattern peaked just before the 2008 global financial crisis.",
      },
    },
    {
      paragraphId: "s1-p3",
      kind: "figure",
      text: "兩位數",
      about: {
        zh: "中國製造業和商品出口在相當長時間裡維持兩位數以上的高速增長。",
        en: "China's manufacturing and goods exports grew at double-digit rates for a long time.",
      },
    },
    {
      paragraphId: "s1-p3",
      kind: "date",
      text: "2001至2008年",
      about: {
        zh: "11.6%和22.3%兩個年均增速所屬的期間。",
        en: "The period of the average annual growth rates of 11.6% and 22.3%.",
      },
    },
    {
      paragraphId: "s1-p3",
      kind: "figure",
      text: "11.6%",
      about: {
        zh: "2001至2008年中國製造業的年均增速。",
        en: "Average annual growth of China's manufacturing, 2001-2008.",
      },
    },
    {
      paragraphId: "s1-p3",
      kind: "figure",
      text: "22.3%",
      about: {
        zh: "2001至2008年中國商品出口的年均增速。",
        en: "Average annual growth of China's goods exports, 2001-2008.",
      },
    },
    {
      paragraphId: "s1-p3",
      kind: "date",
      text: "2006年底",
      about: {
        zh: "中國外貿依存度創下歷史最高值的時間。",
        en: "When China's dependence on foreign trade hit its record high.",
      },
    },
    {
      paragraphId: "s1-p3",
      kind: "figure",
      text: "67%",
      about: {
        zh: "2006年底中國外貿依存度（進出口佔GDP的比重）的歷史最高值。",
        en: "China's record trade dependence (imports plus exports as a share of GDP), end of 2006.",
      },
    },
    {
      paragraphId: "s1-p5",
      kind: "date",
      text: "2018年",
      about: {
        zh: "文中所記特朗普上任、在貿易、科技、金融等領域對中國全方位施壓的年份（特朗普實際於2017年1月就任，貿易戰始於2018年）。",
        en: "The year the article gives for Trump taking office and pressing China on trade, technology and finance (he in fact took office in January 2017; the trade war began in 2018).",
      },
    },
    {
      paragraphId: "s1-p5",
      kind: "date",
      text: "2020年初",
      about: {
        zh: "新冠肺炎疫情爆發，西方「反全球化」思潮更加洶湧。",
        en: "COVID-19 broke out and anti-globalisation sentiment in the West surged.",
      },
    },
    {
      paragraphId: "s1-p5",
      kind: "date",
      text: "2008年全球金融危機",
      about: {
        zh: "被視為中國經濟「外循環」由盛轉衰的分水嶺。",
        en: "Seen as the watershed at which China's external circulation turned from boom to decline.",
      },
    },
  ],
  glossary: [
    {
      term: "外循環",
      english: "external (international) circulation",
      paragraphId: "s1-p1",
      explanation: {
        zh: "以國際市場為主的經濟循環：原料、資金、技術和銷售市場主要在海外。",
        en: "An economic cycle centred on international markets: inputs, capital, technology and buyers are mainly abroad.",
      },
    },
    {
      term: "國際大循環",
      english: "international great circulation",
      paragraphId: "s1-p1",
      explanation: {
        zh: "上世紀80年代起的發展戰略：利用國內廉價勞動力，從海外引進資金和技術，產品銷往國際市場；即外循環。",
        en: "The strategy from the 1980s: use cheap domestic labour, bring in foreign capital and technology, sell the output on world markets; another name for the external circulation.",
      },
    },
    {
      term: "兩頭在外",
      english: "both ends abroad",
      paragraphId: "s1-p2",
      explanation: {
        zh: "原材料來源和產品銷售市場「兩頭」都在國外。",
        en: "Both ends of production are abroad: the materials come from abroad and the products are sold abroad.",
      },
    },
    {
      term: "大進大出",
      english: "big in, big out",
      paragraphId: "s1-p2",
      explanation: {
        zh: "大量進口原材料和零部件，加工後大量出口。",
        en: "Import inputs on a large scale, process them, and export on a large scale.",
      },
    },
    {
      term: "經濟特區",
      english: "special economic zone",
      paragraphId: "s1-p2",
      explanation: {
        zh: "在沿海地區率先設立、以特殊開放政策吸引外資的地區。",
        en: "A coastal area set up early on with special open policies to attract foreign investment.",
      },
    },
    {
      term: "世界工廠",
      english: "world's factory",
      paragraphId: "s1-p2",
      explanation: {
        zh: "指中國成為全球最主要的製造和出口基地。",
        en: "China as the world's main base for manufacturing and exports.",
      },
    },
    {
      term: "東方生產、西方消費",
      english: "Made by East, Consumed by West",
      paragraphId: "s1-p3",
      explanation: {
        zh: "21世紀的全球分工：以中國為代表的東亞負責生產，美歐等發達國家是主要終端消費市場。",
        en: "The 21st-century division of labour: East Asia, led by China, makes the goods; the US, Europe and other developed economies are the final consumers.",
      },
    },
    {
      term: "外貿的依存度",
      english: "dependence on foreign trade",
      paragraphId: "s1-p3",
      explanation: {
        zh: "即外貿依存度：進出口總額佔GDP的比重，反映經濟對外貿的依賴；2006年底達67%的歷史最高值。",
        en: "Trade dependence: imports plus exports as a share of GDP; it peaked at 67% at the end of 2006.",
      },
    },
    {
      term: "空心化",
      english: "hollowing-out",
      paragraphId: "s1-p4",
      explanation: {
        zh: "製造業大量移往外國，令本國產業和就業流失。",
        en: "Manufacturing moves abroad on a large scale and the home economy loses industry and jobs.",
      },
    },
    {
      term: "去槓桿",
      english: "deleveraging",
      paragraphId: "s1-p4",
      explanation: {
        zh: "減少債務、降低負債比率；金融海嘯後歐美經歷了長達數年的去槓桿調整。",
        en: "Cutting debt; after the financial crisis the US and Europe went through years of deleveraging.",
      },
    },
    {
      term: "再工業化",
      english: "re-industrialisation",
      paragraphId: "s1-p4",
      explanation: {
        zh: "發達國家把製造業帶回本國、重建工業基礎的浪潮，阻礙了全球產業鏈的深化。",
        en: "Developed countries' drive to bring manufacturing home, which held back the deepening of global supply chains.",
      },
    },
    {
      term: "逆全球化",
      english: "deglobalisation",
      paragraphId: "s1-p4",
      explanation: {
        zh: "與全球化相反的趨勢，例如貿易壁壘增加、產業回流本國。",
        en: "The reverse of globalisation: more trade barriers, industry pulled back home.",
      },
    },
    {
      term: "去中國化",
      english: "de-sinicisation",
      paragraphId: "s1-p5",
      explanation: {
        zh: "減少對中國的依賴、把企業和產業鏈移出中國的主張。",
        en: "Calls to reduce reliance on China and move companies and supply chains out of it.",
      },
    },
    {
      term: "分水嶺",
      english: "watershed",
      paragraphId: "s1-p5",
      explanation: {
        zh: "轉折點；文中指2008年全球金融危機是外循環由盛轉衰的轉折點。",
        en: "A turning point; the article calls the 2008 crisis the point where the external circulation turned from boom to decline.",
      },
    },
    {
      term: "強弩之末",
      english: "an arrow at the end of its flight",
      paragraphId: "s1-p5",
      explanation: {
        zh: "比喻力量已到盡頭；文中用來形容延續外循環的舊路。",
        en: "A force that is spent; the article's image for carrying on along the old external path.",
      },
    },
  ],
  timeline: [
    {
      date: "1980",
      when: { zh: "上世紀80年代", en: "1980s" },
      label: {
        zh: "中國採取「兩頭在外、大進大出」的國際大循環戰略",
        en: "China adopts the 'both ends abroad, big in and big out' international great circulation strategy",
      },
      paragraphId: "s1-p2",
    },
    {
      date: "2001",
      when: { zh: "2001年", en: "2001" },
      label: { zh: "中國加入世界貿易組織", en: "China joins the World Trade Organization" },
      paragraphId: "s1-p2",
    },
    {
      date: "2006-12",
      when: { zh: "2006年底", en: "end of 2006" },
      label: {
        zh: "中國外貿依存度創下67%的歷史最高值",
        en: "China's trade dependence hits a record 67% of GDP",
      },
      paragraphId: "s1-p3",
    },
    {
      date: "2008",
      when: { zh: "2008年", en: "2008" },
      label: {
        zh: "全球金融危機爆發：外循環由盛轉衰的分水嶺",
        en: "Global financial crisis: the external circulation's turn from boom to decline",
      },
      paragraphId: "s1-p5",
    },
    {
      date: "2018",
      when: { zh: "2018年（文中所記）", en: "2018 (as the article dates it)" },
      label: {
        zh: "美國總統特朗普在貿易、科技、金融等領域對中國全方位施壓",
        en: "US President Trump presses China on trade, technology and finance",
      },
      paragraphId: "s1-p5",
    },
    {
      date: "2020",
      when: { zh: "2020年初", en: "early 2020" },
      label: {
        zh: "新冠肺炎疫情爆發，西方反全球化和「去中國化」聲音高漲",
        en: "COVID-19 breaks out; anti-globalisation and 'de-sinicisation' grow louder in the West",
      },
      paragraphId: "s1-p5",
    },
  ],
};
