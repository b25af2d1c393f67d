// The rule registry: each category folder lists its rules in its own index.ts, and this file lists the
// folders. tests/rules/registry.test.ts checks that every rule file is registered exactly once.

import type { AnswerRule, ClauseRule } from '../engine/rule';
import { RULES as access } from './access';
import { ANSWER_RULES as answers } from './answers';
import { RULES as changes } from './changes';
import { RULES as children } from './children';
import { RULES as choice } from './choice';
import { RULES as collection } from './collection';
import { RULES as contact } from './contact';
import { RULES as cookies } from './cookies';
import { RULES as dnt } from './dnt';
import { RULES as regional } from './regional';
import { RULES as retention } from './retention';
import { RULES as security } from './security';
import { RULES as sharing } from './sharing';

export const CLAUSE_RULES: ClauseRule[] = [
  ...collection,
  ...sharing,
  ...cookies,
  ...children,
  ...choice,
  ...access,
  ...retention,
  ...security,
  ...changes,
  ...dnt,
  ...regional,
  ...contact,
];

export const ANSWER_RULES: AnswerRule[] = answers;
