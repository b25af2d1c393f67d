import { defineRule } from '../../engine/rule';
import { STATE_LAW_SCHEME } from '../lexicon/disclaimers';

// A disclosure verb with a recipient outside the company: third parties, partners, advertisers, affiliates…
export default defineRule({
  id: 'shares-with-recipients',
  category: 'sharing',
  patterns: [
    /\b(?:share[sd]?|sharing|disclose[sd]?|disclosing|disclosure|provide[sd]?|providing|transfer(?:s|red|ring)?|sell|sells|sold|rent(?:s|ed)?|trade[sd]?|release[sd]?|make available|made available|give|gives|pass(?:es|ed)?|furnish(?:es|ed)?|distribute[sd]?|exchange[sd]?|report(?:s|ed)?|send|sends|sent|forward(?:s|ed)?|transmit(?:s|ted)?)\b[^.;]{0,120}\b(?:to|with)\s+(?:(?:our|its|their|your|any|all|other|certain|select(?:ed)?|trusted|unaffiliated|non-?affiliated|affiliated|carefully|screened|outside|reputable|business|marketing|advertising|promotional|joint|co-?branded|prospective|potential|current|existing|that|these|such|third|such|those|of|the)[\s-]+){0,4}(?:third[- ]part(?:y|ies)|part(?:y|ies)|partners?|affiliates?|advertisers?|sponsors?|vendors?|service providers?|suppliers?|contractors?|agents?|companies|company|organi[sz]ations?|entit(?:y|ies)|business(?:es)?|merchants?|subsidiaries|marketers|others|individuals|anyone|other (?:users|members)|public|buyers?|purchasers?|publishers?|successors?|acquir(?:er|ing)|networks?|authorit(?:y|ies)|government)\b/i,
    // The recipient as the first object: "we do not provide ad companies with your name".
    /\b(?:provide|provides|give|gives|furnish|furnishes|supply|supplies)\s+(?:(?:our|its|other|certain|select(?:ed)?|these|such|any|third[- ]party)\s+)*(?:third parties|partners|advertisers|(?:ad|advertising|analytics|marketing) companies|marketers|vendors|sponsors)\b[^.;]{0,40}\bwith\b/i,
    // Access granted to named kinds of recipient: "we may give consultants … temporary access to information".
    /\b(?:give|gives|grant|grants|provide|provides)\s+(?:(?:our|its|certain|select(?:ed)?|these|such|any|third[- ]party)\s+)*(?:consultants|contractors|agents|vendors|partners|third parties|organi[sz]ations|companies|service providers)\b[^.;]{0,80}\baccess to\b/i,
    // A recipient named by its name ("we may send non-personal information to Yahoo!", "we will forward
    // your registration number to Sony"); case-sensitive, as the name needs its capital.
    /\b[Ww]e (?:may |will |might |also |can )*(?:forward|send|transmit|pass)\b[^.;]{0,80}\bto (?!(?:You|Us|The|Our|Your|This|These|Such|Any)\b)[A-Z][\w!.&-]+/,
    // Two objects: "we do not give that business your name", "we make customer lists available to…".
    // Recipients named by trade, whatever words qualify them: "to a local dealer", "to the research firm",
    // "with our credit card processor".
    /\b(?:share[sd]?|disclose[sd]?|provide[sd]?|sell|sold|rent(?:s|ed)?|forward(?:s|ed)?|send|sends|sent|transmit(?:s|ted)?|pass(?:es|ed)?)\b[^.;]{0,120}\b(?:to|with)\s+(?:a|an|the|our|its|any|your)\s+(?:[\w-]+\s+){0,2}(?:dealers?|retailers?|firms?|processors?|consultants?|banks?|insurers?|lenders?|brokers?|distributors?)\b/i,
    /\b(?:give|gives|provide|provides|send|sends|sell|sells|rent)\s+(?:that|the|these|such|any|our|those)?\s*(?:business|businesses|partners?|compan(?:y|ies)|third part(?:y|ies)|advertisers?|marketers?|sponsors?)\s+(?:your|any|the|their)\b|\bmake\s+(?:[\w-]+\s+){0,4}available to\b/i,
  ],
  unless: [
    /\bpasswords?\b/i,
    // "Transmitted to the Company" is the service itself (a defined name); "disclose to you" is notice.
    /\b(?:to|with) (?:the|our) Company\b/,
    // What a state law lets "such businesses" do, and what the policy might say ("If this Privacy Policy
    // states that…"), are no practice of the company's.
    STATE_LAW_SCHEME,
    /\bif this (?:privacy )?(?:policy|statement|notice) (?:states|says|provides)\b/i,
    /\b(?:share|disclose|provide|send|give)\s+(?:(?:this |such |certain |the )?information\s+|it\s+)?(?:with|to)\s+you\b/i,
  ],
  examples: {
    match: [
      'We will forward your registration number to Sony along with information about your purchases.',
      'We may give consultants and organizations working with us on specific projects temporary access to information about donors.',
      'We may use your information to provide analyses of our users, in the aggregate, to prospective partners.',
      'We do not sell, rent, trade, or otherwise disclose to any business information provided by visitors.',
      'We may share your information with our partners for their marketing.',
      'We do not sell your personal information to third parties.',
      'We may share certain customer data with its affiliated entities for marketing purposes.',
      'We will forward the information you give us to the publisher.',
      'We can also forward your quote to a local dealer for further contact.',
      'It is shared only with our credit card processor in order to complete the transaction.',
      'When we do this, we do not give that business your name and address.',
      'At times, we make customer mailing lists available to carefully screened companies.',
      'We do not provide ad companies or analytics companies with your name or email address.',
    ],
    noMatch: [
      'If this Privacy Policy states that any personal information may be shared with third parties for their direct marketing purposes, you may send inquiries to us.',
      'We will send a confirmation to You at the address you gave.',
      'We collect your email address when you register.',
      'We use the information to provide you with the services you request.',
      'Do not share your password with anyone.',
      'Information about gameplay may be transmitted to the Company when you next connect.',
      'The purpose of this policy is to disclose to you what information we collect and with whom we may share it.',
    ],
  },
});
