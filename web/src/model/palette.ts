/** Colours of the explorer, shared by the graph, the legend and the PNG export. */
import type { EntityType } from '../../../src/types.js';

export const TYPE_COLORS: Record<EntityType, string> = {
  person: '#d9534f',
  organization: '#3f7fd8',
  country: '#2f9e6a',
};

export const TYPE_LABELS: Record<EntityType, string> = {
  person: 'People',
  organization: 'Organisations',
  country: 'Countries',
};

/** A qualitative palette with enough contrast against white; communities past its end reuse it. */
const COMMUNITY_PALETTE = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948',
  '#b07aa1', '#ff9da7', '#9c755f', '#2b8cbe', '#d4a017', '#6b6ecf',
];

export function communityColor(community: number | undefined): string {
  if (community === undefined || community < 0) return '#9aa0a6';
  return COMMUNITY_PALETTE[community % COMMUNITY_PALETTE.length]!;
}

export const MUTED_NODE = '#d5d8dc';
export const EDGE_COLOR = '#b9c0c8';
export const EDGE_HIGHLIGHT = '#4a5560';
