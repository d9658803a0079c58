// The analyst's page: pick a scope and a chain, see the chain map; or the project funnel and the
// park scorecard. State lives in the URL (?city=&county=&park=&chain=&year=&view=) so a view can
// be bookmarked or sent to a colleague.

import { graphql, saveToken, savedToken } from './api.js';
import { drawChainMap } from './chainmap.js';
import { showSegment } from './detail.js';
import { GROUPING, STATUS, STATUS_ORDER, amount, el, percent } from './format.js';
import { LEDGER, SCORECARD, drawFunnel, ledgerTable, scorecardTable } from './ledger.js';

const START = `query MapStart($region: String!, $withRegion: Boolean!) {
  chains(first: 100) { edges { node { id name category } } }
  parks(first: 1) { edges { node { region { code level parent { code level } } } } }
  region(code: $region) @include(if: $withRegion) { code level name parent { code level } }
}`;

const CITIES = `query Cities($after: String) {
  regions(first: 100, after: $after, filter: { level: CITY }) {
    pageInfo { hasNextPage endCursor }
    edges { node { code name parent { name } } }
  }
}`;

const CITY = `query City($code: String!) {
  region(code: $code) { code name children { code name } parks { id name region { code } } }
}`;

const REPORT = `query ChainReport($chain: ID!, $scope: ScopeInput!, $year: Int) {
  chain(id: $chain) { id name flows { from { id } to { id } } }
  chainGapReport(chainId: $chain, scope: $scope, asOfYear: $year) {
    scope { kind id name }
    asOfYear completeness weightedCompleteness leafSegmentCount presentLeafSegmentCount localEnterpriseCount
    localSupplyRate localSupplyBasis supplyEdgeCount localSupplyEdgeCount
    strongCount potentialCount weakCount blankCount
    segments {
      segment { id name position level leaf keyLink keyLinkType parent { id } }
      status score scale linkage tech derived localEnterpriseCount nationalEnterpriseCount localRevenue
      enterprises(first: 10) { totalCount edges { node { name revenue tags park { name } region { name } } } }
      projects { role project { id name stage amount investor { name } park { name } } }
    }
    extensionCandidates { segment { id } feeds { name } fedBy { name } }
    externalDependencies { segment { id } kinds localBuyerCount }
  }
}`;

const $ = id => document.getElementById(id);
const params = new URLSearchParams(location.search);
const state = {
  view: params.get('view') === 'ledger' ? 'ledger' : 'map',
  city: params.get('city') || '',
  county: params.get('county') || '',
  park: params.get('park') || '',
  chain: params.get('chain') || '',
  year: Number(params.get('year')) || new Date().getFullYear(),
  segment: params.get('segment') || '',
  groupBy: GROUPING[params.get('groupBy')] ? params.get('groupBy') : 'PARK',
  chainOnly: params.get('chainOnly') === '1',
  signedFrom: params.get('signedFrom') || '',
  signedTo: params.get('signedTo') || '',
  ledgerRow: 'TOTAL',
  sort: { key: 'rank', direction: 'asc' },
  report: null,
};
let cityParks = [];

// ---- loading and error states -------------------------------------------------------------

let pending = 0;
const errors = new Map();

/** Tracks a request: the status bar says 加载中 while any runs and shows the latest failures. */
function request(promise, area = 'data') {
  pending++;
  errors.delete(area);
  renderStatus();
  return promise.then(value => {
    pending--;
    renderStatus();
    return value;
  }, error => {
    pending--;
    errors.set(area, error);
    renderStatus();
    throw error;
  });
}

function renderStatus() {
  const bar = $('status');
  bar.replaceChildren();
  document.body.dataset.loading = pending > 0 ? 'true' : 'false';
  if (pending > 0) {
    bar.append(el('span', { class: 'loading' }, '加载中…'));
  }
  for (const error of errors.values()) {
    bar.append(el('span', { class: 'error', role: 'alert' },
      `出错了：${error.message}${error.code ? `（${error.code}）` : ''}`));
  }
  bar.hidden = bar.childElementCount === 0;
}

