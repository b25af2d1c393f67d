// How an OPP-115 segment's labels map onto our categories (CONTRACT.md §1, last column).

import type { CategoryId } from '../engine/ids';

export interface Opp115Segment {
  index: number;
  text: string;
  categories: string[];
  attributes: Record<string, string[]>;
}

const BY_CATEGORY: Record<string, CategoryId> = {
  'First Party Collection/Use': 'collection',
  'Third Party Sharing/Collection': 'sharing',
  'User Choice/Control': 'choice',
  'User Access, Edit and Deletion': 'access',
  'Data Retention': 'retention',
  'Data Security': 'security',
  'Policy Change': 'changes',
  'Do Not Track': 'dnt',
};
const REGIONAL_AUDIENCES = new Set(['Californians', 'Europeans', 'Citizens from other countries']);

export function goldCategories(segment: Opp115Segment): Set<CategoryId> {
  const gold = new Set<CategoryId>();
  for (const category of segment.categories) {
    const id = BY_CATEGORY[category];
    if (id) gold.add(id);
  }
  const attr = (name: string): string[] => segment.attributes[name] ?? [];
  if (attr('Personal Information Type').includes('Cookies and tracking elements')) gold.add('cookies');
  if (attr('Audience Type').includes('Children')) gold.add('children');
  if (attr('Audience Type').some((a) => REGIONAL_AUDIENCES.has(a))) gold.add('regional');
  if (attr('Other Type').includes('Privacy contact information')) gold.add('contact');
  return gold;
}
