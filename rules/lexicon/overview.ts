// "This Privacy Policy explains how we collect, use and share information and how you can contact us", "we
// provide this notice explaining our practices", "we have created this policy to explain…": a
// sentence that says what the policy covers states no practice, as a table of contents does not. It frames
// the clauses that follow (CONTRACT.md §1: like a heading, it carries no category). On the dev corpus the
// segments that only such a sentence put in a category carried that category in none of eight cases.

const OVERVIEW =
  /\b(?:policy|notice|statement)\b[^.;]{0,60}\b(?:describes|explains|tells you|sets out|outlines|informs you|discloses|addresses|summari[sz]es|explaining|describing|outlining|(?:in order )?to (?:explain|describe|outline|inform (?:you|users|visitors)|tell you|help you understand))\b/i;

// "By using the Site, you are accepting the practices described in this Privacy Policy": the policy's
// acceptance clause points at the practices without stating one (on the dev set, 0 of 9 such segments
// carried collection or cookies, whatever the clause named in passing).
const ACCEPTANCE =
  /\b(?:accept|accepting|agree to|consent to) the (?:practices|terms) (?:described|set out|outlined) in (?:this|our) (?:privacy )?(?:policy|statement|notice)\b/i;

/** Sentences that say what the policy covers or accept it: they carry no category (RuleSet.overview). */
export const OVERVIEW_SENTENCES: readonly RegExp[] = [OVERVIEW, ACCEPTANCE];