/** Reports a failure in the area it belongs to, as well as in the status bar. */
function failIn(container, error) {
  const tag = container.tagName === 'TABLE' ? 'caption' : 'p';
  container.replaceChildren(el(tag, { class: 'error' }, `无法加载：${error.message}`));
  container.dataset.state = 'error';
}

// ---- scope and chain pickers ---------------------------------------------------------------

function scope() {
  if (state.park) {
    return { parkId: state.park };
  }
  return { regionCode: state.county || state.city };
}

function scopeRegion() {
  return state.county || state.city;
}

function writeUrl() {
  const next = new URLSearchParams();
  for (const key of ['view', 'city', 'county', 'park', 'chain', 'year', 'segment', 'groupBy', 'signedFrom', 'signedTo']) {
    if (state[key]) {
      next.set(key, state[key]);
    }
  }
  if (state.chainOnly) {
    next.set('chainOnly', '1');
  }
  history.replaceState(null, '', `${location.pathname}?${next}`);
}

async function loadCities() {
  const cities = [];
  let after = null;
  do {
    const data = await request(graphql(CITIES, { after }));
    cities.push(...data.regions.edges.map(e => e.node));
    after = data.regions.pageInfo.hasNextPage ? data.regions.pageInfo.endCursor : null;
  } while (after && cities.length < 2000);
  return cities;
}

function fillSelect(select, options, value) {
  select.replaceChildren(...options.map(([code, label]) => el('option', { value: code }, label)));
  select.value = options.some(([code]) => code === value) ? value : (options[0] ? options[0][0] : '');
  return select.value;
}

async function loadCity() {
  const data = await request(graphql(CITY, { code: state.city }), 'city');
  if (!data.region) {
    throw new Error(`未知的行政区 ${state.city}`);
  }
  state.county = fillSelect($('county'), [['', '全市'], ...data.region.children.map(c => [c.code, c.name])], state.county);
  cityParks = data.region.parks;
  fillParks();
}

function fillParks() {
  const parks = cityParks.filter(p => !state.county || p.region.code === state.county);
  state.park = fillSelect($('park'), [['', '不限园区'], ...parks.map(p => [p.id, p.name])], state.park);
}

async function start() {
  $('year').value = state.year;
  $('token').value = savedToken() ? '••••••••' : '';
  showView();
  let startData;
  let cities;
  try {
    [startData, cities] = await Promise.all([
      request(graphql(START, { region: state.city || '', withRegion: Boolean(state.city) }), 'start'),
      loadCities(),
    ]);
  } catch (error) {
    failIn($('summary'), error);
    return;
  }
  const chains = startData.chains.edges.map(e => e.node);
  state.chain = fillSelect($('chain'), chains.map(c => [c.id, c.name]), state.chain);
  placeRequestedRegion(startData);
  const cityOptions = cities.map(c => [c.code, c.parent ? `${c.parent.name} · ${c.name}` : c.name]);
  if (state.city && !cityOptions.some(([code]) => code === state.city)) {
    cityOptions.unshift([state.city, startData.region ? startData.region.name : state.city]);
  }
  state.city = fillSelect($('city'), cityOptions, state.city);
  try {
    await loadCity();
  } catch (error) {
    failIn($('summary'), error);
    return;
  }
  refresh();
}

/** A county in ?city= moves to the county picker under its city; no city: the first park's city. */
function placeRequestedRegion(startData) {
  const region = startData.region;
  if (state.city && region && region.level === 'COUNTY' && region.parent) {
    state.county = region.code;
    state.city = region.parent.code;
  }
  if (!state.city) {
    const park = startData.parks.edges[0];
    const parkRegion = park ? park.node.region : null;
    if (parkRegion) {
      state.city = parkRegion.level === 'COUNTY' && parkRegion.parent ? parkRegion.parent.code : parkRegion.code;
    }
  }
}

// ---- views ---------------------------------------------------------------------------------

function showView() {
  for (const view of ['map', 'ledger']) {
    $(`view-${view}`).hidden = state.view !== view;
    $(`tab-${view}`).classList.toggle('active', state.view === view);
    $(`tab-${view}`).setAttribute('aria-selected', String(state.view === view));
  }
}

function refresh() {
  writeUrl();
  if (state.view === 'map') {
    loadReport();
  } else {
    loadLedger();
    loadScorecard();
  }
}

