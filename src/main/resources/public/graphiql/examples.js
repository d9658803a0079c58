// Ready-to-run example operations shown as tabs in GraphiQL, against the demo data.
window.LIANTU_EXAMPLES = [
  {
    query: `# LianTu 链图: industry chains of 洛阳市 (410300).
# Press the ▶ button to run. Open the Docs pane (top left) to browse the API.
query ChainsOfLuoyang {
  chains(first: 10) {
    totalCount
    edges {
      node {
        id
        name
        category
        rootSegments { name position children { name keyLink } }
      }
    }
  }
}
`,
  },
  {
    query: `# The biggest 专精特新 firms of 洛阳市, with their park and segments.
query SpecialisedFirms {
  enterprises(first: 10, filter: { regionCode: "410300", tags: [SPECIALIZED, LITTLE_GIANT] },
              orderBy: [{ field: REVENUE, direction: DESC }]) {
    totalCount
    edges { node { name revenue tags park { name } segments { name chain { name } } } }
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
