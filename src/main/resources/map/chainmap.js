// The chain map: one column per top-level segment, upstream on the left, downstream on the right;
// the segment tree inside each column; boxes coloured by status; supply flows as arrows between.

import { POSITION_ORDER, STATUS, svg, score } from './format.js';

const COLUMN_WIDTH = 240;
const COLUMN_GAP = 130;
const MARGIN = 12;
const LEFT_MARGIN = 44; // room for the arcs of flows within the first column
const ROOT_HEIGHT = 48;
const GROUP_HEIGHT = 34;
const LEAF_HEIGHT = 46;
const ROW_GAP = 8;
const INDENT = 16;

/**
 * Draws the chain of a report into the SVG element. report.segments holds every segment with
 * segment { id name position level leaf keyLink parent { id } } and its status; flows are
 * { from { id } to { id } }. onSelect(id) is called when a segment is chosen.
 */
export function drawChainMap(target, report, flows, selectedId, onSelect) {
  target.replaceChildren();
  const layout = layOut(report.segments, flows);
  target.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
  target.dataset.segments = String(layout.boxes.size);

  target.append(svg('defs', {},
    marker('arrow', '#6b7480'), marker('arrow-active', '#1f2328'), marker('arrow-broken', '#c0392b')));
  const flowLayer = svg('g', { class: 'flows' });
  const boxLayer = svg('g', { class: 'segments' });
  target.append(flowLayer, boxLayer);

  const statusOf = new Map(report.segments.map(a => [a.segment.id, a.status]));
  for (const flow of flows) {
    const from = layout.boxes.get(flow.from.id);
    const to = layout.boxes.get(flow.to.id);
    if (from && to) {
      flowLayer.append(flowPath(flow, from, to, statusOf, selectedId));
    }
  }
  for (const box of layout.boxes.values()) {
    boxLayer.append(segmentBox(box, box.assessment.segment.id === selectedId, onSelect));
  }
}

/**
 * Positions every segment: columns of top-level segments by position, trees inside; siblings
 * ordered so that a segment supplying another in the same column stands above it.
 */
function layOut(assessments, flows) {
  const depth = flowDepths(flows);
  const byParent = new Map();
  const ordered = assessments.map((assessment, index) => ({ assessment, index }))
    .sort((a, b) => (depth.get(a.assessment.segment.id) || 0) - (depth.get(b.assessment.segment.id) || 0)
      || a.index - b.index)
    .map(entry => entry.assessment);
  for (const assessment of ordered) {
    const parentId = assessment.segment.parent ? assessment.segment.parent.id : null;
    if (!byParent.has(parentId)) {
      byParent.set(parentId, []);
    }
    byParent.get(parentId).push(assessment);
  }
  const roots = [...(byParent.get(null) || [])].sort((a, b) =>
    POSITION_ORDER.indexOf(a.segment.position) - POSITION_ORDER.indexOf(b.segment.position));
  const boxes = new Map();
  let height = 0;
  roots.forEach((root, column) => {
    const x = LEFT_MARGIN + column * (COLUMN_WIDTH + COLUMN_GAP);
    boxes.set(root.segment.id, { assessment: root, x, y: MARGIN, width: COLUMN_WIDTH, height: ROOT_HEIGHT,
      kind: 'root', column });
    const bottom = placeChildren(root.segment.id, x, MARGIN + ROOT_HEIGHT + ROW_GAP, 0, column, byParent, boxes);
    height = Math.max(height, bottom);
  });
  const width = LEFT_MARGIN + MARGIN + roots.length * COLUMN_WIDTH + Math.max(0, roots.length - 1) * COLUMN_GAP;
  return { boxes, width, height: height + MARGIN };
}

function placeChildren(parentId, x, y, depth, column, byParent, boxes) {
  for (const child of byParent.get(parentId) || []) {
    const indent = depth * INDENT;
    const hasChildren = byParent.has(child.segment.id);
    const height = hasChildren ? GROUP_HEIGHT : LEAF_HEIGHT;
    boxes.set(child.segment.id, { assessment: child, x: x + indent, y, width: COLUMN_WIDTH - indent, height,
      kind: hasChildren ? 'group' : 'leaf', column });
    y += height + ROW_GAP;
    if (hasChildren) {
      y = placeChildren(child.segment.id, x, y, depth + 1, column, byParent, boxes);
    }
  }
  return y;
}