let reportSequence = 0;

async function loadReport() {
  const sequence = ++reportSequence;
  const summary = $('summary');
  summary.dataset.state = 'loading';
  $('chain-map').dataset.state = 'loading';
  let data;
  try {
    data = await request(graphql(REPORT, { chain: state.chain, scope: scope(), year: state.year }), 'report');
  } catch (error) {
    if (sequence === reportSequence) {
      failIn(summary, error);
      $('chain-map').replaceChildren();
      $('chain-map').dataset.state = 'error';
      $('detail').replaceChildren(el('p', { class: 'hint' }, '报告未能加载'));
    }
    return;
  }
  if (sequence !== reportSequence) {
    return;
  }
  state.report = { ...data.chainGapReport, chain: data.chain, flows: data.chain.flows };
  renderSummary(state.report);
  drawMap();
  if (state.segment && state.report.segments.some(a => a.segment.id === state.segment)) {
    selectSegment(state.segment);
  } else {
    state.segment = '';
    writeUrl();
    $('detail').replaceChildren(el('p', { class: 'hint' }, '点击图中的环节，查看本地企业、招商目标和服务项目。'));
    delete $('detail').dataset.segmentId;
  }
}

function drawMap() {
  const report = state.report;
  drawChainMap($('chain-map'), report, report.flows, state.segment, selectSegment);
  $('chain-map').dataset.state = 'ready';
}

function selectSegment(id) {
  state.segment = id;
  writeUrl();
  drawMap();
  const assessment = state.report.segments.find(a => a.segment.id === id);
  showSegment($('detail'), {
    report: state.report, assessment, chainId: state.chain, scope: scope(), year: state.year,
  }, promise => request(promise, 'targets'));
}

function renderSummary(report) {
  const summary = $('summary');
  const metric = (key, label, value, detail) => el('div', { class: 'metric', dataset: { metric: key } },
    el('span', { class: 'metric-label' }, label), el('span', { class: 'metric-value' }, value),
    detail ? el('span', { class: 'metric-detail' }, detail) : null);
  const basis = report.localSupplyBasis === 'VALUE' ? '按金额' : '按笔数';
  summary.replaceChildren(
    el('h1', {}, `${report.chain.name} · ${report.scope.name}`,
      el('small', {}, ` 截至 ${report.asOfYear} 年末`)),
    el('div', { class: 'metrics' },
      metric('completeness', '产业链完整度', percent(report.completeness),
        `${report.presentLeafSegmentCount}/${report.leafSegmentCount} 末级环节`),
      metric('weightedCompleteness', '加权完整度', percent(report.weightedCompleteness)),
      metric('localSupplyRate', '本地配套率', percent(report.localSupplyRate),
        report.localSupplyRate === null ? '无采购数据' : `${basis} · ${report.localSupplyEdgeCount}/${report.supplyEdgeCount} 笔`),
      metric('localEnterpriseCount', '本地链上企业', `${amount(report.localEnterpriseCount)} 家`),
      el('div', { class: 'metric counts', dataset: { metric: 'statusCounts' } },
        el('span', { class: 'metric-label' }, '末级环节状态'),
        el('span', { class: 'status-counts' }, STATUS_ORDER.map(status => el('span', {
          class: 'count', dataset: { status, count: String(report[`${status.toLowerCase()}Count`]) },
        }, el('i', { class: 'swatch', style: `background:${STATUS[status].color}` }),
        `${STATUS[status].label} ${report[`${status.toLowerCase()}Count`]}`))))));
  summary.dataset.state = 'ready';
}

let ledgerSequence = 0;

