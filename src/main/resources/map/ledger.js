// The second view: the project ledger (三个一批) as a funnel with a row per park or chain, and the
// park scorecard as a sortable table.

import { PARK_LEVEL, PARK_TYPE, amount, el, percent, svg } from './format.js';

export const LEDGER = `query Ledger($scope: ScopeInput, $chain: ID, $from: Date, $to: Date, $groupBy: LedgerGrouping!) {
  projectLedger(scope: $scope, chainId: $chain, signedFrom: $from, signedTo: $to, groupBy: $groupBy) {
    groups { ...row }
    total { ...row }
  }
}
fragment row on LedgerRow {
  key label signedCount startedCount producingCount effectiveCount contractedAmount fundsInPlace
  startRate productionRate effectiveRate fundsInPlaceRate
}`;

export const SCORECARD = `query Scorecard($region: String!, $year: Int) {
  parkScorecard(regionCode: $region, year: $year) {
    rank parkClass taxPerMu targetTaxPerMu targetMet leadingChainShare oneLeadingIndustry
    enterpriseCount totalTax totalLandMu totalRevenue
    park { id name level type }
  }
}`;

const STAGES = [
  { key: 'signed', label: '签约', count: 'signedCount', rate: null },
  { key: 'started', label: '开工', count: 'startedCount', rate: 'startRate', rateLabel: '开工率' },
  { key: 'producing', label: '投产', count: 'producingCount', rate: 'productionRate', rateLabel: '投产率' },
  { key: 'effective', label: '达效', count: 'effectiveCount', rate: 'effectiveRate', rateLabel: '达效率' },
];
const STAGE_COLORS = ['#2f6fd0', '#3d8bd9', '#4fa3a5', '#1a7f37'];

/** Draws one ledger row as a funnel: a bar per stage, width by count, conversion rates between. */
export function drawFunnel(target, row, title) {
  target.replaceChildren();
  const width = 460;
  const barHeight = 46;
  const gap = 30;
  const height = STAGES.length * barHeight + (STAGES.length - 1) * gap + 20;
  target.setAttribute('viewBox', `0 0 ${width} ${height}`);
  target.dataset.key = row.key;
  target.setAttribute('aria-label', `${title}：签约 ${row.signedCount}，开工 ${row.startedCount}，投产 ${row.producingCount}，达效 ${row.effectiveCount}`);
  const max = Math.max(row.signedCount, 1);
  STAGES.forEach((stage, index) => {
    const count = row[stage.count];
    const barWidth = Math.max(4, (width - 160) * count / max);
    const y = 10 + index * (barHeight + gap);
    const x = (width - barWidth) / 2;
    const group = svg('g', { class: 'stage', dataset: { stage: stage.key, count: String(count) } },
      svg('rect', { x, y, width: barWidth, height: barHeight, rx: 4, fill: STAGE_COLORS[index] }),
      svg('text', { class: 'stage-label', x: 8, y: y + barHeight / 2 + 5 }, stage.label),
      svg('text', { class: 'stage-count', x: width - 8, y: y + barHeight / 2 + 6, 'text-anchor': 'end' }, `${count} 个`));
    target.append(group);
    if (stage.rate) {
      target.append(svg('text', {
        class: 'stage-rate', x: width / 2, y: y - 9, 'text-anchor': 'middle', dataset: { rate: stage.rate },
      }, `↓ ${stage.rateLabel} ${percent(row[stage.rate])}`));
    }
  });
}

/** The ledger's rows as a table; choosing a row calls onChoose(row). */
export function ledgerTable(table, ledger, grouping, chosenKey, onChoose) {
  table.replaceChildren();
  table.append(el('thead', {}, el('tr', {},
    ['分组（' + grouping + '）', '签约', '开工', '投产', '达效', '开工率', '投产率', '达效率', '签约金额（万元）',
      '到位资金（万元）', '资金到位率'].map((h, i) => el('th', { class: i === 0 ? '' : 'num' }, h)))));
  const body = el('tbody');
  for (const row of [...ledger.groups, ledger.total]) {
    const isTotal = row === ledger.total;
    const tr = el('tr', {
      class: `${isTotal ? 'total' : ''} ${row.key === chosenKey ? 'chosen' : ''}`.trim(),
      tabindex: 0, dataset: { key: row.key },
      onclick: () => onChoose(row),
      onkeydown: event => { if (event.key === 'Enter') { onChoose(row); } },
    },
    el('td', {}, isTotal ? '合计' : row.label),
    ...[row.signedCount, row.startedCount, row.producingCount, row.effectiveCount].map(n => el('td', { class: 'num' }, n)),
    ...[row.startRate, row.productionRate, row.effectiveRate].map(r => el('td', { class: 'num' }, percent(r))),
    el('td', { class: 'num' }, amount(row.contractedAmount)),
    el('td', { class: 'num' }, amount(row.fundsInPlace)),
    el('td', { class: 'num' }, percent(row.fundsInPlaceRate)));
    body.append(tr);
  }
  table.append(body);
}

