// Ready-to-run example operations shown as tabs in GraphiQL, on the demo data (洛阳市 410300):
// a first look, then the ten analyst questions of the domain. ExamplesRunIT runs every one.
window.LIANTU_EXAMPLES = [
  {
    query: `# LianTu 链图: industry chains of 洛阳市 (410300).
# Press ▶ to run. Open the Docs pane (top left) to browse the API; other tabs hold the ten analyst questions.
# The same data drawn for analysts (chain map, project funnel, park scorecard): open /map
query ChainsOfLuoyang {
  chains(first: 10) {
    totalCount
    edges { node { id name category rootSegments { name position children { name keyLink } } } }
  }
}
`,
  },
  {
    query: `# Q1 Which midstream segments of 新能源汽车 have no enterprise in our city; in each, which 500强
# or 专精特新 firms elsewhere are strongest, and where are they?
query Q1_MidstreamGapsAndWhoCouldFillThem {
  chainGapReport(chainId: "nev", scope: { regionCode: "410300" }) {
    gaps { segment { id name position } nationalEnterpriseCount }
  }
  investmentTargets(chainId: "nev", scope: { regionCode: "410300" }, first: 10) {
    segment { name position } score
    enterprise { name region { name parent { name } } tags rankings { list rank } }
    reasons { factor points detail }
  }
}
`,
  },
  {
    query: `# Q2 Completeness and local supply rate of each key chain, this year vs last year, vs a peer city (郑州 410100).
query Q2_ThisYearLastYearAndPeer {
  thisYear: compareScopes(chainId: "nev", scopes: [{ regionCode: "410300" }, { regionCode: "410100" }], asOfYear: 2026) {
    scope { name } completeness weightedCompleteness localSupplyRate blankCount
  }
  lastYear: compareScopes(chainId: "nev", scopes: [{ regionCode: "410300" }, { regionCode: "410100" }], asOfYear: 2025) {
    scope { name } completeness weightedCompleteness localSupplyRate blankCount
  }
}
`,
  },
  {
    query: `# Q3 Of chain leader 洛阳LYC轴承's suppliers (tier 1 and 2), what share is local; which inputs come only from outside?
query Q3_ChainLeaderSuppliers {
  supplyChain(uscc: "91410305JG7LCMK11B", direction: UPSTREAM, maxTiers: 2, filter: { scope: { regionCode: "410300" } }) {
    root { name }
    tiers { tier enterpriseCount inScopeCount value }
    entries { tier inScope products enterprise { name region { name } } }
  }
}
`,
  },
  {
    query: `# Q4 Which key links come from a single supplier outside the city, and which local firms and how much output are exposed?
query Q4_SingleOutsideSuppliers {
  chainGapReport(chainId: "nev", scope: { regionCode: "410300" }) {
    externalDependencies { segment { name keyLinkType } kinds localBuyerCount outsideValue
      suppliers { enterprise { uscc name region { name } } inScope buyerCount value } }
  }
  exposure(uscc: "914403101A86H143WA", scope: { regionCode: "410300" }, maxTiers: 2) {
    enterprise { name } affectedCount affectedRevenue
    affected { tier revenue enterprise { name } path { name } }
  }
}
`,
  },
  {
    query: `# Q5 Which local firms in our WEAK segments should we cultivate (强链)?
query Q5_FirmsInWeakSegments {
  chainGapReport(chainId: "equip", scope: { regionCode: "410300" }) {
    weak { segment { name } score scale linkage tech
      enterprises(first: 5) { totalCount edges { node { name revenue tags } } } }
  }
}
`,
  },
  {
    query: `# Q6 Extend the chain (延链): which segments next to our STRONG ones are missing, and who are the targets?
query Q6_ExtensionCandidates {
  chainGapReport(chainId: "equip", scope: { regionCode: "410300" }) {
    extensionCandidates { segment { id name } feeds { name } fedBy { name } }
  }
  investmentTargets(chainId: "equip", scope: { regionCode: "410300" }, first: 10) {
    segment { name } score enterprise { name region { name } }
  }
}
`,
  },
  {
    query: `# Q7 This quarter's top 20 investment leads, each with its evidence.
query Q7_TopLeads {
  investmentTargets(chainId: "nev", scope: { regionCode: "410300" }, first: 20) {
    score segment { name } enterprise { name ownership region { name } }
    reasons { factor points detail }
  }
}
`,
  },
  {
    query: `# Q8 开工率, 投产率, 达效率 and 资金到位率 by park and by responsible official; signed projects not started after 180 days.
query Q8_LedgerAndOverdue {
  byPark: projectLedger(scope: { regionCode: "410300" }, groupBy: PARK) {
    groups { label signedCount startedCount producingCount effectiveCount startRate productionRate effectiveRate fundsInPlaceRate }
    total { signedCount startRate productionRate effectiveRate fundsInPlaceRate }
  }
  byOfficial: projectLedger(scope: { regionCode: "410300" }, groupBy: RESPONSIBLE) {
    groups { label signedCount startRate fundsInPlaceRate }
  }
  overdueProjects(scope: { regionCode: "410300" }, stage: SIGNED, olderThanDays: 180) {
    since days project { name responsible park { name } }
  }
}
`,
  },
  {
    query: `# Q9 Does each park meet 一园一主业 and the 亩均税收 target; its A/B/C/D class?
query Q9_ParkScorecard {
  parkScorecard(regionCode: "410300") {
    rank parkClass park { name level } taxPerMu targetTaxPerMu targetMet leadingChainShare oneLeadingIndustry
  }
}
`,
  },
  {
    query: `# Q10 Innovation chain: which R&D institutions serve each segment; which gaps could R&D seed?
query Q10_RdInstitutions {
  chain(id: "nev") {
    segments { name rdInstitutions { name type region { name } } technologies { name } }
  }
  chainGapReport(chainId: "nev", scope: { regionCode: "410300" }) {
    gaps { segment { name rdInstitutions { name region { name parent { name } } } } }
  }
}
`,
  },
  {
    query: `# Search names across enterprises, parks, chains, segments and products.
query Search {
  search(text: "轴承", first: 10) { kind id name score }
}
`,
  },
];
