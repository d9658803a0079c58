// Chinese labels of the API's enums, number formats, and a small DOM helper.

export const STATUS = {
  STRONG: { label: '优势', color: '#1a7f37', text: '#ffffff' },
  POTENTIAL: { label: '潜力', color: '#2f6fd0', text: '#ffffff' },
  WEAK: { label: '薄弱', color: '#e8a317', text: '#1f2328' },
  BLANK: { label: '空白', color: '#d5d9de', text: '#1f2328' },
};
export const STATUS_ORDER = ['STRONG', 'POTENTIAL', 'WEAK', 'BLANK'];

export const POSITION = { UPSTREAM: '上游', MIDSTREAM: '中游', DOWNSTREAM: '下游' };
export const POSITION_ORDER = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'];

export const KEY_LINK_TYPE = {
  CORE_COMPONENT: '核心基础零部件',
  KEY_MATERIAL: '关键基础材料',
  ADVANCED_PROCESS: '先进基础工艺',
  TECH_FOUNDATION: '产业技术基础',
  INDUSTRIAL_SOFTWARE: '工业基础软件',
};

export const STAGE = {
  RESERVE: '储备', NEGOTIATING: '在谈', SIGNED: '签约', STARTED: '开工',
  PRODUCING: '投产', EFFECTIVE: '达效', TERMINATED: '终止',
};

export const ROLE = { EXTEND: '延链', FILL: '补链', STRENGTHEN: '强链' };

export const TAG = {
  SPECIALIZED: '专精特新', LITTLE_GIANT: '小巨人', SINGLE_CHAMPION: '单项冠军', HIDDEN_CHAMPION: '隐形冠军',
  GAZELLE: '瞪羚', UNICORN: '独角兽', HIGH_TECH: '高新技术',
};

export const RANKING = { FORTUNE_GLOBAL_500: '世界500强', CHINA_500: '中国500强', INDUSTRY_TOP_50: '行业50强' };

export const FACTOR = {
  STRENGTH: '环节实力', TAGS: '企业标签', RANKING: '榜单', CHAIN_LEADER: '链主', SUPPLY_TIES: '以商招商',
};

export const DEPENDENCY = { OUTSIDE_ONLY: '全部外部供应', SINGLE_SUPPLIER: '单一供应商' };

export const PARK_LEVEL = { NATIONAL: '国家级', PROVINCIAL: '省级', OTHER: '其他' };
export const PARK_TYPE = {
  HIGH_TECH: '高新区', ECONOMIC_DEVELOPMENT: '经开区', BONDED: '综保区', INDUSTRIAL_CLUSTER: '产业集聚区',
  SPECIALIZED: '专业园区', OTHER: '其他',
};

export const GROUPING = { PARK: '园区', CHAIN: '产业链', REGION: '区县', RESPONSIBLE: '分包领导' };

/** 0.1892 → "18.9%"; null → "—". */
export function percent(value) {
  return value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`;
}

/** 12345.6 → "12,346"; null → "—". */
export function amount(value, digits = 0) {
  if (value === null || value === undefined) {
    return '—';
  }
  return value.toLocaleString('zh-CN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A score with one decimal, or "—". */
export function score(value) {
  return value === null || value === undefined ? '—' : value.toFixed(1);
}

/** el('div', { class: 'x', dataset: { id: 1 } }, 'text', child): an element; null children are skipped. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The same for SVG elements. */
export function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG_NS, tag);
  setAttributes(element, attributes);
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

function setAttributes(element, attributes) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
}