function segmentBox(box, selected, onSelect) {
  const { assessment } = box;
  const segment = assessment.segment;
  const status = STATUS[assessment.status];
  const label = `${segment.name}：${status.label}` + (assessment.score === null ? '' : `，得分 ${score(assessment.score)}`)
    + `，本地企业 ${assessment.localEnterpriseCount} 家`;
  const group = svg('g', {
    class: `segment ${box.kind}${selected ? ' selected' : ''}`,
    transform: `translate(${box.x},${box.y})`,
    tabindex: 0, role: 'button', 'aria-label': label, 'aria-pressed': selected ? 'true' : 'false',
    dataset: { segmentId: segment.id, status: assessment.status },
    onclick: () => onSelect(segment.id),
    onkeydown: event => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onSelect(segment.id);
      }
    },
  });
  group.append(svg('title', {}, label));
  group.append(svg('rect', {
    class: 'box', width: box.width, height: box.height, rx: 6, fill: status.color,
    'stroke-dasharray': assessment.status === 'BLANK' ? '5 3' : null,
  }));
  const name = (segment.keyLink ? '★ ' : '') + segment.name;
  const twoLines = box.kind !== 'group';
  const firstLine = twoLines ? 19 : box.height / 2 + 5;
  group.append(svg('text', { class: 'name', x: 10, y: firstLine, fill: status.text }, name));
  group.append(svg('text', { class: 'status', x: box.width - 10, y: firstLine, 'text-anchor': 'end', fill: status.text },
    status.label));
  if (twoLines) {
    const facts = assessment.status === 'BLANK'
      ? `本地 0 家 · 全国 ${assessment.nationalEnterpriseCount} 家`
      : `本地 ${assessment.localEnterpriseCount} 家 · 得分 ${score(assessment.score)}`;
    group.append(svg('text', { class: 'facts', x: 10, y: box.height - 10, fill: status.text }, facts));
  }
  return group;
}

function flowPath(flow, from, to, statusOf, selectedId) {
  const active = flow.from.id === selectedId || flow.to.id === selectedId;
  const broken = statusOf.get(flow.from.id) === 'BLANK' || statusOf.get(flow.to.id) === 'BLANK';
  const y1 = from.y + from.height / 2;
  const y2 = to.y + to.height / 2;
  let d;
  if (to.column > from.column) {
    const x1 = from.x + from.width;
    const x2 = to.x - 4;
    const bend = (x2 - x1) / 2;
    d = `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`;
  } else {
    // within a column (or backwards): an arc on the left-hand side of the column
    const x1 = from.x;
    const x2 = to.x - 4;
    const reach = Math.min(x1, x2) - 36;
    d = `M${x1},${y1} C${reach},${y1} ${reach},${y2} ${x2},${y2}`;
  }
  const kind = active ? 'active' : broken ? 'broken' : '';
  return svg('path', {
    class: `flow ${kind}`.trim(), d,
    'marker-end': `url(#${active ? 'arrow-active' : broken ? 'arrow-broken' : 'arrow'})`,
    dataset: { from: flow.from.id, to: flow.to.id },
  });
}

/** For each segment, the length of the longest chain of flows leading into it (0 for sources). */
function flowDepths(flows) {
  const suppliers = new Map();
  for (const flow of flows) {
    if (!suppliers.has(flow.to.id)) {
      suppliers.set(flow.to.id, []);
    }
    suppliers.get(flow.to.id).push(flow.from.id);
  }
  const depths = new Map();
  const visiting = new Set();
  const depthOf = id => {
    if (depths.has(id)) {
      return depths.get(id);
    }
    if (visiting.has(id)) {
      return 0; // a cycle: stop here
    }
    visiting.add(id);
    const value = Math.max(0, ...(suppliers.get(id) || []).map(from => depthOf(from) + 1));
    visiting.delete(id);
    depths.set(id, value);
    return value;
  };
  for (const id of suppliers.keys()) {
    depthOf(id);
  }
  return depths;
}

function marker(id, color) {
  return svg('marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7,
    orient: 'auto-start-reverse' }, svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: color }));
}