const SCORE_COLUMNS = [
  { key: 'rank', label: '排名', value: s => s.rank, text: s => s.rank ?? '—', num: true },
  { key: 'name', label: '园区', value: s => s.park.name, text: s => s.park.name },
  { key: 'level', label: '级别', value: s => PARK_LEVEL[s.park.level], text: s => PARK_LEVEL[s.park.level] },
  { key: 'type', label: '类型', value: s => PARK_TYPE[s.park.type], text: s => PARK_TYPE[s.park.type] },
  { key: 'class', label: '等级', value: s => s.parkClass, text: s => s.parkClass ? `${s.parkClass} 类` : '—' },
  { key: 'taxPerMu', label: '亩均税收（万元/亩）', value: s => s.taxPerMu, text: s => amount(s.taxPerMu, 2), num: true },
  { key: 'target', label: '目标', value: s => s.targetTaxPerMu, text: s => amount(s.targetTaxPerMu, 1), num: true },
  { key: 'targetMet', label: '达标', value: s => s.targetMet, text: s => yesNo(s.targetMet) },
  { key: 'share', label: '产业集聚率', value: s => s.leadingChainShare, text: s => percent(s.leadingChainShare), num: true },
  { key: 'oneLeading', label: '一园一主业', value: s => s.oneLeadingIndustry, text: s => yesNo(s.oneLeadingIndustry) },
  { key: 'enterprises', label: '企业数', value: s => s.enterpriseCount, text: s => s.enterpriseCount, num: true },
  { key: 'tax', label: '税收（万元）', value: s => s.totalTax, text: s => amount(s.totalTax), num: true },
  { key: 'land', label: '用地（亩）', value: s => s.totalLandMu, text: s => amount(s.totalLandMu), num: true },
  { key: 'revenue', label: '营收（万元）', value: s => s.totalRevenue, text: s => amount(s.totalRevenue), num: true },
];

/**
 * The scorecard as a table sorted by sort = { key, direction }; clicking a header sorts by it
 * (numbers start high-to-low, text and rank low-to-high; again reverses). Empty values go last.
 */
export function scorecardTable(table, scores, sort, highlightParkId, onSort) {
  table.replaceChildren();
  const column = SCORE_COLUMNS.find(c => c.key === sort.key) || SCORE_COLUMNS[0];
  const rows = [...scores].sort((a, b) => compare(column.value(a), column.value(b), sort.direction));
  table.append(el('thead', {}, el('tr', {}, SCORE_COLUMNS.map(c => {
    const sorted = c.key === column.key;
    const arrow = sorted ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : '';
    return el('th', {
      class: c.num ? 'num sortable' : 'sortable', dataset: { key: c.key },
      'aria-sort': sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none',
    }, el('button', { type: 'button', onclick: () => onSort(nextSort(sort, c)) }, c.label + arrow));
  }))));
  table.append(el('tbody', {}, rows.map(score => el('tr', {
    class: score.park.id === highlightParkId ? 'chosen' : null, dataset: { parkId: score.park.id },
  }, SCORE_COLUMNS.map(c => el('td', { class: c.num ? 'num' : null, dataset: { key: c.key } }, c.text(score)))))));
  if (scores.length === 0) {
    table.append(el('caption', {}, '该区域没有园区'));
  }
}

function nextSort(sort, column) {
  if (sort.key === column.key) {
    return { key: column.key, direction: sort.direction === 'asc' ? 'desc' : 'asc' };
  }
  const ascending = !column.num || column.key === 'rank';
  return { key: column.key, direction: ascending ? 'asc' : 'desc' };
}

function compare(a, b, direction) {
  const aMissing = a === null || a === undefined;
  const bMissing = b === null || b === undefined;
  if (aMissing || bMissing) {
    return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  }
  const order = typeof a === 'string' ? a.localeCompare(b, 'zh-CN') : Number(a) - Number(b);
  return direction === 'asc' ? order : -order;
}

function yesNo(value) {
  return value === null || value === undefined ? '—' : value ? '是' : '否';
}
