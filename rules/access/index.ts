import type { ClauseRule } from '../../engine/rule';
import accountPage from './account-page';
import editOrDeleteData from './edit-or-delete-data';
import requestAccessOrDeletion from './request-access-or-deletion';

export const RULES: ClauseRule[] = [editOrDeleteData, requestAccessOrDeletion, accountPage];
