import type { ClauseRule } from '../../engine/rule';
import editOrDeleteData from './edit-or-delete-data';

export const RULES: ClauseRule[] = [editOrDeleteData];
