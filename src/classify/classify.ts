import type { Root } from 'mdast';
import { classifyHeading, type SectionKind } from './headings.js';
import { CONTAINERS, type ItemKind } from './containers.js';
import { isAllCaps } from '../parse/heading-shape.js';
import { flattenSections, splitSections, type Section } from './sections.js';

export type Kind = SectionKind | ItemKind | 'preamble' | 'title' | 'unknown';

export interface Classified {
  section: Section;
  kind: Kind;
  /** The value a patterned heading carries ("The Role: X" → X). */
  value?: string;
  /** The container this section belongs to (a SWOT for "Strengths"). */
  container?: Classified;
  /** The container's current item (a role family for "Expected Skills"). */
  item?: Classified;
  /** Headings under an item that add to it (a product's category line). */
  details: Classified[];
  /** This section is one of its item's details: the item's extractor reads it. */
  detail?: true;
  /** For an unknown heading: the known section it sits under ("March 2024" under "Recent News"). */
  under?: Classified;
}

interface State {
  container: Classified | undefined;
  item: Classified | undefined;
  /** The last known section, while deeper headings follow it. */
  parent: Classified | undefined;
}

/**
 * Give every section its kind: one pass in document order, so context
 * (the container a heading sits in) works the same for nested markdown
 * headings and for the flat headings of scraped text.
 */
export function classify(tree: Root): Classified[] {
  const state: State = { container: undefined, item: undefined, parent: undefined };
  return flattenSections(splitSections(tree)).map((section) => {
    if (state.parent && section.depth <= state.parent.section.depth) state.parent = undefined;
    const classified = classifyOne(section, state);
    if (classified.kind !== 'unknown' && classified.section.heading) state.parent = classified;
    return classified;
  });
}

function classifyOne(section: Section, state: State): Classified {
  const base = { section, details: [] };
  if (!section.heading) return { ...base, kind: 'preamble' };
  if (!section.title) return { ...base, kind: 'unknown' }; // an empty heading names nothing
  const match = classifyHeading(section.title, { qualified: true });
  if (match) return known(base, match.kind, match.value, state);
  const { container, item } = state;
  const spec = container && CONTAINERS[container.kind as SectionKind];
  if (container && spec?.item && section.depth > container.section.depth) {
    if (item && isBare(item) && describes(spec.detail, item, section)) {
      // "Netflix Streaming" then "Consumer Platform": a second bare heading is the first's category.
      const detail: Classified = { ...base, kind: 'unknown', container, item, detail: true };
      item.details.push(detail);
      return detail;
    }
    const next: Classified = { ...base, kind: spec.item, container };
    state.item = next;
    return next;
  }
  const under = state.parent ? { under: state.parent } : {};
  if (container && section.depth > container.section.depth) return { ...base, kind: 'unknown', container, ...under };
  state.container = undefined;
  state.item = undefined;
  return { ...base, kind: section.depth === 1 ? 'title' : 'unknown', ...under };
}

function known(base: Pick<Classified, 'section' | 'details'>, kind: SectionKind, value: string | undefined, state: State): Classified {
  const withValue = value === undefined ? {} : { value };
  if (CONTAINERS[kind]) {
    const container: Classified = { ...base, ...withValue, kind };
    state.container = container;
    state.item = undefined;
    return container;
  }
  const { container, item } = state;
  const members = container ? CONTAINERS[container.kind as SectionKind]?.members : undefined;
  if (container && members?.includes(kind)) {
    return { ...base, ...withValue, kind, container, ...(item ? { item } : {}) };
  }
  state.container = undefined;
  state.item = undefined;
  return { ...base, ...withValue, kind };
}

function describes(rule: 'any' | 'below-caps' | undefined, item: Classified, section: Section): boolean {
  if (rule === 'below-caps') return isAllCaps(item.section.title) && !isAllCaps(section.title);
  return rule === 'any';
}

/** An item heading with nothing under it yet. */
function isBare(item: Classified): boolean {
  return item.section.content.length === 0 && item.details.length === 0;
}
