// Sentences that disclaim rather than state a practice. Rules of several categories veto them, so the
// phrases live here once.

/**
 * The policy stepping back from others' practices: "subject to their own privacy policies, not this one",
 * "we do not control these third party cookies", "this policy does not cover…", "their practices may differ
 * from ours". OPP-115 files such sentences as practices the policy does not cover.
 */
export const OTHERS_PRACTICES_DISCLAIMER =
  /\b(?:not responsible|no responsibility|beyond our control|(?:no|nor) control over|(?:do|does|can) not control|cannot control|can't control|within their control|not ours|governed by|subject to (?:their|its) own|(?:have|has|with) (?:their|its) own (?:published )?privacy polic(?:y|ies)|(?:does|do|will) not (?:cover|apply)|not covered by|no longer appl(?:y|ies)|applies only|not this (?:privacy )?(?:policy|one)|differ\w* from (?:ours|those of)|different (?:from|than) ours|in ways (?:that )?we would not)\b/i;

/**
 * What a state law asks of "such businesses" (California's Shine the Light, its Civil Code) describes the
 * law, not the company's practice.
 */
export const STATE_LAW_SCHEME = /\bsuch businesses\b|\bShine the Light\b|\bCivil Code\b/i;
