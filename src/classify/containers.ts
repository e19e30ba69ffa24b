import type { SectionKind } from './headings.js';

/** Kinds given to unknown headings by the container they sit in. */
export type ItemKind = 'product' | 'roleFamily' | 'objective' | 'pathway';

interface Container {
  /** An unknown heading inside this container names one of its items. */
  item?: ItemKind;
  /** Known headings that belong to the container (or its current item) rather than closing it. */
  members: readonly SectionKind[];
  /**
   * When a heading right after a bare item heading (nothing under it yet)
   * describes that item instead of starting the next one: any heading (a
   * product's category line), or one that is not ALL CAPS under an ALL-CAPS
   * item (an objective's one-line description the reader took for a heading).
   */
  detail?: 'any' | 'below-caps';
}

/**
 * Which sections hold other sections. Plain-text documents have no heading
 * levels to speak of, so membership comes from this table, not from depth.
 */
export const CONTAINERS: Partial<Record<SectionKind, Container>> = {
  products: { item: 'product', members: [], detail: 'any' },
  roleFamilies: { item: 'roleFamily', members: ['skills', 'work', 'portfolioIdeas', 'requirements', 'responsibilities'] },
  okrs: { item: 'objective', members: ['keyResults'], detail: 'below-caps' },
  entryPathways: { item: 'pathway', members: [] },
  swot: { members: ['strengths', 'weaknesses', 'opportunities', 'threats', 'priorities'] },
  retrospective: { members: ['wentWell', 'notSoWell', 'learnings', 'actionItems'] },
  interviewPrep: { members: ['talkingPoints', 'keywords', 'skillsMap', 'questions', 'questionsToAsk'] },
  missionValues: { members: ['mission', 'values', 'culture'] },
  roleAnalysis: { members: ['responsibilities', 'requirements', 'successMetrics', 'growth', 'skills'] },
};