async function loadLedger() {
  const sequence = ++ledgerSequence;
  const pane = $('ledger-pane');
  pane.dataset.state = 'loading';
  let data;
  try {
    data = await request(graphql(LEDGER, {
      scope: scope(), chain: state.chainOnly ? state.chain : null, groupBy: state.groupBy,
      from: state.signedFrom || null, to: state.signedTo || null,
    }), 'ledger');
  } catch (error) {
    if (sequence === ledgerSequence) {
      failIn($('ledger-table'), error);
      $('funnel').replaceChildren();
      pane.dataset.state = 'error';
    }
    return;
  }
  if (sequence !== ledgerSequence) {
    return;
  }
  const ledger = data.projectLedger;
  const choose = row => {
    state.ledgerRow = row.key;
    const title = row.key === 'TOTAL' ? '合计' : row.label;
    $('funnel-title').textContent = `项目漏斗：${title}`;
    drawFunnel($('funnel'), row, title);
    $('funnel-facts').textContent = `签约金额 ${amount(row.contractedAmount)} 万元 · 到位资金 ${amount(row.fundsInPlace)} 万元 · 资金到位率 ${percent(row.fundsInPlaceRate)}`;
    ledgerTable($('ledger-table'), ledger, GROUPING[state.groupBy], row.key, choose);
  };
  const chosen = ledger.groups.find(g => g.key === state.ledgerRow) || ledger.total;
  choose(chosen);
  pane.dataset.state = 'ready';
}

let scorecardSequence = 0;

async function loadScorecard() {
  const sequence = ++scorecardSequence;
  const pane = $('scorecard-pane');
  pane.dataset.state = 'loading';
  $('scorecard-title').textContent = `园区评价：${$('county').value ? $('county').selectedOptions[0].text : $('city').selectedOptions[0].text}（${state.year} 年，按亩均税收）`;
  let data;
  try {
    data = await request(graphql(SCORECARD, { region: scopeRegion(), year: state.year }), 'scorecard');
  } catch (error) {
    if (sequence === scorecardSequence) {
      failIn($('scorecard'), error);
      pane.dataset.state = 'error';
    }
    return;
  }
  if (sequence !== scorecardSequence) {
    return;
  }
  const render = () => scorecardTable($('scorecard'), data.parkScorecard, state.sort, state.park, sort => {
    state.sort = sort;
    render();
  });
  render();
  pane.dataset.state = 'ready';
}

// ---- wiring --------------------------------------------------------------------------------

function wire() {
  $('tab-map').addEventListener('click', () => { state.view = 'map'; showView(); refresh(); });
  $('tab-ledger').addEventListener('click', () => { state.view = 'ledger'; showView(); refresh(); });
  $('city').addEventListener('change', async () => {
    state.city = $('city').value;
    state.county = '';
    state.park = '';
    try {
      await loadCity();
      refresh();
    } catch (error) {
      failIn($('summary'), error);
    }
  });
  $('county').addEventListener('change', () => {
    state.county = $('county').value;
    state.park = '';
    fillParks();
    refresh();
  });
  $('park').addEventListener('change', () => { state.park = $('park').value; refresh(); });
  $('chain').addEventListener('change', () => { state.chain = $('chain').value; state.segment = ''; refresh(); });
  $('year').addEventListener('change', () => {
    const year = Number($('year').value);
    if (year >= 1949 && year <= 2100) {
      state.year = year;
      refresh();
    }
  });
  $('group-by').value = state.groupBy;
  $('group-by').addEventListener('change', () => { state.groupBy = $('group-by').value; state.ledgerRow = 'TOTAL'; refresh(); });
  $('chain-only').checked = state.chainOnly;
  $('chain-only').addEventListener('change', () => { state.chainOnly = $('chain-only').checked; refresh(); });
  $('signed-from').value = state.signedFrom;
  $('signed-to').value = state.signedTo;
  for (const [id, key] of [['signed-from', 'signedFrom'], ['signed-to', 'signedTo']]) {
    $(id).addEventListener('change', () => { state[key] = $(id).value; refresh(); });
  }
  $('token-form').addEventListener('submit', event => {
    event.preventDefault();
    const token = saveToken($('token').value === '••••••••' ? savedToken() : $('token').value);
    $('token').value = token ? '••••••••' : '';
    $('token-state').textContent = token ? '已保存' : '未设置';
    refresh();
  });
  $('token-clear').addEventListener('click', () => {
    saveToken('');
    $('token').value = '';
    $('token-state').textContent = '未设置';
    refresh();
  });
  $('token-state').textContent = savedToken() ? '已保存' : '未设置';
  $('reload').addEventListener('click', refresh);
}

wire();
start();
