import type { TWrittenItemInput } from "../../item-types/written";

/**
 * Written items, lesson 3: 促循環長短兼顧 科技創新補短板 (s3-p1..s3-p5). Short-term response against
 * long-term strategy, and how technological self-reliance serves the internal circulation: the chip
 * figures, 「卡脖子」, the 「六把鑰匙」 and the guard against industrial hollowing-out.
 */
export const items: TWrittenItemInput[] = [
  {
    id: "l3-written-short-and-long-term",
    pool: "assessment",
    lessonId: 3,
    skill: "logic",
    type: "written",
    prompt: {
      zh: "文章說推動「內循環」一方面是短期的應對性措施，另一方面更是為中長期發展奠定主基調。分別說明短期和中長期的考量，各舉文章的一項根據。",
      en: "The article says promoting the internal circulation is both a short-term response and the keynote for medium- and long-term development. Explain the short-term and the long-term reasons, each with one piece of evidence from the article.",
    },
    modelAnswer: {
      zh: "短期：2020年初的新冠肺炎疫情令國際貿易和投資大滑坡，亞洲開發銀行預測亞洲發展中經濟體2020年的GDP將萎縮0.7%，中國出口部門壓力陡然增大；中央要「透過擴大內需來填補海外市場萎縮造成的缺口」，幫助經濟走出第一季度的衰退「深坑」並恢復正增長。中長期：世界面臨「百年未有之大變局」，美國把對華打壓從貿易戰擴大到科技戰、金融戰，推動「科技脫鈎」，令中國難以從海外引進先進技術；所以內循環也要在科技上「自力更生」，為產業升級「補短板」。",
      en: "Short term: the pandemic of early 2020 caused trade and investment to slump; the Asian Development Bank forecast that developing Asia's GDP would shrink by 0.7% in 2020, and China's exporters came under sharp pressure; the leadership wanted to fill the gap left by shrinking overseas markets with domestic demand and pull the economy out of the first-quarter slump back to growth. Long term: the world faces changes unseen in a century; the US widened its pressure from a trade war to technology and finance and pushed technological decoupling, making it hard for China to acquire advanced technology; so the internal circulation also means self-reliance in technology and shoring up the weak links of industrial upgrading.",
    },
    rubric: [
      {
        id: "short-term",
        points: 2,
        description: {
          zh: "短期考量和根據：疫情令外需萎縮（例如亞洲開發銀行預測亞洲發展中經濟體2020年GDP萎縮0.7%，或出口部門壓力陡增），要以擴大內需填補海外市場萎縮的缺口、恢復正增長。",
          en: "Short-term reason with evidence: the pandemic shrank foreign demand (for example the ADB's forecast of a 0.7% contraction for developing Asia in 2020, or sharp pressure on exporters), so domestic demand must fill the gap and restore growth.",
        },
        sources: [
          { paragraphId: "s3-p1", quote: "透過擴大內需來填補海外市場萎縮造成的缺口" },
          { paragraphId: "s3-p1", quote: "2020年的GDP亦將陷入0.7%的萎縮" },
        ],
      },
      {
        id: "long-term",
        points: 2,
        description: {
          zh: "中長期考量和根據：美國對華打壓擴大至科技領域、推動「科技脫鈎」，增加引進先進技術的難度，所以要在科技上「自力更生」、為產業升級「補短板」。",
          en: "Long-term reason with evidence: US pressure spreading to technology and 'technological decoupling' make advanced technology harder to acquire, so China must become self-reliant in technology and shore up the weak links of industrial upgrading.",
        },
        sources: [
          { paragraphId: "s3-p2", quote: "美國推動中美「科技脫鈎」" },
          {
            paragraphId: "s3-p2",
            quote: "故此，中國經濟轉向「內循環」的另一個弦外之音則是要加緊在科技上「自力更生」",
          },
        ],
      },
    ],
    explanation: {
      zh: "兩項不可混淆：疫情和外需萎縮屬短期；科技封鎖和自主創新屬中長期。0.7%是萎縮，不是增長；也是亞洲發展中經濟體的數字，不是中國的。",
      en: "Do not mix them up: the pandemic and shrinking foreign demand are short-term; the technology blockade and self-reliance are long-term. The 0.7% is a contraction, not growth, and it is developing Asia's figure, not China's.",
    },
    source: {
      paragraphId: "s3-p1",
      quote: "推動「內循環」一方面是短期的應對性措施，另一方面更是為中國未來的中長期發展策略奠定主基調",
    },
    moreSources: [{ paragraphId: "s3-p2", quote: "當前世界正面臨百年未有之大變局" }],
  },
  {
    id: "l3-written-tech-self-reliance",
    pool: "assessment",
    lessonId: 3,
    skill: "logic",
    type: "written",
    prompt: {
      zh: "科技自強怎樣服務「內循環」戰略？說明中國為甚麼必須在科技上「自力更生」、這樣做對產業和經濟有甚麼作用，以及「六把鑰匙」論被解讀為科技自強在推動內循環中擔當甚麼角色。",
      en: "How does technological self-reliance serve the internal-circulation strategy? Explain why China must become self-reliant in technology and what this does for industry and the economy, and what role the 'six keys' were read as giving technological self-reliance in driving the internal circulation.",
    },
    modelAnswer: {
      zh: "美國推動中美「科技脫鈎」，拉攏其他發達國家對中國科技圍堵，增加了中國從海外引進先進技術的難度；而中國在核心技術上受制於人，高端零部件、元器件高度依賴進口，正是對方看準的「軟肋」。因此文章說，轉向內循環的另一個弦外之音是要加緊在科技上「自力更生」，「增強自主創新能力，特別是加快核心技術攻關」，為產業升級「補短板」，強化經濟穩定運行的安全保障。習近平在科學家座談會上提出的六項措施（「六把鑰匙」）亦被解讀為中央以「科技自強」作為推動內循環的「抓手」和首要切入點。",
      en: "The US pushed technological decoupling and rallied other developed countries to contain China, making it harder to acquire advanced technology abroad; and China depends on others for core technology, importing most high-end parts and components, the 'soft spot' its rival targeted. So, the article says, the turn to the internal circulation also carries the unspoken message of self-reliance in technology: strengthening China's own innovation, above all faster breakthroughs in core technologies, to shore up the weak links of industrial upgrading and strengthen the security of stable economic operation. Xi Jinping's six measures at the scientists' symposium (the 'six keys') were likewise read as making technological self-reliance the lever and first entry point of the internal circulation.",
    },
    rubric: [
      {
        id: "blockade",
        points: 1,
        description: {
          zh: "外部原因：美國推動「科技脫鈎」、拉攏其他發達國家科技圍堵，增加中國從海外引進先進技術的難度。",
          en: "External reason: US decoupling and containment make advanced technology harder to acquire abroad.",
        },
        sources: [
          {
            paragraphId: "s3-p2",
            quote: "不可避免增加了中國從海外引進先進技術的難度",
          },
        ],
      },
      {
        id: "weak-spot",
        points: 1,
        description: {
          zh: "內部弱點：核心技術受制於人，高端零部件、元器件高度依賴進口（例如晶片）。",
          en: "Weakness at home: dependence on others for core technology, with high-end parts and components (such as chips) largely imported.",
        },
        sources: [{ paragraphId: "s3-p3", quote: "目前中國在一些核心技術上受制於人的現象比較突出" }],
      },
      {
        id: "serves",
        points: 1,
        description: {
          zh: "說明怎樣服務戰略：加快核心技術攻關，為產業升級「補短板」，強化經濟穩定運行的安全保障。",
          en: "Says how it serves the strategy: faster breakthroughs in core technology, shoring up the weak links of industrial upgrading, securing stable growth.",
        },
        sources: [{ paragraphId: "s3-p2", quote: "為產業升級「補短板」，強化經濟穩定運行的安全保障" }],
      },
      {
        id: "lever",
        points: 1,
        description: {
          zh: "解釋「抓手」：六項措施被解讀為以「科技自強」作為推動內循環的「抓手」和首要切入點。",
          en: "Explains the 'lever': the six measures were read as making technological self-reliance the lever and first entry point of the internal circulation.",
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
      zh: "「被解讀為」說明這是對六項措施的一種解讀，不是措施原文；答案說成習近平親口稱科技自強為抓手，第四項仍可得分，但老師可指出分別。",
      en: "'Was read as' marks an interpretation of the six measures, not their wording; an answer saying Xi himself called self-reliance the lever can still earn the fourth criterion, but the teacher may point out the difference.",
    },
    source: {
      paragraphId: "s3-p2",
      quote: "故此，中國經濟轉向「內循環」的另一個弦外之音則是要加緊在科技上「自力更生」",
    },
    moreSources: [
      { paragraphId: "s3-p3", quote: "高端零部件、元器件高度依賴從海外進口" },
      { paragraphId: "s3-p4", quote: "這一創科發展的「六把鑰匙」論" },
    ],
  },
  {
    id: "l3-written-choke-point",
    pool: "assessment",
    lessonId: 3,
    skill: "figures",
    type: "written",
    prompt: {
      zh: "解釋「卡脖子」的意思。用文章的晶片數據說明中國為何容易被「卡脖子」，並說出白春禮提出的應對方法。",
      en: "Explain what 'choke point' (卡脖子) means. Use the article's chip figures to show why China is vulnerable to it, and give Bai Chunli's proposed response.",
    },
    modelAnswer: {
      zh: "「卡脖子」是指在關鍵技術或零部件上受制於人，對方一斷供便像被掐住脖子一樣動彈不得。2019年中國從海外進口晶片價值高達3,040億美元，超過90%的高端晶片需依賴進口；美國政府看準這一「軟肋」，近期千方百計限制對華的晶片出口。中國科學院院長白春禮表示，要將美國對華科技打壓的「卡脖子」清單，轉變成中國下一階段科研攻關的任務清單。",
      en: "'Choke point' means depending on others for key technology or parts, so that if they cut supply you are stuck, as if held by the throat. In 2019 China imported chips worth US$304 billion (3,040億美元), and more than 90% of its high-end chips are imported; the US government saw this soft spot and has been restricting chip exports to China. Bai Chunli, president of the Chinese Academy of Sciences, proposed turning the US 'choke-point' list into China's list of research tasks for the next stage.",
    },
    rubric: [
      {
        id: "meaning",
        points: 1,
        description: {
          zh: "解釋意思：在關鍵核心技術上受制於人，對方可以限制供應。",
          en: "Explains the meaning: depending on others for key core technology, which they can cut off.",
        },
        sources: [
          { paragraphId: "s3-p3", quote: "目前中國在一些核心技術上受制於人的現象比較突出" },
          { paragraphId: "s3-p3", quote: "近期千方百計地限制對華的晶片出口" },
        ],
      },
      {
        id: "chip-value",
        points: 1,
        description: {
          zh: "數據一：2019年進口晶片價值高達3,040億美元（單位須為美元）。",
          en: "First figure: chip imports worth US$304 billion in 2019 (the unit must be US dollars).",
        },
        sources: [{ paragraphId: "s3-p3", quote: "2019年中國從海外進口晶片價值高達3,040億美元" }],
      },
      {
        id: "high-end-share",
        points: 1,
        description: {
          zh: "數據二：超過90%的高端晶片需依賴進口。",
          en: "Second figure: over 90% of high-end chips are imported.",
        },
        sources: [{ paragraphId: "s3-p3", quote: "超過90%的高端晶片需依賴進口" }],
      },
      {
        id: "task-list",
        points: 1,
        description: {
          zh: "白春禮的方法：把「卡脖子」清單轉變成下一階段科研攻關的任務清單。",
          en: "Bai Chunli's response: turn the choke-point list into a list of research tasks for the next stage.",
        },
        sources: [
          {
            paragraphId: "s3-p3",
            quote: "要將美國對華科技打壓的「卡脖子」清單，轉變成中國下一階段科研攻關的任務清單",
          },
        ],
      },
    ],
    explanation: {
      zh: "3,040億美元是進口晶片的總值，90%是高端晶片中依賴進口的比例，兩者不可對調；3,040億的單位是美元，不是人民幣。",
      en: "US$304 billion is the value of chip imports and 90% the share of high-end chips imported; do not swap them. The 3,040億 is in US dollars, not renminbi.",
    },
    source: {
      paragraphId: "s3-p3",
      quote: "要將美國對華科技打壓的「卡脖子」清單，轉變成中國下一階段科研攻關的任務清單",
    },
  },
  {
    id: "l3-written-hollowing-out",
    pool: "assessment",
    lessonId: 3,
    skill: "logic",
    type: "written",
    prompt: {
      zh: "文章說以科技創新引領的內循環思維，不僅是高品質發展的必由之路，「亦是保障國家經濟及產業安全的根本出路」；又說適時推動國內科技水平的提升和產業結構的升級，有兩方面的好處。說明這種升級怎樣有助防範產業空心化、留住產業鏈的高增值環節，以及這與國家經濟及產業安全有何關係。",
      en: "The article says internal-circulation thinking led by innovation is not only the necessary road to high-quality growth but 'the fundamental way to safeguard national economic and industrial security'; it adds that raising technology and upgrading industry at home brings two benefits. Explain how such upgrading helps guard against industrial hollowing-out and keep the high-value links of supply chains, and how this bears on economic and industrial security.",
    },
    modelAnswer: {
      zh: "近年內地企業透過對外投資「離巢」，產業外移可能帶來產業空心化之憂（第一節說過發達國家製造業外移令內部經濟「空心化」、就業流失）。文章說，適時推動國內科技水平的提升和產業結構的升級，有助平衡企業「離巢」的現象、防範這種憂慮；同時可吸引更多跨國企業把產業鏈佈局中的高增值環節保留在中國，重塑中國參與國際合作和競爭的新優勢。產業不致空心化，高增值環節又留在中國，國家經濟和產業便更安全，這與文章所說科技創新引領的內循環是保障國家經濟及產業安全的「根本出路」相呼應。",
      en: "Mainland firms have recently been 'leaving the nest' through outward investment, and industry moving out raises fears of hollowing-out (section 1 describes how manufacturing leaving developed countries hollowed them out and cost jobs). Raising technology and upgrading industry at home, the article says, helps balance this outflow and guard against hollowing-out; it also draws multinationals to keep the high-value links of their supply chains in China, renewing China's edge in international cooperation and competition. With industry not hollowed out and the high-value links kept in China, the economy and industry are more secure, which matches the article's view of innovation-led internal circulation as the fundamental way to safeguard economic and industrial security.",
    },
    rubric: [
      {
        id: "leaving-nest",
        points: 1,
        description: {
          zh: "說出風險：內地企業透過對外投資「離巢」，可能隨之出現產業空心化之憂。",
          en: "Names the risk: mainland firms 'leaving the nest' through outward investment, with the fear of industrial hollowing-out.",
        },
        sources: [
          {
            paragraphId: "s3-p5",
            quote: "有助於平衡近年內地企業透過對外投資「離巢」的現象，防範可能隨之出現的產業空心化之憂",
          },
        ],
      },
      {
        id: "high-value",
        points: 1,
        description: {
          zh: "說明升級的作用：吸引跨國企業把產業鏈的高增值環節保留在中國。",
          en: "Says what upgrading does: draws multinationals to keep the high-value links of the chain in China.",
        },
        sources: [
          { paragraphId: "s3-p5", quote: "亦可吸引更多跨國企業將產業鏈佈局中的高增值環節保留在中國" },
        ],
      },
      {
        id: "security",
        points: 1,
        description: {
          zh: "把兩者連到安全：防範產業空心化（例如避免第一節所說發達國家就業崗位流失的情況），並把高增值環節留在中國，有助保障國家經濟及產業安全。",
          en: "Links both to security: guarding against hollowing-out (for example avoiding the job losses section 1 describes in developed countries) and keeping the high-value links in China help safeguard economic and industrial security.",
        },
        sources: [
          { paragraphId: "s3-p5", quote: "亦是保障國家經濟及產業安全的根本出路" },
          { paragraphId: "s1-p4", quote: "國內就業崗位流失" },
        ],
      },
    ],
    explanation: {
      zh: "第三節最後一段與第一節第四段前後呼應：發達國家製造業外移帶來「空心化」，中國也要防範同類風險。答案不必提第一節，但不可把「離巢」說成外資撤出（文中指的是內地企業對外投資）。",
      en: "The last paragraph of section 3 echoes section 1's account of hollowing-out in developed countries. The answer need not mention section 1, but must not describe 'leaving the nest' as foreign firms pulling out: the article means mainland firms investing abroad.",
    },
    source: { paragraphId: "s3-p5", quote: "適時推動國內科技水平的提升和產業結構的升級" },
    moreSources: [{ paragraphId: "s1-p4", quote: "發達國家的製造業加緊向外轉移令內部經濟出現「空心化」" }],
  },
  {
    id: "l3-written-protracted-war",
    pool: "assessment",
    lessonId: 3,
    skill: "logic",
    type: "written",
    prompt: {
      zh: "習近平在科學家座談會上強調「關鍵核心技術要不來、買不來、討不來，科技創新等不得、拖不得、慢不得」；7月底的中央政治局會議又要以「打持久戰」的角度應對。說明這兩句話怎樣解釋中國為何要走自主創新的長期路線。",
      en: "At the scientists' symposium Xi Jinping stressed that 'key core technologies cannot be begged, bought or pleaded for, and innovation cannot wait, be delayed or be slow'; the Politburo meeting at the end of July called for a 'protracted war' approach. Explain how the two statements account for China's long road of home-grown innovation.",
    },
    modelAnswer: {
      zh: "第一句說明關鍵核心技術「要不來、買不來、討不來」：不能靠向外索取、購買或引進得到，只能自主創新；而且「等不得、拖不得、慢不得」，要加緊攻關。第二句指出中國經濟面對的很多問題是中長期的，要以「打持久戰」的角度應對，所以科技自強不是一時的應急，而是長期的戰略。",
      en: "The first says key core technologies cannot be obtained by asking, buying or pleading: China cannot get them from abroad and must innovate itself, and it cannot wait or go slowly. The second says many of the economy's problems are medium- to long-term and must be met as a 'protracted war', so technological self-reliance is not a stop-gap but a long-term strategy.",
    },
    rubric: [
      {
        id: "cannot-buy",
        points: 2,
        description: {
          zh: "解釋第一句前半：關鍵核心技術不能靠向外索取或購買得到，只能自主創新。",
          en: "Explains the first half of the first statement: key technologies cannot be obtained from abroad by asking or buying, only by innovating at home.",
        },
        sources: [{ paragraphId: "s3-p4", quote: "關鍵核心技術要不來、買不來、討不來" }],
      },
      {
        id: "urgent",
        points: 1,
        description: {
          zh: "解釋第一句後半：科技創新很急切，不能等待或拖延。",
          en: "Explains the second half: innovation is urgent and cannot wait.",
        },
        sources: [{ paragraphId: "s3-p4", quote: "科技創新等不得、拖不得、慢不得" }],
      },
      {
        id: "long-haul",
        points: 1,
        description: {
          zh: "解釋「打持久戰」：很多問題是中長期的，所以要作長期準備。",
          en: "Explains the 'protracted war': many problems are medium- to long-term, so China must prepare for the long haul.",
        },
        sources: [
          {
            paragraphId: "s3-p3",
            quote: "中國經濟當前面對的很多問題是中長期的，要以「打持久戰」的角度加以應對",
          },
        ],
      },
    ],
    explanation: {
      zh: "急切（等不得）和長期（持久戰）並不矛盾：要馬上開始，也要準備長期堅持。持久戰一句出自7月底的中央政治局會議，不是科學家座談會；會議說的是中國經濟面對的很多問題，並非專指科技，是文章把它放在科技一段裏。題目要求把它連到自主創新，答案這樣做不扣分；老師可指出原話並非專指科技。",
      en: "Urgency (cannot wait) and the long haul (protracted war) do not conflict: start now and keep going. The protracted-war remark is from the end-of-July Politburo meeting, not the scientists' symposium; the meeting spoke of the economy's problems in general, not of technology alone, and it is the article that places the remark in its technology paragraph. Answers that link it to innovation, as the question asks, lose nothing; the teacher may point out that the original remark is broader.",
    },
    source: {
      paragraphId: "s3-p4",
      quote: "關鍵核心技術要不來、買不來、討不來，科技創新等不得、拖不得、慢不得",
    },
    moreSources: [{ paragraphId: "s3-p3", quote: "要以「打持久戰」的角度加以應對" }],
  },
  {
    id: "l3-written-six-keys",
    pool: "practice",
    lessonId: 3,
    skill: "terms",
    type: "written",
    prompt: {
      zh: "「六把鑰匙」是指甚麼？列出其中三項，並說明為甚麼六項之中有一項顯示科技自強並不等於閉門造車。",
      en: "What are the 'six keys'? List three of them, and explain why one of the six shows that technological self-reliance does not mean working behind closed doors.",
    },
    modelAnswer: {
      zh: "「六把鑰匙」是習近平在科學家座談會上提出、推動科技創新發展的六項措施：樹立需求導向和問題導向、整合優化科技資源配置、強化基礎研究、加強創新人才教育培養、依靠改革激發科技創新活力、加強國際科技合作。其中「加強國際科技合作」說明自主創新仍要與外國交流合作；附表1中8月專家座談會也說「要堅持開放創新，加強國際科技交流合作」。",
      en: "The 'six keys' are the six measures for innovation Xi Jinping set out at the scientists' symposium: orientation to needs and problems, better allocation of research resources, stronger basic research, better education and training of innovative talent, reform to energise innovation, and stronger international cooperation in science and technology. The last shows that self-reliance still means working with other countries; in Table 1 the August experts' symposium likewise calls for open innovation and international exchange and cooperation.",
    },
    rubric: [
      {
        id: "three-measures",
        points: 2,
        description: {
          zh: "準確列出三項措施（需求導向和問題導向、整合優化科技資源配置、強化基礎研究、加強創新人才教育培養、依靠改革激發科技創新活力、加強國際科技合作）。",
          en: "Lists three of the measures correctly (needs and problems, resource allocation, basic research, talent, reform, international cooperation).",
        },
        sources: [
          {
            paragraphId: "s3-p4",
            quote:
              "包括樹立需求導向和問題導向、整合優化科技資源配置、強化基礎研究、加強創新人才教育培養、依靠改革激發科技創新活力和加強國際科技合作",
          },
        ],
      },
      {
        id: "open",
        points: 1,
        description: {
          zh: "指出「加強國際科技合作」一項，說明自主創新仍要對外合作。",
          en: "Points to 'stronger international cooperation in science and technology': self-reliance still involves working with others.",
        },
        sources: [
          { paragraphId: "s3-p4", quote: "加強國際科技合作" },
          { paragraphId: "s5-r5", quote: "要堅持開放創新，加強國際科技交流合作" },
        ],
      },
    ],
    explanation: {
      zh: "六項措施出自科學家座談會（第三節）；附表1沒有科學家座談會一行，但8月專家座談會的發言有相近的開放創新要求。",
      en: "The six measures come from the scientists' symposium (section 3); Table 1 has no row for it, but the August experts' symposium makes a similar call for open innovation.",
    },
    source: { paragraphId: "s3-p4", quote: "並提出推動科技創新發展的六項措施" },
    moreSources: [{ paragraphId: "s5-r5", quote: "要堅持開放創新，加強國際科技交流合作" }],
  },
];
