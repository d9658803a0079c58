// The panel beside the map: what one segment has locally, who could fill it, which projects serve it.

import { graphql } from './api.js';
import {
  DEPENDENCY, FACTOR, KEY_LINK_TYPE, POSITION, RANKING, ROLE, STAGE, STATUS, TAG, amount, el, score,
} from './format.js';

const TARGETS = `query SegmentTargets($chain: ID!, $scope: ScopeInput!, $segments: [ID!], $year: Int) {
  investmentTargets(chainId: $chain, scope: $scope, segmentIds: $segments, first: 5, asOfYear: $year) {
    score
    segment { id name }
    enterprise { name tags rankings { list year rank } region { name parent { name } } }
    reasons { factor points detail }
  }
}`;

/** Shows the segment's facts at once and its investment targets when they arrive. */
export function showSegment(panel, context, request) {
  const { report, assessment } = context;
  const segment = assessment.segment;
  panel.replaceChildren();
  panel.dataset.segmentId = segment.id;
  delete panel.dataset.targets;

  panel.append(heading(assessment));
  panel.append(scoreBlock(assessment));
  panel.append(...notes(report, segment.id));
  panel.append(enterprisesBlock(assessment));
  const targets = el('section', { class: 'targets', 'aria-busy': 'true' },
    el('h3', {}, '招商目标（前 5 名）'), el('p', { class: 'loading' }, '正在计算招商目标…'));
  panel.append(targets);
  panel.append(projectsBlock(assessment));

  const leaves = leafIds(report.segments, segment.id);
  request(graphql(TARGETS, {
    chain: context.chainId, scope: context.scope, segments: leaves, year: context.year,
  })).then(data => {
    if (panel.dataset.segmentId !== segment.id) {
      return; // another segment was chosen meanwhile
    }
    targets.replaceChildren(el('h3', {}, '招商目标（前 5 名）'), targetList(data.investmentTargets));
    targets.removeAttribute('aria-busy');
    panel.dataset.targets = String(data.investmentTargets.length);
  }).catch(error => {
    if (panel.dataset.segmentId === segment.id) {
      targets.replaceChildren(el('h3', {}, '招商目标'), el('p', { class: 'error' }, `无法加载招商目标：${error.message}`));
      targets.removeAttribute('aria-busy');
      panel.dataset.targets = 'error';
    }
  });
}

function heading(assessment) {
  const segment = assessment.segment;
  const status = STATUS[assessment.status];
  return el('header', { class: 'detail-head' },
    el('h2', {}, segment.name),
    el('div', { class: 'chips' },
      el('span', { class: 'chip status-chip', style: `background:${status.color};color:${status.text}` }, status.label),
      el('span', { class: 'chip' }, `${POSITION[segment.position]} · ${segment.level} 级环节`),
      segment.keyLink ? el('span', { class: 'chip key' }, `★ 关键环节${segment.keyLinkType ? '：' + KEY_LINK_TYPE[segment.keyLinkType] : ''}`) : null));
}

function scoreBlock(assessment) {
  if (assessment.status === 'BLANK') {
    return el('p', { class: 'score-line' },
      `空白环节：本地没有企业；全国有 ${assessment.nationalEnterpriseCount} 家企业在此环节。`);
  }
  return el('dl', { class: 'score-grid' },
    el('dt', {}, '综合得分'), el('dd', { class: 'big' }, score(assessment.score)),
    el('dt', {}, '规模'), el('dd', {}, score(assessment.scale)),
    el('dt', {}, '关联'), el('dd', {}, score(assessment.linkage)),
    el('dt', {}, '技术'), el('dd', {}, score(assessment.tech)),
    el('dt', {}, '本地企业'), el('dd', {}, `${assessment.localEnterpriseCount} 家（全国 ${assessment.nationalEnterpriseCount} 家）`),
    el('dt', {}, '本地营收'), el('dd', {}, `${amount(assessment.localRevenue)} 万元`),
    assessment.derived ? el('dd', { class: 'note wide' }, '由下级环节推算') : null);
}

function notes(report, segmentId) {
  const result = [];
  const candidate = report.extensionCandidates.find(c => c.segment.id === segmentId);
  if (candidate) {
    const strong = [...candidate.feeds, ...candidate.fedBy].map(s => s.name).join('、');
    result.push(el('p', { class: 'note extend' }, `延链候选：紧邻本地优势环节 ${strong}`));
  }
  const dependency = report.externalDependencies.find(d => d.segment.id === segmentId);
  if (dependency) {
    result.push(el('p', { class: 'note risk' },
      `外部依赖（卡脖子风险）：${dependency.kinds.map(k => DEPENDENCY[k]).join('、')}，本地采购企业 ${dependency.localBuyerCount} 家`));
  }
  return result;
}

