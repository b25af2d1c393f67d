import { defineRule } from '../../engine/rule';

// "We collect…", "our servers automatically record…", "we may ask for your name": the first party as the
// subject of a collection verb. "The information we collect" (a relative clause) and "how we collect"
// (an overview) only name the practice; they are not caught.
export default defineRule({
  id: 'we-collect',
  category: 'collection',
  patterns: [
    /(?<!\b(?:information|data|details|that|which|what|how|why|types of information|where|whom|of|the time|any time|before|after|until)\s)\b(?:we(?:,? (?:and|or|and\/or) (?:our|its) [\w -]{1,40}?,?)?|our (?:sites?|services?|servers?|systems?|computers|web ?sites?|apps?|web servers?|online services)|the (?:site|service|website))\s+(?:(?:may|might|will|also|only|can|could|do|does|would|often|further|still|then|never|not|n't|no longer|reserve the right to|\w+ly)\s+){0,4}(?:(?:access|monitor|set|use|receive|collect|store|review|compile|maintain),?\s+(?:and\s+|or\s+|and\/or\s+)?){0,3}(?:collect|collects|gather|gathers|receive|receives|obtain|obtains|record|records|log|logs|store|stores|ask for|asks for|ask you (?:for|to (?:provide|submit|give|enter|complete|fill))|request(?!s? that)|requests(?! that)|acquire(?! (?:new |other )?(?:companies|businesses))|capture|captures|keep track of|keep (?:a )?records? of|compile|compiles|get|gets|derive|infer|combine|aggregate)\b/i,
    /\b(?:this|these|that|it) (?:is|are|includes?) (?:the )?(?:information|data)\b(?: that| which)? (?:we|us)\b[^.;]{0,20}\b(?:collect|receive|gather|obtain|record|store)/i,
    // The announcement of a list: "Here are the types of information we gather", "Other information that
    // may be passively collected includes log files".
    /\b(?:here|there) (?:are|is)\b[^.;]{0,20}\b(?:types|categories|kinds) of (?:personal )?information (?:that )?we (?:collect|gather|receive|obtain)|\binformation (?:that|which) (?:may be|is|are|will be) (?:\w+ly )?(?:collected|gathered|obtained|received)\b[^.;]{0,40}\b(?:includes?|consists?|may include)\b/i,
  ],
  unless: [/\b(?:we|us) (?:will not|do not|don't|may not) (?:accept|honou?r|respond to) requests\b/i],
  examples: {
    match: [
      'We collect information you provide directly to us.',
      'When you register, we may ask for your name and email address.',
      'Our servers automatically record information that your browser sends.',
      'This is information we automatically collect about the device you use.',
      'We, or our service providers, may occasionally collect your IP address.',
      'If you contact us, we may keep a record of your correspondence.',
      'We may also compile information regarding site traffic.',
      'There are two main types of information we collect about users of our online services.',
      'Other information that may be passively collected by the Company includes log files.',
      'From time to time we may request personal information from you in conjunction with a survey.',
      'When you visit our sites, our computers may automatically collect statistics about your visit.',
    ],
    noMatch: [
      'Advertisers may collect information about your visits.',
      'We may share the information we collect with vendors.',
      'This policy explains how we collect and use your information.',
      'We may share it for other purposes disclosed to you at the time we collect your information.',
      'We request that our service providers follow similar standards.',
      'We often acquire new companies to expand our business.',
    ],
  },
});