function enterprisesBlock(assessment) {
  const page = assessment.enterprises;
  const section = el('section', { class: 'enterprises' }, el('h3', {}, `本地企业（${page.totalCount} 家）`));
  if (page.totalCount === 0) {
    section.append(el('p', { class: 'empty' }, '本地暂无企业'));
    return section;
  }
  section.append(el('ol', { class: 'firm-list' }, page.edges.map(({ node }) => el('li', {},
    el('span', { class: 'firm-name' }, node.name),
    el('span', { class: 'firm-facts' }, [
      node.revenue === null ? null : `营收 ${amount(node.revenue)} 万元`,
      node.park ? node.park.name : node.region.name,
      ...node.tags.map(tag => TAG[tag]),
    ].filter(Boolean).join(' · '))))));
  if (page.totalCount > page.edges.length) {
    section.append(el('p', { class: 'more' }, `另有 ${page.totalCount - page.edges.length} 家，按营收从高到低列出前 ${page.edges.length} 家`));
  }
  return section;
}

function targetList(targets) {
  if (targets.length === 0) {
    return el('p', { class: 'empty' }, '范围外没有在此环节经营的企业');
  }
  return el('ol', { class: 'target-list' }, targets.map(target => {
    const where = target.enterprise.region.parent
      ? `${target.enterprise.region.parent.name} ${target.enterprise.region.name}` : target.enterprise.region.name;
    const honours = [...target.enterprise.rankings.map(r => `${RANKING[r.list]}${r.rank ? ' #' + r.rank : ''}`),
      ...target.enterprise.tags.map(tag => TAG[tag])];
    return el('li', { dataset: { score: target.score.toFixed(1) } },
      el('div', { class: 'target-head' },
        el('span', { class: 'firm-name' }, target.enterprise.name),
        el('span', { class: 'target-score' }, `${target.score.toFixed(1)} 分`)),
      el('div', { class: 'firm-facts' }, [where, target.segment.name, ...new Set(honours)].join(' · ')),
      el('ul', { class: 'reasons' }, target.reasons.map(reason =>
        el('li', { title: reason.detail }, el('b', {}, `${FACTOR[reason.factor]} +${reason.points.toFixed(1)}`), ' ',
          el('span', { class: 'evidence' }, evidence(reason.detail))))));
  }));
}

// The API states its evidence in fixed English sentences (TargetScoring); shown here in Chinese,
// or as given when a sentence has another form.
const EVIDENCE = [
  [/^revenue ([\d.]+) 万元 in (.+): ([\d.]+)% of the segment's revenue, ([\d.]+)% of its biggest firm$/,
    m => `营收 ${amount(Number(m[1]), m[1].includes('.') ? 1 : 0)} 万元，占${m[2]}环节营收 ${m[3]}%，为环节龙头的 ${m[4]}%`],
  [/^tags ([A-Z_, ]+)$/, m => `标签：${m[1].split(', ').map(tag => TAG[tag] || tag).join('、')}`],
  [/^([A-Z_0-9]+) (\d{4})(?: #(\d+))?$/,
    m => `${RANKING[m[1]] || m[1]}（${m[2]}）${m[3] ? `第 ${m[3]} 名` : ''}`],
  [/^chain leader \(链主\) in (.+)$/, m => `在 ${m[1]} 为链主企业`],
  [/^supplies (\d+) and buys from (\d+) enterprises in the scope/,
    m => `向本地 ${m[1]} 家企业供货，从本地 ${m[2]} 家企业采购`],
];

function evidence(detail) {
  for (const [pattern, say] of EVIDENCE) {
    const match = pattern.exec(detail);
    if (match) {
      return say(match);
    }
  }
  return detail;
}

function projectsBlock(assessment) {
  const section = el('section', { class: 'projects' }, el('h3', {}, `服务项目（${assessment.projects.length} 个）`));
  if (assessment.projects.length === 0) {
    section.append(el('p', { class: 'empty' }, '暂无项目服务此环节'));
    return section;
  }
  section.append(el('ul', { class: 'project-list' }, assessment.projects.map(({ role, project }) =>
    el('li', { dataset: { projectId: project.id } },
      el('span', { class: 'chip' }, ROLE[role]),
      el('span', { class: 'firm-name' }, project.name),
      el('span', { class: 'firm-facts' }, [
        STAGE[project.stage],
        project.amount === null ? null : `${amount(project.amount)} 万元`,
        project.investor ? project.investor.name : null,
        project.park ? project.park.name : null,
      ].filter(Boolean).join(' · '))))));
  return section;
}

/** The leaf segments at or below a segment: the segments investment targets are sought for. */
function leafIds(assessments, segmentId) {
  const children = new Map();
  for (const a of assessments) {
    const parentId = a.segment.parent ? a.segment.parent.id : null;
    if (!children.has(parentId)) {
      children.set(parentId, []);
    }
    children.get(parentId).push(a.segment.id);
  }
  const leaves = [];
  const walk = id => {
    const below = children.get(id);
    if (!below) {
      leaves.push(id);
    } else {
      below.forEach(walk);
    }
  };
  walk(segmentId);
  return leaves;
}
